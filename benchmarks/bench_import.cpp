// bench_import: imports a generated CSV of new leads (default 1,000,000 rows) into a fresh
// temporary database (or, with --db, into the given one, which should have no leads) with
// validation, phone normalisation and duplicate checks, prints rows/s, and times the bare load
// of the same file into a plain table of text columns for comparison: sqlite3's ".import" (CSV
// mode, ';'), or psql's "\copy" into a temporary table for a team database.
// With --reps N the database first gets a team of N reps and a catch-all round-robin rule, so
// every new lead is scored and routed to a rep (a valid file as a team imports it). With
// --reference the import takes its reference path (ImportOptions::fastPaths off: what it did
// before the fast paths), for a before/after figure. On SQLite it prints the file size per lead
// and the schema's floor: the rows the import added, written again by the sqlite3 shell into the
// file as it was before the import (SqliteFloor) — what no change to Bantam's code can beat.
//   build/benchmarks/bench_import [--rows N] [--reps N] [--reference] [--db FILE|URL]
#include "clock.h"
#include "events/eventbus.h"
#include "io/leadimport.h"
#include "people/accounts.h"
#include "routing/routingrules.h"
#include "services.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "storage/userrepository.h"

#include "benchsupport.h"
#include "sqlitefloor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace bantam;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString unknown = bench::unknownOption(args,
        {QStringLiteral("--rows"), QStringLiteral("--reps"), QStringLiteral("--db")},
        {QStringLiteral("--reference")});
    if (!unknown.isEmpty()) {
        std::fprintf(stderr,
            "usage: bench_import [--rows N] [--reps N] [--reference] [--db FILE|URL]\n"
            "(unknown or incomplete option: %s)\n",
            qPrintable(unknown));
        return 2;
    }
    qint64 rows = 1'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args[i + 1].toLongLong();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray buf = "Vorname;Nachname;E-Mail;Telefon;Firma;Position;Quelle;Erstellt\n";
        for (qint64 i = 0; i < rows; ++i) {
            buf += QStringLiteral("Vor%1;Nach%1;person%1@example%2.com;030 %3;Firma %4 "
                                  "GmbH;Einkauf;Messe;%5.%6.2025\n")
                       .arg(i)
                       .arg(i % 97)
                       .arg(2000000 + i)
                       .arg(i / 3)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .toUtf8();
            if (buf.size() > (1 << 20)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    std::printf("generated %lld rows (%.1f MB)\n", static_cast<long long>(rows),
        double(QFile(csv).size()) / 1e6);

    QString location = dir.filePath(QStringLiteral("bantam.sqlite"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--db")); i > 0 && i + 1 < args.size())
        location = args[i + 1];
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    SystemClock clock;
    auto admin = ensureAdministrator(*db.value(), clock);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
        return 1;
    }
    int reps = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i > 0 && i + 1 < args.size())
        reps = args[i + 1].toInt();
    if (reps > 0) {
        // A team of reps and one rule that hands every lead to it in turn.
        UserRepository people(*db.value());
        Transaction tx(*db.value());
        const qint64 team = people.insertTeam(QStringLiteral("Vertrieb")).value();
        for (int r = 0; r < reps; ++r) {
            User u;
            u.login = QStringLiteral("rep%1").arg(r);
            u.name = u.login;
            u.role = Role::Rep;
            u.teamId = team;
            people.insert(u, clock.now()).value();
        }
        (void)tx.commit();
        RoutingRule rule;
        rule.name = QStringLiteral("alle");
        rule.targetTeamId = team;
        rule.method = RoutingMethod::RoundRobin;
        if (!RoutingRules(*db.value(), clock).add(admin.value(), rule)) {
            std::fprintf(stderr, "cannot add the routing rule\n");
            return 1;
        }
        std::printf("routing: %d reps, one round-robin rule\n", reps);
    }
    // The file as it is before the import, for the schema's floor below (SQLite).
    std::optional<bench::SqliteFloor> floor;
    if (!db.value()->isServer()) {
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        floor = bench::SqliteFloor::before(location, dir.filePath(QStringLiteral("floor.sqlite")));
        if (!floor)
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    EventBus events;
    const Services services(*db.value(), events, clock);
    // The import as the app runs it: each batch is scored and its new leads routed.
    ImportOptions options;
    options.fastPaths = !args.contains(QStringLiteral("--reference"));
    auto r = services.leadImporter().run(admin.value(), csv, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("bantam import: %lld new, %lld rejected, %lld scored, %lld routed in %.2f s = "
                "%.0f rows/s\n",
        static_cast<long long>(r->newLeads), static_cast<long long>(r->rejected),
        static_cast<long long>(r->scored), static_cast<long long>(r->routed), seconds,
        double(rows) / seconds);

    // The bare load: the same file into a table of eight text columns, in one process run.
    QProcess bare;
    timer.restart();
    if (db.value()->isServer()) {
        const ServerLocation &server = db.value()->server();
        bare.setProcessEnvironment(server.toolEnvironment());
        bare.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QStringLiteral("CREATE TEMP TABLE plain (a text, b text, c text, d text, e text, "
                               "f text, g text, h text)"),
                QStringLiteral("-c"),
                QStringLiteral("\\copy plain FROM '%1' WITH (FORMAT csv, DELIMITER ';', "
                               "HEADER true)")
                    .arg(csv),
                QStringLiteral("--dbname=") + QString::fromUtf8(server.conninfoWithoutPassword())});
    } else {
        bare.start(QStringLiteral("sqlite3"),
            {dir.filePath(QStringLiteral("plain.sqlite")), QStringLiteral(".separator ;"),
                QStringLiteral(".import --csv %1 plain").arg(csv)});
    }
    const QString anchor = db.value()->isServer() ? QStringLiteral("psql \\copy")
                                                  : QStringLiteral("sqlite3 .import");
    if (!bare.waitForFinished(-1) || bare.exitCode() != 0) {
        std::fprintf(
            stderr, "%s failed: %s\n", qPrintable(anchor), bare.readAllStandardError().constData());
        return 1;
    }
    const double plainSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%s: %.2f s = %.0f rows/s\n", qPrintable(anchor), plainSeconds,
        double(rows) / plainSeconds);
    std::printf("ratio bantam / %s: %.2f\n", qPrintable(anchor), seconds / plainSeconds);
    if (!db.value()->isServer() && rows > 0) {
        // The file's size per lead beside the plain table's (checkpointed, so the WAL is in).
        QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const double bantamBytes = double(QFileInfo(location).size());
        const double plainBytes
            = double(QFileInfo(dir.filePath(QStringLiteral("plain.sqlite"))).size());
        std::printf("file size: bantam %.0f B/lead, plain table %.0f B/lead, ratio %.2f\n",
            bantamBytes / double(rows), plainBytes / double(rows), bantamBytes / plainBytes);
        // What the schema alone costs: the rows this import added, written by sqlite3 into the
        // file as it was before (the indexes kept, as a batch-by-batch import keeps them).
        const bench::SqliteFloor::Run floorRun = floor->measure(location, false);
        if (floorRun.seconds < 0)
            return 1;
        std::printf("schema floor: sqlite3 writing the %lld rows the import added (%s) into the "
                    "file as it was before: %.2f s = %.0f leads/s\n",
            static_cast<long long>(floorRun.rows), qPrintable(floorRun.tables), floorRun.seconds,
            double(rows) / floorRun.seconds);
        std::printf("ratio bantam / schema floor: %.2f\n", seconds / floorRun.seconds);
    }
    return 0;
}
