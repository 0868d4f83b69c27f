// bench_open: what opening a database file costs a short command, from process start to exit.
//  1. `bantam-cli --db FILE leads list --limit 1` on a file Bantam closed cleanly: opening finds
//     its integrity mark (FILE.checked) and skips PRAGMA quick_check;
//  2. the same command with the mark removed before each run: the full quick_check, as after a
//     crash or a change outside Bantam;
//  3. the anchor: `sqlite3 FILE "SELECT count(*) FROM leads"`.
// Medians of --runs after one warm-up run each; prints each figure and its ratio to the anchor.
// Usage: bench_open --db FILE [--runs 5] [--sqlite3 PATH]
//   (FILE: e.g. bantam-cli --db /tmp/200k.sqlite demo --leads 200000)
#include "storage/integritymark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#ifndef BANTAM_CLI
#error "BANTAM_CLI must be the path of the bantam-cli executable"
#endif

using namespace bantam;

namespace {

// The median wall time of runs + 1 runs (the first warms up), in ms; < 0 on failure.
double medianRun(const QString &program, const QStringList &args, int runs,
    const std::function<void()> &before = {})
{
    std::vector<double> times;
    for (int i = 0; i <= runs; ++i) {
        if (before)
            before();
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                p.readAllStandardError().constData());
            return -1;
        }
        if (i > 0)
            times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure"),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("sqlite3"), QStringLiteral("the sqlite3 shell"),
        QStringLiteral("PATH"), QStringLiteral("sqlite3")});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFile::exists(path)) {
        std::fprintf(stderr, "bench_open: --db must name an existing Bantam file\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString cli = QString::fromUtf8(BANTAM_CLI);
    const QStringList list = {QStringLiteral("--db"), path, QStringLiteral("leads"),
        QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")};

    const double anchor = medianRun(parser.value(QStringLiteral("sqlite3")),
        {path, QStringLiteral("SELECT count(*) FROM leads")}, runs);
    const double marked = medianRun(cli, list, runs);
    const double unmarked = medianRun(cli, list, runs, [&path] { IntegrityMark::forget(path); });
    if (anchor <= 0 || marked < 0 || unmarked < 0)
        return 1;
    std::printf("file: %s (%lld MB), medians of %d runs\n", qPrintable(path),
        QFile(path).size() / 1000000, runs);
    std::printf("sqlite3 count(*) (anchor)                  %8.1f ms\n", anchor);
    std::printf("leads list --limit 1, file unchanged        %8.1f ms  ratio %.2f\n", marked,
        marked / anchor);
    std::printf("leads list --limit 1, full quick_check      %8.1f ms  ratio %.2f\n", unmarked,
        unmarked / anchor);
    return 0;
}
