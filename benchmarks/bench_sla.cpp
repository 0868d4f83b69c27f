// bench_sla: SLA figures on a large database.
//  1. builds (once, or reuses --db) a database with --leads leads, each with one open SLA clock
//     spread around "now" (on track, due soon, breached) and one met clock started in the last
//     year, owned by 10 reps in 2 teams;
//  2. SLA status now (SlaReports::status: what `sla status` and the dashboard's "now" run),
//     median of --runs after a warm-up (target: < 1 s for 1,000,000 open clocks);
//  3. a dashboard refresh for the last 12 weeks: status, compliance report (per rep, team,
//     week, first touch, MQL target) and breach list (target: < 500 ms);
//  4. My queue: the count and the first and a deep page of one rep's queue.
// Usage: bench_sla [--db FILE] [--leads N] [--runs N]
#include "sla/slareport.h"
#include "storage/database.h"
#include "storage/slarepository.h"
#include "storage/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bantam;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Median wall time of runs calls after one warm-up call, in ms; -1 if a call failed.
double timeMs(int runs, const std::function<bool()> &call)
{
    if (!call())
        return -1;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "failed: %s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}

// Leads created (and handed over, with a met first-touch clock) evenly over the last year; every
// lead also has an open clock started in the last four days (the worst case for "now" and for a
// period that ends today). The fixture is written with SQLite's recursive CTEs (a benchmark-only
// shortcut: a million rows in seconds instead of minutes through the repositories).
bool build(const Database &db, qint64 leads, qint64 now)
{
    QSqlQuery q(db.connection());
    Transaction tx(db);
    const QStringList statements = {
        QStringLiteral("INSERT INTO teams (name) VALUES ('Nord'), ('Sued')"),
        QStringLiteral(
            "INSERT INTO users (login, name, role, team_id, created_at) "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
            "SELECT 'rep' || i, 'Rep ' || i, 'rep', 1 + i % 2, %1 FROM n")
            .arg(now),
        QStringLiteral(
            "INSERT INTO leads (first_name, last_name, company, stage, stage_rank, owner_id, "
            "score, "
            "stage_changed_at, created_at, updated_at, mql_at) "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "SELECT 'Lead', 'No ' || i, 'Company ' || (i % 5000), 'mql', 1, 1 + i % 10, i % 100, "
            "%2 - (i * 7919) % 31536000, %2 - (i * 7919) % 31536000, %2, %2 - (i * 7919) % "
            "31536000 FROM n")
            .arg(leads)
            .arg(now),
        // Open clocks: due from 3 days ago to 3 days ahead, due soon an hour before due.
        QStringLiteral(
            "INSERT INTO sla_clocks (lead_id, policy_id, owner_id, started_at, start_week, "
            "due_soon_at, due_at) "
            "SELECT id, 2, owner_id, %1 - 86400 * 4 + (id * 7919) % 518400, "
            "(%1 - 86400 * 4 + (id * 7919) % 518400 + 259200) / 604800, "
            "%1 - 86400 * 3 + (id * 7919) % 518400 - 3600, %1 - 86400 * 3 + (id * 7919) % 518400 "
            "FROM leads")
            .arg(now),
        // Met clocks in the last year: four hours allowed, met after 0 to 6 hours.
        QStringLiteral(
            "INSERT INTO sla_clocks (lead_id, policy_id, owner_id, started_at, start_week, "
            "due_soon_at, due_at, "
            "stopped_at, outcome, elapsed_secs) SELECT id, 2, owner_id, created_at, "
            "(created_at + 259200) / 604800, created_at + 10800, "
            "created_at + 14400, created_at + (id * 104729) % 21600, 'met', (id * 104729) % 21600 "
            "FROM leads"),
        QStringLiteral("INSERT INTO sla_mql_targets (month, target) VALUES ('%1', 90000)")
            .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyy-MM"))),
    };
    for (const QString &s : statements) {
        if (!exec(q, s))
            return false;
    }
    if (!tx.commit())
        return false;
    db.optimize();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
        QStringLiteral("Database file (built if it has no clocks)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Leads to build (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (default 5)."),
        QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const qint64 leads = std::max<qint64>(1, parser.value(QStringLiteral("leads")).toLongLong());
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : dir.filePath(QStringLiteral("bench_sla.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Database &db = *opened.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM sla_clocks"));
    q.next();
    if (q.value(0).toLongLong() == 0) {
        std::printf("Building %lld leads with an open and a met SLA clock each...\n", leads);
        QElapsedTimer t;
        t.start();
        if (!build(db, leads, now.toSecsSinceEpoch()))
            return 1;
        std::printf("  built in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    q.exec(QStringLiteral("SELECT count(*) FROM sla_clocks WHERE stopped_at IS NULL"));
    q.next();
    const qint64 open = q.value(0).toLongLong();
    q.finish();
    std::printf("Database %s: %lld open SLA clocks\n",
        qPrintable(QFileInfo(path).absoluteFilePath()), open);

    const SlaReports reports(db);
    SlaStatus status;
    const double statusMs = timeMs(runs, [&] {
        auto r = reports.status(now);
        if (r)
            status = r.value();
        return r.ok();
    });
    std::printf(
        "SLA status now:          %8.1f ms  (target < 1000 ms; %lld on track, %lld due soon, %lld "
        "breached)\n",
        statusMs, status.total().onTrack, status.total().dueSoon, status.total().breached);

    const QDate to = now.date(), from = to.addDays(-83);
    const double dashboardMs = timeMs(runs, [&] {
        auto s = reports.status(now);
        auto r = reports.report(from, to, now);
        auto b = reports.breaches(from, to, now, SlaReports::BreachListLimit);
        return s.ok() && r.ok() && b.ok();
    });
    std::printf("Dashboard refresh:       %8.1f ms  (target < 500 ms; status + 12-week report + "
                "breach list)\n",
        dashboardMs);
    const double reportMs = timeMs(runs, [&] { return reports.report(from, to, now).ok(); });
    std::printf("  of which report:       %8.1f ms\n", reportMs);
    const double yearMs
        = timeMs(runs, [&] { return reports.report(to.addYears(-1), to, now).ok(); });
    std::printf("Report for a year:       %8.1f ms\n", yearMs);

    auto users = reports.queueCount(1, now);
    const qint64 rep = 1; // the first user: one of ten reps
    const double countMs = timeMs(runs, [&] { return reports.queueCount(rep, now).ok(); });
    const double firstMs = timeMs(runs, [&] { return reports.queue(rep, now, 0, 100).ok(); });
    const double deepMs = timeMs(runs, [&] { return reports.queue(rep, now, 50000, 100).ok(); });
    std::printf(
        "My queue (%lld leads):    count %.1f ms, first page %.1f ms, page at 50,000 %.1f ms\n",
        users ? users.value() : -1, countMs, firstMs, deepMs);
    return statusMs < 0 || dashboardMs < 0 ? 1 : 0;
}
