// Tests ReportService and the report tables on a small pipeline built through PipelineService
// moves at set times (so the milestones come from real moves), against numbers worked out by
// hand: leads that skipped MQL, were recycled, were disqualified after MQL or rejected by
// sales; every filter; empty ranges; and the demo generator's milestones and scores.
#include "demo/demogenerator.h"
#include "events/eventbus.h"
#include "pipeline/pipelineservice.h"
#include "reports/reportcatalog.h"
#include "reports/reportservice.h"
#include "scoring/predictiveservice.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/outcomedata.h"
#include "support/testdatabase.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Demo data into an empty test database, on clock.
Result<DemoSummary> generateDemo(
    const TestDatabase &t, const Clock &clock, const DemoOptions &options)
{
    EventBus bus;
    const Services services(t.db(), bus, clock);
    return DemoGenerator(services).generate(options);
}

ReportFilter march()
{
    ReportFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 31);
    return f;
}

template <typename T>
T valueOf(Result<T> r, const char *file, int line)
{
    if (!r) {
        QTest::qFail(qPrintable(r.error().message), file, line);
        return T {};
    }
    return std::move(r).value();
}

// The report's value, or a test failure with the service's message (and an empty value).
#define VALUE(expr) valueOf((expr), __FILE__, __LINE__)
// As a statement's initialiser: also ends the test on a failure.
#define REPORT(expr)                                                                               \
    VALUE(expr);                                                                                   \
    if (QTest::currentTestFailed())                                                                \
        return;

struct Funnel
{
    qint64 leads, mql, sql, won;
};

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void milestonesComeFromTheFirstEntry();
    void funnel_data();
    void funnel();
    void fromAfterToIsRefused();
    void sources();
    void velocity();
    void velocityFiltered();
    void reasons();
    void reasonsFiltered();
    void reasonLabelsFollowTheLanguage();
    void fairness();
    void fairnessOfATeam();
    void fairnessCountsAssignmentsInTheRange();
    void fairnessFollowsReassignmentsBackAndForth();
    void calibration();
    void learnedCalibration();
    void emptyRange();
    void tables();
    void statementsInlineTheValues();
    void demoMilestonesMatchTheHistory();
    void demoWithIndexesAfterIsTheSameDemo();
    void demoScoresAreWhatARecomputeGives_data();
    void demoScoresAreWhatARecomputeGives();

private:
    Lead lead(const QString &source, const User *owner, int score, const QDateTime &created,
        const QString &country = QStringLiteral("DE"), const QString &campaign = {});
    bool move(const Lead &lead, PipelineAction action, const QDateTime &when,
        const QString &reason = {}, const QDate &recontact = {});
    Lead reload(qint64 id) const;
    void assign(const Lead &lead, const User &to, const QDateTime &when, int score, bool hot,
        const QString &kind = QStringLiteral("routing"));

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Builders> m_make;
    std::unique_ptr<Services> m_services;
    const PipelineService *m_pipeline = nullptr; // m_services' pipeline
    std::unique_ptr<ReportService> m_reports;

    qint64 m_nord = 0, m_sued = 0;
    User m_admin, m_anna, m_ben, m_cem, m_dora;
    Lead m_l1, m_l2, m_l3, m_l4, m_l5, m_l6, m_l7, m_l8, m_l9, m_l10, m_l11;
};

void TestReportService::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Lead TestReportService::lead(const QString &source, const User *owner, int score,
    const QDateTime &created, const QString &country, const QString &campaign)
{
    LeadProfile p;
    p.firstName = QStringLiteral("Erika");
    p.lastName = QStringLiteral("Muster");
    p.source = source;
    p.country = country;
    p.campaign = campaign;
    const Lead made = m_make->lead()
                          .profile(p)
                          .owner(owner ? std::optional<qint64>(owner->id) : std::nullopt)
                          .score(score)
                          .createdAt(created)
                          .insert();
    // Routed to the owner when created, with the score it has; 80 and more is hot here.
    if (owner)
        assign(made, *owner, created, score, score >= 80);
    return made;
}

void TestReportService::assign(const Lead &lead, const User &to, const QDateTime &when, int score,
    bool hot, const QString &kind)
{
    AssignmentRow a;
    a.leadId = lead.id;
    a.userId = to.id;
    a.at = when;
    a.actorId = m_admin.id;
    a.kind = kind;
    a.score = score;
    a.hot = hot;
    if (auto w = RoutingRepository(m_tdb->db()).insertAssignment(a); !w)
        QTest::qFail(qPrintable(w.error().message), __FILE__, __LINE__);
}

bool TestReportService::move(const Lead &lead, PipelineAction action, const QDateTime &when,
    const QString &reason, const QDate &recontact)
{
    m_clock->set(when);
    auto r = m_pipeline->change(m_admin, {lead.id, action, reason, {}, recontact, std::nullopt});
    if (!r) {
        QTest::qFail(qPrintable(QStringLiteral("fixture: %1 of lead %2: %3")
                                    .arg(actionKey(action))
                                    .arg(lead.id)
                                    .arg(r.error().message)),
            __FILE__, __LINE__);
        return false;
    }
    return true;
}

Lead TestReportService::reload(qint64 id) const
{
    auto l = LeadRepository(m_tdb->db()).byId(id);
    if (!l) {
        QTest::qFail(qPrintable(l.error().message), __FILE__, __LINE__);
        return {};
    }
    return l.value();
}

// The pipeline of March 2026 (times UTC), with one lead before and one after it:
//  L1  Website    Anna  85  03-02 08:00  MQL 03-03 08:00, accepted, SQL 03-06 08:00, Won 03-08
//  08:00
//                                        (DE, campaign "Hannover Messe")
//  L2  Website    Anna  72  03-03 10:00  MQL 03-05 10:00, SQL 03-06 10:00, Lost 03-09
//  L3  Trade fair Ben   55  03-04 09:00  SQL 03-04 21:00 skipping MQL, Won 03-08 21:00 (AT)
//  L4  Trade fair Cem   40  03-05 12:00  MQL 03-05 18:30, disqualified (no_budget) 03-10
//  L5  Webinar    Cem   30  03-06 12:00  MQL 03-06 22:00, rejected (too_early) 03-07 09:00
//  L6  Webinar    Ben   15  03-07 12:00  disqualified as a lead (student) 03-08 12:00
//  L7  Website    -      5  03-09 12:00  still a lead, unassigned
//  L8  Webinar    Anna 100  03-10 08:00  MQL 03-10 10:00, SQL 03-10 14:00, recycled 03-10 16:00,
//                                        MQL 03-12, SQL 03-13, Won 03-14 10:00
//  L11 Partner    Ben   50  03-20 09:00  disqualified as a lead (no_budget) 03-21 09:00
//  L9  Website    Anna  60  02-20 09:00  MQL 02-21, disqualified (no_need) 03-05 09:00
//  L10 Website    Dora  65  04-02 09:00  MQL 04-03, rejected (not_icp) 04-06 09:00
// Teams: Nord (Anna, Ben), Süd (Cem, Dora). Users are made in reverse name order. Each owned
// lead was routed to its owner when created, with its score then; L1 and L8 (80+) were hot.
void TestReportService::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->errorMessage()));
    m_clock = std::make_unique<FakeClock>(at(2, 1, 9));
    m_bus = std::make_unique<EventBus>();
    m_make = std::make_unique<Builders>(m_tdb->db(), *m_clock);
    m_services = std::make_unique<Services>(m_tdb->db(), *m_bus, *m_clock);
    m_pipeline = &m_services->pipeline();
    m_reports = std::make_unique<ReportService>(m_tdb->db());

    m_nord = m_make->team(QStringLiteral("Nord"));
    m_sued = m_make->team(QStringLiteral("Süd"));
    m_admin = m_make->user(
        QStringLiteral("admin"), Role::Admin, std::nullopt, true, QStringLiteral("Zoe Admin"));
    m_dora = m_make->user(
        QStringLiteral("dora"), Role::Rep, m_sued, true, QStringLiteral("Dora Dietz"));
    m_cem
        = m_make->user(QStringLiteral("cem"), Role::Rep, m_sued, true, QStringLiteral("Cem Celik"));
    m_ben
        = m_make->user(QStringLiteral("ben"), Role::Rep, m_nord, true, QStringLiteral("Ben Berg"));
    m_anna = m_make->user(
        QStringLiteral("anna"), Role::SeniorRep, m_nord, true, QStringLiteral("Anna Adler"));
    QVERIFY(!QTest::currentTestFailed());

    using A = PipelineAction;
    const QString web = QStringLiteral("Website"), fair = QStringLiteral("Trade fair"),
                  webinar = QStringLiteral("Webinar");
    m_l1 = lead(
        web, &m_anna, 85, at(3, 2, 8), QStringLiteral("DE"), QStringLiteral("Hannover Messe"));
    m_l2 = lead(web, &m_anna, 72, at(3, 3, 10));
    m_l3 = lead(fair, &m_ben, 55, at(3, 4, 9), QStringLiteral("AT"));
    m_l4 = lead(fair, &m_cem, 40, at(3, 5, 12));
    m_l5 = lead(webinar, &m_cem, 30, at(3, 6, 12));
    m_l6 = lead(webinar, &m_ben, 15, at(3, 7, 12));
    m_l7 = lead(web, nullptr, 5, at(3, 9, 12));
    m_l8 = lead(webinar, &m_anna, 100, at(3, 10, 8));
    m_l11 = lead(QStringLiteral("Partner"), &m_ben, 50, at(3, 20, 9));
    m_l9 = lead(web, &m_anna, 60, at(2, 20, 9));
    m_l10 = lead(web, &m_dora, 65, at(4, 2, 9));
    QVERIFY(!QTest::currentTestFailed());

    QVERIFY(move(m_l9, A::Promote, at(2, 21, 9)));
    QVERIFY(move(m_l1, A::Promote, at(3, 3, 8)));
    QVERIFY(move(m_l1, A::Accept, at(3, 4, 10)));
    QVERIFY(move(m_l3, A::Qualify, at(3, 4, 21), QStringLiteral("Budget confirmed by phone")));
    QVERIFY(move(m_l2, A::Promote, at(3, 5, 10)));
    QVERIFY(move(m_l9, A::Disqualify, at(3, 5, 9), QStringLiteral("no_need")));
    QVERIFY(move(m_l4, A::Promote, at(3, 5, 18, 30)));
    QVERIFY(move(m_l1, A::Qualify, at(3, 6, 8)));
    QVERIFY(move(m_l2, A::Qualify, at(3, 6, 10)));
    QVERIFY(move(m_l5, A::Promote, at(3, 6, 22)));
    QVERIFY(move(m_l5, A::Reject, at(3, 7, 9), QStringLiteral("too_early")));
    QVERIFY(move(m_l1, A::Win, at(3, 8, 8)));
    QVERIFY(move(m_l6, A::Disqualify, at(3, 8, 12), QStringLiteral("student")));
    QVERIFY(move(m_l3, A::Win, at(3, 8, 21)));
    QVERIFY(move(m_l2, A::Lose, at(3, 9, 10), QStringLiteral("price")));
    QVERIFY(move(m_l8, A::Promote, at(3, 10, 10)));
    QVERIFY(move(m_l4, A::Disqualify, at(3, 10, 12), QStringLiteral("no_budget")));
    QVERIFY(move(m_l8, A::Qualify, at(3, 10, 14)));
    QVERIFY(move(m_l8, A::Recycle, at(3, 10, 16), QStringLiteral("not_now"), QDate(2026, 4, 1)));
    QVERIFY(move(m_l8, A::Promote, at(3, 12, 10)));
    QVERIFY(move(m_l8, A::Qualify, at(3, 13, 10)));
    QVERIFY(move(m_l8, A::Win, at(3, 14, 10)));
    QVERIFY(move(m_l11, A::Disqualify, at(3, 21, 9), QStringLiteral("no_budget")));
    QVERIFY(move(m_l10, A::Promote, at(4, 3, 9)));
    QVERIFY(move(m_l10, A::Reject, at(4, 6, 9), QStringLiteral("not_icp")));
}

void TestReportService::cleanup()
{
    m_reports.reset();
    m_pipeline = nullptr;
    m_services.reset();
    m_make.reset();
    m_bus.reset();
    m_tdb.reset();
    m_clock.reset();
}

void TestReportService::milestonesComeFromTheFirstEntry()
{
    // Recycled and promoted again: the first entries count.
    const Lead l8 = reload(m_l8.id);
    QCOMPARE(l8.stage, Stage::Won);
    QCOMPARE(l8.mqlAt, at(3, 10, 10));
    QCOMPARE(l8.sqlAt, at(3, 10, 14));
    QCOMPARE(l8.wonAt, at(3, 14, 10));
    // Accepting keeps the MQL entry; skipping MQL leaves it empty.
    QCOMPARE(reload(m_l1.id).mqlAt, at(3, 3, 8));
    const Lead l3 = reload(m_l3.id);
    QVERIFY(!l3.mqlAt.isValid());
    QCOMPARE(l3.sqlAt, at(3, 4, 21));
    // Disqualified or rejected after MQL: the milestone stays.
    QCOMPARE(reload(m_l4.id).mqlAt, at(3, 5, 18, 30));
    const Lead l5 = reload(m_l5.id);
    QCOMPARE(l5.stage, Stage::Lead);
    QCOMPARE(l5.mqlAt, at(3, 6, 22));
    QVERIFY(!l5.sqlAt.isValid());
    const Lead l7 = reload(m_l7.id);
    QVERIFY(!l7.mqlAt.isValid() && !l7.sqlAt.isValid() && !l7.wonAt.isValid());
}

void TestReportService::funnel_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("team"); // "nord", "sued" or empty
    QTest::addColumn<QString>("owner"); // a login or empty
    QTest::addColumn<qint64>("leads");
    QTest::addColumn<qint64>("mql");
    QTest::addColumn<qint64>("sql");
    QTest::addColumn<qint64>("won");

    const QDate m1(2026, 3, 1), m31(2026, 3, 31);
    const QString none;
    // L1..L8, L11: L3 skipped MQL but reached it; L4 (disqualified) and L5 (rejected) too; L8
    // was recycled and counts once.
    QTest::newRow("March") << m1 << m31 << none << none << none << none << none << 9LL << 6LL << 4LL
                           << 3LL;
    QTest::newRow("open range: all eleven leads")
        << QDate() << QDate() << none << none << none << none << none << 11LL << 8LL << 4LL << 3LL;
    QTest::newRow("February and March: with L9") << QDate(2026, 2, 1) << m31 << none << none << none
                                                 << none << none << 10LL << 7LL << 4LL << 3LL;
    QTest::newRow("up to March 4: L1..L3") << m1 << QDate(2026, 3, 4) << none << none << none
                                           << none << none << 3LL << 3LL << 3LL << 2LL;
    QTest::newRow("up to March 5 (whole day): with L4")
        << m1 << QDate(2026, 3, 5) << none << none << none << none << none << 4LL << 4LL << 3LL
        << 2LL;
    QTest::newRow("from March 10: L8, L11") << QDate(2026, 3, 10) << m31 << none << none << none
                                            << none << none << 2LL << 1LL << 1LL << 1LL;
    QTest::newRow("source Webinar: L5, L6, L8") << m1 << m31 << QStringLiteral("Webinar") << none
                                                << none << none << none << 3LL << 2LL << 1LL << 1LL;
    QTest::newRow("source Trade fair: L3, L4") << m1 << m31 << QStringLiteral("Trade fair") << none
                                               << none << none << none << 2LL << 2LL << 1LL << 1LL;
    QTest::newRow("campaign") << m1 << m31 << none << QStringLiteral("Hannover Messe") << none
                              << none << none << 1LL << 1LL << 1LL << 1LL;
    QTest::newRow("country AT: L3") << m1 << m31 << none << none << QStringLiteral("AT") << none
                                    << none << 1LL << 1LL << 1LL << 1LL;
    QTest::newRow("owner Anna: L1, L2, L8") << m1 << m31 << none << none << none << none
                                            << QStringLiteral("anna") << 3LL << 3LL << 3LL << 2LL;
    QTest::newRow("team Nord: Anna's and Ben's")
        << m1 << m31 << none << none << none << QStringLiteral("nord") << none << 6LL << 4LL << 4LL
        << 3LL;
    QTest::newRow("team Süd: Cem's (Dora has none in March)")
        << m1 << m31 << none << none << none << QStringLiteral("sued") << none << 2LL << 2LL << 0LL
        << 0LL;
    QTest::newRow("team Süd and source Webinar: L5")
        << m1 << m31 << QStringLiteral("Webinar") << none << none << QStringLiteral("sued") << none
        << 1LL << 1LL << 0LL << 0LL;
    QTest::newRow("owner Ben, team Süd: nobody")
        << m1 << m31 << none << none << none << QStringLiteral("sued") << QStringLiteral("ben")
        << 0LL << 0LL << 0LL << 0LL;
    QTest::newRow("unknown source") << m1 << m31 << QStringLiteral("Fax") << none << none << none
                                    << none << 0LL << 0LL << 0LL << 0LL;
}

void TestReportService::funnel()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, source);
    QFETCH(QString, campaign);
    QFETCH(QString, country);
    QFETCH(QString, team);
    QFETCH(QString, owner);
    QFETCH(qint64, leads);
    QFETCH(qint64, mql);
    QFETCH(qint64, sql);
    QFETCH(qint64, won);

    ReportFilter f;
    f.from = from;
    f.to = to;
    f.source = source;
    f.campaign = campaign;
    f.country = country;
    if (team == QLatin1String("nord"))
        f.teamId = m_nord;
    else if (team == QLatin1String("sued"))
        f.teamId = m_sued;
    if (owner == QLatin1String("anna"))
        f.ownerId = m_anna.id;
    else if (owner == QLatin1String("ben"))
        f.ownerId = m_ben.id;

    const FunnelReport r = REPORT(m_reports->funnel(f));
    QCOMPARE(r.leads, leads);
    QCOMPARE(r.mql, mql);
    QCOMPARE(r.sql, sql);
    QCOMPARE(r.won, won);
}

void TestReportService::fromAfterToIsRefused()
{
    ReportFilter f;
    f.from = QDate(2026, 3, 2);
    f.to = QDate(2026, 3, 1);
    auto r = m_reports->funnel(f);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(
        r.error().message.contains(QLatin1String("2026-03-02")), qPrintable(r.error().message));
    QVERIFY(!m_reports->reasons(f).ok());
}

void TestReportService::sources()
{
    const std::vector<SourceRow> rows = REPORT(m_reports->sources(march()));
    // By close rate (won / leads): Trade fair 1/2; Webinar and Website 1/3 with 3 leads each
    // (then by name); Partner 0.
    QCOMPARE(rows.size(), size_t(4));
    auto check
        = [&](size_t i, const char *source, qint64 leads, qint64 mql, qint64 sql, qint64 won) {
              QCOMPARE(rows[i].source, QString::fromUtf8(source));
              QCOMPARE(rows[i].leads, leads);
              QCOMPARE(rows[i].mql, mql);
              QCOMPARE(rows[i].sql, sql);
              QCOMPARE(rows[i].won, won);
          };
    check(0, "Trade fair", 2, 2, 1, 1);
    check(1, "Webinar", 3, 2, 1, 1);
    check(2, "Website", 3, 2, 2, 1);
    check(3, "Partner", 1, 0, 0, 0);

    // March 5 to 9: L4 (Trade fair), L5 and L6 (Webinar), L7 (Website), none won: the source
    // with more leads first, then by name.
    ReportFilter early;
    early.from = QDate(2026, 3, 5);
    early.to = QDate(2026, 3, 9);
    const std::vector<SourceRow> none = REPORT(m_reports->sources(early));
    QCOMPARE(none.size(), size_t(3));
    QCOMPARE(none[0].source, QStringLiteral("Webinar"));
    QCOMPARE(none[0].leads, 2);
    QCOMPARE(none[1].source, QStringLiteral("Trade fair"));
    QCOMPARE(none[2].source, QStringLiteral("Website"));

    // With Anna only: her Webinar lead won, her Website leads one of two.
    ReportFilter anna = march();
    anna.ownerId = m_anna.id;
    const std::vector<SourceRow> hers = REPORT(m_reports->sources(anna));
    QCOMPARE(hers.size(), size_t(2));
    QCOMPARE(hers[0].source, QStringLiteral("Webinar"));
    QCOMPARE(hers[0].won, 1);
    QCOMPARE(hers[1].source, QStringLiteral("Website"));
    QCOMPARE(hers[1].leads, 2);
}

void TestReportService::velocity()
{
    const std::vector<VelocityStep> steps = REPORT(m_reports->velocity(march()));
    QCOMPARE(steps.size(), size_t(3));
    QCOMPARE(steps[0].from, QStringLiteral("lead"));
    QCOMPARE(steps[0].to, QStringLiteral("mql"));
    QCOMPARE(steps[1].from, QStringLiteral("mql"));
    QCOMPARE(steps[1].to, QStringLiteral("sql"));
    QCOMPARE(steps[2].from, QStringLiteral("sql"));
    QCOMPARE(steps[2].to, QStringLiteral("won"));

    // Lead -> MQL: L8 2 h, L4 6 h (6.5 cut to whole hours), L5 10 h, L1 24 h, L2 48 h; L3 skipped
    // MQL. Median = 3rd of 5, 90th percentile = 5th of 5.
    QCOMPARE(steps[0].leads, 5);
    QVERIFY(steps[0].medianDays && steps[0].p90Days);
    QCOMPARE(*steps[0].medianDays, 10.0 / 24.0);
    QCOMPARE(*steps[0].p90Days, 2.0);
    // MQL -> SQL: L8 4 h (its first SQL), L2 24 h, L1 72 h.
    QCOMPARE(steps[1].leads, 3);
    QCOMPARE(*steps[1].medianDays, 1.0);
    QCOMPARE(*steps[1].p90Days, 3.0);
    // SQL -> Won: L1 48 h, L8 92 h (from its first SQL), L3 96 h.
    QCOMPARE(steps[2].leads, 3);
    QCOMPARE(*steps[2].medianDays, 92.0 / 24.0);
    QCOMPARE(*steps[2].p90Days, 4.0);
}

void TestReportService::velocityFiltered()
{
    // Team Süd: L4 6 h and L5 10 h to MQL; an even count: median = 1st of 2, p90 = 2nd of 2.
    ReportFilter sued = march();
    sued.teamId = m_sued;
    const std::vector<VelocityStep> steps = REPORT(m_reports->velocity(sued));
    QCOMPARE(steps[0].leads, 2);
    QCOMPARE(*steps[0].medianDays, 0.25);
    QCOMPARE(*steps[0].p90Days, 10.0 / 24.0);
    QCOMPARE(steps[1].leads, 0);
    QVERIFY(!steps[1].medianDays && !steps[1].p90Days);

    // Source Trade fair: only L3 made SQL -> Won (96 h); L4 never got to SQL.
    ReportFilter fair = march();
    fair.source = QStringLiteral("Trade fair");
    const std::vector<VelocityStep> fairSteps = REPORT(m_reports->velocity(fair));
    QCOMPARE(fairSteps[0].leads, 1);
    QCOMPARE(*fairSteps[0].medianDays, 6.0 / 24.0);
    QCOMPARE(fairSteps[1].leads, 0);
    QCOMPARE(fairSteps[2].leads, 1);
    QCOMPARE(*fairSteps[2].medianDays, 4.0);
}

void TestReportService::reasons()
{
    // Events in March, whenever the lead was created (L9's disqualification is in, L10's April
    // rejection is out); L2's lost deal is in (kind lost), recycle reasons are not part of this
    // report.
    const ReasonsReport r = REPORT(m_reports->reasons(march()));
    QCOMPARE(r.totals.size(), size_t(5));
    auto total
        = [&](size_t i, const char *kind, const char *code, const char *label, qint64 count) {
              QCOMPARE(r.totals[i].kind, QString::fromLatin1(kind));
              QCOMPARE(r.totals[i].code, QString::fromLatin1(code));
              QCOMPARE(r.totals[i].label, QString::fromUtf8(label));
              QCOMPARE(r.totals[i].count, count);
          };
    total(0, "disqualify", "no_budget", "No budget", 2);
    total(1, "disqualify", "no_need", "No need", 1);
    total(2, "disqualify", "student", "Student / job seeker", 1);
    total(3, "lost", "price", "Price", 1);
    total(4, "reject", "too_early", "Too early in the buying process", 1);
    QCOMPARE(r.byMonth.size(), size_t(5));
    for (const ReasonMonth &m : r.byMonth)
        QCOMPARE(m.month, QStringLiteral("2026-03"));
    QCOMPARE(r.byMonth[0].code, QStringLiteral("no_budget"));
    QCOMPARE(r.byMonth[0].count, 2);

    // All time: April's rejection in its own month.
    const ReasonsReport all = REPORT(m_reports->reasons({}));
    QCOMPARE(all.totals.size(), size_t(6));
    QCOMPARE(all.totals[4].code, QStringLiteral("not_icp")); // ties by code
    QCOMPARE(all.totals[5].code, QStringLiteral("too_early"));
    QCOMPARE(all.byMonth.size(), size_t(6));
    const ReasonMonth &april = all.byMonth.back();
    QCOMPARE(april.month, QStringLiteral("2026-04"));
    QCOMPARE(april.kind, QStringLiteral("reject"));
    QCOMPARE(april.code, QStringLiteral("not_icp"));
    QCOMPARE(april.count, 1);

    // The range is whole days: March 21 holds L11's disqualification at 09:00.
    ReportFilter day;
    day.from = day.to = QDate(2026, 3, 21);
    const ReasonsReport one = REPORT(m_reports->reasons(day));
    QCOMPARE(one.totals.size(), size_t(1));
    QCOMPARE(one.totals[0].code, QStringLiteral("no_budget"));
    QCOMPARE(one.totals[0].count, 1);
}

void TestReportService::reasonsFiltered()
{
    auto codes = [](const ReasonsReport &r) {
        QStringList out;
        for (const ReasonCount &c : r.totals)
            out << QStringLiteral("%1/%2=%3").arg(c.kind, c.code).arg(c.count);
        return out;
    };
    ReportFilter webinar;
    webinar.source = QStringLiteral("Webinar");
    QCOMPARE(codes(VALUE(m_reports->reasons(webinar))),
        (QStringList {
            QStringLiteral("disqualify/student=1"), QStringLiteral("reject/too_early=1")}));
    ReportFilter ben;
    ben.ownerId = m_ben.id;
    QCOMPARE(codes(VALUE(m_reports->reasons(ben))),
        (QStringList {
            QStringLiteral("disqualify/no_budget=1"), QStringLiteral("disqualify/student=1")}));
    ReportFilter sued;
    sued.teamId = m_sued;
    QCOMPARE(codes(VALUE(m_reports->reasons(sued))),
        (QStringList {QStringLiteral("disqualify/no_budget=1"), QStringLiteral("reject/not_icp=1"),
            QStringLiteral("reject/too_early=1")}));
    ReportFilter austria;
    austria.country = QStringLiteral("AT");
    QCOMPARE(codes(VALUE(m_reports->reasons(austria))), QStringList());
}

void TestReportService::reasonLabelsFollowTheLanguage()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto r = m_reports->reasons(march());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(r.ok());
    QCOMPARE(r->totals.front().label, QStringLiteral("Kein Budget"));
    QCOMPARE(r->totals.back().label, QStringLiteral("Zu früh im Kaufprozess"));
}

void TestReportService::fairness()
{
    const std::vector<FairnessRow> rows = REPORT(m_reports->fairness(march()));
    // By name: every active rep, also Dora, whose only lead came in April; not the admin, and not
    // the unassigned L7. (Before the assignments were read, Dora had no row.)
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[0].userId, m_anna.id);
    QCOMPARE(rows[0].name, QStringLiteral("Anna Adler"));
    QCOMPARE(rows[0].team, QStringLiteral("Nord"));
    QCOMPARE(rows[0].received, 3);
    QCOMPARE(rows[0].averageScore.value_or(-1), (85.0 + 72.0 + 100.0) / 3.0);
    QCOMPARE(rows[0].hot, 2);
    QCOMPARE(rows[0].sql, 3);
    QCOMPARE(rows[0].won, 2);
    QCOMPARE(rows[0].openLeads, 0); // L1, L8 won, L2 lost, L9 disqualified
    QCOMPARE(rows[1].name, QStringLiteral("Ben Berg"));
    QCOMPARE(rows[1].received, 3);
    QCOMPARE(rows[1].averageScore.value_or(-1), 40.0);
    QCOMPARE(rows[1].hot, 0);
    QCOMPARE(rows[1].sql, 1);
    QCOMPARE(rows[1].won, 1);
    QCOMPARE(rows[2].name, QStringLiteral("Cem Celik"));
    QCOMPARE(rows[2].team, QStringLiteral("Süd"));
    QCOMPARE(rows[2].received, 2);
    QCOMPARE(rows[2].averageScore.value_or(-1), 35.0);
    QCOMPARE(rows[2].sql, 0);
    QCOMPARE(rows[2].won, 0);
    QCOMPARE(rows[2].openLeads, 1); // L5, rejected back to Lead
    QCOMPARE(rows[3].name, QStringLiteral("Dora Dietz"));
    QCOMPARE(rows[3].received, 0);
    QVERIFY(!rows[3].averageScore.has_value());
    QCOMPARE(rows[3].openLeads, 1); // L10, from April: the load is now's, whatever the range
}

void TestReportService::fairnessOfATeam()
{
    ReportFilter all; // all time: Dora's April lead counts
    all.teamId = m_sued;
    const std::vector<FairnessRow> rows = REPORT(m_reports->fairness(all));
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].name, QStringLiteral("Cem Celik"));
    QCOMPARE(rows[1].name, QStringLiteral("Dora Dietz"));
    QCOMPARE(rows[1].received, 1);
    QCOMPARE(rows[1].averageScore.value_or(-1), 65.0);

    ReportFilter webinar = march();
    webinar.source = QStringLiteral("Webinar");
    const std::vector<FairnessRow> w = REPORT(m_reports->fairness(webinar));
    QCOMPARE(w.size(), size_t(4)); // L8 Anna, L6 Ben, L5 Cem; Dora none (she has a row now)
    QCOMPARE(w[0].received, 1);
    QCOMPARE(w[0].averageScore.value_or(-1), 100.0);
    QCOMPARE(w[3].received, 0);
}

// Reassignments on top of the routing at creation:
//  L9  Anna -> Ben   03-01 00:00 (the range's first second), score 61
//  L2  Anna -> Cem   03-07 09:00, score 70 (it reached SQL 03-06 with Anna), and back to Anna
//                    03-08 09:00 (Anna received it once)
//  L8  Anna -> Ben   03-10 12:00, score 90, hot (before its SQL at 14:00 and Won 03-14: Ben's)
//  L11 Ben  -> Cem   04-01 00:00 (the first second after the range)
// Capacities: Cem 4 open leads, Dora 2; the others none.
void TestReportService::fairnessCountsAssignmentsInTheRange()
{
    const QString re = QStringLiteral("reassign");
    assign(m_l9, m_ben, at(3, 1, 0), 61, false, re);
    assign(m_l2, m_cem, at(3, 7, 9), 70, false, re);
    assign(m_l2, m_anna, at(3, 8, 9), 71, false, re);
    assign(m_l8, m_ben, at(3, 10, 12), 90, true, re);
    assign(m_l11, m_cem, at(4, 1, 0), 50, false, re);
    UserRepository people(m_tdb->db());
    m_cem.capacityOpen = 4;
    m_dora.capacityOpen = 2;
    QVERIFY(people.update(m_cem).ok());
    QVERIFY(people.update(m_dora).ok());
    QVERIFY(!QTest::currentTestFailed());

    const std::vector<FairnessRow> rows = REPORT(m_reports->fairness(march()));
    QCOMPARE(rows.size(), size_t(4));
    const FairnessRow &anna = rows[0], &ben = rows[1], &cem = rows[2], &dora = rows[3];
    // Anna: L1 (85, hot), L2 (72, first time), L8 (100, hot); SQL L1 and L2 (before it went to
    // Cem), not L8 (Ben had it by then); Won L1.
    QCOMPARE(anna.received, 3);
    QCOMPARE(anna.averageScore.value_or(-1), (85.0 + 72.0 + 100.0) / 3.0);
    QCOMPARE(anna.hot, 2);
    QCOMPARE(anna.sql, 2);
    QCOMPARE(anna.won, 1);
    // Ben: L3 (55), L6 (15), L11 (50), L9 (61), L8 (90, hot); SQL and Won: L3 and L8.
    QCOMPARE(ben.received, 5);
    QCOMPARE(ben.averageScore.value_or(-1), (55.0 + 15.0 + 50.0 + 61.0 + 90.0) / 5.0);
    QCOMPARE(ben.hot, 1);
    QCOMPARE(ben.sql, 2);
    QCOMPARE(ben.won, 2);
    // Cem: L4 (40), L5 (30), L2 (70, already SQL when it came); not L11 (April).
    QCOMPARE(cem.received, 3);
    QCOMPARE(cem.averageScore.value_or(-1), (40.0 + 30.0 + 70.0) / 3.0);
    QCOMPARE(cem.hot, 0);
    QCOMPARE(cem.sql, 0);
    QCOMPARE(cem.openLeads, 1);
    QCOMPARE(cem.capacityOpen, 4);
    QCOMPARE(dora.received, 0);
    QCOMPARE(dora.openLeads, 1);
    QCOMPARE(dora.capacityOpen, 2);

    // The table: shares of what was received, load against capacity, none without a capacity.
    const ReportTable t = fairnessTable(rows);
    const auto cell = [&t](int row, const char *key) {
        return t.rows[row][t.keys.indexOf(QLatin1String(key))];
    };
    QCOMPARE(cell(0, "hotRate").toDouble(), 2.0 / 3.0);
    QCOMPARE(cell(1, "hotRate").toDouble(), 1.0 / 5.0);
    QCOMPARE(cell(1, "sqlRate").toDouble(), 2.0 / 5.0);
    QCOMPARE(cell(2, "loadRate").toDouble(), 0.25);
    QCOMPARE(cell(3, "loadRate").toDouble(), 0.5);
    QVERIFY(cell(0, "capacity").isNull() && cell(0, "loadRate").isNull());
    QVERIFY(cell(3, "averageScore").isNull());
    QCOMPARE(ReportTable::display(cell(1, "hotRate"), QStringLiteral("hotRate")),
        QStringLiteral("20.0%"));
    QCOMPARE(ReportTable::display(cell(1, "averageScore"), QStringLiteral("averageScore")),
        QStringLiteral("54.2"));

    // Filters: the team is the receiving rep's; the source is the lead's.
    ReportFilter nord = march();
    nord.teamId = m_nord;
    const std::vector<FairnessRow> n = REPORT(m_reports->fairness(nord));
    QCOMPARE(n.size(), size_t(2));
    QCOMPARE(n[1].received, 5);
    ReportFilter web = march();
    web.source = QStringLiteral("Website");
    const std::vector<FairnessRow> w = REPORT(m_reports->fairness(web));
    QCOMPARE(w[0].received, 2); // L1, L2
    QCOMPARE(w[1].received, 1); // L9
    QCOMPARE(w[1].averageScore.value_or(-1), 61.0);
    QCOMPARE(w[2].received, 1); // L2
    // April: L10 to Dora, L11 to Cem.
    ReportFilter april;
    april.from = QDate(2026, 4, 1);
    april.to = QDate(2026, 4, 30);
    const std::vector<FairnessRow> a = REPORT(m_reports->fairness(april));
    QCOMPARE(a[2].received, 1);
    QCOMPARE(a[2].averageScore.value_or(-1), 50.0);
    QCOMPARE(a[3].received, 1);
    QCOMPARE(a[0].received + a[1].received, 0);
}

// In May, after all the fixture's assignments:
//  P (Website, score 50 at creation) Anna 05-02 08:00 -> Ben 05-03 09:00 (55) -> Anna 05-05 09:00
//    (60) -> MQL 05-05 12:00, SQL 05-06 10:00 -> Ben 05-07 09:00 (85, hot) -> Cem 05-09 09:00
//    (70) -> Won 05-10 10:00
//  Q (Partner, no owner) Dora 05-05 09:00 (40), Dora 05-20 09:00 (41), then written last with an
//    earlier time: Dora 05-10 09:00 (42)
// Each rep counts the first assignment in the range, and SQL / Won only while that one lasted.
void TestReportService::fairnessFollowsReassignmentsBackAndForth()
{
    using A = PipelineAction;
    const QString re = QStringLiteral("reassign");
    const Lead p = lead(QStringLiteral("Website"), &m_anna, 50, at(5, 2, 8));
    const Lead q = lead(QStringLiteral("Partner"), nullptr, 20, at(5, 1, 8));
    assign(p, m_ben, at(5, 3, 9), 55, false, re);
    assign(p, m_anna, at(5, 5, 9), 60, false, re);
    assign(q, m_dora, at(5, 5, 9), 40, false);
    QVERIFY(move(p, A::Promote, at(5, 5, 12)));
    QVERIFY(move(p, A::Qualify, at(5, 6, 10)));
    assign(p, m_ben, at(5, 7, 9), 85, true, re);
    assign(p, m_cem, at(5, 9, 9), 70, false, re);
    QVERIFY(move(p, A::Win, at(5, 10, 10)));
    assign(q, m_dora, at(5, 20, 9), 41, false, re);
    assign(q, m_dora, at(5, 10, 9), 42, false, re);
    QVERIFY(!QTest::currentTestFailed());

    struct Expected
    {
        int received;
        double average; // -1: none
        int hot, sql, won;
    };
    const auto check = [this](const ReportFilter &f, const std::vector<Expected> &expected) {
        const std::vector<FairnessRow> rows = REPORT(m_reports->fairness(f));
        QCOMPARE(rows.size(), expected.size()); // Anna, Ben, Cem, Dora
        for (size_t i = 0; i < rows.size(); ++i) {
            const Expected &e = expected[i];
            QCOMPARE(rows[i].received, e.received);
            QCOMPARE(rows[i].averageScore.value_or(-1), e.average);
            QCOMPARE(rows[i].hot, e.hot);
            QCOMPARE(rows[i].sql, e.sql);
            QCOMPARE(rows[i].won, e.won);
        }
    };
    const auto range = [](QDate from, QDate to) {
        ReportFilter f;
        f.from = from;
        f.to = to;
        return f;
    };
    const auto may = [](int day) { return QDate(2026, 5, day); };

    // All May: Anna by 05-02 (Ben took P the next day, before its SQL), Ben by 05-03, Cem won it;
    // Dora by her first assignment of Q.
    check(range(may(1), may(31)),
        {{1, 50.0, 0, 0, 0}, {1, 55.0, 0, 0, 0}, {1, 70.0, 0, 0, 1}, {1, 40.0, 0, 0, 0}});
    // From 05-04: Anna's second time (P reached SQL then), Ben's second time (hot).
    check(range(may(4), may(31)),
        {{1, 60.0, 0, 1, 0}, {1, 85.0, 1, 0, 0}, {1, 70.0, 0, 0, 1}, {1, 40.0, 0, 0, 0}});
    // Up to 05-04: only the first two assignments of P.
    check(range(may(1), may(4)),
        {{1, 50.0, 0, 0, 0}, {1, 55.0, 0, 0, 0}, {0, -1, 0, 0, 0}, {0, -1, 0, 0, 0}});
    // 05-06 to 05-15: Ben's second time, Cem; Dora's assignment of 05-10 is her first in the
    // range, though one with a later time was written before it.
    check(range(may(6), may(15)),
        {{0, -1, 0, 0, 0}, {1, 85.0, 1, 0, 0}, {1, 70.0, 0, 0, 1}, {1, 42.0, 0, 0, 0}});
    // 05-01 to 05-15: Dora's 05-05 comes first (id and time), the 05-10 one is not counted again.
    check(range(may(1), may(15)),
        {{1, 50.0, 0, 0, 0}, {1, 55.0, 0, 0, 0}, {1, 70.0, 0, 0, 1}, {1, 40.0, 0, 0, 0}});
    // From 05-15, open end: Dora's 05-20 one (her earlier ones are before the range).
    ReportFilter late;
    late.from = may(15);
    check(late, {{0, -1, 0, 0, 0}, {0, -1, 0, 0, 0}, {0, -1, 0, 0, 0}, {1, 41.0, 0, 0, 0}});
    // A lead filter (the join to the leads): P only.
    ReportFilter web = range(may(1), may(31));
    web.source = QStringLiteral("Website");
    check(web, {{1, 50.0, 0, 0, 0}, {1, 55.0, 0, 0, 0}, {1, 70.0, 0, 0, 1}, {0, -1, 0, 0, 0}});
}

void TestReportService::calibration()
{
    const std::vector<CalibrationRow> bands = REPORT(m_reports->calibration(march()));
    QCOMPARE(bands.size(), size_t(10));
    for (size_t i = 0; i < bands.size(); ++i) {
        QCOMPARE(bands[i].scoreFrom, int(i) * 10);
        QCOMPARE(bands[i].scoreTo, i == 9 ? 100 : int(i) * 10 + 9);
    }
    // Scores: L7 5, L6 15, L5 30, L4 40, L11 50, L3 55 (SQL, won), L2 72 (SQL), L1 85 (SQL, won),
    // L8 100 (SQL, won).
    const qint64 leads[] = {1, 1, 0, 1, 1, 2, 0, 1, 1, 1};
    const qint64 sql[] = {0, 0, 0, 0, 0, 1, 0, 1, 1, 1};
    const qint64 won[] = {0, 0, 0, 0, 0, 1, 0, 0, 1, 1};
    for (size_t i = 0; i < bands.size(); ++i) {
        QCOMPARE(bands[i].leads, leads[i]);
        QCOMPARE(bands[i].sql, sql[i]);
        QCOMPARE(bands[i].won, won[i]);
    }
}

// The active learned score's held-out deciles beside the score bands: none before one is
// active, then exactly the evaluation its version was saved with.
void TestReportService::learnedCalibration()
{
    const LearnedCalibration none = REPORT(m_services->reports().learnedCalibration());
    QCOMPARE(none.version, 0);
    QVERIFY(none.deciles.empty());
    const ReportEntry *entry = findReport(QStringLiteral("calibration"));
    QVERIFY(entry);
    ReportResults results;
    QVERIFY(entry->compute(m_services->reports(), march(), results));
    std::vector<ReportTable> tables = entry->tables(results);
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(tables[1].rows.size(), 0);

    QVERIFY(!writeOutcomes(m_tdb->db(), *m_clock, 600, 10).empty());
    const PredictiveService &predictive = m_services->predictive();
    auto trained = predictive.train(TrainOptions {});
    QVERIFY2(trained.ok(), trained.ok() ? "" : qPrintable(trained.error().message));
    auto saved = predictive.save(m_admin, trained.value(), QStringLiteral("first"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));

    const LearnedCalibration c = REPORT(m_services->reports().learnedCalibration());
    QCOMPARE(c.version, saved->version);
    QCOMPARE(c.target, QStringLiteral("sql"));
    QCOMPARE(c.deciles.size(), size_t(10));
    const TrainingEvaluation &e = trained->evaluation;
    qint64 leads = 0;
    for (size_t i = 0; i < c.deciles.size(); ++i) {
        QCOMPARE(c.deciles[i].decile, int(i) + 1);
        QCOMPARE(c.deciles[i].leads, e.learned.deciles[i].leads);
        QVERIFY(qAbs(c.deciles[i].predicted - e.learned.deciles[i].predicted) < 1e-9);
        QVERIFY(qAbs(c.deciles[i].actual - e.learned.deciles[i].actual) < 1e-9);
        leads += c.deciles[i].leads;
    }
    QCOMPARE(leads, e.holdoutLeads);
    // Highest chances first: the top decile predicts and converts more than the bottom one.
    QVERIFY(c.deciles.front().predicted > c.deciles.back().predicted);
    QVERIFY(c.deciles.front().actual > c.deciles.back().actual);

    QVERIFY(entry->compute(m_services->reports(), march(), results));
    tables = entry->tables(results);
    QCOMPARE(tables[1].key, QStringLiteral("learned"));
    QCOMPARE(tables[1].keys,
        (QStringList {QStringLiteral("decile"), QStringLiteral("leads"),
            QStringLiteral("predictedRate"), QStringLiteral("actualRate")}));
    QCOMPARE(tables[1].rows.size(), 10);
    QVERIFY(tables[1].title.contains(QString::number(c.version)));
}

void TestReportService::emptyRange()
{
    ReportFilter f;
    f.from = QDate(2030, 1, 1);
    f.to = QDate(2030, 1, 31);
    const FunnelReport funnel = REPORT(m_reports->funnel(f));
    QCOMPARE(funnel.leads, 0);
    QCOMPARE(funnel.mql, 0);
    QCOMPARE(funnel.sql, 0);
    QCOMPARE(funnel.won, 0);
    QCOMPARE(VALUE(m_reports->sources(f)).size(), size_t(0));
    const std::vector<VelocityStep> steps = REPORT(m_reports->velocity(f));
    QCOMPARE(steps.size(), size_t(3));
    for (const VelocityStep &s : steps) {
        QCOMPARE(s.leads, 0);
        QVERIFY(!s.medianDays.has_value());
        QVERIFY(!s.p90Days.has_value());
    }
    const ReasonsReport reasons = REPORT(m_reports->reasons(f));
    QVERIFY(reasons.totals.empty() && reasons.byMonth.empty());
    // Every active rep has a row (none received anything), so nobody is missing from the view.
    const std::vector<FairnessRow> reps = REPORT(m_reports->fairness(f));
    QCOMPARE(reps.size(), size_t(4));
    for (const FairnessRow &r : reps)
        QVERIFY(r.received == 0 && !r.averageScore && r.hot == 0 && r.sql == 0);
    const std::vector<CalibrationRow> bands = REPORT(m_reports->calibration(f));
    QCOMPARE(bands.size(), size_t(10));
    for (const CalibrationRow &b : bands)
        QVERIFY(b.leads == 0 && b.sql == 0 && b.won == 0);

    // The tables of empty reports: rates of nothing are 0, medians of nothing are empty.
    const ReportTable funnelRows = funnelTable(funnel);
    QCOMPARE(funnelRows.rows.size(), 4);
    QCOMPARE(funnelRows.rows[3][2].toDouble(), 0.0);
    const QJsonArray velocityJson = velocityTable(steps).toJson();
    QVERIFY(velocityJson[0][QStringLiteral("medianDays")].isNull());
    QCOMPARE(ReportTable::display(QVariant(), QStringLiteral("medianDays")), QString());
}

void TestReportService::tables()
{
    const FunnelReport funnel = REPORT(m_reports->funnel(march()));
    const ReportTable t = funnelTable(funnel);
    QCOMPARE(t.keys,
        (QStringList {QStringLiteral("stage"), QStringLiteral("leads"), QStringLiteral("stepRate"),
            QStringLiteral("cohortRate")}));
    QCOMPARE(t.headers.size(), t.keys.size());
    QCOMPARE(t.rows.size(), 4);
    // 9 leads, 6 MQL, 4 SQL, 3 won.
    QCOMPARE(t.rows[1][1].toLongLong(), 6);
    QCOMPARE(t.rows[2][2].toDouble(), 4.0 / 6.0);
    QCOMPARE(t.rows[3][3].toDouble(), 3.0 / 9.0);
    QVERIFY(t.rows[0][2].isNull());
    QCOMPARE(
        ReportTable::display(t.rows[2][2], QStringLiteral("stepRate")), QStringLiteral("66.7%"));
    QCOMPARE(ReportTable::display(t.rows[2][0], QStringLiteral("stage")), QStringLiteral("SQL"));
    QCOMPARE(ReportTable::display(QVariant(1234567LL), QStringLiteral("leads")),
        QStringLiteral("1,234,567"));

    const QJsonArray json = t.toJson();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json[3][QStringLiteral("stage")].toString(), QStringLiteral("won"));
    QCOMPARE(json[3][QStringLiteral("leads")].toInteger(), 3);
    QCOMPARE(json[3][QStringLiteral("stepRate")].toDouble(), 0.75);
    QVERIFY(json[0][QStringLiteral("stepRate")].isNull());

    // Days with one decimal, in the locale's way.
    const std::vector<VelocityStep> steps = REPORT(m_reports->velocity(march()));
    const ReportTable v = velocityTable(steps);
    QCOMPARE(
        ReportTable::display(v.rows[2][3], QStringLiteral("medianDays")), QStringLiteral("3.8"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = ReportTable::display(v.rows[2][3], QStringLiteral("medianDays"));
    const QString germanRate = ReportTable::display(t.rows[2][2], QStringLiteral("stepRate"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(german, QStringLiteral("3,8"));
    QCOMPARE(germanRate, QStringLiteral("66,7%"));

    // Reasons by month carry the labels of the totals.
    const ReasonsReport reasons = REPORT(m_reports->reasons(march()));
    const ReportTable months = reasonsByMonthTable(reasons);
    QCOMPARE(months.keys.indexOf(QStringLiteral("reason")), 3);
    QCOMPARE(months.rows[0][3].toString(), QStringLiteral("No budget"));

    // Every table: as many headers as keys, and every row as wide.
    const ReportFilter f = march();
    const std::vector<ReportTable> all = {
        funnelTable(funnel),
        sourcesTable(VALUE(m_reports->sources(f))),
        velocityTable(VALUE(m_reports->velocity(f))),
        reasonsTable(VALUE(m_reports->reasons(f))),
        reasonsByMonthTable(VALUE(m_reports->reasons(f))),
        fairnessTable(VALUE(m_reports->fairness(f))),
        calibrationTable(VALUE(m_reports->calibration(f))),
    };
    for (const ReportTable &table : all) {
        QVERIFY2(!table.title.isEmpty(), qPrintable(table.keys.join(QLatin1Char(','))));
        QCOMPARE(table.headers.size(), table.keys.size());
        QVERIFY(!table.rows.isEmpty());
        for (const QVariantList &row : table.rows)
            QCOMPARE(row.size(), table.keys.size());
    }
}

void TestReportService::statementsInlineTheValues()
{
    ReportFilter f = march();
    f.source = QStringLiteral("O'Reilly fair");
    f.teamId = m_nord;
    for (ReportKind kind : {ReportKind::Funnel, ReportKind::Sources, ReportKind::Velocity,
             ReportKind::Reasons, ReportKind::Fairness, ReportKind::Calibration}) {
        const QStringList statements = ReportService::statements(kind, f);
        QCOMPARE(statements.size(), 1);
        const QString &sql = statements.front();
        QVERIFY2(!sql.contains(QLatin1Char(':')), qPrintable(sql)); // no placeholder left
        QVERIFY2(sql.contains(QLatin1String("'O''Reilly fair'")), qPrintable(sql));
        // Runs as it stands, and gives what the service gives.
        QSqlQuery q(m_tdb->db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    const QString funnelSql = ReportService::statements(ReportKind::Funnel, march()).front();
    QVERIFY2(
        funnelSql.contains(QString::number(at(3, 1, 0).toSecsSinceEpoch())), qPrintable(funnelSql));
    QVERIFY2(
        funnelSql.contains(QString::number(at(4, 1, 0).toSecsSinceEpoch())), qPrintable(funnelSql));
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(q.exec(funnelSql) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 9);
    QCOMPARE(q.value(1).toLongLong(), 6);
}

void TestReportService::demoMilestonesMatchTheHistory()
{
    TestDatabase demo;
    QVERIFY2(demo.isValid(), qPrintable(demo.errorMessage()));
    auto summary = generateDemo(demo, FakeClock(), {400, 3});
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));

    // Every lead's milestones are its first history entries into MQL, SQL and Won.
    QSqlQuery q(demo.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN l.mql_at IS NOT NULL THEN 1 ELSE 0 END), "
        "sum(CASE WHEN l.won_at IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN "
        "l.mql_at IS DISTINCT FROM (SELECT min(h.changed_at) FROM stage_history h WHERE "
        "h.lead_id = l.id AND h.to_stage = 'mql') OR "
        "l.sql_at IS DISTINCT FROM (SELECT min(h.changed_at) FROM stage_history h WHERE "
        "h.lead_id = l.id AND h.to_stage = 'sql') OR "
        "l.won_at IS DISTINCT FROM (SELECT min(h.changed_at) FROM stage_history h WHERE "
        "h.lead_id = l.id AND h.to_stage = 'won') "
        "THEN 1 ELSE 0 END) FROM leads l")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 400);
    QVERIFY(q.value(1).toInt() > 100); // the demo has MQLs and wins at all
    QVERIFY(q.value(2).toInt() > 10);
    QCOMPARE(q.value(3).toInt(), 0);
}

void TestReportService::demoWithIndexesAfterIsTheSameDemo()
{
    // A large demo is written in one transaction with its tables' indexes made after the rows
    // (from DemoOptions::indexesAfterFrom leads on); it must give the same database as the
    // batches do: every row of every table the demo fills, and the same indexes afterwards.
    FakeClock clock;
    auto generate = [&](TestDatabase &t, qint64 indexesAfterFrom) {
        DemoOptions options;
        options.leads = 300;
        options.seed = 5;
        options.indexesAfterFrom = indexesAfterFrom;
        return generateDemo(t, clock, options);
    };
    TestDatabase batches, bulk;
    QVERIFY2(batches.isValid(), qPrintable(batches.errorMessage()));
    QVERIFY2(bulk.isValid(), qPrintable(bulk.errorMessage()));
    auto a = generate(batches, 1000000);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    auto b = generate(bulk, 0);
    QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
    QCOMPARE(b->leads, 300);
    QCOMPARE(b->historyRows, a->historyRows);
    QCOMPARE(b->activities, a->activities);
    for (const char *table : {"leads", "stage_history", "activities", "lead_scores", "assignments",
             "sla_clocks", "sla_breaches", "users", "routing_rules"}) {
        const QString name = QString::fromLatin1(table);
        QCOMPARE(tableRows(bulk.db(), name), tableRows(batches.db(), name));
        QCOMPARE(indexNames(bulk.db(), name), indexNames(batches.db(), name));
    }
    QVERIFY(indexNames(bulk.db(), QStringLiteral("leads")).size() > 10);
    // The SLA clocks were rebuilt at once too, their indexes made again after them.
    QVERIFY(tableRows(bulk.db(), QStringLiteral("sla_clocks")).size() > 300);
    QVERIFY(indexNames(bulk.db(), QStringLiteral("sla_clocks")).size() > 5);
}

void TestReportService::demoScoresAreWhatARecomputeGives_data()
{
    QTest::addColumn<qint64>("indexesAfterFrom");
    QTest::newRow("in batches") << qint64(1000000);
    QTest::newRow("at once") << qint64(0);
}

void TestReportService::demoScoresAreWhatARecomputeGives()
{
    // The demo scores its leads before it writes them (as of the start of the day); a full
    // recompute at that moment must find every score, band and fast-track as the engine gives
    // them, and nobody left to promote: the leads that reached MQL were promoted, without an
    // owner.
    QFETCH(qint64, indexesAfterFrom);
    FakeClock clock;
    TestDatabase demo;
    QVERIFY2(demo.isValid(), qPrintable(demo.errorMessage()));
    DemoOptions options;
    options.leads = 600;
    options.seed = 11;
    options.indexesAfterFrom = indexesAfterFrom;
    auto summary = generateDemo(demo, clock, options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));

    QSqlQuery q(demo.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN s.band = 'hot' THEN 1 ELSE 0 END), sum(CASE WHEN "
        "s.band = 'warm' THEN 1 ELSE 0 END), sum(l.fast_track), sum(CASE WHEN l.score > 0 "
        "THEN 1 ELSE 0 END), min(s.model_version), max(s.model_version), min(s.scored_at), "
        "max(s.scored_at) FROM leads l JOIN lead_scores s ON s.lead_id = l.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 600); // every lead scored
    QVERIFY(q.value(1).toInt() > 0);
    QVERIFY(q.value(2).toInt() > 50);
    QVERIFY(q.value(3).toInt() > 50);
    QVERIFY(q.value(4).toInt() > 300);
    QCOMPARE(q.value(5).toInt(), 1);
    QCOMPARE(q.value(6).toInt(), 1);
    const QDateTime anchor(clock.today(), QTime(0, 0), Qt::UTC);
    QCOMPARE(q.value(7).toLongLong(), anchor.toSecsSinceEpoch());
    QCOMPARE(q.value(8).toLongLong(), anchor.toSecsSinceEpoch());
    // Promoted by their score, left without an owner.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN l.owner_id IS NULL AND l.stage = 'mql' THEN 1 ELSE 0 "
        "END), min(h.changed_at), max(h.changed_at) FROM stage_history h JOIN leads l ON l.id = "
        "h.lead_id WHERE h.action = 'promote' AND h.actor_id IS NULL")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 3); // 5 for this seed
    QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
    QCOMPARE(q.value(2).toLongLong(), anchor.toSecsSinceEpoch());
    QCOMPARE(q.value(3).toLongLong(), anchor.toSecsSinceEpoch());

    const QStringList tables
        = {QStringLiteral("leads"), QStringLiteral("lead_scores"), QStringLiteral("stage_history"),
            QStringLiteral("assignments"), QStringLiteral("scoring_models")};
    std::vector<QStringList> before;
    for (const QString &table : tables)
        before.push_back(tableRows(demo.db(), table));
    EventBus bus;
    FakeClock atAnchor(anchor);
    const Services recomputing(demo.db(), bus, atAnchor);
    auto recomputed = recomputing.scoring().recomputeAutomatically(PipelineService::Handover::Keep);
    QVERIFY2(recomputed.ok(), recomputed.ok() ? "" : qPrintable(recomputed.error().message));
    QCOMPARE(recomputed->leads, qint64(600));
    QCOMPARE(recomputed->scoresChanged, qint64(0));
    QCOMPARE(recomputed->promoted, qint64(0));
    QCOMPARE(recomputed->version, 1);
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(tableRows(demo.db(), tables[i]), before[size_t(i)]);
}

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
