// Tests sign-in and the permissions a team server enforces (server migration 1): Bantam users are
// PostgreSQL login roles with SCRAM passwords; a rep who bypasses the app with a plain SQL
// connection still cannot change another rep's lead, move an owner, touch the audit log or the
// history, raise their own role, administer logins or read another user's inbox; the app working
// as that rep (creating a lead that routing gives to another team, calls, stage moves, hand-over
// to a teammate) still works; bantam-cli refuses with core's messages; a deactivated user cannot
// connect. On a file: no logins, the chooser stays. Login roles are cluster-wide: each run makes
// its own names and drops them at the end.
#include "clock.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "people/directory.h"
#include "people/signin.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "services.h"
#include "storage/serverlocation.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#ifndef BANTAM_CLI
#error "BANTAM_CLI must be the path of the bantam-cli executable"
#endif

using namespace bantam;
using namespace bantam::testing;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-7");

// A plain SQL connection (what psql would be) to the test database as login with password,
// over TCP to 127.0.0.1 so that the server asks for the password (scram-sha-256 in pg_hba).
class RawConnection
{
public:
    RawConnection(const ServerLocation &server, const QString &login, const QString &password)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(server.port() > 0 ? server.port() : 5432);
        db.setDatabaseName(server.database());
        db.setUserName(login);
        db.setPassword(password);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Runs sql; empty on success, else the server's message.
    QString run(const QString &sql, int *rows = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                          : q.lastError().databaseText();
        if (rows && q.isSelect()) {
            *rows = 0;
            while (q.next())
                ++*rows;
        } else if (rows) {
            *rows = q.numRowsAffected();
        }
        return {};
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(BANTAM_CLI), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestServerPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileHasNoServerLogins();
    void setupLoginChooses();
    void repBypassingTheAppIsRefusedByTheServer();
    void appWorksAsRep();
    void cliAsIsRefusedWithCoresMessage();
    void cliManagesLoginsAndDeactivatedUsersCannotConnect();
    void unknownLoginIsRefused();
    void everyUserChangesTheirOwnPassword();

private:
    QString login(const QString &base) const { return base + m_suffix; }
    User makeUser(const QString &base, Role role, std::optional<qint64> team, bool withLogin);
    QString serverUrl(const QString &login, const QString &password) const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<Services> m_services;
    ServerLocation m_server;
    QString m_suffix;
    QStringList m_roles; // server logins to drop
    User m_admin, m_rep, m_mate, m_otherRep, m_lead;
    qint64 m_north = 0, m_south = 0;
};

void TestServerPermissions::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_events = std::make_unique<EventBus>();
    m_services = std::make_unique<Services>(m_t->db(), *m_events, *m_clock);
    m_suffix = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_roles.clear();
    if (TestDatabase::onServer()) {
        auto server = ServerLocation::parse(m_t->path());
        QVERIFY(server.ok());
        m_server = server.value();
    }
    const Builders make(m_t->db(), *m_clock);
    m_admin = make.user(login(QStringLiteral("boss")), Role::Admin);
    m_north = make.team(QStringLiteral("North"));
    m_south = make.team(QStringLiteral("South"));
    const bool onServer = TestDatabase::onServer();
    m_rep = makeUser(QStringLiteral("anna"), Role::Rep, m_north, onServer);
    m_mate = makeUser(QStringLiteral("ben"), Role::Rep, m_north, false);
    m_otherRep = makeUser(QStringLiteral("carla"), Role::Rep, m_south, false);
    m_lead = makeUser(QStringLiteral("tina"), Role::TeamLead, m_north, onServer);
}

User TestServerPermissions::makeUser(
    const QString &base, Role role, std::optional<qint64> team, bool withLogin)
{
    User u;
    u.login = login(base);
    u.name = base;
    u.role = role;
    u.teamId = team;
    auto added = m_services->directory().addUser(
        m_admin, u, withLogin ? std::optional<QString>(kPassword) : std::nullopt);
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    if (withLogin)
        m_roles << u.login;
    return added.value();
}

void TestServerPermissions::cleanup()
{
    m_services.reset();
    const QStringList roles = m_roles;
    const bool server = TestDatabase::onServer() && m_t && m_t->isValid();
    const ServerLocation admin = m_server;
    m_t.reset(); // drops the database first: the roles then own nothing
    if (!server)
        return;
    const QString name = QStringLiteral("drop-roles");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.withDatabase(QStringLiteral("postgres")).configure(db);
        if (db.open()) {
            for (const QString &role : roles) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TestServerPermissions::serverUrl(const QString &user, const QString &password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(user, password)
        .arg(m_server.port() > 0 ? m_server.port() : 5432)
        .arg(m_server.database());
}

void TestServerPermissions::fileHasNoServerLogins()
{
    if (TestDatabase::onServer())
        QSKIP("about database files (the SQLite run)");
    auto signedIn = signedInUser(m_t->db());
    QVERIFY(signedIn.ok());
    QVERIFY(!signedIn.value()); // the chooser stays
    auto set = m_services->directory().setPassword(m_admin, m_rep.id, kPassword);
    QVERIFY(!set.ok());
    QVERIFY2(set.error().message.contains(QStringLiteral("no server logins")),
        qPrintable(set.error().message));
    QCOMPARE(set.error().field, QStringLiteral("password"));
    User u;
    u.login = QStringLiteral("dora");
    u.role = Role::Rep;
    QVERIFY(!m_services->directory().addUser(m_admin, u, kPassword).ok());
    QVERIFY(mayActAs(std::nullopt, m_rep).ok());
}

void TestServerPermissions::setupLoginChooses()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    auto signedIn = signedInUser(m_t->db());
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QVERIFY(!signedIn.value()); // postgres: the setup login chooses, as the suite always did
    auto has = m_services->directory().hasServerLogin(m_rep);
    QVERIFY(has.ok() && has.value());
    has = m_services->directory().hasServerLogin(m_mate);
    QVERIFY(has.ok() && !has.value());
    // A SCRAM verifier, never the password.
    QVERIFY(queryValue(m_t->db(),
        QStringLiteral(
            "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'")
            .arg(m_rep.login))
                .toBool());
}

void TestServerPermissions::repBypassingTheAppIsRefusedByTheServer()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    const Builders make(m_t->db(), *m_clock);
    const Lead mine
        = make.lead().name(QStringLiteral("Mine"), QStringLiteral("Lead")).owner(m_rep).insert();
    const Lead mates
        = make.lead().name(QStringLiteral("Mate"), QStringLiteral("Lead")).owner(m_mate).insert();
    const Lead others = make.lead()
                            .name(QStringLiteral("South"), QStringLiteral("Lead"))
                            .owner(m_otherRep)
                            .insert();
    // Assignments, audit rows and inbox entries for others, as the app writes them.
    QVERIFY(
        m_services->routing().reassign(m_admin, {others.id}, m_mate.id, QStringLiteral("a")).ok());
    QVERIFY(m_services->routing()
                .reassign(m_admin, {others.id}, m_otherRep.id, QStringLiteral("b"))
                .ok());

    RawConnection wrong(m_server, m_rep.login, QStringLiteral("not-the-password"));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.error().contains(QStringLiteral("password authentication failed")),
        qPrintable(wrong.error()));

    RawConnection rep(m_server, m_rep.login, kPassword); // SCRAM over TCP
    QVERIFY2(rep.isOpen(), qPrintable(rep.error()));
    int rows = -1;
    QCOMPARE(rep.run(QStringLiteral("SELECT id FROM leads"), &rows), QString());
    QCOMPARE(rows, 3); // reading follows the app: every lead
    // What the rules allow works: their own lead's profile.
    QCOMPARE(
        rep.run(QStringLiteral("UPDATE leads SET company = 'Mine GmbH' WHERE id = %1").arg(mine.id),
            &rows),
        QString());
    QCOMPARE(rows, 1);

    const auto refused = [&rep](const QString &sql) {
        const QString error = rep.run(sql);
        if (error.isEmpty())
            qWarning("not refused: %s", qPrintable(sql));
        return !error.isEmpty();
    };
    // Another rep's lead, in the team and outside it.
    QVERIFY(refused(QStringLiteral("UPDATE leads SET company = 'X' WHERE id = %1").arg(mates.id)));
    QVERIFY(refused(QStringLiteral("UPDATE leads SET stage = 'won' WHERE id = %1").arg(others.id)));
    // Changing an owner: taking another's lead, or giving one's own outside the team.
    QVERIFY(refused(QStringLiteral("UPDATE leads SET owner_id = %1 WHERE id = %2")
                        .arg(m_rep.id)
                        .arg(others.id)));
    QVERIFY(refused(QStringLiteral("UPDATE leads SET owner_id = %1 WHERE id = %2")
                        .arg(m_otherRep.id)
                        .arg(mine.id)));
    QVERIFY(refused(QStringLiteral("DELETE FROM leads WHERE id = %1").arg(mine.id)));
    // An unassigned lead: routing may give it away on their behalf, but it is not theirs.
    const Lead open = make.lead().name(QStringLiteral("Open"), QStringLiteral("Lead")).insert();
    QVERIFY(refused(QStringLiteral("UPDATE leads SET stage = 'won' WHERE id = %1").arg(open.id)));
    QVERIFY(refused(QStringLiteral("UPDATE leads SET company = 'Y' WHERE id = %1").arg(open.id)));
    // The audit log, the history and the assignments: insert-only.
    QVERIFY(refused(
        QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)")));
    QVERIFY(refused(QStringLiteral("UPDATE audit_log SET reason = 'x'")));
    QVERIFY(refused(QStringLiteral("DELETE FROM stage_history")));
    QVERIFY(refused(QStringLiteral("UPDATE assignments SET user_id = %1").arg(m_rep.id)));
    QVERIFY(refused(
        QStringLiteral("INSERT INTO audit_log (at, actor_id, entity) VALUES (0, %1, 'lead')")
            .arg(m_admin.id)));
    // Their own role, team or another user; teams; routing rules; logins.
    QVERIFY(refused(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = current_user")));
    QVERIFY(refused(
        QStringLiteral("UPDATE users SET team_id = %1 WHERE id = %2").arg(m_south).arg(m_rep.id)));
    QVERIFY(refused(QStringLiteral("INSERT INTO teams (name) VALUES ('Mine')")));
    QVERIFY(refused(QStringLiteral("DELETE FROM routing_rules")));
    QVERIFY(refused(
        QStringLiteral("SELECT bantam_set_login('%1', 'x2345678', true)").arg(m_mate.login)));
    QVERIFY(refused(QStringLiteral("ALTER ROLE \"%1\" SUPERUSER").arg(m_rep.login)));
    // Reading what the rules keep private: another user's inbox.
    QCOMPARE(
        rep.run(QStringLiteral("SELECT id FROM inbox WHERE user_id <> %1").arg(m_rep.id), &rows),
        QString());
    QCOMPARE(rows, 0);
    QVERIFY(queryValue(m_t->db(),
                QStringLiteral("SELECT count(*) FROM inbox WHERE user_id <> %1").arg(m_rep.id))
                .toInt()
        > 0);

    // Nothing of it happened.
    QCOMPARE(
        queryValue(m_t->db(), QStringLiteral("SELECT role FROM users WHERE id = %1").arg(m_rep.id))
            .toString(),
        QStringLiteral("rep"));
    QCOMPARE(queryValue(m_t->db(),
                 QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(others.id))
                 .toLongLong(),
        m_otherRep.id);
    QCOMPARE(queryValue(
                 m_t->db(), QStringLiteral("SELECT company FROM leads WHERE id = %1").arg(mates.id))
                 .toString(),
        mates.profile.company);
    QVERIFY(queryValue(m_t->db(), QStringLiteral("SELECT count(*) FROM assignments")).toInt() == 2);

    // A team lead moves leads within the team, not out of it.
    RawConnection lead(m_server, m_lead.login, kPassword);
    QVERIFY2(lead.isOpen(), qPrintable(lead.error()));
    QCOMPARE(lead.run(QStringLiteral("UPDATE leads SET owner_id = %1 WHERE id = %2")
                          .arg(m_mate.id)
                          .arg(mine.id)),
        QString());
    QVERIFY(!lead.run(QStringLiteral("UPDATE leads SET owner_id = %1 WHERE id = %2")
                          .arg(m_lead.id)
                          .arg(others.id))
                 .isEmpty());
    QVERIFY(
        !lead.run(QStringLiteral("UPDATE users SET capacity_open = 5, role = 'admin' WHERE id = %1")
                      .arg(m_mate.id))
             .isEmpty());
    QCOMPARE(
        lead.run(QStringLiteral("UPDATE users SET capacity_open = 5 WHERE id = %1").arg(m_mate.id)),
        QString());
    QVERIFY(!lead.run(QStringLiteral("UPDATE users SET capacity_open = 5 WHERE id = %1")
                          .arg(m_otherRep.id))
                 .isEmpty());
}

void TestServerPermissions::appWorksAsRep()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    // Routing sends every new lead to the rep of the other team.
    RoutingRule rule;
    rule.name = QStringLiteral("All to South");
    rule.targetUserId = m_otherRep.id;
    QVERIFY(m_services->routingRules().add(m_admin, rule).ok());

    auto opened = Database::open(serverUrl(m_rep.login, kPassword));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = *opened.value();
    auto signedIn = signedInUser(db);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QVERIFY(signedIn.value());
    QCOMPARE(signedIn.value()->login, m_rep.login);
    QVERIFY(!mayActAs(signedIn.value(), m_admin).ok());

    EventBus events;
    const Services services(db, events, *m_clock);
    const User &me = *signedIn.value();
    // A new lead that routing gives to another team's rep, in the rep's own transaction.
    LeadProfile profile;
    profile.firstName = QStringLiteral("Nina");
    profile.lastName = QStringLiteral("Neu");
    profile.email = QStringLiteral("nina@example.com");
    auto created = services.leads().create(me, profile);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(queryValue(m_t->db(),
                 QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(created->id))
                 .toLongLong(),
        m_otherRep.id);
    QVERIFY(
        queryValue(m_t->db(),
            QStringLiteral("SELECT count(*) FROM assignments WHERE lead_id = %1").arg(created->id))
            .toInt()
        == 1);

    // Their own lead: a call logged, accepted, qualified, handed to a teammate.
    const Builders make(m_t->db(), *m_clock);
    const Lead mine = make.lead()
                          .name(QStringLiteral("Own"), QStringLiteral("Lead"))
                          .stage(Stage::Mql)
                          .owner(m_rep)
                          .insert();
    auto logged = services.leads().logActivity(
        me, mine.id, QStringLiteral("call"), QStringLiteral("reached"));
    QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().message));
    StageChange accept;
    accept.leadId = mine.id;
    accept.action = PipelineAction::Accept;
    auto accepted = services.pipeline().change(me, accept);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    auto handed = services.routing().reassign(me, {mine.id}, m_mate.id, QStringLiteral("holiday"));
    QVERIFY2(handed.ok(), qPrintable(handed.ok() ? QString() : handed.error().message));
    QCOMPARE(queryValue(
                 m_t->db(), QStringLiteral("SELECT owner_id FROM leads WHERE id = %1").arg(mine.id))
                 .toLongLong(),
        m_mate.id);
    // Core's refusal comes first, with core's message.
    auto again = services.routing().reassign(me, {mine.id}, m_rep.id, QStringLiteral("back"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("not yours")),
        qPrintable(again.error().message));
}

void TestServerPermissions::cliAsIsRefusedWithCoresMessage()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    const Builders make(m_t->db(), *m_clock);
    const Lead others = make.lead()
                            .name(QStringLiteral("South"), QStringLiteral("Lead"))
                            .owner(m_otherRep)
                            .insert();
    const QString db = m_t->path(); // the setup login: --as chooses, core refuses
    const QString as = m_rep.login;
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("--as"), as,
        QStringLiteral("reassign"), QString::number(others.id), QStringLiteral("--to"), as,
        QStringLiteral("--reason"), QStringLiteral("mine")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("you may only reassign your own leads")), qPrintable(r.err));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--as"), as, QStringLiteral("users"),
        QStringLiteral("set"), as, QStringLiteral("--role"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not manage users")), qPrintable(r.err));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--as"), as, QStringLiteral("stage"),
        QString::number(others.id), QStringLiteral("disqualified"), QStringLiteral("--reason"),
        QStringLiteral("no_budget")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("you may only work on your own leads")), qPrintable(r.err));

    // Connected as the rep: that is who acts; --as someone else is refused.
    const QString asRep = serverUrl(m_rep.login, kPassword);
    r = cli({QStringLiteral("--db"), asRep, QStringLiteral("--as"), m_admin.login,
        QStringLiteral("users"), QStringLiteral("set"), as, QStringLiteral("--role"),
        QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("connected to the team database as %1").arg(as)),
        qPrintable(r.err));
    r = cli({QStringLiteral("--db"), asRep, QStringLiteral("users"), QStringLiteral("set"), as,
        QStringLiteral("--role"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not manage users")), qPrintable(r.err));
    QCOMPARE(
        queryValue(m_t->db(), QStringLiteral("SELECT role FROM users WHERE id = %1").arg(m_rep.id))
            .toString(),
        QStringLiteral("rep"));
}

void TestServerPermissions::cliManagesLoginsAndDeactivatedUsersCannotConnect()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    const QString db = m_t->path();
    const QString dora = login(QStringLiteral("dora"));
    m_roles << dora;
    CliRun r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), m_admin.login, QStringLiteral("users"),
            QStringLiteral("add"), dora, QStringLiteral("--role"), QStringLiteral("rep"),
            QStringLiteral("--team"), QStringLiteral("North"), QStringLiteral("--password-prompt")},
        kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        RawConnection conn(m_server, dora, kPassword);
        QVERIFY2(conn.isOpen(), qPrintable(conn.error()));
    }
    // A new password replaces the old.
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), m_admin.login, QStringLiteral("users"),
            QStringLiteral("set"), dora, QStringLiteral("--password-prompt")},
        QByteArray("Another-Pass-9\n"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!RawConnection(m_server, dora, kPassword).isOpen());
    QVERIFY(RawConnection(m_server, dora, QStringLiteral("Another-Pass-9")).isOpen());
    // Too short: core's message, nothing changed.
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), m_admin.login, QStringLiteral("users"),
            QStringLiteral("set"), dora, QStringLiteral("--password-prompt")},
        QByteArray("short\n"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));

    // Deactivated: the server refuses the login (NOLOGIN) …
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), m_admin.login, QStringLiteral("users"),
            QStringLiteral("set"), dora, QStringLiteral("--active"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    RawConnection refused(m_server, dora, QStringLiteral("Another-Pass-9"));
    QVERIFY(!refused.isOpen());
    QVERIFY2(refused.error().contains(QStringLiteral("not permitted to log in")),
        qPrintable(refused.error()));
    r = cli({QStringLiteral("--db"), serverUrl(dora, QStringLiteral("Another-Pass-9")),
        QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not permitted to log in")), qPrintable(r.err));
    // … and active again, they are back.
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), m_admin.login, QStringLiteral("users"),
            QStringLiteral("set"), dora, QStringLiteral("--active"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(RawConnection(m_server, dora, QStringLiteral("Another-Pass-9")).isOpen());

    // Deactivated in Bantam while the login still works (changed behind Bantam's back): the
    // app says so, and the server lets them do nothing.
    QVERIFY(queryValue(m_t->db(),
        QStringLiteral("UPDATE users SET active = 0 WHERE login = '%1' RETURNING id").arg(dora))
                .isValid());
    auto opened = Database::open(serverUrl(dora, QStringLiteral("Another-Pass-9")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    auto signedIn = signedInUser(*opened.value());
    QVERIFY(!signedIn.ok());
    QVERIFY2(signedIn.error().message.contains(QStringLiteral("deactivated")),
        qPrintable(signedIn.error().message));
    RawConnection stale(m_server, dora, QStringLiteral("Another-Pass-9"));
    int rows = -1;
    QCOMPARE(stale.run(QStringLiteral("SELECT id FROM leads"), &rows), QString());
    QCOMPARE(rows, 0);
}

void TestServerPermissions::unknownLoginIsRefused()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    const QString stranger = login(QStringLiteral("stranger"));
    m_roles << stranger;
    {
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(stranger, kPassword)));
    }
    auto opened = Database::open(serverUrl(stranger, kPassword));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("is not a Bantam user")),
        qPrintable(opened.error().message));
    const CliRun r = cli({QStringLiteral("--db"), serverUrl(stranger, kPassword),
        QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("ask an administrator to add it")), qPrintable(r.err));
    // And the server gives a stranger nothing.
    RawConnection conn(m_server, stranger, kPassword);
    QVERIFY(conn.isOpen());
    QVERIFY(!conn.run(QStringLiteral("SELECT id FROM leads")).isEmpty());
}

void TestServerPermissions::everyUserChangesTheirOwnPassword()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    const QString anna = serverUrl(m_rep.login, kPassword);
    const QString fresh = QStringLiteral("New-Secret-42");
    const QStringList change {
        QStringLiteral("--db"), anna, QStringLiteral("users"), QStringLiteral("password")};
    // A wrong current password: refused, nothing changed.
    CliRun r = cli(change, QByteArray("Not-My-Pass-1\n") + fresh.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("current password is not right")), qPrintable(r.err));
    QVERIFY(RawConnection(m_server, m_rep.login, kPassword).isOpen());
    // Too short: core's message.
    r = cli(change, kPassword.toUtf8() + "\nshort\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));
    // Right: the rep (no admin) changes their own; the old one no longer signs in.
    r = cli(change, kPassword.toUtf8() + '\n' + fresh.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!RawConnection(m_server, m_rep.login, kPassword).isOpen());
    RawConnection conn(m_server, m_rep.login, fresh);
    QVERIFY2(conn.isOpen(), qPrintable(conn.error()));
    QVERIFY(queryValue(m_t->db(),
                QStringLiteral(
                    "SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = %1 "
                    "AND field = 'password' AND new_value = 'changed' AND actor_id = %1")
                    .arg(m_rep.id))
                .toInt()
        == 1);
    // Someone else's password stays out of reach, through Bantam's function and plain SQL.
    QVERIFY(!conn.run(QStringLiteral("SELECT bantam_set_login('%1', 'Taken-Over-1', NULL)")
                          .arg(m_lead.login))
                 .isEmpty());
    QVERIFY(!conn.run(QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'Taken-Over-1'").arg(m_lead.login))
                 .isEmpty());
    QVERIFY(RawConnection(m_server, m_lead.login, kPassword).isOpen());
    // The setup login is the server's to manage: refused in core and by the server.
    auto setup = m_services->directory().changeOwnPassword(m_admin, kPassword, fresh);
    QVERIFY(!setup.ok());
    QCOMPARE(setup.error().kind, Error::Kind::Forbidden);
    QVERIFY2(setup.error().message.contains(QStringLiteral("set the team database up")),
        qPrintable(setup.error().message));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT bantam_set_own_password('Whatever-123')")));
    QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("administration login")),
        qPrintable(q.lastError().databaseText()));
}

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "tst_serverpermissions.moc"
