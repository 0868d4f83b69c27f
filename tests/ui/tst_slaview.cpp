// The Service levels section: the SLA dashboard shows the numbers bantam-cli prints, its breach
// list opens a lead, My queue lists a rep's leads by due time a page at a time and logs a call
// that stops the clock, and the settings dialog saves a policy.
#include "common/session.h"
#include "demo/demogenerator.h"
#include "pipeline/pipelineservice.h"
#include "services.h"
#include "sla/myqueuemodel.h"
#include "sla/myqueueview.h"
#include "sla/sladashboard.h"
#include "sla/slasettingsdialog.h"
#include "sla/slaview.h"
#include "storage/predictiverepository.h"
#include "storage/slarepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace bantam;
using namespace bantam::testing;

class TestSlaView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_demo;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()}; // the CLI runs on the system clock

    QJsonObject cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BANTAM_CLI),
            QStringList {QStringLiteral("--db"), m_demo->path()} + args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return {};
        }
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
        return doc.isArray() ? QJsonObject {{QStringLiteral("status"), doc.array()}} : doc.object();
    }

    // Whether the table shows, cell by cell, what the CLI printed (formatted the same way).
    static bool sameAs(
        QTableWidget *table, const QJsonArray &rows, const QStringList &keys, QString *why)
    {
        if (table->rowCount() != rows.size()) {
            *why = QStringLiteral("%1 rows shown, %2 printed")
                       .arg(table->rowCount())
                       .arg(rows.size());
            return false;
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            const QJsonObject row = rows[r].toObject();
            for (int c = 0; c < keys.size(); ++c) {
                const QString shown = table->item(r, c)->text();
                const QString printed
                    = ReportTable::display(row.value(keys[c]).toVariant(), keys[c]);
                if (shown != printed) {
                    *why = QStringLiteral("row %1 %2: shown '%3', printed '%4'")
                               .arg(r)
                               .arg(keys[c], shown, printed);
                    return false;
                }
            }
        }
        return true;
    }

    User user(const QString &login) const
    {
        return UserRepository(m_demo->db()).byLogin(login).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<TestDatabase>();
        QVERIFY(m_demo->isValid());
        EventBus bus;
        const Services services(m_demo->db(), bus, m_clock);
        QVERIFY(DemoGenerator(services).generate({800, 5}).ok());
    }

    void dashboardShowsTheCliNumbers()
    {
        Session session(m_demo->db(), m_clock);
        SlaDashboard dashboard(session);
        QSignalSpy refreshed(&dashboard, &SlaDashboard::refreshed);
        dashboard.resize(1300, 900);
        dashboard.show();
        QVERIFY(refreshed.wait(30000));
        const QDate to = m_clock.now().date(), from = to.addDays(-200);
        dashboard.setPeriod(from, to);
        // A clock may change its state between the dashboard's "now" and the CLI's: try again.
        QString why;
        bool same = false;
        for (int attempt = 0; attempt < 3 && !same; ++attempt) {
            m_clock.set(QDateTime::currentDateTimeUtc());
            dashboard.refresh();
            QVERIFY(refreshed.wait(30000));
            const QJsonObject status
                = cli({QStringLiteral("sla"), QStringLiteral("status"), QStringLiteral("--json")});
            const QJsonObject report = cli({QStringLiteral("report"), QStringLiteral("sla"),
                QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                to.toString(Qt::ISODate), QStringLiteral("--json")});
            const SlaFigures &f = *dashboard.current();
            const struct
            {
                SlaDashboard::Table table;
                QJsonArray rows;
                ReportTable data;
            } tables[] = {
                {SlaDashboard::NowTable, status.value(QStringLiteral("status")).toArray(),
                    slaStatusTable(f.status)},
                {SlaDashboard::ComplianceTable,
                    report.value(QStringLiteral("compliance")).toArray(),
                    slaComplianceTable(f.report)},
                {SlaDashboard::FirstTouchTable,
                    report.value(QStringLiteral("firstTouch")).toArray(),
                    slaFirstTouchTable(f.report)},
                {SlaDashboard::WeeklyTable, report.value(QStringLiteral("weekly")).toArray(),
                    slaWeeklyTable(f.report)},
                {SlaDashboard::MqlTable, report.value(QStringLiteral("mqlTargets")).toArray(),
                    mqlTargetTable(f.report)},
                {SlaDashboard::BreachTable, report.value(QStringLiteral("breaches")).toArray(),
                    slaBreachTable(f.breaches)},
            };
            same = true;
            for (const auto &t : tables)
                same = same && sameAs(dashboard.table(t.table), t.rows, t.data.keys, &why);
        }
        QVERIFY2(same, qPrintable(why));
        // Demo data gives a dashboard with something in every part.
        QVERIFY(dashboard.table(SlaDashboard::NowTable)->rowCount() >= 13); // 10 reps, 2 teams, all
        QVERIFY(dashboard.table(SlaDashboard::BreachTable)->rowCount() > 0);
        QVERIFY(dashboard.table(SlaDashboard::WeeklyTable)->rowCount() >= 25);
        QVERIFY(dashboard.current()->report.medianFirstTouchHours.has_value());
    }

    void breachRowOpensTheLead()
    {
        Session session(m_demo->db(), m_clock);
        SlaDashboard dashboard(session);
        QSignalSpy refreshed(&dashboard, &SlaDashboard::refreshed);
        QSignalSpy opened(&dashboard, &SlaDashboard::openLead);
        dashboard.show();
        QVERIFY(refreshed.wait(30000));
        QTableWidget *breaches = dashboard.table(SlaDashboard::BreachTable);
        QVERIFY(breaches->rowCount() > 1);
        breaches->setCurrentCell(1, 0);
        Q_EMIT breaches->activated(breaches->model()->index(1, 0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), dashboard.current()->breaches[1].leadId);
        QCOMPARE(breaches->item(1, 0)->text(),
            QLocale().toString(dashboard.current()->breaches[1].leadId));
    }

    void myQueuePagesByDueTimeAndLogsACall()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FakeClock clock(QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC));
        Session session(db.db(), clock);
        Builders b(db.db(), clock);
        const qint64 team = b.team(QStringLiteral("Nord"));
        const User rep = b.user(QStringLiteral("rep"), Role::Rep, team);
        const User marketer = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
        const PipelineService &pipeline = session.pipeline();
        std::vector<qint64> ids;
        for (int i = 0; i < 230; ++i) {
            ids.push_back(
                b.lead().owner(rep).name(QStringLiteral("Lead"), QString::number(i)).insert().id);
            StageChange c;
            c.leadId = ids.back();
            c.action = PipelineAction::Promote;
            QVERIFY(pipeline.change(marketer, c).ok());
            clock.advanceSecs(60); // each handed over a minute after the one before
        }
        // A learned chance for the first lead only.
        QVERIFY(PredictiveRepository(db.db()).replaceChances({{ids.front(), 64}}, 1, clock.now()));
        session.setCurrentUser(rep);
        MyQueueView view(session);
        QAbstractItemModelTester tester(
            view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.timer()->isActive()); // refreshed while shown
        MyQueueModel *model = view.model();
        QCOMPARE(model->totalCount(), qint64(230));
        QCOMPARE(model->rowCount(), 230);
        QCOMPARE(model->cachedRowCount(), MyQueueModel::PageSize); // the page on screen, not all
        QCOMPARE(model->leadIdAt(0), ids.front()); // handed over first, due first
        QCOMPARE(model->leadIdAt(229), ids.back());
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->rowAt(r - 1)->dueAt <= model->rowAt(r)->dueAt);
        // Handed over at 09:00 in Berlin, due at 13:00, due soon from 12:00; it is 12:50 now.
        QCOMPARE(model->data(model->index(0, MyQueueModel::State)).toString(),
            QStringLiteral("Due soon"));
        QCOMPARE(model->data(model->index(229, MyQueueModel::State)).toString(),
            QStringLiteral("On track"));
        QCOMPARE(
            model->data(model->index(0, MyQueueModel::Chance)).toString(), QStringLiteral("64 %"));
        QCOMPARE(model->data(model->index(229, MyQueueModel::Chance)).toString(), QString());

        // Time passes: the first lead is breached, shown as such after the next refresh.
        clock.advanceDays(1);
        model->refresh();
        QCOMPARE(model->data(model->index(0, MyQueueModel::State)).toString(),
            QStringLiteral("Breached"));
        QVERIFY(model->data(model->index(0, MyQueueModel::TimeLeft))
                    .toString()
                    .endsWith(QStringLiteral("overdue")));

        // The rep calls the most urgent lead: its first-touch clock stops.
        view.table()->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("queueCall")), Qt::LeftButton);
        const auto clocks = SlaRepository(db.db()).clocksOf(ids.front()).value();
        QVERIFY(std::any_of(clocks.begin(), clocks.end(), [](const SlaClock &c) {
            return c.stoppedBy == QLatin1String("call") && c.outcome == ClockOutcome::Met;
        }));
        view.hide();
        QVERIFY(!view.timer()->isActive());
    }

    void settingsDialogSavesAPolicy()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FakeClock clock;
        Session session(db.db(), clock);
        session.setCurrentUser(Builders(db.db(), clock).user(QStringLiteral("admin"), Role::Admin));
        SlaSettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.policyList()->count(), 4);
        dialog.policyList()->setCurrentRow(1); // MQL first touch
        QCOMPARE(dialog.allowedField()->value(), 240);
        dialog.allowedField()->setValue(180);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("slaSavePolicy")), Qt::LeftButton);
        const auto policies = SlaRepository(db.db()).policies().value();
        QCOMPARE(policies[1].code, QStringLiteral("mql_first_touch"));
        QCOMPARE(policies[1].allowed, 180);
        QCOMPARE(dialog.policyList()->item(1)->text(),
            QStringLiteral("MQL first touch — 3 business hours"));
        const int holidays = dialog.holidayTable()->rowCount();
        QVERIFY(dialog.addHoliday(QDate(2026, 6, 1), QStringLiteral("Betriebsfeier")));
        QCOMPARE(dialog.holidayTable()->rowCount(), holidays + 1);
        QVERIFY(SlaRepository(db.db()).calendar().value().isHoliday(QDate(2026, 6, 1)));
        QVERIFY(dialog.setTarget(QStringLiteral("2026-06"), 120));
        QVERIFY(dialog.rebuildClocks()); // an empty database: nothing to recompute, no error
        QCOMPARE(
            SlaRepository(db.db()).mqlTargets().value().at(QStringLiteral("2026-06")), qint64(120));
    }

    // Recomputing every lead's clocks is asked first (it changes due times and records
    // breaches): Cancel leaves them; Recompute runs and says what it did.
    void recomputingAllClocksAsksFirst()
    {
        TestDatabase db;
        QVERIFY(db.isValid());
        FakeClock clock;
        Session session(db.db(), clock);
        Builders make(db.db(), clock);
        session.setCurrentUser(make.user(QStringLiteral("admin"), Role::Admin));
        for (int i = 0; i < 3; ++i)
            make.lead().name(QStringLiteral("Lea"), QStringLiteral("Kunde%1").arg(i)).insert();
        SlaSettingsDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("slaNote"));
        QVERIFY(note);
        const QString before = note->text();
        auto answer = [&dialog](const QString &button, QString *asked) {
            QTimer::singleShot(0, &dialog, [button, asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                *asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
                }
            });
        };
        QString asked;
        answer(QStringLiteral("Cancel"), &asked);
        QVERIFY(!dialog.confirmAndRebuildClocks());
        QVERIFY2(asked.contains(QStringLiteral("all 3 lead")), qPrintable(asked));
        QCOMPARE(note->text(), before);
        answer(QStringLiteral("Recompute"), &asked);
        QVERIFY(dialog.confirmAndRebuildClocks());
        QVERIFY2(note->text().contains(QStringLiteral("recomputed for 3 leads")),
            qPrintable(note->text()));
    }
};

QTEST_MAIN(TestSlaView)
#include "tst_slaview.moc"
