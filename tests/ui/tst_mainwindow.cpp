// Drives the real main window: sign in as a rep, find a lead, disqualify it with a reason,
// and check what the database recorded. Also: refusals and profile validation in the window, and
// an incoming call handed over by a second `bantam --open-caller` (SingleInstance) opening the
// caller's lead.
#include "common/session.h"
#include "common/singleinstance.h"
#include "demo/demogenerator.h"
#include "events/eventbus.h"
#include "health/databasecheck.h"
#include "io/countrynames.h"
#include "lead/leaddetailwidget.h"
#include "lead/leadform.h"
#include "lead/newleaddialog.h"
#include "mainwindow/mainwindow.h"
#include "pipeline/leadtablemodel.h"
#include "pipeline/pipelineview.h"
#include "pipeline/stagebar.h"
#include "qualification/callmodewidget.h"
#include "services.h"
#include "sla/myqueueview.h"
#include "sla/slaview.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace bantam;
using namespace bantam::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock;
    User m_admin, m_rep, m_otherRep;
    Lead m_mql, m_foreign;

    void signInAs(MainWindow &w, const User &user)
    {
        QComboBox *chooser = w.userChooser();
        const int target = chooser->findData(user.id);
        QVERIFY(target >= 0);
        chooser->setFocus();
        QTest::keyClick(chooser, Qt::Key_Home);
        for (int i = 0; i < target; ++i)
            QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->currentIndex(), target);
    }

    void search(MainWindow &w, const QString &text)
    {
        QLineEdit *field = w.pipeline()->searchField();
        field->clear();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    // Runs act on the modal dialog of type T as soon as it is open (inside its exec()).
    template <typename T, typename Act>
    void onModal(Act act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, act] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            act(dialog);
        });
        timer->start();
    }

    void openFirstRow(MainWindow &w)
    {
        QTableView *table = w.pipeline()->table();
        QVERIFY(w.pipeline()->model()->rowCount() >= 1);
        const QRect cell = table->visualRect(w.pipeline()->model()->index(0, LeadTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BantamTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        Builders make(m_db->db(), m_clock);
        const qint64 team = make.team(QStringLiteral("Nord"));
        m_admin = make.user(
            QStringLiteral("admin"), Role::Admin, std::nullopt, true, QStringLiteral("Ada Admin"));
        m_rep
            = make.user(QStringLiteral("rita"), Role::Rep, team, true, QStringLiteral("Rita Rep"));
        m_otherRep = make.user(
            QStringLiteral("otto"), Role::Rep, team, true, QStringLiteral("Otto Other"));
        m_mql = make.lead()
                    .name(QStringLiteral("Greta"), QStringLiteral("Gärtner"))
                    .company(QStringLiteral("Gartenbau Süd GmbH"))
                    .email(QStringLiteral("greta@gartenbau.example"))
                    .stage(Stage::Mql)
                    .owner(m_rep)
                    .insert();
        m_foreign = make.lead()
                        .name(QStringLiteral("Fritz"), QStringLiteral("Fremd"))
                        .company(QStringLiteral("Fremdfirma AG"))
                        .stage(Stage::Mql)
                        .owner(m_otherRep)
                        .insert();
        for (int i = 0; i < 30; ++i)
            make.lead().name(QStringLiteral("Filler"), QStringLiteral("Lead%1").arg(i)).insert();
    }

    void disqualifyWithAReasonAsTheOwner()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_rep);
        QCOMPARE(session.currentUser().login, QStringLiteral("rita"));

        StageBar *stages = w.pipeline()->stageBar();
        QTRY_VERIFY(stages->buttonFor(Stage::Mql)->text().contains(QStringLiteral("2")));

        search(w, QStringLiteral("gart")); // folded: finds "Gärtner"
        QCOMPARE(w.pipeline()->model()->rowCount(), 1);
        openFirstRow(w);
        QCOMPARE(w.detail()->leadId(), m_mql.id);

        QPushButton *disqualify = w.detail()->actionButton(QStringLiteral("disqualify"));
        QVERIFY(disqualify);
        QVERIFY(disqualify->isEnabled());

        // The dialog is modal: answer it when it appears.
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
            QVERIFY(reason);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no reason chosen yet
            QCOMPARE(dialog->focusWidget(), reason); // the required reason first, not the note
            const int noNeed = reason->findData(QStringLiteral("no_need"));
            QVERIFY(noNeed > 0);
            for (int i = 0; i < noNeed; ++i)
                QTest::keyClick(reason, Qt::Key_Down);
            QCOMPARE(reason->currentData().toString(), QStringLiteral("no_need"));
            QVERIFY(ok->isEnabled());
            QTest::keyClicks(dialog->findChild<QWidget *>(QStringLiteral("noteEdit")),
                QStringLiteral("Nutzt Excel"));
            QTest::mouseClick(ok, Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(disqualify, Qt::LeftButton);
        QVERIFY(answered);

        // The database has the move, the reason and who made it.
        auto lead = LeadRepository(m_db->db()).byId(m_mql.id);
        QVERIFY(lead.ok());
        QCOMPARE(lead->stage, Stage::Disqualified);
        auto history = TimelineRepository(m_db->db()).historyOf(m_mql.id);
        QVERIFY(history.ok());
        QVERIFY(!history->empty());
        const HistoryEntry &last = history->back();
        QCOMPARE(last.action, QStringLiteral("disqualify"));
        QCOMPARE(last.from, std::optional<Stage>(Stage::Mql));
        QCOMPARE(last.reasonCode, QStringLiteral("no_need"));
        QCOMPARE(last.note, QStringLiteral("Nutzt Excel"));
        QCOMPARE(last.actorId, std::optional<qint64>(m_rep.id));

        // The window shows it: badge, counts, timeline.
        QCOMPARE(w.detail()->findChild<QLabel *>(QStringLiteral("stageBadge"))->text(),
            stageName(Stage::Disqualified));
        search(w, QString());
        QTRY_VERIFY(stages->buttonFor(Stage::Mql)->text().endsWith(QStringLiteral("\n1")));
        QTRY_VERIFY(stages->buttonFor(Stage::Disqualified)->text().endsWith(QStringLiteral("\n1")));
        QVERIFY(w.detail()->timeline()->topLevelItemCount() >= 1);
    }

    void newLeadStartsTypingInTheFirstName()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_rep);
        QString typedInto;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QWidget *focus = dialog->focusWidget();
            QVERIFY(focus);
            typedInto = focus->objectName();
            dialog->reject();
        });
        w.findChild<QAction *>(QStringLiteral("newLeadAction"))->trigger();
        QCOMPARE(typedInto, QStringLiteral("firstName"));
    }

    // A second process hands the ringing number to the running window, which opens the lead
    // stored as +4930… for "030 1234567" (the client runs on its own thread here, as it would in
    // its own process).
    void openCallerHandsTheNumberToTheRunningWindow()
    {
        Builders make(m_db->db(), m_clock);
        const Lead caller = make.lead()
                                .name(QStringLiteral("Clara"), QStringLiteral("Caller"))
                                .phone(QStringLiteral("+49 30 1234567"))
                                .stage(Stage::Mql)
                                .owner(m_rep)
                                .insert();
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString name
            = QStringLiteral("bantam-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance server(name);
        QVERIFY(server.listen());
        connect(&server, &SingleInstance::callerReceived, &w, &MainWindow::openCaller);
        QSignalSpy received(&server, &SingleInstance::callerReceived);
        auto handedOver = std::async(std::launch::async,
            [name] { return SingleInstance(name).handOver(QStringLiteral("030 1234567")); });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.front().front().toString(), QStringLiteral("030 1234567"));
        QVERIFY(handedOver.get());
        QTRY_COMPARE(w.detail()->leadId(), caller.id);
        // With no window listening the hand-over fails: the new process opens a window itself.
        QVERIFY(!SingleInstance(name + QStringLiteral("-none")).handOver(QStringLiteral("1"), 200));
    }

    // An incoming call whose number two leads have: the window lists both (whatever format the
    // phone system sends) and opens the one the rep picks.
    void openCallerListsSeveralMatches()
    {
        Builders make(m_db->db(), m_clock);
        const Lead first = make.lead()
                               .name(QStringLiteral("Clara"), QStringLiteral("Caller"))
                               .company(QStringLiteral("Nordlicht GmbH"))
                               .phone(QStringLiteral("+49 30 1234567"))
                               .owner(m_rep)
                               .insert();
        const Lead second = make.lead()
                                .name(QStringLiteral("Carl"), QStringLiteral("Caller"))
                                .company(QStringLiteral("Spree Consulting"))
                                .phone(QStringLiteral("030/123 45 67"))
                                .owner(m_rep)
                                .insert();
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString label;
        QStringList items;
        onModal<QInputDialog>([&](QInputDialog *d) {
            label = d->labelText();
            items = d->comboBoxItems();
            d->setTextValue(items.value(1));
            d->accept();
        });
        w.openCaller(QStringLiteral("+49 (30) 1234567"));
        // Untranslated here ("lead(s)"); the number as the phone system sent it.
        QVERIFY2(label.startsWith(QLatin1String("2 lead"))
                && label.endsWith(QLatin1String(" have the number +49 (30) 1234567:")),
            qPrintable(label));
        // Newest first; the rep picks the older one.
        QCOMPARE(items,
            QStringList({QStringLiteral("Carl Caller, Spree Consulting (lead %1)").arg(second.id),
                QStringLiteral("Clara Caller, Nordlicht GmbH (lead %1)").arg(first.id)}));
        QTRY_COMPARE(w.detail()->leadId(), first.id);
    }

    // An incoming call from a number no lead has: the window offers a new lead with the number
    // filled in, and the lead saved there is the one it opens.
    void openCallerOffersANewLeadForAnUnknownNumber()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString countLeads = QStringLiteral("SELECT count(*) FROM leads");
        const qint64 leadsBefore = queryValue(m_db->db(), countLeads).toLongLong();
        QString question, title, phone;
        onModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            onModal<NewLeadDialog>([&](NewLeadDialog *d) {
                title = d->windowTitle();
                phone = d->form()->field(QStringLiteral("phone"))->text();
                d->form()->field(QStringLiteral("firstName"))->setText(QStringLiteral("Nina"));
                d->form()->field(QStringLiteral("lastName"))->setText(QStringLiteral("Neu"));
                d->accept();
            });
            box->button(QMessageBox::Yes)->click();
        });
        w.openCaller(QStringLiteral("0171 5550123"));
        QCOMPARE(question, QStringLiteral("No lead has the number 0171 5550123."));
        QCOMPARE(title, QStringLiteral("New lead with this number"));
        QCOMPARE(phone, QStringLiteral("0171 5550123"));
        QCOMPARE(queryValue(m_db->db(), countLeads).toLongLong(), leadsBefore + 1);
        const qint64 created = w.detail()->leadId();
        QVERIFY(created != 0);
        const Lead lead = LeadRepository(m_db->db()).byId(created).value();
        QCOMPARE(lead.profile.lastName, QStringLiteral("Neu"));
        QCOMPARE(lead.profile.phone, QStringLiteral("0171 5550123"));

        // Cancel: nothing is created, the window stays on that lead.
        onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        w.openCaller(QStringLiteral("0171 5550999"));
        QCOMPARE(queryValue(m_db->db(), countLeads).toLongLong(), leadsBefore + 1);
        QCOMPARE(w.detail()->leadId(), created);
    }

    // The window, its status bar included, fits a laptop's 1366×768 on every tab.
    void windowFitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de"); // longer words, same screen
    }

    void windowFitsALaptopScreen()
    {
        QFETCH(QString, language);
        QTranslator translator;
        const QLocale before;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(BANTAM_QM_DIR "/bantam_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language));
        }
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        // The demo's data: four-digit counts, real names, a lead with five actions open.
        TestDatabase demo;
        QVERIFY(demo.isValid());
        {
            EventBus bus;
            const Services services(demo.db(), bus, m_clock);
            QVERIFY(DemoGenerator(services).generate({3000, 7}).ok());
        }
        auto users = UserRepository(demo.db()).all();
        QVERIFY(users);
        const auto lead = std::find_if(
            users->begin(), users->end(), [](const User &u) { return u.role == Role::TeamLead; });
        QVERIFY(lead != users->end());
        Session session(demo.db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, *lead); // the Team tab and every action
        LeadFilter mql;
        mql.stage = Stage::Mql;
        auto mqls = LeadRepository(demo.db()).page(mql, {}, 0, 1, 1);
        QVERIFY(mqls && !mqls->empty());
        w.detail()->showLead(mqls->front().id);
        QTRY_COMPARE(w.detail()->leadId(), mqls->front().id);
        for (int i = 0; i < w.sections()->count(); ++i) {
            w.sections()->setCurrentIndex(i);
            QWidget *page = w.sections()->widget(i);
            QVERIFY2(page->minimumSizeHint().width() <= 1340,
                qPrintable(QStringLiteral("%1: %2 px")
                               .arg(w.sections()->tabText(i))
                               .arg(page->minimumSizeHint().width())));
        }
        // At 1366×768 My queue shows every column, Local time the last, without scrolling
        // sideways, and the Team list's last header is not cut.
        w.resize(1366, 768);
        w.sections()->setCurrentWidget(w.sla());
        w.sla()->tabs()->setCurrentWidget(w.sla()->queue());
        auto *queue = w.findChild<QTableView *>(QStringLiteral("queueTable"));
        QVERIFY(queue);
        QTRY_VERIFY(queue->isVisible());
        const int localTime = queue->model()->columnCount() - 1;
        QTRY_VERIFY2(queue->horizontalHeader()->sectionViewportPosition(localTime)
                    + queue->horizontalHeader()->sectionSize(localTime)
                <= queue->viewport()->width(),
            qPrintable(QStringLiteral("%1 + %2 > %3")
                           .arg(queue->horizontalHeader()->sectionViewportPosition(localTime))
                           .arg(queue->horizontalHeader()->sectionSize(localTime))
                           .arg(queue->viewport()->width())));
        QCOMPARE(queue->horizontalScrollBar()->maximum(), 0);
        w.sections()->setCurrentIndex(w.sections()->count() - 1); // Team
        auto *team = w.findChild<QTableView *>(QStringLiteral("teamLeads"));
        QVERIFY(team);
        QTRY_VERIFY(team->isVisible());
        QHeaderView *teamHeader = team->horizontalHeader();
        const int why = team->model()->columnCount() - 1;
        QTRY_VERIFY(teamHeader->sectionSize(why) >= teamHeader->sectionSizeHint(why));
        QCOMPARE(team->horizontalScrollBar()->maximum(), 0);
        // Beside it, the reps with their load: every column in sight, no header cut (seven
        // columns of ~730 px used to scroll sideways in a ~540 px pane).
        auto *reps = w.findChild<QTableWidget *>(QStringLiteral("teamReps"));
        QVERIFY(reps);
        QVERIFY(reps->rowCount() > 0);
        QHeaderView *repHeader = reps->horizontalHeader();
        for (int c = 0; c < reps->columnCount(); ++c) {
            QTRY_VERIFY2(repHeader->sectionSize(c) >= repHeader->sectionSizeHint(c),
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(reps->horizontalHeaderItem(c)->text())
                               .arg(repHeader->sectionSize(c))
                               .arg(repHeader->sectionSizeHint(c))));
        }
        QCOMPARE(reps->horizontalScrollBar()->maximum(), 0);
        w.sections()->setCurrentIndex(0);
        // Why this score?: each contribution whole in the detail pane, wrapped, not cut at the
        // right ("… 287 days ago: 3 v…").
        auto *detailTabs = w.detail()->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *reasons = w.detail()->findChild<QTreeWidget *>(QStringLiteral("scoreContributions"));
        QVERIFY(detailTabs && reasons);
        detailTabs->setCurrentIndex(detailTabs->indexOf(reasons->parentWidget()));
        QTRY_VERIFY(reasons->isVisible() && reasons->topLevelItemCount() > 1);
        QCOMPARE(reasons->horizontalScrollBar()->maximum(), 0);
        for (int i = 0; i < reasons->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = reasons->topLevelItem(i);
            const QString text = item->text(1);
            // The text's lines at the column's width (less the cell's margins) fit its row.
            const int margins = 2
                * (reasons->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, reasons)
                    + 1);
            const int lines
                = reasons->fontMetrics()
                      .boundingRect(QRect(0, 0, reasons->columnWidth(1) - margins, 100000),
                          Qt::TextWordWrap, text)
                      .height();
            QTRY_VERIFY2(reasons->visualItemRect(item).height() >= lines,
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(text)
                               .arg(reasons->visualItemRect(item).height())
                               .arg(lines)));
        }
        detailTabs->setCurrentIndex(0);
        QVERIFY2(w.minimumSizeHint().height() <= 768,
            qPrintable(QString::number(w.minimumSizeHint().height())));
        QVERIFY2(w.minimumSizeHint().width() <= 1366,
            qPrintable(QString::number(w.minimumSizeHint().width())));
        // In the evening a rep's queue says which leads are outside their calling window: each
        // local time whole in its column ("21:30 (not now)" was cut to "21:30 …").
        const QDateTime morning = m_clock.now();
        auto backToMorning = qScopeGuard([&] { m_clock.set(morning); });
        m_clock.set(QDateTime(morning.date(), QTime(20, 30), Qt::UTC));
        const auto rep = std::find_if(
            users->begin(), users->end(), [](const User &u) { return u.role == Role::Rep; });
        QVERIFY(rep != users->end());
        signInAs(w, *rep);
        w.sections()->setCurrentWidget(w.sla());
        QTRY_VERIFY(queue->isVisible() && queue->model()->rowCount() > 0);
        const int margins
            = 2 * (queue->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, queue) + 1);
        bool outside = false;
        for (int r = 0; r < queue->model()->rowCount(); ++r) {
            const QString text = queue->model()->index(r, localTime).data().toString();
            outside = outside || text.contains(QLatin1Char('('));
            QVERIFY2(queue->fontMetrics().horizontalAdvance(text) + margins
                    <= queue->horizontalHeader()->sectionSize(localTime),
                qPrintable(QStringLiteral("%1: %2 px")
                               .arg(text)
                               .arg(queue->horizontalHeader()->sectionSize(localTime))));
        }
        QVERIFY(outside); // the evening's leads are outside the calling window
    }

    // A wide window gives its room to names, companies and owners, not to the last column; and
    // the widths fitted to one window are not carried to a smaller screen the next time.
    void columnsFitTheWindowEachTime()
    {
        QSettings().remove(QStringLiteral("ui/columns"));
        QSettings().remove(QStringLiteral("ui/columnsSizedByUser"));
        Session session(m_db->db(), m_clock);
        const auto scoreRight = [](MainWindow &w) {
            const QHeaderView *header = w.pipeline()->table()->horizontalHeader();
            return header->sectionViewportPosition(LeadTableModel::Score)
                + header->sectionSize(LeadTableModel::Score);
        };
        int ownerOnALaptop = 0, scoreOnALaptop = 0;
        {
            MainWindow laptop(session);
            laptop.resize(1366, 740);
            laptop.show();
            QVERIFY(QTest::qWaitForWindowExposed(&laptop));
            ownerOnALaptop = laptop.pipeline()->table()->horizontalHeader()->sectionSize(
                LeadTableModel::Owner);
            scoreOnALaptop = scoreRight(laptop);
        }
        {
            MainWindow wide(session);
            wide.resize(1900, 1000);
            wide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wide));
            const QHeaderView *header = wide.pipeline()->table()->horizontalHeader();
            QTRY_VERIFY(header->sectionSize(LeadTableModel::Owner) > ownerOnALaptop);
        }
        // Back on the laptop: the wide window's widths were not kept, Score is where it was.
        MainWindow again(session);
        again.resize(1366, 740);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(scoreRight(again), scoreOnALaptop);
    }

    // Right-click the list's header: a column chosen there is shown, and still shown the next time.
    void chosenColumnsAreRemembered()
    {
        QSettings().remove(QStringLiteral("ui/columns")); // a user who has not chosen yet
        Session session(m_db->db(), m_clock);
        {
            MainWindow w(session);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QHeaderView *header = w.pipeline()->table()->horizontalHeader();
            QVERIFY(header->isSectionHidden(LeadTableModel::Email)); // not shown at first
            QVERIFY(!header->isSectionHidden(LeadTableModel::Score));
            QTimer::singleShot(0, this, [] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *a : menu->actions()) {
                    if (a->text() == QLatin1String("E-mail"))
                        a->trigger();
                }
                menu->close();
            });
            Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
            QVERIFY(!header->isSectionHidden(LeadTableModel::Email));
        }
        MainWindow again(session);
        QVERIFY(
            !again.pipeline()->table()->horizontalHeader()->isSectionHidden(LeadTableModel::Email));
    }

    // Sorting the list keeps the lead that is open, instead of opening the first row.
    void sortingKeepsTheOpenLead()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *table = w.pipeline()->table();
        LeadTableModel *model = w.pipeline()->model();
        QTRY_VERIFY(model->rowCount() > 5);
        const QRect cell = table->visualRect(model->index(4, LeadTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        const qint64 chosen = model->leadIdAt(4);
        QTRY_COMPARE(w.detail()->leadId(), chosen);
        const qint64 firstAfterSort = [&] {
            table->sortByColumn(LeadTableModel::Name, Qt::AscendingOrder);
            return model->leadIdAt(0);
        }();
        QVERIFY(firstAfterSort != chosen); // the test would prove nothing otherwise
        QTest::qWait(50); // the queued reselection after the reload
        QCOMPARE(w.detail()->leadId(), chosen);
        QTRY_COMPARE(model->leadIdAt(table->currentIndex().row()), chosen);
    }

    void ctrl3PutsTheFocusInMyQueue()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        signInAs(w, m_rep);
        w.sla()->tabs()->setCurrentWidget(w.sla()->queue()); // where the rep left it
        w.pipeline()->searchField()->setFocus();
        QTest::keyClick(w.pipeline()->searchField(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.sections()->currentWidget(), w.sla());
        QTRY_COMPARE(QApplication::focusWidget(), w.sla()->queue()->table());
    }

    void stageShortcutsWorkFromTheListAndTheSearchBox()
    {
        // Alt+1 … Alt+6 choose a stage, Alt+0 all leads — also while the search box has the
        // focus, where the key must not end up as a typed digit.
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        StageBar *stages = w.pipeline()->stageBar();
        QLineEdit *field = w.pipeline()->searchField();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(stages->selectedStage(), std::optional<Stage>(Stage::Mql));
        QCOMPARE(field->text(), QString());
        QCOMPARE(w.pipeline()->model()->rowCount(), 2); // the two MQLs
        QTableView *table = w.pipeline()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(stages->selectedStage(), std::optional<Stage>(Stage::Lead));
        QCOMPARE(w.pipeline()->model()->rowCount(), 30);
        QTest::keyClick(table, Qt::Key_0, Qt::AltModifier);
        QCOMPARE(stages->selectedStage(), std::optional<Stage>());
        QCOMPARE(w.pipeline()->model()->rowCount(), 32);
    }

    void clearFiltersSaysWhatIsFilteredAndShowsAllAgain()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PipelineView *pipeline = w.pipeline();
        auto *summary = pipeline->findChild<QLabel *>(QStringLiteral("listSummary"));
        QVERIFY(summary);
        QTRY_COMPARE(pipeline->model()->rowCount(), 32);
        QVERIFY(!pipeline->clearFiltersButton()->isEnabled()); // nothing to clear

        pipeline->stageBar()->selectStage(Stage::Mql);
        search(w, QStringLiteral("zzz-nobody"));
        QCOMPARE(pipeline->model()->rowCount(), 0);
        // The empty list names what hides the leads.
        QTRY_VERIFY(summary->text().contains(QStringLiteral("zzz-nobody")));
        QVERIFY(summary->text().contains(stageName(Stage::Mql)));
        QVERIFY(pipeline->clearFiltersButton()->isEnabled());

        QTest::mouseClick(pipeline->clearFiltersButton(), Qt::LeftButton);
        QTRY_COMPARE(pipeline->model()->rowCount(), 32);
        QCOMPARE(pipeline->searchField()->text(), QString());
        QCOMPARE(pipeline->stageBar()->selectedStage(), std::optional<Stage>());
        QVERIFY(!summary->text().contains(QStringLiteral("zzz-nobody")));
        QVERIFY(!pipeline->clearFiltersButton()->isEnabled());
    }

    void destructiveActionsKeepTheirPlace()
    {
        // Disqualify sits at the right edge whatever the stage, apart from the steps forward,
        // so the button under the mouse after a stage change is never Disqualify by surprise.
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_rep);
        Builders make(m_db->db(), m_clock);
        const Lead fresh = make.lead()
                               .name(QStringLiteral("Nina"), QStringLiteral("Neu"))
                               .stage(Stage::Lead)
                               .owner(m_rep)
                               .insert();
        auto rightEdgeOf = [&](const QString &key) {
            QPushButton *b = w.detail()->actionButton(key);
            return b ? b->mapTo(w.detail(), QPoint(b->width(), 0)).x() : -1;
        };
        auto leftEdgeOf = [&](const QString &key) {
            QPushButton *b = w.detail()->actionButton(key);
            return b ? b->mapTo(w.detail(), QPoint(0, 0)).x() : -1;
        };
        w.detail()->showLead(fresh.id);
        QTRY_VERIFY(
            leftEdgeOf(QStringLiteral("disqualify")) - rightEdgeOf(QStringLiteral("qualify"))
            > 40); // apart, not next to the steps forward
        const int atLead = rightEdgeOf(QStringLiteral("disqualify"));
        QTRY_VERIFY(leftEdgeOf(QStringLiteral("qualify")) > rightEdgeOf(QStringLiteral("promote")));

        w.detail()->showLead(m_mql.id);
        QTRY_VERIFY(w.detail()->actionButton(QStringLiteral("qualify")));
        QTRY_VERIFY(leftEdgeOf(QStringLiteral("reject")) > rightEdgeOf(QStringLiteral("qualify")));
        QCOMPARE(rightEdgeOf(QStringLiteral("disqualify")), atLead);
        QVERIFY(leftEdgeOf(QStringLiteral("recycle")) < leftEdgeOf(QStringLiteral("reject")));
    }

    void countryIsPickedByName()
    {
        // Typing "Germany" used to be cut to "Ge" (Georgia) by a two-letter field.
        LeadForm form;
        LeadProfile p;
        p.firstName = QStringLiteral("Greta");
        p.country = QStringLiteral("AT");
        form.setProfile(p);
        QLineEdit *country = form.field(QStringLiteral("country"));
        QCOMPARE(country->text(), countryName(QStringLiteral("AT")) + QStringLiteral(" (AT)"));
        QCOMPARE(form.profile().country, QStringLiteral("AT"));
        QVERIFY(!form.isModified());
        for (const auto &[typed, code] :
            {std::pair {"Germany", "DE"}, std::pair {"Deutschland", "DE"},
                std::pair {"schweiz", "CH"}, std::pair {"fr", "FR"}, std::pair {"AUT", "AT"}}) {
            country->clear();
            QTest::keyClicks(country, QString::fromUtf8(typed));
            QCOMPARE(form.profile().country, QString::fromLatin1(code));
        }
        // The picker offers the names, found by any part of the name.
        QCompleter *completer = country->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(countryName(QStringLiteral("DE")).mid(1, 5)); // "ermany"
        QCOMPARE(completer->completionCount(), 1);
        QVERIFY(completer->currentCompletion().endsWith(QStringLiteral("(DE)")));
        completer->setCompletionPrefix(QStringLiteral("ch"));
        QVERIFY(completer->completionCount() > 5); // China, Chile, Schweiz/Switzerland, Tschechien…
        country->clear();
        QTest::keyClicks(country, QStringLiteral("Atlantis"));
        QCOMPARE(form.profile().country, QStringLiteral("Atlantis")); // refused by the service
    }

    // Every shortcut the README and the tooltips document, pressed where a user would press it:
    // in the lead list, in the search box and in a field of the lead's profile.
    void documentedShortcutsWorkFromEveryPlace_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("effect");
        const std::pair<const char *, const char *> shortcuts[] = {
            {"Ctrl+2", "tab:1"}, // Reports
            {"Ctrl+3", "tab:2"}, // Service levels
            {"Ctrl+4", "tab:3"}, // Team
            {"Ctrl+F", "search"},
            {"Ctrl+N", "modal:bantam::NewLeadDialog"},
            {"Ctrl+I", "modal:bantam::ImportWizard"},
            {"Ctrl+E", "modal:QFileDialog"},
            {"Ctrl+K", "modal:bantam::CallbackDialog"},
            {"Ctrl+Shift+C", "callmode"},
            {"Alt+F", "menu"},
            {"Alt+2", "stage:mql"},
            {"Ctrl+R", "refresh"},
        };
        for (const char *place : {"list", "search", "form"}) {
            for (const auto &[keys, effect] : shortcuts)
                QTest::addRow("%s %s", keys, place)
                    << QString::fromLatin1(place) << QKeySequence(QString::fromLatin1(keys))
                    << QString::fromLatin1(effect);
        }
    }

    void documentedShortcutsWorkFromEveryPlace()
    {
        QFETCH(QString, place);
        QFETCH(QKeySequence, keys);
        QFETCH(QString, effect);
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        signInAs(w, m_admin);
        w.detail()->showLead(m_mql.id);
        QTRY_COMPARE(w.detail()->leadId(), m_mql.id);
        QWidget *target = nullptr;
        if (place == QLatin1String("list"))
            target = w.pipeline()->table();
        else if (place == QLatin1String("search"))
            target = w.pipeline()->searchField();
        else
            target = w.detail()->findChild<LeadForm *>()->field(QStringLiteral("company"));
        target->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), target);
        const QString searchBefore = w.pipeline()->searchField()->text();

        if (effect == QLatin1String("refresh")) // a lead added behind the window's back
            Builders(m_db->db(), m_clock)
                .lead()
                .name(QStringLiteral("Rolf"), QStringLiteral("Refresh"))
                .insert();
        QString modal;
        QTimer::singleShot(0, this, [&modal] {
            QWidget *m = QApplication::activeModalWidget();
            if (!m)
                return;
            modal = QString::fromLatin1(m->metaObject()->className());
            if (auto *d = qobject_cast<QDialog *>(m))
                d->reject();
        });
        QTest::keySequence(target, keys);

        if (effect.startsWith(QLatin1String("tab:"))) {
            QCOMPARE(w.sections()->currentIndex(), effect.mid(4).toInt());
        } else if (effect == QLatin1String("search")) {
            QTRY_COMPARE(QApplication::focusWidget(), w.pipeline()->searchField());
        } else if (effect.startsWith(QLatin1String("modal:"))) {
            QTRY_COMPARE(modal, effect.mid(6));
        } else if (effect == QLatin1String("callmode")) {
            CallModeWidget *call = nullptr;
            QTRY_VERIFY((call = [] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (auto *c = qobject_cast<CallModeWidget *>(top); c && c->isVisible())
                        return c;
                }
                return static_cast<CallModeWidget *>(nullptr);
            }()));
            call->close();
        } else if (effect == QLatin1String("menu")) {
            QMenu *menu = nullptr;
            QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
            QCOMPARE(menu->title(), QStringLiteral("&File"));
            menu->close();
            if (place == QLatin1String("form")) // Alt+F is the menu, not the First name field
                QVERIFY(QApplication::focusWidget()
                    != w.detail()->findChild<LeadForm *>()->field(QStringLiteral("firstName")));
        } else if (effect == QLatin1String("stage:mql")) {
            QCOMPARE(w.pipeline()->stageBar()->selectedStage(), std::optional<Stage>(Stage::Mql));
            QCOMPARE(w.pipeline()->searchField()->text(), searchBefore); // no "2" typed
        } else if (effect == QLatin1String("refresh")) {
            QTRY_COMPARE(w.pipeline()->model()->rowCount(), 33);
        } else {
            QFAIL("unknown effect");
        }
    }

    // Help › Keyboard shortcuts… lists every key the window and call mode define, read from
    // the actions themselves, in the user's language.
    void shortcutListShowsEveryKey()
    {
        QTranslator german;
        const QLocale before;
        QVERIFY(german.load(QStringLiteral(BANTAM_QM_DIR "/bantam_de.qm")));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_admin);
        QStringList rows;
        onModal<QDialog>([&rows](QDialog *d) {
            auto *table = d->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
            for (int r = 0; table && r < table->rowCount(); ++r)
                rows << QStringLiteral("%1 | %2 | %3")
                            .arg(table->item(r, 0)->text(), table->item(r, 1)->text(),
                                table->item(r, 2)->text());
            d->reject();
        });
        QAction *open = w.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("&Tastenkürzel…"));
        open->trigger();
        const QString all = rows.join(QLatin1Char('\n'));
        // Every menu action with a key is there, with its key and its menu.
        int withKeys = 0;
        for (const QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++withKeys;
            QVERIFY2(all.contains(a->shortcut().toString(QKeySequence::NativeText)
                         + QLatin1String(" | ") + QString(a->text()).remove(QLatin1Char('&'))),
                qPrintable(a->text() + QLatin1Char('\n') + all));
        }
        QVERIFY(withKeys >= 10);
        QVERIFY2(all.contains(QStringLiteral("CSV exportieren")), qPrintable(all));
        // Keys outside the menus: the stage filters, saving the lead, call mode.
        QVERIFY2(all.contains(QStringLiteral("Alt+2 | Nur die Leads in MQL anzeigen | Pipeline")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(" | Änderungen am Lead speichern | Pipeline")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("F5 | Wählen | Anrufmodus")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("D | Disqualifizieren | Anrufmodus, nach dem Anruf")),
            qPrintable(all));
    }

    void anotherRepsLeadIsRefused()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_rep);
        search(w, QStringLiteral("fremd"));
        openFirstRow(w);
        QCOMPARE(w.detail()->leadId(), m_foreign.id);
        QPushButton *accept = w.detail()->actionButton(QStringLiteral("accept"));
        QVERIFY(accept);
        QVERIFY(!accept->isEnabled());
        QVERIFY(accept->toolTip().contains(QStringLiteral("Otto Other")));
        QVERIFY(w.detail()->form()->field(QStringLiteral("email"))->isReadOnly());
        // Core refuses too, whatever the buttons say.
        auto refused = session.pipeline().change(
            m_rep, StageChange {m_foreign.id, PipelineAction::Accept, {}, {}, {}, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    }

    void writeProtectedFileShowsABannerAndRefusesEdits()
    {
        if (TestDatabase::onServer())
            QSKIP("about write-protected database files");
        const QString path = m_db->path();
        m_db->close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        auto opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        Session session(*opened.value(), m_clock);
        {
            MainWindow w(session);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *banner = w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QVERIFY(banner);
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("write-protected")),
                qPrintable(banner->text()));
            signInAs(w, m_rep);
            search(w, QStringLiteral("gart"));
            QCOMPARE(w.pipeline()->model()->rowCount(), 1); // reading works
            auto refused = session.pipeline().change(
                m_rep, StageChange {m_mql.id, PipelineAction::Accept, {}, {}, {}, {}});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("read-only")),
                qPrintable(refused.error().message));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void backupAndRestoreAreForAdminsOnly()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        auto *backup = w.findChild<QAction *>(QStringLiteral("backupDatabaseAction"));
        auto *restore = w.findChild<QAction *>(QStringLiteral("restoreDatabaseAction"));
        auto *check = w.findChild<QAction *>(QStringLiteral("checkDatabaseAction"));
        QVERIFY(backup && restore && check);
        signInAs(w, m_rep);
        QVERIFY(!backup->isEnabled());
        QVERIFY(!restore->isEnabled());
        QVERIFY(check->isEnabled()); // anyone may look; repairs are offered to admins
        signInAs(w, m_admin);
        QVERIFY(backup->isEnabled());
        QVERIFY(restore->isEnabled());
    }

    void owedWorkIsFinishedWhenTheWindowOpens()
    {
        // What a crash leaves behind: leads without a score of the active model (the fixture's
        // leads are written straight to the tables, like an import batch before its scoring)
        // and a new MQL whose routing is owed.
        const Lead owed = Builders(m_db->db(), m_clock)
                              .lead()
                              .name(QStringLiteral("Olga"), QStringLiteral("Offen"))
                              .stage(Stage::Mql)
                              .insert();
        {
            QSqlQuery q(m_db->db().connection());
            q.prepare(QStringLiteral(
                "UPDATE leads SET unassigned_reason = 'routing_owed' WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), owed.id);
            QVERIFY(q.exec());
        }
        Session session(m_db->db(), m_clock);
        const DatabaseCheck &check = session.services().check();
        auto before = check.owed();
        QVERIFY(before);
        QCOMPARE(before->findings.size(), size_t(2)); // not scored, not routed

        // A rep may not finish it: the status bar says who may, and nothing changes.
        session.setCurrentUser(m_rep);
        {
            MainWindow w(session);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.finishOwedWork();
            QTRY_VERIFY(!w.finishingOwedWork());
            const QString said = w.statusBar()->currentMessage();
            QVERIFY2(said.contains(QStringLiteral("an administrator finishes it with File › Check "
                                                  "database")),
                qPrintable(said));
            QCOMPARE(check.owed()->findings.size(), size_t(2));
        }

        // An admin's window finishes it on a worker thread, and says so.
        session.setCurrentUser(m_admin);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.finishOwedWork();
        QVERIFY(w.finishingOwedWork());
        QTRY_VERIFY_WITH_TIMEOUT(!w.finishingOwedWork(), 60000);
        const QString said = w.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("Finished the work Bantam left unfinished when it "
                                                "stopped: %1 lead")
                                     .arg(before->findings.front().count)),
            qPrintable(said));
        auto after = check.owed();
        QVERIFY(after);
        QVERIFY(after->clean());
        // Routed: with no routing rules, unassigned with routing's reason.
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral("SELECT unassigned_reason FROM leads WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), owed.id);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(!QStringList({QString(), QStringLiteral("routing_owed")})
                      .contains(q.value(0).toString()),
            qPrintable(q.value(0).toString()));
    }

    void normalFileHasNoReadOnlyBanner()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("readOnlyBanner")));
    }

    void invalidEmailIsShownAtTheFieldAndNotSaved()
    {
        Session session(m_db->db(), m_clock);
        MainWindow w(session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        signInAs(w, m_rep);
        search(w, QStringLiteral("greta@"));
        openFirstRow(w);
        QLineEdit *email = w.detail()->form()->field(QStringLiteral("email"));
        QVERIFY(!email->isReadOnly());
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("greta at gartenbau"));
        auto *save = w.detail()->findChild<QPushButton *>(QStringLiteral("saveLead"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *error = w.detail()->findChild<QLabel *>(QStringLiteral("formError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("greta at gartenbau")));
        QCOMPARE(LeadRepository(m_db->db()).byId(m_mql.id)->profile.email,
            QStringLiteral("greta@gartenbau.example"));

        // Fixing it saves, and bumps the version.
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("greta.gaertner@gartenbau.example"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!error->isVisible());
        auto saved = LeadRepository(m_db->db()).byId(m_mql.id);
        QCOMPARE(saved->profile.email, QStringLiteral("greta.gaertner@gartenbau.example"));
        QCOMPARE(saved->version, m_mql.version + 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
