// bench_reports: how fast each report is on a large database, and how much the app adds to
// the bare SQL.
//  1. opening the file (which migrates an older schema, backup copy included);
//  2. each report through ReportService (what the GUI and bantam-cli call), median of --runs
//     after one warm-up run;
//  3. the same report's SQL (ReportService::statements, values written in) in the sqlite3 shell
//     on the same file, timed by the shell's .timer (no process start-up), median of --runs
//     after one warm-up run; then the ratio app / bare SQL.
//  With --whole-process (SQLite files): instead of 2. and 3., each report as a user runs it,
//  `bantam-cli --db FILE report NAME` from process start to exit, beside the sqlite3 shell
//  started on the same file with the same SQL, also from start to exit; medians of --runs after
//  one warm-up run each, and their ratio, in wall time and in CPU time (user + system); then
//  `bantam-cli sla status` the same way (mark for both: cli / sqlite3 <= 1.2).
// Usage: bench_reports --db FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source S]
//                      [--campaign C] [--country CC] [--team-id N] [--owner-id N] [--runs N]
//                      [--sqlite3 PATH] [--plans] [--whole-process]
#include "reports/reportservice.h"
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

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

int schemaVersionOf(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

struct Report
{
    ReportKind kind;
    const char *name;
    std::function<bool(const ReportService &, const ReportFilter &)> run; // false on error
};

template <typename T>
bool ok(const Result<T> &r)
{
    if (!r)
        std::fprintf(stderr, "report failed: %s\n", qPrintable(r.error().message));
    return r.ok();
}

// A bare-SQL shell run: the statements runs + 1 times (the first warms up) from a script that
// starts with head; the median of the per-run sums of the figures timer finds in its output
// (times scale to ms), in ms; < 0 on failure.
struct Shell
{
    QString program;
    QStringList arguments; // "%script" is replaced by the script's path
    bool scriptOnStdin;
    const char *head;
    QRegularExpression timer;
    double scale;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

double bareShellMs(const Shell &shell, const QStringList &statements, int runs)
{
    QTemporaryFile script;
    if (!script.open())
        return -1;
    QTextStream s(&script);
    s << shell.head;
    for (int run = 0; run <= runs; ++run) {
        for (const QString &st : statements)
            s << st << ";\n";
    }
    s.flush();
    script.close();
    QProcess p;
    QStringList arguments = shell.arguments;
    arguments.replaceInStrings(QStringLiteral("%script"), script.fileName());
    if (shell.scriptOnStdin)
        p.setStandardInputFile(script.fileName());
    p.setProcessEnvironment(shell.environment);
    p.start(shell.program, arguments);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(shell.program),
            p.readAllStandardError().constData());
        return -1;
    }
    std::vector<double> times;
    auto it = shell.timer.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        times.push_back(it.next().captured(1).toDouble() * shell.scale);
    const size_t n = size_t(statements.size());
    if (times.size() != n * size_t(runs + 1))
        return -1;
    std::vector<double> perRun;
    for (int run = 1; run <= runs; ++run) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i)
            sum += times[size_t(run) * n + i];
        perRun.push_back(sum);
    }
    return median(perRun);
}

// The sqlite3 shell on a file ("Run Time: real" in s).
double bareSqlMs(const QString &sqlite3, const QString &db, const QStringList &statements, int runs)
{
    return bareShellMs(
        {sqlite3, {QStringLiteral("-bail"), db}, true, ".timer on\n.output /dev/null\n",
            QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")), 1000.0},
        statements, runs);
}

// psql on a team database (\timing: "Time: N ms").
// The password goes to psql in PGPASSWORD, not on its command line.
double bareSqlMsPsql(
    const QString &psql, const ServerLocation &server, const QStringList &statements, int runs)
{
    return bareShellMs(
        {psql,
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-f"),
                QStringLiteral("%script"),
                QStringLiteral("--dbname=") + QString::fromUtf8(server.conninfoWithoutPassword())},
            false, "\\set ON_ERROR_STOP 1\n\\o /dev/null\n\\timing on\n",
            QRegularExpression(QStringLiteral("Time: ([0-9.]+) ms")), 1.0,
            server.toolEnvironment()},
        statements, runs);
}

// A whole process run: the medians of its wall time and of its CPU time (user + system, from
// the kernel's account of the reaped child; less moved by other work on the machine than the
// wall time), in ms, after one warm-up run; wall < 0 on failure.
struct ProcessTimes
{
    double wall = -1;
    double cpu = -1;
};

double childrenCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
        + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

ProcessTimes processMs(
    const QString &program, const QStringList &arguments, const QString &stdinFile, int runs)
{
    std::vector<double> wall, cpu;
    for (int run = 0; run <= runs; ++run) {
        QProcess p;
        if (!stdinFile.isEmpty())
            p.setStandardInputFile(stdinFile);
        p.setStandardOutputFile(QProcess::nullDevice());
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(program, arguments);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                p.readAllStandardError().constData());
            return {};
        }
        if (run > 0) {
            wall.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(childrenCpuMs() - cpuBefore);
        }
    }
    return {median(wall), median(cpu)};
}

// One line of the whole-process table: wall and CPU, each with its ratio to the anchor.
QString processLine(const char *name, const ProcessTimes &cli, const ProcessTimes &bare)
{
    auto ratio = [](double a, double b) {
        return a > 0 && b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("-");
    };
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
        .arg(QString::fromLatin1(name), -12)
        .arg(cli.wall, 10, 'f', 1)
        .arg(bare.wall, 12, 'f', 1)
        .arg(ratio(cli.wall, bare.wall), 8)
        .arg(cli.cpu, 10, 'f', 1)
        .arg(bare.cpu, 12, 'f', 1)
        .arg(ratio(cli.cpu, bare.cpu), 8);
}

// Each report in a process of its own: bantam-cli beside the sqlite3 shell with the same SQL.
int wholeProcess(const QString &path, const QString &sqlite3, const QCommandLineParser &parser,
    const ReportFilter &filter, int runs)
{
    QTextStream out(stdout);
    QStringList filterArguments;
    for (const char *name : {"from", "to", "source", "campaign", "country"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            filterArguments << QStringLiteral("--") + QString::fromLatin1(name)
                            << parser.value(QString::fromLatin1(name));
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("report"), -12)
               .arg(QStringLiteral("cli ms"), 10)
               .arg(QStringLiteral("sqlite3 ms"), 12)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("cli CPU"), 10)
               .arg(QStringLiteral("sqlite3 CPU"), 12)
               .arg(QStringLiteral("ratio"), 8);
    out.flush();
    const std::pair<ReportKind, const char *> reports[]
        = {{ReportKind::Funnel, "funnel"}, {ReportKind::Sources, "sources"},
            {ReportKind::Velocity, "velocity"}, {ReportKind::Reasons, "reasons"},
            {ReportKind::Fairness, "fairness"}, {ReportKind::Calibration, "calibration"}};
    bool failed = false;
    for (const auto &[kind, name] : reports) {
        const ProcessTimes cli = processMs(QStringLiteral(BANTAM_CLI),
            QStringList {
                QStringLiteral("--db"), path, QStringLiteral("report"), QString::fromLatin1(name)}
                + filterArguments,
            {}, runs);
        QTemporaryFile script;
        if (!script.open())
            return 1;
        {
            QTextStream st(&script);
            for (const QString &statement : ReportService::statements(kind, filter))
                st << statement << ";\n";
        }
        script.close();
        const ProcessTimes bare
            = processMs(sqlite3, {QStringLiteral("-bail"), path}, script.fileName(), runs);
        failed = failed || cli.wall < 0 || bare.wall < 0;
        out << processLine(name, cli, bare);
        out.flush();
    }
    // `sla status` beside the statements SlaReports::status runs (SlaReportQueries::openStates,
    // missedCallbacks, and the users for the names), with now written in.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ProcessTimes cli = processMs(QStringLiteral(BANTAM_CLI),
        {QStringLiteral("--db"), path, QStringLiteral("sla"), QStringLiteral("status")}, {}, runs);
    QTemporaryFile script;
    if (!script.open())
        return 1;
    {
        QTextStream st(&script);
        st << QStringLiteral("SELECT c.owner_id, sum(CASE WHEN c.due_at <= %1 THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN c.due_at > %1 AND c.due_soon_at <= %1 THEN 1 ELSE 0 "
                             "END), count(*) FROM sla_clocks c WHERE c.stopped_at IS NULL GROUP BY "
                             "c.owner_id;\n"
                             "SELECT l.owner_id, count(*) FROM callbacks cb JOIN leads l ON l.id = "
                             "cb.lead_id WHERE cb.done_at IS NULL AND cb.due_at <= %2 GROUP BY "
                             "l.owner_id;\n"
                             "SELECT * FROM users u ORDER BY u.name, u.id;\n")
                  .arg(now)
                  .arg(now - 300);
    }
    script.close();
    const ProcessTimes bare
        = processMs(sqlite3, {QStringLiteral("-bail"), path}, script.fileName(), runs);
    failed = failed || cli.wall < 0 || bare.wall < 0;
    out << processLine("sla status", cli, bare);
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("first day"), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("last day"), QStringLiteral("date")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("source"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("campaign"), QStringLiteral("campaign"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("country"), QStringLiteral("country"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("team-id"), QStringLiteral("team"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("owner-id"), QStringLiteral("owner"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("timed runs"), QStringLiteral("n"),
        QStringLiteral("3")});
    parser.addOption({QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell"),
        QStringLiteral("path"), QStringLiteral("sqlite3")});
    parser.addOption({QStringLiteral("psql"), QStringLiteral("psql (team databases)"),
        QStringLiteral("path"), QStringLiteral("psql")});
    parser.addOption({QStringLiteral("plans"), QStringLiteral("print EXPLAIN QUERY PLAN")});
    parser.addOption({QStringLiteral("whole-process"),
        QStringLiteral("each report in a process of its own: bantam-cli beside sqlite3")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || (!ServerLocation::isServer(path) && !QFileInfo::exists(path))) {
        std::fprintf(stderr,
            "usage: bench_reports --db FILE|URL [--from D] [--to D] [--source S] [--campaign C] "
            "[--country CC] [--team-id N] [--owner-id N] [--runs N] [--sqlite3 PATH] "
            "[--plans]\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    ReportFilter filter;
    filter.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    filter.source = parser.value(QStringLiteral("source"));
    filter.campaign = parser.value(QStringLiteral("campaign"));
    filter.country = parser.value(QStringLiteral("country"));
    if (parser.isSet(QStringLiteral("team-id")))
        filter.teamId = parser.value(QStringLiteral("team-id")).toLongLong();
    if (parser.isSet(QStringLiteral("owner-id")))
        filter.ownerId = parser.value(QStringLiteral("owner-id")).toLongLong();
    if (parser.isSet(QStringLiteral("whole-process")) && !ServerLocation::isServer(path))
        return wholeProcess(path, parser.value(QStringLiteral("sqlite3")), parser, filter, runs);
    QTextStream out(stdout);

    // 1. Open (and migrate).
    const int before = ServerLocation::isServer(path) ? -1 : schemaVersionOf(path);
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(path); // a file or a team database (postgresql://…)
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Database &db = *opened.value();
    out << "open: " << QString::number(openMs, 'f', 0) << " ms (schema " << before << " -> "
        << db.schemaVersion() << (before < db.schemaVersion() ? ", migrated with backup copy" : "")
        << ")\n";
    QStringList given;
    for (const char *name :
        {"from", "to", "source", "campaign", "country", "team-id", "owner-id"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            given << QStringLiteral("%1=%2").arg(
                QString::fromLatin1(name), parser.value(QString::fromLatin1(name)));
    }
    out << "filter: "
        << (given.isEmpty() ? QStringLiteral("none (all leads)") : given.join(QLatin1Char(' ')))
        << '\n';

    const ReportService service(db);
    const std::vector<Report> reports = {
        {ReportKind::Funnel, "funnel", [](auto &s, auto &f) { return ok(s.funnel(f)); }},
        {ReportKind::Sources, "sources", [](auto &s, auto &f) { return ok(s.sources(f)); }},
        {ReportKind::Velocity, "velocity", [](auto &s, auto &f) { return ok(s.velocity(f)); }},
        {ReportKind::Reasons, "reasons", [](auto &s, auto &f) { return ok(s.reasons(f)); }},
        {ReportKind::Fairness, "fairness", [](auto &s, auto &f) { return ok(s.fairness(f)); }},
        {ReportKind::Calibration, "calibration",
            [](auto &s, auto &f) { return ok(s.calibration(f)); }},
    };

    if (parser.isSet(QStringLiteral("plans"))) {
        for (const Report &r : reports) {
            for (const QString &st : ReportService::statements(r.kind, filter)) {
                out << "== " << r.name << "\n" << st << '\n';
                QSqlQuery q(db.connection());
                q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + st);
                while (q.next())
                    out << "   " << q.value(3).toString() << '\n';
            }
        }
    }

    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("report"), -12)
               .arg(QStringLiteral("app ms"), 10)
               .arg(QStringLiteral("bare SQL ms"), 12)
               .arg(QStringLiteral("app / SQL"), 10);
    out.flush();
    bool failed = false;
    for (const Report &r : reports) {
        if (!r.run(service, filter)) { // warm-up
            failed = true;
            continue;
        }
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            t.restart();
            r.run(service, filter);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double app = median(times);
        const double bare = db.isServer()
            ? bareSqlMsPsql(parser.value(QStringLiteral("psql")), db.server(),
                ReportService::statements(r.kind, filter), runs)
            : bareSqlMs(parser.value(QStringLiteral("sqlite3")), db.path(),
                ReportService::statements(r.kind, filter), runs);
        out << QStringLiteral("%1 %2 %3 %4%5\n")
                   .arg(QString::fromLatin1(r.name), -12)
                   .arg(app, 10, 'f', 1)
                   .arg(bare, 12, 'f', 1)
                   .arg(bare > 0 ? QString::number(app / bare, 'f', 2) : QStringLiteral("-"), 10)
                   .arg(app < 500 ? QString() : QStringLiteral("  (over 500 ms)"));
        out.flush();
    }
    return failed ? 1 : 0;
}
