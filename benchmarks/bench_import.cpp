// bench_import: imports a generated CSV of new leads (default 1,000,000 rows) into a fresh
// temporary database with validation, phone normalisation and duplicate checks, prints rows/s,
// and times sqlite3's bare ".import" (CSV mode, ';') of the same file into a plain table for
// comparison.
//   build/benchmarks/bench_import [--rows N] [--keep DIR]
#include "clock.h"
#include "events/eventbus.h"
#include "io/leadimport.h"
#include "people/accounts.h"
#include "services.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace bantam;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
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

    auto db = Database::openSqlite(dir.filePath(QStringLiteral("bantam.sqlite")));
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
    QElapsedTimer timer;
    timer.start();
    EventBus events;
    const Services services(*db.value(), events, clock);
    // The import as the app runs it: each batch is scored and its new leads routed.
    auto r = services.leadImporter().run(admin.value(), csv, {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("bantam import: %lld new, %lld rejected in %.2f s = %.0f rows/s\n",
        static_cast<long long>(r->newLeads), static_cast<long long>(r->rejected), seconds,
        double(rows) / seconds);

    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
        {plain, QStringLiteral(".separator ;"), QStringLiteral(".import --csv %1 plain").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double plainSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "sqlite3 .import: %.2f s = %.0f rows/s\n", plainSeconds, double(rows) / plainSeconds);
    std::printf("ratio bantam / sqlite3: %.2f\n", seconds / plainSeconds);
    return 0;
}
