// Tests a team database on a PostgreSQL server (registered as tst_teamdatabase_pg only): where
// the schema version lives, refusing what is not (or not yet) ours, two clients migrating at
// once, and the messages for a wrong address or an unreachable server. Reading addresses the
// way libpq does (ServerLocation) needs no server and runs in every run.
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/serverlocation.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <thread>

using namespace bantam;
using namespace bantam::testing;

namespace {

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesAreReadAsLibpqReadsThem();
    void badAddressIsNamed();
    void freshDatabaseRecordsItsVersion();
    void newerVersionIsRefused();
    void otherProgramsDatabaseIsRefused();
    void twoClientsMigrateOnce();
    void olderVersionIsBackedUpThenMigrated();
    void lostConnectionIsOpenedAgain();
    void unreachableServerIsNamed();
    void missingDatabaseIsNamed();
};

void TestTeamDatabase::addressesAreReadAsLibpqReadsThem()
{
    auto url = ServerLocation::parse(
        QStringLiteral("postgresql://kschulz:geheim@db.example:5433/bantam?sslmode=require"));
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    QCOMPARE(url->host(), QStringLiteral("db.example"));
    QCOMPARE(url->port(), 5433);
    QCOMPARE(url->database(), QStringLiteral("bantam"));
    QCOMPARE(url->user(), QStringLiteral("kschulz"));
    QCOMPARE(url->password(), QStringLiteral("geheim"));
    QCOMPARE(url->options(), QStringLiteral("sslmode='require'"));
    // What a title bar or a recent-connections list shows never holds the password.
    QCOMPARE(url->displayName(), QStringLiteral("kschulz@db.example:5433/bantam"));
    QVERIFY(!url->urlWithoutPassword().contains(QLatin1String("geheim")));
    auto again = ServerLocation::parse(url->urlWithoutPassword());
    QVERIFY(again.ok());
    QCOMPARE(again->host(), url->host());
    QCOMPARE(again->database(), url->database());
    QCOMPARE(again->options(), url->options());

    // A socket folder, as psql takes it.
    auto socket = ServerLocation::parse(
        QStringLiteral("postgresql:///bantam?host=/run/postgresql&port=5432&user=anna"));
    QVERIFY(socket.ok());
    QCOMPARE(socket->host(), QStringLiteral("/run/postgresql"));
    auto back = ServerLocation::parse(socket->urlWithoutPassword());
    QVERIFY(back.ok());
    QCOMPARE(back->host(), QStringLiteral("/run/postgresql"));
    QCOMPARE(back->user(), QStringLiteral("anna"));

    // Keyword strings work too; files stay files.
    QVERIFY(ServerLocation::isServer(QStringLiteral("host=db dbname=bantam")));
    QVERIFY(ServerLocation::isServer(QStringLiteral("postgres://db/bantam")));
    QVERIFY(!ServerLocation::isServer(QStringLiteral("/home/anna/bantam.sqlite")));
    QVERIFY(!ServerLocation::isServer(QStringLiteral("C:/Users/anna/bantam.sqlite")));
    QVERIFY(!ServerLocation::isServer(QStringLiteral("leads=2024.sqlite")));
    // What the Open team database dialog builds, with a socket folder and a quote.
    const QString typed = ServerLocation::keywords(QStringLiteral("/run/postgresql"), 5432,
        QStringLiteral("bantam"), QStringLiteral("anna"), QStringLiteral("it's s\\ecret"));
    QVERIFY(ServerLocation::isServer(typed));
    auto form = ServerLocation::parse(typed);
    QVERIFY(form.ok());
    QCOMPARE(form->host(), QStringLiteral("/run/postgresql"));
    QCOMPARE(form->password(), QStringLiteral("it's s\\ecret"));
    QVERIFY(!form->displayName().contains(QLatin1String("secret")));
}

void TestTeamDatabase::badAddressIsNamed()
{
    auto bad = Database::open(QStringLiteral("postgresql://db.example:notaport/bantam"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QLatin1String("postgresql://db.example:notaport")),
        qPrintable(bad.error().message));
    QCOMPARE(bad.error().field, QStringLiteral("database"));
}

void TestTeamDatabase::freshDatabaseRecordsItsVersion()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QVERIFY(t.db().isServer());
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(queryValue(t.db(), QStringLiteral("SELECT version FROM bantam_schema")).toInt(),
        Database::latestSchemaVersion());
    QCOMPARE(queryValue(t.db(), QStringLiteral("SELECT count(*) FROM bantam_schema")).toInt(), 1);
    QVERIFY2(!t.db().displayName().contains(QLatin1String("postgresql://")),
        qPrintable(t.db().displayName()));
    // Opening it again changes nothing.
    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(t.db().backupPath(), QString());
}

void TestTeamDatabase::newerVersionIsRefused()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QVERIFY(exec(t.db(), QStringLiteral("UPDATE bantam_schema SET version = 99")));
    const QString display = t.db().displayName();
    t.close();

    auto opened = Database::open(t.path());
    QVERIFY(!opened.ok());
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QLatin1String("99")), qPrintable(message));
    QVERIFY2(
        message.contains(QString::number(Database::latestSchemaVersion())), qPrintable(message));
    QVERIFY2(message.contains(display), qPrintable(message));
    QCOMPARE(opened.error().field, QStringLiteral("database"));
}

void TestTeamDatabase::otherProgramsDatabaseIsRefused()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    DatabaseLocations locations(QDir::tempPath());
    const QString location = locations.next(QStringLiteral("other"));
    {
        // Another program's table in an otherwise empty database.
        Database::Options upToNothing;
        upToNothing.migrateUpTo = 0;
        auto raw = Database::open(location, upToNothing);
        QVERIFY2(raw.ok(), raw.ok() ? "" : qPrintable(raw.error().message));
        QVERIFY(
            exec(*raw.value(), QStringLiteral("CREATE TABLE invoices (id int, total numeric)")));
        QVERIFY(exec(*raw.value(), QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)")));
    }
    auto opened = Database::open(location);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("not a Bantam database")),
        qPrintable(opened.error().message));
    // Refused means untouched: no Bantam table was created next to theirs.
    Database::Options upToNothing;
    upToNothing.migrateUpTo = 0;
    auto look = Database::open(location, upToNothing);
    QVERIFY(!look.ok()); // still refused, so nothing could be written
    QVERIFY(look.error().message.contains(QLatin1String("not a Bantam database")));
}

void TestTeamDatabase::twoClientsMigrateOnce()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    DatabaseLocations locations(QDir::tempPath());
    const QString location = locations.next(QStringLiteral("both"));
    QString errors[2];
    auto open = [&location, &errors](int i) {
        auto db = Database::open(location);
        if (!db)
            errors[i] = db.error().message;
    };
    std::thread a(open, 0), b(open, 1);
    a.join();
    b.join();
    QCOMPARE(errors[0], QString());
    QCOMPARE(errors[1], QString());
    auto db = Database::open(location);
    QVERIFY(db.ok());
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    // Seed rows exist once, not twice: the second client found the schema up to date.
    TestDatabase single;
    QVERIFY2(single.isValid(), qPrintable(single.errorMessage()));
    for (const char *table : {"reasons", "sla_policies", "holidays"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(queryValue(*db.value(), count).toInt(), queryValue(single.db(), count).toInt());
    }
}

void TestTeamDatabase::olderVersionIsBackedUpThenMigrated()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    QStandardPaths::setTestModeEnabled(true); // the snapshot goes to the data folder
    Database::Options upTo1;
    upTo1.migrateUpTo = 1;
    TestDatabase t(upTo1);
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), 1);
    QVERIFY(exec(t.db(),
        QStringLiteral("INSERT INTO users (login, name, role, created_at) "
                       "VALUES ('kschulz', 'Katrin Schulz', 'rep', 0)")));
    t.close();

    // Opening it migrates, after a snapshot of version 1 that pg_restore reads back.
    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    const QString backup = t.db().backupPath();
    QVERIFY2(
        backup.contains(QLatin1String(".v1-")) && QFileInfo::exists(backup), qPrintable(backup));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "PGDMP");
    f.close();

    DatabaseLocations locations(QDir::tempPath());
    const QString restored = locations.next(QStringLiteral("restored"));
    auto r = DatabaseBackup::restore(backup, restored);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    auto db = Database::open(restored); // restore() opened and migrated it already
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE(
        queryValue(*db.value(), QStringLiteral("SELECT name FROM users WHERE login = 'kschulz'"))
            .toString(),
        QStringLiteral("Katrin Schulz"));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QFile::remove(backup);
}

void TestTeamDatabase::lostConnectionIsOpenedAgain()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    const qint64 pid = queryValue(t.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    {
        // What a server restart does to a session: its backend goes away.
        TestDatabase other;
        QVERIFY(other.isValid());
        QVERIFY(queryValue(other.db(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid))
                    .toBool());
    }
    // The statement that meets the break fails with a message...
    QSqlQuery broken(t.db().connection());
    QVERIFY(!broken.exec(QStringLiteral("SELECT count(*) FROM leads")));
    // ...and the next use of the database has a new connection.
    QCOMPARE(queryValue(t.db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    QVERIFY(queryValue(t.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong() != pid);
}

void TestTeamDatabase::unreachableServerIsNamed()
{
    // A port where nothing listens (1, tcpmux, is unused on any machine that runs the tests):
    // refused at once, with the address in the message.
    const int port = 1;
    const QString location
        = QStringLiteral("postgresql://bantam@127.0.0.1:%1/bantam?connect_timeout=5").arg(port);
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(location);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("127.0.0.1:%1/bantam").arg(port)),
        qPrintable(opened.error().message));
    QVERIFY(timer.elapsed() < 10000);
}

void TestTeamDatabase::missingDatabaseIsNamed()
{
    if (!TestDatabase::onServer())
        QSKIP("needs the PostgreSQL test server (the *_pg run)");
    auto admin = ServerLocation::parse(TestDatabase::serverFromEnvironment());
    QVERIFY(admin.ok());
    const QString location
        = admin->withDatabase(QStringLiteral("bantam_does_not_exist")).urlWithoutPassword();
    auto opened = Database::open(location);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("bantam_does_not_exist")),
        qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
