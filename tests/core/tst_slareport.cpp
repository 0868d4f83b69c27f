// SlaReports: the state counts now, compliance per rep, team and in total, the time to first
// touch, the weekly trend, the breach list and the MQL target, against figures worked out by
// hand from clocks written for the purpose.
#include "events/eventbus.h"
#include "services.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/slarepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

QDateTime utc(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestSlaReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock {utc(3, 11, 12)}; // Wednesday 11 March 2026, noon UTC
    User m_a, m_b, m_admin, m_marketer;
    qint64 m_nord = 0, m_sued = 0, m_firstTouch = 0, m_untouched = 0, m_leadId = 0;

    const Database &db() const { return m_db->db(); }

    // A clock as the rules would have left it; stopped and elapsed given for met clocks.
    void clock(std::optional<qint64> owner, qint64 policy, const QDateTime &started,
        const QDateTime &dueSoon, const QDateTime &due, const QDateTime &stopped = {},
        qint64 elapsedMinutes = -1, ClockOutcome outcome = ClockOutcome::Met)
    {
        SlaClock c;
        c.leadId = m_leadId;
        c.policyId = policy;
        c.ownerId = owner;
        c.startedAt = started;
        c.dueSoonAt = dueSoon;
        c.dueAt = due;
        c.stoppedAt = stopped;
        c.outcome = stopped.isValid() ? outcome : ClockOutcome::Open;
        if (elapsedMinutes >= 0)
            c.elapsedSecs = elapsedMinutes * 60;
        c.changed = true;
        std::vector<SlaClock> one {c};
        QVERIFY(SlaRepository(db()).save(one).ok());
    }

    // A first-touch clock started at `started`, due four hours later, met after `minutes`.
    void met(const User &owner, const QDateTime &started, int minutes)
    {
        clock(owner.id, m_firstTouch, started, started.addSecs(3 * 3600), started.addSecs(4 * 3600),
            started.addSecs(minutes * 60), minutes);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        Builders b(db(), m_clock);
        m_nord = b.team(QStringLiteral("Nord"));
        m_sued = b.team(QStringLiteral("Süd"));
        m_a = b.user(QStringLiteral("anna"), Role::Rep, m_nord, true, QStringLiteral("Anna"));
        m_b = b.user(QStringLiteral("bert"), Role::Rep, m_sued, true, QStringLiteral("Bert"));
        m_admin = b.user(QStringLiteral("admin"), Role::Admin);
        m_marketer = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
        m_leadId = b.lead().owner(m_a).insert().id;
        const auto policies = SlaRepository(db()).policies().value();
        for (const SlaPolicy &p : policies) {
            if (p.code == QLatin1String("mql_first_touch"))
                m_firstTouch = p.id;
            if (p.code == QLatin1String("untouched"))
                m_untouched = p.id;
        }
        QVERIFY(m_firstTouch && m_untouched);
    }

    void statusCountsTheStatesNow()
    {
        const QDateTime now = m_clock.now();
        const QDateTime past = utc(2, 20, 9);
        clock(m_a.id, m_firstTouch, past, now.addSecs(-600), now.addSecs(3600)); // due soon
        clock(m_a.id, m_firstTouch, past, now.addSecs(7200), now.addSecs(5 * 3600)); // on track
        clock(m_a.id, m_untouched, past, now.addSecs(-7200), now.addSecs(-3600)); // breached
        clock(m_b.id, m_untouched, past, now.addDays(-3), now.addDays(-2)); // breached
        clock(m_b.id, m_firstTouch, past, now.addSecs(20 * 3600), now.addDays(1)); // on track
        clock(std::nullopt, m_firstTouch, past, now.addSecs(-3600), now.addSecs(600)); // due soon
        clock(m_b.id, m_firstTouch, past, past, past.addSecs(60), now.addSecs(-60),
            1); // met: not counted
        clock(m_a.id, m_firstTouch, past, past, now); // due exactly now: breached
        auto status = SlaReports(db()).status(now);
        QVERIFY(status.ok());
        const auto &rows = status->rows;
        QCOMPARE(rows.size(), size_t(6)); // Anna, Bert, (unassigned), Nord, Süd, all
        auto find = [&](const QString &scope, const QString &name) {
            for (const SlaStatusRow &r : rows) {
                if (r.scope == scope && r.name == name)
                    return r;
            }
            return SlaStatusRow {};
        };
        const SlaStatusRow a = find(QStringLiteral("rep"), QStringLiteral("Anna"));
        QCOMPARE(a.onTrack, qint64(1));
        QCOMPARE(a.dueSoon, qint64(1));
        QCOMPARE(a.breached, qint64(2));
        QCOMPARE(a.team, QStringLiteral("Nord"));
        const SlaStatusRow b = find(QStringLiteral("rep"), QStringLiteral("Bert"));
        QCOMPARE(b.onTrack + b.dueSoon * 10 + b.breached * 100, qint64(101));
        const SlaStatusRow none = find(QStringLiteral("rep"), QStringLiteral("(unassigned)"));
        QCOMPARE(none.dueSoon, qint64(1));
        QCOMPARE(find(QStringLiteral("team"), QStringLiteral("Süd")).breached, qint64(1));
        QCOMPARE(rows.back().scope, QStringLiteral("all"));
        QCOMPARE(rows.back().onTrack, qint64(2));
        QCOMPARE(rows.back().dueSoon, qint64(2));
        QCOMPARE(rows.back().breached, qint64(3));
        // The table prints the same.
        const ReportTable t = slaStatusTable(status.value());
        QCOMPARE(t.rows.back().at(t.keys.indexOf(QStringLiteral("open"))).toLongLong(), qint64(7));
    }

    void complianceFirstTouchAndTrend()
    {
        // Week of 2 March: Anna met 30, 90 (on time) and 300 minutes (late); Bert 60 (on time)
        // and 600 (late); Anna's untouched clock met on time.
        met(m_a, utc(3, 2, 9), 30);
        met(m_a, utc(3, 3, 9), 90);
        met(m_a, utc(3, 4, 9), 300);
        met(m_b, utc(3, 5, 9), 60);
        met(m_b, utc(3, 6, 9), 600);
        clock(m_a.id, m_untouched, utc(3, 3, 9), utc(3, 8, 9), utc(3, 10, 9), utc(3, 5, 9),
            2 * 24 * 60);
        // Week of 9 March: Anna met 45 on time and has one pending; Bert's is breached and open.
        met(m_a, utc(3, 9, 10), 45);
        clock(m_a.id, m_firstTouch, utc(3, 11, 9), utc(3, 11, 12, 30), utc(3, 11, 13));
        clock(m_b.id, m_firstTouch, utc(3, 9, 9), utc(3, 9, 12), utc(3, 9, 13));
        // Left out: a cancelled clock, and one started before the period.
        clock(m_a.id, m_firstTouch, utc(3, 10, 9), utc(3, 10, 12), utc(3, 10, 13), utc(3, 10, 20),
            0, ClockOutcome::Cancelled);
        met(m_b, utc(2, 27, 9), 999);

        auto report = SlaReports(db()).report(QDate(2026, 3, 2), QDate(2026, 3, 15), m_clock.now());
        QVERIFY(report.ok());
        const auto &rows = report->compliance;
        QCOMPARE(rows.size(), size_t(5)); // Anna, Bert, Nord, Süd, all
        QCOMPARE(rows[0].name, QStringLiteral("Anna"));
        QCOMPARE(rows[0].metOnTime, qint64(4));
        QCOMPARE(rows[0].metLate, qint64(1));
        QCOMPARE(rows[0].breachedOpen, qint64(0));
        QCOMPARE(rows[0].pending, qint64(1));
        QCOMPARE(rows[0].compliance(), 0.8);
        QCOMPARE(rows[1].name, QStringLiteral("Bert"));
        QCOMPARE(rows[1].compliance(), 1.0 / 3.0);
        QCOMPARE(rows[2].scope, QStringLiteral("team"));
        QCOMPARE(rows[2].name, QStringLiteral("Nord"));
        QCOMPARE(rows[2].compliance(), 0.8);
        QCOMPARE(rows[4].scope, QStringLiteral("all"));
        QCOMPARE(rows[4].metOnTime, qint64(5));
        QCOMPARE(rows[4].counted(), qint64(8));
        QCOMPARE(rows[4].compliance(), 0.625);

        // 30, 45, 60, 90, 300, 600 minutes: median the 3rd (1 hour), 90th percentile the 6th.
        QCOMPARE(report->firstTouches, qint64(6));
        QCOMPARE(report->medianFirstTouchHours, std::optional<double>(1.0));
        QCOMPARE(report->p90FirstTouchHours, std::optional<double>(10.0));

        QCOMPARE(report->weeks.size(), size_t(2));
        QCOMPARE(report->weeks[0].weekStart, QDate(2026, 3, 2));
        QCOMPARE(report->weeks[0].metOnTime, qint64(4));
        QCOMPARE(report->weeks[0].metLate, qint64(2));
        QCOMPARE(report->weeks[1].weekStart, QDate(2026, 3, 9));
        QCOMPARE(report->weeks[1].metOnTime, qint64(1));
        QCOMPARE(report->weeks[1].breachedOpen, qint64(1));
        const ReportTable weekly = slaWeeklyTable(report.value());
        QCOMPARE(ReportTable::display(weekly.rows[1].last(), QStringLiteral("complianceRate")),
            QStringLiteral("50.0%"));

        auto breaches
            = SlaReports(db()).breaches(QDate(2026, 3, 2), QDate(2026, 3, 15), m_clock.now(), 100);
        QVERIFY(breaches.ok());
        QCOMPARE(breaches->size(), size_t(3)); // Bert's open one, Bert's 600 and Anna's 300 minutes
        QCOMPARE(breaches->at(0).state, SlaState::Breached);
        QCOMPARE(breaches->at(0).owner, QStringLiteral("Bert"));
        QCOMPARE(breaches->at(1).state, SlaState::MetLate);
        QCOMPARE(breaches->at(1).dueAt, utc(3, 6, 13));
    }

    void mqlTargetAgainstActual()
    {
        QSqlQuery q(db().connection());
        // Fixture: when leads first became MQL (PipelineService writes this in real use).
        for (const QDateTime &at :
            {utc(3, 1, 0), utc(3, 20, 9), utc(3, 31, 23, 59), utc(2, 28, 23, 59), utc(4, 1, 0)}) {
            const qint64 id = Builders(db(), m_clock).lead().insert().id;
            q.prepare(QStringLiteral("UPDATE leads SET mql_at = :at WHERE id = :id"));
            q.bindValue(QStringLiteral(":at"), at.toSecsSinceEpoch());
            q.bindValue(QStringLiteral(":id"), id);
            QVERIFY(q.exec());
        }
        EventBus bus;
        const Services services(db(), bus, m_clock);
        QVERIFY(services.sla().setMqlTarget(m_marketer, QStringLiteral("2026-03"), 4).ok());
        auto report
            = SlaReports(db()).report(QDate(2026, 2, 15), QDate(2026, 3, 10), m_clock.now());
        QVERIFY(report.ok());
        QCOMPARE(report->mql.size(), size_t(2));
        QCOMPARE(report->mql[0].month, QStringLiteral("2026-02"));
        QVERIFY(!report->mql[0].target);
        QCOMPARE(report->mql[0].actual, qint64(1));
        QCOMPARE(report->mql[1].target, std::optional<qint64>(4));
        QCOMPARE(report->mql[1].actual, qint64(3)); // the whole month
        const ReportTable t = mqlTargetTable(report.value());
        QCOMPARE(ReportTable::display(t.rows[1].last(), QStringLiteral("attainmentRate")),
            QStringLiteral("75.0%"));
        QVERIFY(t.rows[0].last().isNull());
    }
};

QTEST_GUILESS_MAIN(TestSlaReport)
#include "tst_slareport.moc"
