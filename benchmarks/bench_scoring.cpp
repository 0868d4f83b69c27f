// bench_scoring: lead scoring at scale. Creates (or reuses, with --db) a database of 1,000,000
// leads with 10,000,000 activities, then times
//   1. a full recompute when a new model version is saved (all leads, one transaction), with
//      the reading threads given by --threads (default 2, the machine's cores),
//   2. the incremental update after one new activity (insert + rescore of that lead), averaged
//      over 200 random leads,
// and, for the ratio, the anchor: a bare read of the rows the recompute reads (leads joined with
// their stored scores, all activities) through the SQLite C API on one connection, every value
// stepped over, nothing kept. --generate-only stops after making the database (to copy it).
// --save-only times the model save alone (on a database a first recompute already went through)
// and skips the incremental part.
//   build/benchmarks/bench_scoring [--db FILE] [--leads N] [--per-lead N] [--threads N]
//                                  [--generate-only] [--save-only]
#include "clock.h"
#include "events/eventbus.h"
#include "people/accounts.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/timelinerepository.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bantam;
using bench::exec;
using bench::option;

namespace {

// Leads with profiles the default model scores (titles, industries, sizes, countries) in all
// stages, and their activities spread over the last 180 days: generated inside SQLite with a
// recursive CTE, one statement per table.
bool generate(const Database &db, qint64 leads, int perLead, qint64 now)
{
    const QString titles
        = QStringLiteral("'CEO','Geschäftsführer','IT-Leiter','Head of IT','VP Sales',"
                         "'Marketing Manager','Sachbearbeiterin','Werkstudent','Projektmanager',"
                         "'Einkauf'");
    const QString types
        = QStringLiteral("'page_visit','page_visit','page_visit','pricing_page','product_page',"
                         "'download','email_open','email_open','email_click','webinar','social',"
                         "'call','unsubscribe','careers_page','demo_request','contact_form'");
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    // json_array(...) ->> i picks the i-th value (SQLite >= 3.38); the bench is SQLite-only.
    if (!exec(db,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO leads (first_name, last_name, email, email_key, company, job_title, "
                "industry, "
                "company_size, country, stage, stage_rank, stage_changed_at, created_at, "
                "updated_at) "
                "SELECT 'Vor' || i, 'Nach' || i, 'p' || i || '@example.com', 'p' || i || "
                "'@example.com', "
                "'Firma ' || (i / 3), json_extract(json_array(%1), '$[' || (i % 10) || ']'), "
                "json_extract(json_array('Manufacturing','Logistics','IT "
                "services','Retail','Energy'), '$[' || (i % 5) || ']'), "
                "json_extract(json_array('1-9','10-49','50-249','250-999','1000+'), '$[' || ((i / "
                "5) % 5) || ']'), "
                "json_extract(json_array('DE','DE','AT','CH','NL'), '$[' || ((i / 7) % 5) || ']'), "
                "CASE WHEN i % 10 < 4 THEN 'lead' WHEN i % 10 < 6 THEN 'mql' WHEN i % 10 < 8 THEN "
                "'sql' "
                "ELSE 'disqualified' END, CASE WHEN i % 10 < 4 THEN 0 WHEN i % 10 < 6 THEN 1 WHEN "
                "i % 10 < 8 "
                "THEN 2 ELSE 5 END, ? - 86400 * 200, ? - 86400 * 200, ? - 86400 * 200 FROM n")
                .arg(titles),
            {leads, now, now, now}))
        return false;
    // Leads past stage Lead have been an MQL.
    if (!exec(db,
            QStringLiteral("UPDATE leads SET mql_at = created_at + 86400 WHERE stage <> 'lead'")))
        return false;
    std::printf("  %lld leads in %.1f s\n", static_cast<long long>(leads), t.elapsed() / 1000.0);
    t.restart();
    if (!exec(db,
            QStringLiteral(
                "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < ? - 1) "
                "INSERT INTO activities (lead_id, type, occurred_at, detail) "
                "SELECT l.id, json_extract(json_array(%1), '$[' || ((l.id * 7 + k.j * 3) % 16) || "
                "']'), "
                "? - ((l.id * 7919 + k.j * 104729) % (180 * 86400)), '' FROM leads l, k "
                "ORDER BY l.id, k.j")
                .arg(types),
            {perLead, now}))
        return false;
    std::printf("  %lld activities in %.1f s\n", static_cast<long long>(leads * perLead),
        t.elapsed() / 1000.0);
    if (!tx.commit())
        return false;
    db.optimize();
    return true;
}

// The anchor: the recompute's two reads over all leads, each row stepped through and every
// value fetched, on one thread; gives the seconds taken (negative on an error).
double bareRead(const Database &db)
{
    QElapsedTimer t;
    t.start();
    qint64 touched = 0;
    const std::pair<const char *, int> reads[] = {
        {"SELECT l.id, l.job_title, l.industry, l.company_size, l.country, l.stage, l.mql_at, "
         "l.score, l.fast_track, s.band, s.score_week_ago, l.source, l.campaign FROM leads l "
         "LEFT JOIN lead_scores s ON s.lead_id = l.id ORDER BY l.id",
            13},
        {"SELECT lead_id, occurred_at, type FROM activities ORDER BY lead_id, occurred_at, type",
            3},
    };
    for (const auto &[sql, columns] : reads) {
        SqliteStatement q(db.connection(), sql, QStringLiteral("the anchor's read"));
        if (!q.ok())
            return -1;
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                touched += qint64(q.text(c).size());
        }
        if (q.failed())
            return -1;
    }
    std::printf("  (anchor touched %lld bytes)\n", static_cast<long long>(touched));
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString unknown = bench::unknownOption(args,
        {QStringLiteral("--db"), QStringLiteral("--leads"), QStringLiteral("--per-lead"),
            QStringLiteral("--threads")},
        {QStringLiteral("--generate-only"), QStringLiteral("--save-only")});
    if (!unknown.isEmpty()) {
        std::fprintf(stderr,
            "usage: bench_scoring [--db FILE] [--leads N] [--per-lead N] [--threads N] "
            "[--generate-only] [--save-only]\n(unknown or incomplete option: %s)\n",
            qPrintable(unknown));
        return 2;
    }
    const bool saveOnly = args.contains(QStringLiteral("--save-only"));
    const qint64 leads = option(args, "--leads", 1'000'000);
    const int perLead = int(option(args, "--per-lead", 10));
    const int threads = int(option(args, "--threads", 2));
    QTemporaryDir dir;
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    const QString path = dbAt > 0 && dbAt + 1 < args.size()
        ? args[dbAt + 1]
        : dir.filePath(QStringLiteral("bench.sqlite"));

    SystemClock clock;
    EventBus events;
    const auto opened = bench::openAsAdministrator(path, clock);
    if (!opened)
        return 1;
    const Database &db = *opened->db;
    const User &admin = opened->admin;
    if (bench::number(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 0) {
        std::printf("generating %s\n", qPrintable(path));
        if (!generate(db, leads, perLead, clock.now().toSecsSinceEpoch()))
            return 1;
    }
    if (args.contains(QStringLiteral("--generate-only")))
        return 0;
    const qint64 haveLeads = bench::number(db, QStringLiteral("SELECT COUNT(*) FROM leads")),
                 haveActivities
        = bench::number(db, QStringLiteral("SELECT COUNT(*) FROM activities"));
    std::printf("database: %lld leads, %lld activities, %.0f MB\n",
        static_cast<long long>(haveLeads), static_cast<long long>(haveActivities),
        double(QFileInfo(path).size()) / 1e6);

    const Services services(db, events, clock); // the pipeline a ScoringService promotes through
    ScoringService scoring(db, events, clock, services.pipeline());
    scoring.setThreads(threads);
    // Once with the active model (the first run also promotes the generated leads that reach
    // MQL), then timed: saving a changed model version recomputes every lead.
    QElapsedTimer t;
    t.start();
    if (!saveOnly) {
        auto first = scoring.recompute(admin);
        if (bench::failed(first))
            return 1;
        std::printf("first recompute (active model v%d): %.2f s, %lld promoted to MQL\n",
            first->version, t.elapsed() / 1000.0, static_cast<long long>(first->promoted));
    }

    auto model = scoring.activeModel().value().model;
    for (ActivityRule &a : model.activities) {
        if (a.key == QLatin1String("pricing_page"))
            a.points += 1;
    }
    t.restart();
    auto saved = scoring.saveModel(admin, model, QStringLiteral("bench"));
    const double full = t.elapsed() / 1000.0;
    if (bench::failed(saved))
        return 1;
    // Reading, scoring and writing overlap (the caller writes each chunk while the reading
    // threads go on), so only the whole is timed; it includes the promotions after the commit.
    std::printf("FULL RECOMPUTE (%d thread%s): %.2f s for %lld leads, read, scored, written, "
                "committed and promoted; %lld scores changed, %lld promoted\n",
        threads, threads == 1 ? "" : "s", full, static_cast<long long>(saved->leads),
        static_cast<long long>(saved->scoresChanged), static_cast<long long>(saved->promoted));
    const double anchor = bareRead(db);
    if (anchor < 0)
        return 1;
    std::printf("anchor: bare read of the same leads and activities (1 thread): %.2f s; "
                "ratio recompute / anchor: %.2f (mark: recompute < 5 s)\n",
        anchor, full / anchor);
    if (saveOnly)
        return 0;

    // Incremental: one new activity for a random lead, recorded and rescored.
    QRandomGenerator rng(7);
    std::vector<double> ms;
    for (int i = 0; i < 200; ++i) {
        Activity a;
        a.leadId = 1 + rng.bounded(int(haveLeads));
        a.type = QStringLiteral("page_visit");
        a.at = clock.now();
        QElapsedTimer one;
        one.start();
        auto r = scoring.addActivities({a});
        ms.push_back(one.nsecsElapsed() / 1e6);
        if (bench::failed(r))
            return 1;
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("INCREMENTAL (one activity, record + rescore + promotion check): mean %.2f ms, "
                "median %.2f ms, "
                "p95 %.2f ms, max %.2f ms\n",
        sum / ms.size(), ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
    return 0;
}
