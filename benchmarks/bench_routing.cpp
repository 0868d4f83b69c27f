// Routing benchmark: 100,000 unassigned leads, 50 reps in 5 teams, 30 rules. Times the preview
// (read + decide) and the apply (read + decide + write owners, assignments, audit rows, reasons,
// round-robin state in one transaction), each beside a bare statement on the same database as
// the anchor: reading the leads' routing columns, and setting every lead's owner in one UPDATE
// (rolled back), and on SQLite the schema's floor: that UPDATE plus the rows the apply added,
// written by the sqlite3 shell into the file as it was before (SqliteFloor). Then a reassignment of
// 20,000 leads and its longest chunk transaction. Prints figures; asserts nothing.
//   build/benchmarks/bench_routing [--leads N] [--db FILE|URL (an empty database)]
#include "clock.h"
#include "events/eventbus.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include "benchsupport.h"
#include "sqlitefloor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bantam;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int leadCount = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--leads")); i > 0 && i + 1 < args.size())
        leadCount = args[i + 1].toInt();
    QTemporaryDir dir;
    QString location = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--db")); i > 0 && i + 1 < args.size())
        location = args[i + 1];
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const Database &db = *opened.value();
    SystemClock clock;
    EventBus events;
    UserRepository people(db);
    // Its own users, teams and leads go into an empty database (a file made by `bantam-cli init`
    // already has an administrator).
    if (auto users = people.all(); !users || !users->empty()) {
        std::fprintf(stderr, "%s: the benchmark needs an empty database (a new file name)\n",
            qPrintable(location));
        return 1;
    }
    QRandomGenerator rng(5);
    const QStringList countries = {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
        QStringLiteral("FR"), QStringLiteral("NL"), QStringLiteral("GB")};
    const QStringList sources = {QStringLiteral("Web"), QStringLiteral("Messe"),
        QStringLiteral("Partner"), QStringLiteral("Webinar"), QStringLiteral("Kaltakquise")};
    const QStringList industries = {QStringLiteral("Maschinenbau"), QStringLiteral("Handel"),
        QStringLiteral("IT"), QStringLiteral("Logistik")};

    User admin;
    std::vector<qint64> teams;
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(db);
        admin.login = QStringLiteral("admin");
        admin.name = admin.login;
        admin.role = Role::Admin;
        admin.id = people.insert(admin, clock.now()).value();
        for (int team = 0; team < 5; ++team) {
            teams.push_back(people.insertTeam(QStringLiteral("Team %1").arg(team)).value());
            for (int r = 0; r < 10; ++r) {
                User u;
                u.login = QStringLiteral("rep%1_%2").arg(team).arg(r);
                u.name = u.login;
                u.role = r < 2 ? Role::SeniorRep : Role::Rep;
                u.teamId = teams.back();
                u.weight = 1 + r % 3;
                u.capacityOpen = r == 9 ? 3000 : 0; // a few reps fill up
                people.insert(u, clock.now()).value();
            }
        }
        std::vector<Lead> leads;
        leads.reserve(size_t(leadCount));
        for (int i = 0; i < leadCount; ++i) {
            Lead l;
            l.profile.lastName = QStringLiteral("Lead %1").arg(i);
            l.profile.country = countries[rng.bounded(int(countries.size()))];
            l.profile.source = sources[rng.bounded(int(sources.size()))];
            l.profile.industry = industries[rng.bounded(int(industries.size()))];
            l.score = rng.bounded(100);
            l.fastTrack = rng.bounded(20) == 0;
            l.createdAt = l.updatedAt = l.stageChangedAt = clock.now();
            leads.push_back(l);
        }
        LeadRepository(db).insertMany(leads).value();
        (void)tx.commit();
    }
    db.optimize();
    std::printf("setup: %d leads, 50 reps, 5 teams in %.2f s\n", leadCount, t.elapsed() / 1000.0);

    // 30 rules: per team six rules on country / source / band / industry, methods mixed; the
    // last ones are catch-alls, so most leads pass several rules before one matches.
    RoutingRules rules(db, clock);
    const RoutingMethod methods[] = {
        RoutingMethod::RoundRobin, RoutingMethod::WeightedRoundRobin, RoutingMethod::LeastLoaded};
    for (int i = 0; i < 30; ++i) {
        RoutingRule r;
        r.name = QStringLiteral("rule %1").arg(i + 1);
        r.targetTeamId = teams[size_t(i % 5)];
        r.method = methods[i % 3];
        switch (i / 5) {
        case 0:
            r.scoreBands = {ScoreBand::Hot};
            r.countries = {countries[i % 3]};
            r.hotToSenior = true;
            break;
        case 1:
            r.sources = {sources[i % 5]};
            r.countries = {countries[3 + i % 3]};
            break;
        case 2:
            r.industries = {industries[i % 4]};
            r.scoreBands = {ScoreBand::Warm};
            break;
        case 3:
            r.fastTrack = true;
            r.countries = {countries[i % 6]};
            break;
        case 4:
            r.countries = {countries[i % 6]};
            r.sources = {sources[(i + 1) % 5]};
            break;
        default:
            if (i != 29)
                r.countries = {countries[i % 6]};
            break; // rule 30 takes the rest
        }
        if (!rules.add(admin, r)) {
            std::fprintf(stderr, "cannot add rule %d\n", i);
            return 1;
        }
    }
    // The anchors: the bare read of what routing reads, and the bare write of every owner.
    double bareCpu = 0; // the last anchor's CPU seconds
    auto bare = [&db, &bareCpu](const QString &sql, bool write) {
        QElapsedTimer timer;
        Transaction tx(db); // never committed
        timer.start();
        const double cpu = bench::threadCpuSeconds();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        qint64 rows = 0;
        while (!write && q.next())
            rows += q.value(0).toLongLong() > 0;
        bareCpu = bench::threadCpuSeconds() - cpu;
        return timer.elapsed() / 1000.0;
    };
    const double bareRead = bare(QStringLiteral("SELECT id, country, source, industry, score, "
                                                "fast_track, owner_id FROM leads WHERE owner_id IS "
                                                "NULL ORDER BY id"),
        false);
    const double bareWrite = bare(
        QStringLiteral("UPDATE leads SET owner_id = %1, version = version + 1 WHERE owner_id IS "
                       "NULL")
            .arg(admin.id),
        true);
    const double bareWriteCpu = bareCpu;
    // The file before the apply, for the schema's floor below (SQLite).
    std::optional<bench::SqliteFloor> floor;
    if (!db.isServer()) {
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        floor = bench::SqliteFloor::before(location, dir.filePath(QStringLiteral("floor.sqlite")));
        if (!floor)
            return 1;
    }
    const RoutingService routing(db, events, clock);
    t.restart();
    auto preview = routing.preview(admin);
    const double previewSecs = t.elapsed() / 1000.0;
    if (!preview) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.error().message));
        return 1;
    }
    t.restart();
    const double applyCpuStart = bench::threadCpuSeconds();
    auto applied = routing.apply(admin);
    const double applySecs = t.elapsed() / 1000.0;
    const double applyCpu = bench::threadCpuSeconds() - applyCpuStart;
    if (!applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
        return 1;
    }
    qint64 minPerRep = leadCount, maxPerRep = 0;
    for (const auto &[user, n] : applied->outcome.perRep) {
        minPerRep = std::min(minPerRep, n);
        maxPerRep = std::max(maxPerRep, n);
    }
    std::printf("preview (read + decide):          %.3f s  (bare read %.3f s, ratio %.1f)\n",
        previewSecs, bareRead, previewSecs / bareRead);
    std::printf("apply (read + decide + write):    %.3f s  (bare owner UPDATE %.3f s, ratio %.1f; "
                "mark < 1 s)\n",
        applySecs, bareWrite, applySecs / bareWrite);
    std::printf(
        "  in CPU time of this thread:      %.3f s  (bare owner UPDATE %.3f s, ratio %.1f)\n",
        applyCpu, bareWriteCpu, applyCpu / bareWriteCpu);
    if (floor) {
        // What the schema alone costs for the apply: the bare owner UPDATE above plus the rows
        // the apply added (assignments, audit), written by sqlite3 into the file as it was.
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const bench::SqliteFloor::Run rows = floor->measure(location, false);
        if (rows.seconds < 0)
            return 1;
        std::printf("  schema floor: the bare owner UPDATE + sqlite3 writing the %lld rows the "
                    "apply added (%s): %.3f s; ratio apply / floor %.1f\n",
            static_cast<long long>(rows.rows), qPrintable(rows.tables), bareWrite + rows.seconds,
            applySecs / (bareWrite + rows.seconds));
    }
    std::printf("assigned %lld, unassigned %lld, reps used %zu, per rep %lld..%lld\n",
        qlonglong(applied->outcome.assigned), qlonglong(applied->outcome.unassigned),
        applied->outcome.perRep.size(), qlonglong(minPerRep), qlonglong(maxPerRep));

    // A team lead's bulk move: 20,000 leads to one rep. It moves in chunks of 2,000, each its own
    // transaction: the longest chunk is the longest another writer waits for the lock. The
    // anchor: the bare UPDATE of the same leads' owners (rolled back).
    const int moveCount = std::min(leadCount, 20000);
    std::vector<qint64> ids;
    qint64 target = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM leads ORDER BY id LIMIT %1").arg(moveCount));
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        q.exec(QStringLiteral("SELECT id FROM users WHERE login = 'rep1_3'"));
        if (q.next())
            target = q.value(0).toLongLong();
    }
    const double bareMove = bare(QStringLiteral("UPDATE leads SET owner_id = %1, version = "
                                                "version + 1 WHERE id <= %2")
                                     .arg(target)
                                     .arg(ids.empty() ? 0 : ids.back()),
        true);
    QElapsedTimer chunk;
    std::vector<double> chunks;
    t.restart();
    chunk.start();
    auto moved = routing.reassign(
        admin, ids, target, QStringLiteral("benchmark"), std::nullopt, [&](qint64) {
            chunks.push_back(chunk.elapsed() / 1000.0);
            chunk.restart();
        });
    const double moveSecs = t.elapsed() / 1000.0;
    if (!moved) {
        std::fprintf(stderr, "%s\n", qPrintable(moved.error().message));
        return 1;
    }
    // The first interval also holds the check of every lead (no write lock) and the job's record.
    const double longest
        = chunks.size() > 1 ? *std::max_element(chunks.begin() + 1, chunks.end()) : 0.0;
    std::printf("reassign %d leads:                %.3f s  (bare owner UPDATE %.3f s, ratio %.1f); "
                "%zu chunks, longest after the first %.3f s (mark < 1 s), first (with the check) "
                "%.3f s\n",
        moveCount, moveSecs, bareMove, moveSecs / bareMove, chunks.size(), longest,
        chunks.empty() ? 0.0 : chunks.front());
    return 0;
}
