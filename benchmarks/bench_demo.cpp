// bench_demo: what `bantam-cli init` + `bantam-cli demo --leads N` cost as a user runs them
// (whole processes, into a new file), the file's size per lead, and for the ratio the bare write
// of as many rows as the demo wrote (leads, history, activities) into a plain table of text
// columns by the sqlite3 shell in the same run — the machine's speed at that moment — and the
// schema's floor: every row the demo added, written again by the sqlite3 shell into the file as
// init left it (SqliteFloor), which no change to the generator can beat.
//   build/benchmarks/bench_demo [--leads 1000000] [--keep FILE] [--cli PATH]
// --cli: another bantam-cli (e.g. a copy of main's build) to compare with this build's.
#include "sqlitefloor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#ifndef BANTAM_CLI
#error "BANTAM_CLI must be the path of the bantam-cli executable"
#endif

namespace {

// Runs a program to its end; the wall time in seconds, < 0 on failure (its error output shown).
double timed(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program),
            qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 leads = 1'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--leads")); i > 0 && i + 1 < args.size())
        leads = args[i + 1].toLongLong();
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        file = args[i + 1];
    QString cli = QStringLiteral(BANTAM_CLI);
    if (const qsizetype i = args.indexOf(QStringLiteral("--cli")); i > 0 && i + 1 < args.size())
        cli = args[i + 1];
    std::printf("bantam-cli: %s\n", qPrintable(cli));

    const double init = timed(cli, {QStringLiteral("--db"), file, QStringLiteral("init")});
    if (init < 0)
        return 1;
    // The file as init left it, for the schema's floor below.
    const auto floor
        = bantam::bench::SqliteFloor::before(file, dir.filePath(QStringLiteral("floor.sqlite")));
    if (!floor)
        return 1;
    QByteArray summary;
    const double demo = timed(cli,
        {QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--leads"),
            QString::number(leads), QStringLiteral("--json")},
        &summary);
    if (demo < 0)
        return 1;
    const QJsonObject made = QJsonDocument::fromJson(summary).object();
    const qint64 history = made.value(QStringLiteral("history")).toInteger();
    const qint64 activities = made.value(QStringLiteral("activities")).toInteger();
    const qint64 rows = leads + history + activities;
    std::printf("bantam-cli init + demo --leads %lld: %.2f s (init %.2f s, demo %.2f s) = %.0f "
                "leads/s; %lld history rows, %lld activities\n",
        static_cast<long long>(leads), init + demo, init, demo, double(leads) / (init + demo),
        static_cast<long long>(history), static_cast<long long>(activities));

    // The anchor: as many rows, eight text columns each, in one statement of the sqlite3 shell.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const double bare = timed(QStringLiteral("sqlite3"),
        {plain,
            QStringLiteral(
                "CREATE TABLE plain (a, b, c, d, e, f, g, h); WITH RECURSIVE n(i) AS (SELECT 1 "
                "UNION ALL SELECT i + 1 FROM n WHERE i < %1) INSERT INTO plain SELECT i, "
                "'Vorname ' || i, 'Nachname ' || i, 'person' || i || '@example.com', '+49151' || "
                "i, 'Firma ' || (i / 3) || ' GmbH', 'Einkauf', 'Messe' FROM n")
                .arg(rows)});
    if (bare < 0)
        return 1;
    std::printf("sqlite3, %lld plain rows (leads + history + activities): %.2f s\n",
        static_cast<long long>(rows), bare);
    std::printf("ratio bantam / sqlite3: %.2f\n", (init + demo) / bare);
    if (leads > 0) {
        std::printf("file size: %.0f B/lead (the plain rows: %.0f B/lead)\n",
            double(QFileInfo(file).size()) / double(leads),
            double(QFileInfo(plain).size()) / double(leads));
    }
    // What the schema alone costs: every row the demo added, written by sqlite3 into the file as
    // init left it; from 100,000 leads on with the indexes made after the rows, as the demo does.
    const bantam::bench::SqliteFloor::Run floorRun = floor->measure(file, leads >= 100000);
    if (floorRun.seconds < 0)
        return 1;
    std::printf("schema floor: sqlite3 writing the %lld rows the demo added (%s) into the file as "
                "init left it: %.2f s\n",
        static_cast<long long>(floorRun.rows), qPrintable(floorRun.tables), floorRun.seconds);
    std::printf("ratio bantam / schema floor: %.2f\n", (init + demo) / floorRun.seconds);
    return 0;
}
