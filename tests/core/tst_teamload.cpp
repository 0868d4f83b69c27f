// The team load test: several client processes (default 8) work on one database at once for a
// while (default 8 s; BANTAM_LOAD_CLIENTS, BANTAM_LOAD_SECONDS), each a different user doing a
// mix of stage moves, logged calls, profile edits and reassignments on the same 50 leads, and
// logging every operation with its outcome. Afterwards the test checks that every acknowledged
// write is in the database, that no invariant is broken (each lead's stage is its last history
// row's, its owner its last assignment's, every history row has its audit row) and that every
// refusal was a clear conflict message (no storage error, no lock timeout), and prints the
// throughput and the conflicts. Runs on a file (several processes on one WAL file) and, as
// tst_teamload_pg, on the team database.
//
//   BANTAM_LOAD_SECONDS=60 build/tests/tst_teamload            (the 60-second run on a file)
//
// The same executable is the client: tst_teamload --client N --db LOCATION --seconds S --log F.
#include "clock.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace bantam;
using namespace bantam::testing;

namespace {

constexpr int kLeads = 50;
constexpr int kReps = 3;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return QStringLiteral("invalid");
    case Error::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Kind::NotFound:
        return QStringLiteral("notfound");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::Storage:
        break;
    }
    return QStringLiteral("storage");
}

// One client: a user of its own, random operations on the shared leads until the time is up.
int runClient(int client, const QString &location, int seconds, const QString &logPath)
{
    auto db = Database::open(location);
    if (!db) {
        qCritical("client %d: %s", client, qPrintable(db.error().message));
        return 2;
    }
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 2;
    EventBus events;
    SystemClock clock;
    Services services(*db.value(), events, clock);
    auto me = UserRepository(*db.value()).byLogin(QStringLiteral("load%1").arg(client));
    auto all = UserRepository(*db.value()).all();
    if (!me || !all)
        return 2;
    std::vector<qint64> reps;
    for (const User &u : all.value()) {
        if (u.role == Role::Rep)
            reps.push_back(u.id);
    }
    std::map<QString, QString> firstReason;
    for (const char *kind : {"disqualify", "reject", "recycle", "lost"}) {
        auto list = ReasonRepository(*db.value()).list(QString::fromLatin1(kind));
        if (list && !list->empty())
            firstReason[QString::fromLatin1(kind)] = list->front().code;
    }
    QRandomGenerator random(quint32(client) * 7919u + 17u);
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        const qint64 leadId = 1 + random.bounded(kLeads);
        auto read = LeadRepository(*db.value()).byId(leadId);
        if (!read)
            continue;
        const Lead lead = read.value();
        QJsonObject entry {{QStringLiteral("client"), client}, {QStringLiteral("actor"), me->id},
            {QStringLiteral("lead"), leadId}};
        const int pick = random.bounded(10);
        Result<void> outcome;
        if (pick < 4) {
            const auto moves = services.pipeline().allowedMoves(me.value(), lead);
            if (moves.empty())
                continue;
            const Transition &t = moves[random.bounded(int(moves.size()))];
            StageChange change;
            change.leadId = leadId;
            change.action = t.action;
            change.expectedVersion = lead.version;
            if (t.reason == ReasonRule::FromList)
                change.reason = firstReason[t.reasonKind];
            else if (t.reason == ReasonRule::RequiredText)
                change.reason = QStringLiteral("Lasttest");
            if (t.needsRecontactDate)
                change.recontactOn = clock.now().date().addDays(14);
            entry[QStringLiteral("op")] = QStringLiteral("stage");
            entry[QStringLiteral("action")] = actionKey(t.action);
            auto r = services.pipeline().change(me.value(), change);
            outcome = r ? Result<void>() : Result<void>(r.error());
        } else if (pick < 6) {
            entry[QStringLiteral("op")] = QStringLiteral("call");
            outcome = services.leads().logActivity(
                me.value(), leadId, QStringLiteral("call"), QStringLiteral("Lasttest"));
        } else if (pick < 8) {
            LeadProfile mine = lead.profile;
            mine.company = QStringLiteral("Firma %1-%2").arg(client).arg(++n);
            entry[QStringLiteral("op")] = QStringLiteral("profile");
            entry[QStringLiteral("company")] = mine.company;
            auto r = services.leads().saveProfile(me.value(), leadId, mine, lead.profile);
            if (r && !r->conflicts.empty())
                outcome = Error::conflict(QStringLiteral("Lead %1: %2 changed by someone else")
                                              .arg(leadId)
                                              .arg(r->conflicts.front().label));
            else
                outcome = r ? Result<void>() : Result<void>(r.error());
        } else {
            const qint64 target = reps[random.bounded(int(reps.size()))];
            entry[QStringLiteral("op")] = QStringLiteral("reassign");
            entry[QStringLiteral("to")] = target;
            auto r = services.routing().reassign(
                me.value(), {leadId}, target, QStringLiteral("Lasttest"));
            if (r)
                entry[QStringLiteral("moved")] = r.value();
            outcome = r ? Result<void>() : Result<void>(r.error());
        }
        entry[QStringLiteral("ok")] = bool(outcome);
        if (!outcome) {
            entry[QStringLiteral("kind")] = kindName(outcome.error().kind);
            entry[QStringLiteral("message")] = outcome.error().message;
        }
        log.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        log.flush(); // acknowledged = written here after the service returned
    }
    return 0;
}

} // namespace

class TestTeamLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eightClientsOnFiftyLeads();
};

void TestTeamLoad::eightClientsOnFiftyLeads()
{
    const int clients = envInt("BANTAM_LOAD_CLIENTS", 8);
    const int seconds = envInt("BANTAM_LOAD_SECONDS", 8);
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    SystemClock clock;
    EventBus events;
    Services services(t.db(), events, clock);
    Builders make(t.db(), clock);
    const qint64 team = make.team(QStringLiteral("Inside Sales Nord"));
    const User setup = make.user(QStringLiteral("setup"), Role::Admin);
    for (int c = 1; c <= clients; ++c)
        make.user(QStringLiteral("load%1").arg(c), Role::Admin, std::nullopt, true,
            QStringLiteral("Load Tester %1").arg(c));
    std::vector<User> reps;
    for (int r = 1; r <= kReps; ++r)
        reps.push_back(make.user(QStringLiteral("rep%1").arg(r), Role::Rep, team));
    // 50 MQLs, each with its promotion in the history and an owner by assignment.
    for (int i = 1; i <= kLeads; ++i) {
        const Lead l = make.lead()
                           .name(QStringLiteral("Lead"), QString::number(i))
                           .email(QStringLiteral("lead%1@example.de").arg(i))
                           .insert();
        QCOMPARE(l.id, qint64(i));
        StageChange promote;
        promote.leadId = l.id;
        promote.action = PipelineAction::Promote;
        QVERIFY(services.pipeline().change(setup, promote));
        QVERIFY(services.routing().reassign(
            setup, {l.id}, reps[i % kReps].id, QStringLiteral("Start")));
    }

    // The clients.
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList logs;
    for (int c = 1; c <= clients; ++c) {
        logs << t.filePath(QStringLiteral("client%1.log").arg(c));
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--client"), QString::number(c), QStringLiteral("--db"), t.path(),
                QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--log"),
                logs.back()});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished((seconds + 60) * 1000));
        QCOMPARE(p->exitCode(), 0);
    }

    // What the clients were told.
    std::map<QString, int> acked; // key -> count
    std::map<QString, int> refusals;
    QStringList unclear;
    int total = 0, ok = 0;
    for (const QString &path : std::as_const(logs)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd()) {
            const QJsonObject e = QJsonDocument::fromJson(f.readLine()).object();
            ++total;
            const QString op = e.value(QStringLiteral("op")).toString();
            const QString lead = QString::number(e.value(QStringLiteral("lead")).toInteger());
            const QString actor = QString::number(e.value(QStringLiteral("actor")).toInteger());
            if (!e.value(QStringLiteral("ok")).toBool()) {
                const QString kind = e.value(QStringLiteral("kind")).toString();
                const QString message = e.value(QStringLiteral("message")).toString();
                ++refusals[op + QLatin1Char('/') + kind];
                // Clear: a conflict or a move no longer possible, naming the lead.
                if ((kind != QLatin1String("conflict") && kind != QLatin1String("invalid"))
                    || !message.contains(QStringLiteral("Lead %1").arg(lead)))
                    unclear << op + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
                continue;
            }
            ++ok;
            if (op == QLatin1String("stage")) {
                ++acked[QStringLiteral("stage ") + lead + QLatin1Char(' ')
                    + e.value(QStringLiteral("action")).toString() + QLatin1Char(' ') + actor];
            } else if (op == QLatin1String("call")) {
                ++acked[QStringLiteral("call ") + lead + QLatin1Char(' ') + actor];
            } else if (op == QLatin1String("reassign")) {
                if (e.value(QStringLiteral("moved")).toInteger() == 1)
                    ++acked[QStringLiteral("reassign ") + lead + QLatin1Char(' ')
                        + QString::number(e.value(QStringLiteral("to")).toInteger())
                        + QLatin1Char(' ') + actor];
            } else if (op == QLatin1String("profile")) {
                ++acked[QStringLiteral("profile ") + lead + QLatin1Char(' ')
                    + e.value(QStringLiteral("company")).toString() + QLatin1Char(' ') + actor];
            }
        }
    }
    QVERIFY2(unclear.isEmpty(), qPrintable(unclear.mid(0, 10).join(QLatin1Char('\n'))));

    // What the database holds (the setup's own rows left out by its actor).
    std::map<QString, int> stored;
    const QString setupId = QString::number(setup.id);
    auto collect = [&](const QString &sql) {
        QSqlQuery q(t.db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
        while (q.next())
            stored[q.value(0).toString()] += q.value(1).toInt();
    };
    const QString cat = QStringLiteral("||");
    collect(QStringLiteral("SELECT 'stage ' %1 lead_id %1 ' ' %1 action %1 ' ' %1 actor_id, "
                           "count(*) FROM stage_history WHERE actor_id <> %2 "
                           "GROUP BY lead_id, action, actor_id")
                .arg(cat, setupId));
    collect(QStringLiteral("SELECT 'call ' %1 lead_id %1 ' ' %1 user_id, count(*) FROM "
                           "activities WHERE type = 'call' GROUP BY lead_id, user_id")
                .arg(cat));
    collect(QStringLiteral("SELECT 'reassign ' %1 lead_id %1 ' ' %1 user_id %1 ' ' %1 actor_id, "
                           "count(*) FROM assignments WHERE actor_id <> %2 AND kind = 'reassign' "
                           "GROUP BY lead_id, user_id, actor_id")
                .arg(cat, setupId));
    collect(QStringLiteral("SELECT 'profile ' %1 entity_id %1 ' ' %1 new_value %1 ' ' %1 "
                           "actor_id, count(*) FROM audit_log WHERE entity = 'lead' AND "
                           "field = 'company' GROUP BY entity_id, new_value, actor_id")
                .arg(cat));
    QStringList lost, unacknowledged;
    for (const auto &[key, count] : acked) {
        if (stored[key] != count)
            lost << QStringLiteral("%1: acknowledged %2, stored %3")
                        .arg(key)
                        .arg(count)
                        .arg(stored[key]);
    }
    for (const auto &[key, count] : stored) {
        if (count > 0 && acked.find(key) == acked.end())
            unacknowledged << key;
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.mid(0, 10).join(QLatin1Char('\n'))));
    QVERIFY2(
        unacknowledged.isEmpty(), qPrintable(unacknowledged.mid(0, 10).join(QLatin1Char('\n'))));

    // The invariants.
    QCOMPARE(queryValue(t.db(),
                 QStringLiteral("SELECT count(*) FROM leads l WHERE l.stage <> (SELECT h.to_stage "
                                "FROM stage_history h WHERE h.lead_id = l.id ORDER BY h.id DESC "
                                "LIMIT 1)"))
                 .toInt(),
        0);
    QCOMPARE(queryValue(t.db(),
                 QStringLiteral("SELECT count(*) FROM leads l WHERE COALESCE(l.owner_id, 0) <> "
                                "COALESCE((SELECT a.user_id FROM assignments a WHERE a.lead_id = "
                                "l.id ORDER BY a.id DESC LIMIT 1), 0)"))
                 .toInt(),
        0);
    QCOMPARE(queryValue(t.db(),
                 QStringLiteral("SELECT count(*) FROM stage_history h WHERE h.action <> 'create' "
                                "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = "
                                "'lead' AND a.entity_id = h.lead_id AND a.at = h.changed_at AND "
                                "a.actor_id = h.actor_id AND a.field IN ('stage', 'accepted'))"))
                 .toInt(),
        0);

    int conflicts = 0;
    QStringList byKind;
    for (const auto &[key, count] : refusals) {
        conflicts += count;
        byKind << QStringLiteral("%1 %2").arg(key).arg(count);
    }
    qInfo().noquote() << QStringLiteral(
        "Team load on %1: %2 clients x %3 s, %4 operations (%5/s), %6 acknowledged, %7 refused "
        "as conflicts (%8); every acknowledged write stored, invariants hold.")
                             .arg(t.db().isServer() ? QStringLiteral("PostgreSQL")
                                                    : QStringLiteral("SQLite (WAL)"))
                             .arg(clients)
                             .arg(seconds)
                             .arg(total)
                             .arg(double(total) / seconds, 0, 'f', 1)
                             .arg(ok)
                             .arg(conflicts)
                             .arg(byKind.join(QStringLiteral(", ")));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int client = args.indexOf(QStringLiteral("--client"));
    if (client > 0) {
        auto value = [&](const char *name) {
            const int i = args.indexOf(QString::fromLatin1(name));
            return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
        };
        return runClient(
            value("--client").toInt(), value("--db"), value("--seconds").toInt(), value("--log"));
    }
    TestTeamLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamload.moc"
