// Two main windows on one database, each with its own connection and session, as two people
// would have on two desks: a team lead and a rep. What one does reaches the other's window within
// two seconds without a manual refresh (ChangeFeed: NOTIFY on a team database, data_version on a
// file), and the rep's place (the open lead, a half-typed edit) survives it.
#include "common/session.h"
#include "events/eventbus.h"
#include "lead/leaddetailwidget.h"
#include "lead/leadform.h"
#include "mainwindow/mainwindow.h"
#include "people/directory.h"
#include "pipeline/leadtablemodel.h"
#include "pipeline/pipelineservice.h"
#include "pipeline/pipelineview.h"
#include "routing/routingservice.h"
#include "services.h"
#include "sla/myqueuemodel.h"
#include "sla/myqueueview.h"
#include "sla/slaview.h"
#include "storage/leadrepository.h"
#include "storage/serverlocation.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace bantam;
using namespace bantam::testing;

class TestLiveWindows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;
    FakeClock m_clock;
    User m_admin, m_teamLead, m_anna;

    static QString unreadText(MainWindow &w)
    {
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("unread")))
                return label->text();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
        m_clock.set(QDateTime::currentDateTimeUtc());
        Builders make(m_t->db(), m_clock);
        const qint64 team = make.team(QStringLiteral("Inside Sales Nord"));
        m_admin = make.user(QStringLiteral("admin"), Role::Admin);
        m_teamLead = make.user(
            QStringLiteral("tbauer"), Role::TeamLead, team, true, QStringLiteral("Tobias Bauer"));
        m_anna = make.user(
            QStringLiteral("anna"), Role::Rep, team, true, QStringLiteral("Anna Schmidt"));
    }
    void cleanup() { m_t.reset(); }

    void aReassignmentReachesTheRepsListQueueAndInbox()
    {
        // An MQL nobody owns yet, with its first-touch clock running.
        const Lead lead = Builders(m_t->db(), m_clock)
                              .lead()
                              .name(QStringLiteral("Greta"), QStringLiteral("Gärtner"))
                              .company(QStringLiteral("Gartenbau Süd GmbH"))
                              .insert();

        Session teamLead(m_t->db(), m_clock);
        StageChange promote;
        promote.leadId = lead.id;
        promote.action = PipelineAction::Promote;
        QVERIFY(teamLead.pipeline().change(m_admin, promote));

        auto annasDb = Database::open(m_t->path());
        QVERIFY2(annasDb, annasDb ? "" : qPrintable(annasDb.error().message));
        Session anna(*annasDb.value(), m_clock);
        MainWindow teamLeadWindow(teamLead), annasWindow(anna);
        teamLead.setCurrentUser(m_teamLead);
        anna.setCurrentUser(m_anna);
        teamLeadWindow.show();
        annasWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&annasWindow));

        // Anna looks at her leads, and has My queue open in the service-levels section.
        QComboBox *owner = annasWindow.pipeline()->ownerFilter();
        owner->setCurrentIndex(owner->findText(QStringLiteral("My leads")));
        Q_EMIT owner->activated(owner->currentIndex());
        QCOMPARE(annasWindow.pipeline()->model()->rowCount(), 0);
        MyQueueView *queue = annasWindow.sla()->queue();
        annasWindow.sections()->setCurrentWidget(annasWindow.sla());
        annasWindow.sla()->tabs()->setCurrentWidget(queue);
        QTRY_VERIFY(queue->isVisible());
        QCOMPARE(queue->model()->rowCount(), 0);
        QVERIFY(!unreadText(annasWindow).contains(QLatin1Char('1')));

        // The team lead reassigns the lead to Anna in the other window.
        auto moved = teamLead.routing().reassign(
            m_teamLead, {lead.id}, m_anna.id, QStringLiteral("Urlaubsvertretung"));
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));

        QTRY_COMPARE_WITH_TIMEOUT(annasWindow.pipeline()->model()->rowCount(), 1, 2000);
        QCOMPARE(annasWindow.pipeline()->model()->leadIdAt(0), lead.id);
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 2000);
        QCOMPARE(queue->model()->leadIdAt(0), lead.id);
        QTRY_VERIFY_WITH_TIMEOUT(unreadText(annasWindow).contains(QLatin1Char('1')), 2000);
    }

    void theOpenLeadFollowsAndKeepsAHalfTypedEdit()
    {
        const Lead lead = Builders(m_t->db(), m_clock)
                              .lead()
                              .name(QStringLiteral("Greta"), QStringLiteral("Gärtner"))
                              .company(QStringLiteral("Gartenbau Süd GmbH"))
                              .owner(m_anna)
                              .insert();
        Session teamLead(m_t->db(), m_clock);
        auto annasDb = Database::open(m_t->path());
        QVERIFY(annasDb);
        Session anna(*annasDb.value(), m_clock);
        teamLead.setCurrentUser(m_teamLead);
        anna.setCurrentUser(m_anna);
        MainWindow annasWindow(anna);
        annasWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&annasWindow));
        LeadDetailWidget *detail = annasWindow.detail();
        detail->showLead(lead.id);
        // Anna starts typing a phone number.
        QLineEdit *phone = detail->form()->field(QStringLiteral("phone"));
        QVERIFY(phone);
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("+49 40 123456"));

        // Meanwhile the team lead corrects the company.
        LeadProfile p = lead.profile;
        p.company = QStringLiteral("Gartenbau Süd GmbH & Co. KG");
        auto saved = teamLead.leads().saveProfile(m_teamLead, lead.id, p, lead.profile);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

        auto *changedBy = detail->findChild<QLabel *>(QStringLiteral("changedBy"));
        QVERIFY(changedBy);
        QTRY_VERIFY_WITH_TIMEOUT(changedBy->isVisible(), 2000);
        QVERIFY2(changedBy->text().contains(QStringLiteral("Tobias Bauer changed this lead at")),
            qPrintable(changedBy->text()));
        QCOMPARE(phone->text(), QStringLiteral("+49 40 123456")); // her edit is still there
        QCOMPARE(detail->lead()->profile.company, QStringLiteral("Gartenbau Süd GmbH & Co. KG"));

        // Saving merges: her phone and his company both stand.
        QVERIFY(detail->save());
        auto stored = LeadRepository(m_t->db()).byId(lead.id);
        QCOMPARE(stored->profile.phone, QStringLiteral("+49 40 123456"));
        QCOMPARE(stored->profile.company, QStringLiteral("Gartenbau Süd GmbH & Co. KG"));
    }
    // A team database's user is who signed in: their name instead of the chooser, and they
    // change their own password from the Settings menu (asked for the current one first).
    void aSignedInRepSeesTheirNameAndChangesTheirOwnPassword()
    {
        if (!TestDatabase::onServer())
            QSKIP("sign-in needs the PostgreSQL test server (the *_pg run)");
        FakeClock clock;
        EventBus events;
        Services services(m_t->db(), events, clock);
        const QString login
            = QStringLiteral("emma_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString password = QStringLiteral("Erste-Hilfe-7");
        User u;
        u.login = login;
        u.name = QStringLiteral("Emma Wolf");
        u.role = Role::Rep;
        u.teamId = m_anna.teamId;
        auto added = services.directory().addUser(m_admin, u, password);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        auto dropRole = qScopeGuard([this, &login] { dropServerRole(login); });

        auto server = ServerLocation::parse(m_t->path());
        QVERIFY(server);
        const auto urlWith = [&server, &login](const QString &secret) {
            return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
                .arg(login, secret)
                .arg(server->port() > 0 ? server->port() : 5432)
                .arg(server->database());
        };
        {
            auto emmasDb = Database::open(urlWith(password));
            QVERIFY2(emmasDb, emmasDb ? "" : qPrintable(emmasDb.error().message));
            Session emma(*emmasDb.value(), m_clock);
            MainWindow window(emma);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *name = window.findChild<QLabel *>(QStringLiteral("signedInUser"));
            QVERIFY(name && name->isVisible());
            QVERIFY2(name->text().contains(QStringLiteral("Emma Wolf")), qPrintable(name->text()));
            QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("userChooser"))->isVisible());
            QCOMPARE(emma.currentUser().login, login);

            auto *change = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
            QVERIFY(change && change->isEnabled());
            const QString fresh = QStringLiteral("Zweite-Hilfe-8");
            QString firstError;
            // First a wrong current password (the dialog stays, says so), then the right one.
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *current = dialog->findChild<QLineEdit *>(QStringLiteral("currentPassword"));
                QVERIFY(current);
                QTest::keyClicks(current, QStringLiteral("Falsch-123"));
                QTest::keyClicks(
                    dialog->findChild<QLineEdit *>(QStringLiteral("userPassword")), fresh);
                QTest::keyClicks(
                    dialog->findChild<QLineEdit *>(QStringLiteral("userPasswordAgain")), fresh);
                dialog->accept();
                QVERIFY(dialog->isVisible());
                for (QLabel *l : dialog->findChildren<QLabel *>()) {
                    if (l->isVisible() && l->text().contains(QStringLiteral("current password")))
                        firstError = l->text();
                }
                current->clear();
                QTest::keyClicks(current, password);
                dialog->accept();
            });
            change->trigger();
            QVERIFY2(firstError.contains(QStringLiteral("not right")), qPrintable(firstError));
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed")),
                qPrintable(window.statusBar()->currentMessage()));
            QVERIFY(!Database::open(urlWith(password)));
            QVERIFY(Database::open(urlWith(fresh)));
        }
    }

private:
    void dropServerRole(const QString &login)
    {
        QSqlQuery q(m_t->db().connection());
        q.exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(login));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }
};

QTEST_MAIN(TestLiveWindows)
#include "tst_livewindows.moc"
