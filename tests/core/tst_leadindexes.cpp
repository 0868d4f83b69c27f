// Tests which query each index on `leads` is for: every index of the table is listed here with
// the query (in the shape LeadRepository, ImportRepository, RoutingRepository and the reports
// run it, the reports with their own statements) whose plan uses it, so an index nobody reads shows
// up as a missing row, and a change that makes a query scan the table fails. An index on `leads`
// costs every insert of an import, so each one has to earn its place. SQLite: the plan names the
// index; PostgreSQL (planner told to avoid sequential scans, as on a large table): the plan reads
// the table through an index.
#include "storage/database.h"
#include "storage/reportqueries.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

class TestLeadIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyIndexServesAQuery_data();
    void everyIndexServesAQuery();
    void everyIndexIsListed();

private:
    std::unique_ptr<TestDatabase> m_t;
};

namespace {

struct IndexUse
{
    const char *index;
    const char *query; // what the application asks, with example values written in
};

// The queries, by index. "Sort by X" is the lead list's ORDER BY X, id (LeadRepository::page).
const IndexUse kUses[] = {
    // The list filtered by stage, sorted by score (the default view of a stage).
    {"idx_leads_stage_score",
        "SELECT l.id FROM leads l WHERE l.stage = 'mql' ORDER BY l.score DESC, l.id DESC LIMIT 50"},
    // The stage bar's counts for one rep (countByStage with an owner filter).
    {"idx_leads_owner_stage",
        "SELECT l.stage, count(*) FROM leads l WHERE l.owner_id = 3 GROUP BY l.stage"},
    // The stage bar's counts for one source.
    {"idx_leads_source_stage",
        "SELECT l.stage, count(*) FROM leads l WHERE l.source = 'Webinar' GROUP BY l.stage"},
    {"idx_leads_source", "SELECT l.id FROM leads l ORDER BY l.source, l.id LIMIT 50"},
    {"idx_leads_stage_rank", "SELECT l.id FROM leads l ORDER BY l.stage_rank, l.id LIMIT 50"},
    // Sort by name; the search by last name and the duplicate lookup by name + company.
    {"idx_leads_last_name",
        "SELECT l.id FROM leads l ORDER BY l.last_name_key, l.first_name_key, l.id LIMIT 50"},
    // The search by first name's prefix.
    {"idx_leads_first_name",
        "SELECT l.id FROM leads l WHERE l.first_name_key >= 'ann' AND l.first_name_key < 'ano'"},
    // The duplicate lookup by e-mail (ImportRepository::findDuplicate).
    {"idx_leads_email",
        "SELECT id FROM leads WHERE email_key = 'anna@example.de' ORDER BY id "
        "LIMIT 1"},
    {"idx_leads_company",
        "SELECT l.id FROM leads l WHERE l.company_key >= 'acme' AND l.company_key < 'acmf'"},
    // The search by phone digits.
    {"idx_leads_phone",
        "SELECT l.id FROM leads l WHERE l.phone_key >= '49301' AND l.phone_key < '49302'"},
    {"idx_leads_score", "SELECT l.id FROM leads l ORDER BY l.score, l.id LIMIT 50"},
    {"idx_leads_created", "SELECT l.id FROM leads l ORDER BY l.created_at, l.id LIMIT 50"},
    {"idx_leads_updated", "SELECT l.id FROM leads l ORDER BY l.updated_at, l.id LIMIT 50"},
    {"idx_leads_qualification_stage",
        "SELECT l.id FROM leads l ORDER BY l.qualification_stage, l.id LIMIT 50"},
    // The funnel and sources reports (per source), fairness (per owner) and calibration (per
    // score): their own statements (ReportQueries), below.
    // The velocity report's hour histograms.
    {"idx_leads_hours_to_mql",
        "SELECT (mql_at - created_at) / 3600, count(*) FROM leads WHERE mql_at >= created_at "
        "GROUP BY (mql_at - created_at) / 3600"},
    {"idx_leads_hours_to_sql",
        "SELECT (sql_at - mql_at) / 3600, count(*) FROM leads WHERE sql_at >= mql_at GROUP BY "
        "(sql_at - mql_at) / 3600"},
    {"idx_leads_hours_to_won",
        "SELECT (won_at - sql_at) / 3600, count(*) FROM leads WHERE won_at >= sql_at GROUP BY "
        "(won_at - sql_at) / 3600"},
    // The duplicate lookups by external id and E.164 phone (partial: only leads with the key).
    {"idx_leads_external_id",
        "SELECT id FROM leads WHERE external_id = '00Q42' AND external_id <> '' ORDER BY id "
        "LIMIT 1"},
    {"idx_leads_phone_e164",
        "SELECT id FROM leads WHERE phone_e164 = '+4930123' AND phone_e164 <> '' ORDER BY id "
        "LIMIT 1"},
    // MQLs per month (the SLA report's targets, LeadRepository::countEnteredMql).
    {"idx_leads_mql_at", "SELECT count(*) FROM leads WHERE mql_at >= 0 AND mql_at < 100"},
    // What a crash left to route (health/owedwork).
    {"idx_leads_routing_owed", "SELECT id FROM leads WHERE unassigned_reason = 'routing_owed'"},
    // Recycled leads whose re-contact date has come (LeadRepository::recontactDue, which also
    // asks for stage Lead: without statistics SQLite then prefers idx_leads_stage_score).
    {"leads_recontact",
        "SELECT l.id FROM leads l WHERE l.recontact_on IS NOT NULL AND l.recontact_on <= "
        "'2026-12-01' ORDER BY l.recontact_on, l.id LIMIT 50"},
};

} // namespace

void TestLeadIndexes::initTestCase()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    if (m_t->db().isServer()) {
        // An empty table is cheapest to scan; a large one is not. Tell the planner so.
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    }
}

void TestLeadIndexes::everyIndexServesAQuery_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("query");
    for (const IndexUse &u : kUses)
        QTest::newRow(u.index) << QString::fromLatin1(u.index) << QString::fromLatin1(u.query);
    ReportFilter period;
    period.from = QDate(2026, 1, 1);
    period.to = QDate(2026, 3, 31);
    ReportFilter rep = period;
    rep.ownerId = 3;
    const std::tuple<const char *, const char *, ReportKind, ReportFilter> reports[] = {
        {"idx_leads_report_source", "funnel", ReportKind::Funnel, period},
        {"idx_leads_report_source", "funnel, one rep", ReportKind::Funnel, rep},
        {"idx_leads_report_score", "calibration", ReportKind::Calibration, period},
        {"idx_leads_report_score", "calibration, one rep", ReportKind::Calibration, rep},
        {"idx_leads_owner_stage", "reasons, one rep", ReportKind::Reasons, rep},
    };
    for (const auto &[index, report, kind, filter] : reports) {
        // The report's main statement (the first).
        const QString sql = ReportQueries::statements(kind, filter).value(0);
        QTest::addRow("%s (%s)", index, report) << QString::fromLatin1(index) << sql;
    }
}

void TestLeadIndexes::everyIndexServesAQuery()
{
    QFETCH(QString, index);
    QFETCH(QString, query);
    const Database &db = m_t->db();
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec((db.isServer() ? QStringLiteral("EXPLAIN ")
                                   : QStringLiteral("EXPLAIN QUERY "
                                                    "PLAN "))
                 + query),
        qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(db.isServer() ? 0 : 3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    if (db.isServer()) {
        QVERIFY2(!text.contains(QLatin1String("Seq Scan on leads")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Index")), qPrintable(text));
    } else {
        // "SEARCH l USING INDEX idx_… (…)", "SCAN l USING COVERING INDEX idx_…"; a bare
        // "SCAN l" reads the whole table.
        const QRegularExpression uses(
            QStringLiteral("\\bINDEX %1\\b").arg(QRegularExpression::escape(index)));
        QVERIFY2(uses.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(
            !plan.contains(QLatin1String("SCAN l")) && !plan.contains(QLatin1String("SCAN leads")),
            qPrintable(text));
    }
}

void TestLeadIndexes::everyIndexIsListed()
{
    // An index added to leads needs its query above (or a reason to be dropped again).
    QStringList listed {
        QStringLiteral("idx_leads_report_source"), QStringLiteral("idx_leads_report_score")};
    for (const IndexUse &u : kUses)
        listed << QString::fromLatin1(u.index);
    listed.sort();
    QCOMPARE(indexNames(m_t->db(), QStringLiteral("leads")), listed);
}

QTEST_GUILESS_MAIN(TestLeadIndexes)
#include "tst_leadindexes.moc"
