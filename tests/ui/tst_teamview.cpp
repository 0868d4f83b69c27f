// Drives the Team tab and the people dialog: a team lead reassigns two selected leads with a
// reason (owners, assignment history and both inboxes in the database; a refusal shown as the
// core's message); an admin adds a user through the form (validation at the field, the Team tab
// follows); a team lead may change only their own reps' capacity and absence; territories.
#include "common/session.h"
#include "people/directory.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"
#include "team/peopledialog.h"
#include "team/teamleadmodel.h"
#include "team/teamview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <set>

using namespace bantam;
using namespace bantam::testing;

namespace {

// Runs f on the next modal dialog that is not `after` (the one just closed), once it is shown.
void onModal(std::function<void(QWidget *)> f, QWidget *after = nullptr, int tries = 200)
{
    QTimer::singleShot(20, [f, after, tries] {
        QWidget *w = QApplication::activeModalWidget();
        if (w && w != after && w->isVisible()) {
            f(w);
            return;
        }
        if (tries > 0)
            onModal(f, after, tries - 1);
        else
            QFAIL("no modal dialog appeared");
    });
}

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

int rowOf(QTableWidget *table, int column, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, column)->text() == text)
            return r;
    }
    return -1;
}

// The lead table of the Team tab is a view on a model: its rows and cells as a user sees them.
int rowCount(const QTableView *table)
{
    return table->model()->rowCount();
}

QString text(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int rowOf(QTableView *table, int column, const QString &text)
{
    for (int r = 0; r < rowCount(table); ++r) {
        if (::text(table, r, column) == text)
            return r;
    }
    return -1;
}

// Chooses "Leads of: user" in the Team tab; gives the lead table.
QTableView *showLeadsOf(TeamView &view, qint64 userId)
{
    auto *owner = child<QComboBox>(&view, "teamOwner");
    const int index = owner->findData(userId);
    owner->setCurrentIndex(index);
    Q_EMIT owner->activated(index);
    return child<QTableView>(&view, "teamLeads");
}

} // namespace

class TestTeamView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock {QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Builders> m_make;
    qint64 m_nord = 0, m_sued = 0;
    User m_admin, m_lead, m_ann, m_bea, m_otto;
    Lead m_l1, m_l2, m_l3;

    User reloadUser(qint64 id) const { return UserRepository(m_db->db()).byId(id).value(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        m_make = std::make_unique<Builders>(m_db->db(), m_clock);
        m_nord = m_make->team(QStringLiteral("Nord"));
        m_sued = m_make->team(QStringLiteral("Süd"));
        m_admin = m_make->user(
            QStringLiteral("admin"), Role::Admin, std::nullopt, true, QStringLiteral("Ada Admin"));
        m_lead = m_make->user(
            QStringLiteral("lena"), Role::TeamLead, m_nord, true, QStringLiteral("Lena Lead"));
        m_ann = m_make->user(
            QStringLiteral("ann"), Role::Rep, m_nord, true, QStringLiteral("Ann Arndt"));
        m_bea = m_make->user(
            QStringLiteral("bea"), Role::Rep, m_nord, true, QStringLiteral("Bea Brandt"));
        m_otto = m_make->user(
            QStringLiteral("otto"), Role::Rep, m_sued, true, QStringLiteral("Otto Ost"));
        m_l1 = m_make->lead()
                   .name(QStringLiteral("Eins"), QStringLiteral("Lead"))
                   .owner(m_ann)
                   .insert();
        m_l2 = m_make->lead()
                   .name(QStringLiteral("Zwei"), QStringLiteral("Lead"))
                   .owner(m_ann)
                   .insert();
        m_l3 = m_make->lead()
                   .name(QStringLiteral("Drei"), QStringLiteral("Lead"))
                   .owner(m_ann)
                   .insert();
        QVERIFY(!QTest::currentTestFailed());
    }

    void unassignedQueuePagesAsItScrolls()
    {
        // 1,200 unassigned leads: the first page is read, scrolling to the end reads the next.
        for (int i = 0; i < 1200; ++i)
            m_make->lead().name(QStringLiteral("Queue"), QString::number(i)).insert();
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_lead);
        TeamView view(session);
        view.resize(1200, 700);
        view.show();
        // The tab reads its lists when it is first shown: a user scrolls once it is painted.
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
        auto *leads = view.findChild<QTableView *>(QStringLiteral("teamLeads"));
        auto *owner = view.findChild<QComboBox *>(QStringLiteral("teamOwner"));
        QCOMPARE(owner->currentData().toLongLong(), 0); // the unassigned queue
        QCOMPARE(rowCount(leads), 500);
        leads->verticalScrollBar()->setValue(leads->verticalScrollBar()->maximum());
        QCOMPARE(rowCount(leads), 1000);
        QApplication::processEvents(); // the scroll range grows with the rows
        leads->verticalScrollBar()->setValue(leads->verticalScrollBar()->maximum());
        QCOMPARE(rowCount(leads), 1200);
        std::set<QString> ids;
        for (int r = 0; r < rowCount(leads); ++r)
            ids.insert(text(leads, r, 0));
        QCOMPARE(ids.size(), size_t(1200)); // every lead once
    }

    void leadModelPagesUnderTheModelTester()
    {
        for (int i = 0; i < 1200; ++i)
            m_make->lead().name(QStringLiteral("Queue"), QString::number(i)).insert();
        TeamLeadModel model(m_db->db());
        model.setOwner(0); // the unassigned queue: its first page
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.rowCount(), TeamLeadModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(
            model.index(0, TeamLeadModel::Why).data().toString(), QStringLiteral("not routed yet"));
        // The tester reads pages itself (fetchMore), checking each insertion.
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        std::set<qint64> queue;
        for (int r = 0; r < model.rowCount(); ++r)
            queue.insert(model.index(r, TeamLeadModel::Id).data().toLongLong());
        QCOMPARE(queue.size(), size_t(1200)); // every lead once

        model.setOwner(m_ann.id);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        std::set<qint64> ids;
        QModelIndexList dragged;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids.insert(model.index(r, TeamLeadModel::Id).data().toLongLong());
            dragged << model.index(r, TeamLeadModel::Id) << model.index(r, TeamLeadModel::Name);
        }
        QCOMPARE(ids, (std::set<qint64> {m_l1.id, m_l2.id, m_l3.id}));
        std::unique_ptr<QMimeData> mime(model.mimeData(dragged));
        QCOMPARE(QString::fromUtf8(mime->data(QLatin1String(TeamLeadModel::MimeType)))
                     .split(QLatin1Char(','))
                     .size(),
            3);
    }

    void cleanup()
    {
        m_make.reset();
        m_db.reset();
    }

    void reassignsTwoSelectedLeadsWithAReason()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_lead);
        TeamView view(session);
        view.resize(1200, 700);
        view.show();

        // Ann's leads; select L1 and L2.
        QTableView *leads = showLeadsOf(view, m_ann.id);
        QCOMPARE(rowCount(leads), 3);
        leads->clearSelection();
        leads->setSelectionMode(QAbstractItemView::MultiSelection);
        for (qint64 id : {m_l1.id, m_l2.id})
            leads->selectRow(rowOf(leads, 0, QString::number(id)));
        leads->setSelectionMode(QAbstractItemView::ExtendedSelection);

        const QString reason = QStringLiteral("Ann is at the trade fair this week");
        bool asked = false;
        onModal([&](QWidget *w) {
            // One dialog: the new owner, only from the team lead's own team, and the reason.
            auto *dialog = qobject_cast<QDialog *>(w);
            QVERIFY(dialog);
            auto *to = dialog->findChild<QComboBox *>(QStringLiteral("reassignTo"));
            QVERIFY(to);
            QVERIFY(to->findText(QStringLiteral("Bea Brandt (Nord)")) >= 0);
            QCOMPARE(to->findText(QStringLiteral("Otto"), Qt::MatchStartsWith), -1); // team Süd
            to->setCurrentIndex(to->findText(QStringLiteral("Bea Brandt (Nord)")));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // no reason yet
            dialog->findChild<QLineEdit *>(QStringLiteral("reassignReason"))->setText(reason);
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            asked = true;
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(&view, "reassignButton"), Qt::LeftButton);
        QTRY_VERIFY(asked);

        // The database: new owner, the history with the reason, both inboxes.
        LeadRepository repo(m_db->db());
        QCOMPARE(repo.byId(m_l1.id)->ownerId, std::optional<qint64>(m_bea.id));
        QCOMPARE(repo.byId(m_l2.id)->ownerId, std::optional<qint64>(m_bea.id));
        QCOMPARE(repo.byId(m_l3.id)->ownerId, std::optional<qint64>(m_ann.id));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT lead_id, user_id, previous_user_id, actor_id, kind, "
                                      "reason FROM assignments ORDER BY lead_id")));
        std::set<qint64> moved;
        while (q.next()) {
            moved.insert(q.value(0).toLongLong());
            QCOMPARE(q.value(1).toLongLong(), m_bea.id);
            QCOMPARE(q.value(2).toLongLong(), m_ann.id);
            QCOMPARE(q.value(3).toLongLong(), m_lead.id);
            QCOMPARE(q.value(4).toString(), QStringLiteral("reassign"));
            QCOMPARE(q.value(5).toString(), reason);
        }
        QCOMPARE(moved, (std::set<qint64> {m_l1.id, m_l2.id}));
        const Inbox inbox(m_db->db());
        for (const auto &[user, kind, other] :
            {std::tuple {m_bea.id, InboxItem::Kind::ReassignedTo, m_ann.id},
                std::tuple {m_ann.id, InboxItem::Kind::ReassignedFrom, m_bea.id}}) {
            const auto items = inbox.items(user, true, 10).value();
            QVERIFY(!items.empty());
            qint64 leadsTold = 0;
            for (const InboxItem &i : items) {
                QCOMPARE(i.kind, kind);
                QCOMPARE(i.otherUserId, std::optional<qint64>(other));
                QCOMPARE(i.detail, reason);
                leadsTold += i.count;
            }
            QCOMPARE(leadsTold, 2);
        }
        // The view: Ann keeps L3 only.
        QCOMPARE(rowCount(leads), 1);
        QCOMPARE(text(leads, 0, 0), QString::number(m_l3.id));
    }

    // A team lead is not offered reps of another team (the service would refuse them: "not in
    // your team"); cancelling leaves the lead where it was.
    void reassigningOffersOnlyTheOwnTeam()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_lead);
        TeamView view(session);
        view.show();
        QTableView *leads = showLeadsOf(view, m_ann.id);
        leads->selectRow(rowOf(leads, 0, QString::number(m_l3.id)));

        QStringList offered;
        onModal([&](QWidget *w) {
            auto *dialog = qobject_cast<QDialog *>(w);
            QVERIFY(dialog);
            auto *to = dialog->findChild<QComboBox *>(QStringLiteral("reassignTo"));
            QVERIFY(to);
            for (int i = 0; i < to->count(); ++i)
                offered << to->itemText(i);
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(&view, "reassignButton"), Qt::LeftButton);
        QTRY_VERIFY(!offered.isEmpty());
        QVERIFY2(!offered.join(QLatin1Char('|')).contains(QStringLiteral("Otto")),
            qPrintable(offered.join(QLatin1Char('|'))));
        QVERIFY(offered.contains(QStringLiteral("Bea Brandt (Nord)")));
        QCOMPARE(
            LeadRepository(m_db->db()).byId(m_l3.id)->ownerId, std::optional<qint64>(m_ann.id));
    }

    void adminAddsAUser()
    {
        const Directory directory(m_db->db(), m_clock);
        Territory bayern;
        bayern.name = QStringLiteral("Bayern");
        bayern.countries = {QStringLiteral("DE")};
        bayern.postcodePrefixes = {QStringLiteral("8"), QStringLiteral("9")};
        const qint64 bayernId = directory.saveTerritory(m_admin, bayern).value().id;

        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_admin);
        TeamView team(session); // follows the change
        PeopleDialog dialog(session);
        dialog.show();
        auto *users = child<QTableWidget>(&dialog, "peopleUsers");
        QCOMPARE(users->rowCount(), 5);
        QVERIFY(child<QPushButton>(&dialog, "addUserButton")->isEnabled());

        QString firstError;
        bool saved = false;
        onModal([&](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("userDialog"));
            // A login the core refuses: the message under the form, the dialog stays.
            child<QLineEdit>(w, "userLogin")->setText(QStringLiteral("c d"));
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            auto *error = child<QLabel>(w, "formError");
            firstError = error->isVisible() ? error->text() : QString();
            QVERIFY(w->isVisible());
            QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(w, "userLogin"));

            child<QLineEdit>(w, "userLogin")->setText(QStringLiteral("cara"));
            child<QLineEdit>(w, "userName")->setText(QStringLiteral("Cara Neu"));
            auto *role = child<QComboBox>(w, "userRole");
            role->setCurrentIndex(role->findData(QStringLiteral("senior_rep")));
            auto *teamBox = child<QComboBox>(w, "userTeam");
            teamBox->setCurrentIndex(teamBox->findData(m_nord));
            auto *territories = child<QListWidget>(w, "userTerritories");
            QCOMPARE(territories->count(), 1);
            territories->item(0)->setCheckState(Qt::Checked);
            child<QLineEdit>(w, "userLanguages")->setText(QStringLiteral("de, EN"));
            child<QSpinBox>(w, "userCapacityOpen")->setValue(30);
            child<QSpinBox>(w, "userCapacityDaily")->setValue(5);
            child<QDateEdit>(w, "userAbsentFrom")->setDate(QDate(2026, 5, 4));
            child<QDateEdit>(w, "userAbsentTo")->setDate(QDate(2026, 5, 8));
            child<QSpinBox>(w, "userWeight")->setValue(3);
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            saved = !w->isVisible();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addUserButton"), Qt::LeftButton);
        QTRY_VERIFY(saved);
        QVERIFY2(
            firstError.contains(QStringLiteral("'c d' is not a login")), qPrintable(firstError));

        auto cara = UserRepository(m_db->db()).byLogin(QStringLiteral("cara"));
        QVERIFY(cara.ok());
        QCOMPARE(cara->name, QStringLiteral("Cara Neu"));
        QCOMPARE(cara->role, Role::SeniorRep);
        QCOMPARE(cara->teamId, std::optional<qint64>(m_nord));
        QCOMPARE(cara->territoryIds, std::vector<qint64> {bayernId});
        QCOMPARE(cara->languages, (QStringList {QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(cara->capacityOpen, 30);
        QCOMPARE(cara->capacityDaily, 5);
        QCOMPARE(cara->absentFrom, QDate(2026, 5, 4));
        QCOMPARE(cara->absentTo, QDate(2026, 5, 8));
        QCOMPARE(cara->weight, 3);
        QVERIFY(cara->active);
        // Audited, as the admin.
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' AND "
                                 "entity_id = ? AND actor_id = ? AND field = 'role'"));
        q.addBindValue(cara->id);
        q.addBindValue(m_admin.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The dialog's table and the Team tab show her.
        QCOMPARE(users->rowCount(), 6);
        QVERIFY(rowOf(users, 0, QStringLiteral("Cara Neu")) >= 0);
        QVERIFY(child<QComboBox>(&team, "teamOwner")->findData(cara->id) > 0);
    }

    void teamLeadChangesOnlyTheirRepsCapacityAndAbsence()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_lead);
        PeopleDialog dialog(session);
        dialog.show();
        auto *users = child<QTableWidget>(&dialog, "peopleUsers");
        auto *add = child<QPushButton>(&dialog, "addUserButton");
        auto *edit = child<QPushButton>(&dialog, "editUserButton");
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(QStringLiteral("administrators do")),
            qPrintable(add->toolTip()));
        QVERIFY(!child<QPushButton>(&dialog, "addTeamButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "addTerritoryButton")->isEnabled());
        users->selectRow(rowOf(users, 1, QStringLiteral("otto")));
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->toolTip().contains(QStringLiteral("may not change the capacity")),
            qPrintable(edit->toolTip()));
        users->selectRow(rowOf(users, 1, QStringLiteral("ann")));
        QVERIFY(edit->isEnabled());

        bool saved = false;
        onModal([&](QWidget *w) {
            auto *name = child<QLineEdit>(w, "userName");
            QVERIFY(!name->isEnabled());
            QVERIFY(name->toolTip().contains(QStringLiteral("administrators do")));
            QVERIFY(!child<QComboBox>(w, "userRole")->isEnabled());
            child<QSpinBox>(w, "userCapacityOpen")->setValue(7);
            child<QDateEdit>(w, "userAbsentFrom")->setDate(QDate(2026, 4, 27));
            child<QDateEdit>(w, "userAbsentTo")->setDate(QDate(2026, 4, 24)); // before the start
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            const QString error = child<QLabel>(w, "formError")->text();
            QVERIFY2(error.contains(QStringLiteral("absence ends")), qPrintable(error));
            child<QDateEdit>(w, "userAbsentTo")->setDate(QDate(2026, 5, 1));
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            saved = !w->isVisible();
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(saved);
        User ann = reloadUser(m_ann.id);
        QCOMPARE(ann.capacityOpen, 7);
        QCOMPARE(ann.absentFrom, QDate(2026, 4, 27));
        QCOMPARE(ann.absentTo, QDate(2026, 5, 1));
        QCOMPARE(ann.name, m_ann.name);
        const int annRow = rowOf(users, 1, QStringLiteral("ann"));
        QCOMPARE(users->item(annRow, 6)->text(), QStringLiteral("7"));

        // Clear: no absence any more.
        users->selectRow(annRow);
        saved = false;
        onModal([&](QWidget *w) {
            QTest::mouseClick(child<QPushButton>(w, "clearAbsence"), Qt::LeftButton);
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            saved = !w->isVisible();
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(saved);
        ann = reloadUser(m_ann.id);
        QVERIFY(!ann.absentFrom.isValid() && !ann.absentTo.isValid());
        QCOMPARE(ann.capacityOpen, 7);
    }

    void adminAddsATerritoryAndATeam()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_admin);
        PeopleDialog dialog(session);
        dialog.show();
        dialog.tabs()->setCurrentIndex(2);
        QString error;
        bool saved = false;
        onModal([&](QWidget *w) {
            child<QLineEdit>(w, "territoryName")->setText(QStringLiteral("DACH Süd"));
            child<QLineEdit>(w, "territoryCountries")->setText(QStringLiteral("Germany"));
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            error = child<QLabel>(w, "formError")->text();
            child<QLineEdit>(w, "territoryCountries")->setText(QStringLiteral("de, AT"));
            child<QLineEdit>(w, "territoryPrefixes")->setText(QStringLiteral("8, 9"));
            QTest::mouseClick(okButton(w), Qt::LeftButton);
            saved = !w->isVisible();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addTerritoryButton"), Qt::LeftButton);
        QTRY_VERIFY(saved);
        QVERIFY2(
            error.contains(QStringLiteral("'GERMANY' is not a country code")), qPrintable(error));
        const auto territories = UserRepository(m_db->db()).territories().value();
        QCOMPARE(territories.size(), size_t(1));
        QCOMPARE(
            territories[0].countries, (QStringList {QStringLiteral("DE"), QStringLiteral("AT")}));
        QCOMPARE(territories[0].postcodePrefixes,
            (QStringList {QStringLiteral("8"), QStringLiteral("9")}));
        auto *table = child<QTableWidget>(&dialog, "peopleTerritories");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("DE, AT"));

        dialog.tabs()->setCurrentIndex(1);
        bool added = false;
        onModal([&](QWidget *w) {
            auto *name = qobject_cast<QInputDialog *>(w);
            QVERIFY(name);
            name->setTextValue(QStringLiteral("West"));
            name->accept();
            added = true;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addTeamButton"), Qt::LeftButton);
        QTRY_VERIFY(added);
        QCOMPARE(UserRepository(m_db->db()).teams().value().size(), size_t(3));
        QCOMPARE(child<QListWidget>(&dialog, "peopleTeams")->count(), 3);
    }
};

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
