#include "support/testdatabase.h"

#include "support/sqldump.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace bantam::testing {

namespace {

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run
// inside a database they concern). Empty on success, else the server's message.
QString onServer(const ServerLocation &admin, const QString &statement)
{
    const QString name = QStringLiteral("bantam-test-admin-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.configure(db);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Drops a test database and the group role its server migration made (roles are cluster-wide
// and outlive the database).
void dropServerDatabase(const ServerLocation &admin, const QString &name)
{
    onServer(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    onServer(admin, QStringLiteral("DROP ROLE IF EXISTS bantam_users_%1").arg(name));
}

} // namespace

QString TestDatabase::serverFromEnvironment()
{
    if (qEnvironmentVariable("BANTAM_TEST_ENGINE") != QLatin1String("postgres"))
        return {};
    return qEnvironmentVariable("BANTAM_TEST_POSTGRES");
}

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("BANTAM_TEST_ENGINE") == QLatin1String("postgres");
}

TestDatabase::TestDatabase()
    : TestDatabase(Database::Options {})
{ }

TestDatabase::TestDatabase(const Database::Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    if (onServer()) {
        // The PostgreSQL runs (*_pg): a new database on the test server per object.
        const QString server = serverFromEnvironment();
        if (server.isEmpty()) {
            m_error = QStringLiteral("BANTAM_TEST_POSTGRES is not set: the *_pg tests need a "
                                     "PostgreSQL server (.ci/setup.sh test starts one)");
            return;
        }
        auto admin = ServerLocation::parse(server);
        if (!admin) {
            m_error = admin.error().message;
            return;
        }
        m_admin = admin.value();
        m_serverDatabase
            = QStringLiteral("bantam_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_error = bantam::testing::onServer(
            m_admin, QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
        if (!m_error.isEmpty())
            return;
        m_path = m_admin.withDatabase(m_serverDatabase).urlWithoutPassword();
        reopen(options);
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("bantam.sqlite"));
    // The *_upgraded runs: start from a database an earlier Bantam created (a test that asks for
    // an older schema version gets an empty file as before).
    const QString baseDump = baseDumpFromEnvironment();
    if (!baseDump.isEmpty() && options.migrateUpTo < 0) {
        m_error = loadSqlDump(baseDump, m_path);
        if (!m_error.isEmpty())
            return;
    }
    reopen(options);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        dropServerDatabase(m_admin, m_serverDatabase);
}

void TestDatabase::close()
{
    m_db.reset();
}

bool TestDatabase::reopen(const Database::Options &options)
{
    m_db.reset();
    auto opened = Database::open(m_path, options);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_error.clear();
    m_db = std::move(opened).value();
    return true;
}

DatabaseLocations::DatabaseLocations(const QString &folder)
    : m_folder(folder)
{
    if (TestDatabase::onServer()) {
        if (auto admin = ServerLocation::parse(TestDatabase::serverFromEnvironment()))
            m_admin = admin.value();
    }
}

DatabaseLocations::~DatabaseLocations()
{
    for (const QString &name : std::as_const(m_created))
        dropServerDatabase(m_admin, name);
}

QString DatabaseLocations::next(const QString &fileName)
{
    if (!TestDatabase::onServer())
        return QDir(m_folder).filePath(fileName);
    const QString name
        = QStringLiteral("bantam_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString error = onServer(m_admin, QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!error.isEmpty())
        qWarning("Cannot create a test database on the server: %s", qPrintable(error));
    m_created << name;
    return m_admin.withDatabase(name).urlWithoutPassword();
}

QVariant queryValue(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

QStringList tableRows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {QStringLiteral("cannot read %1").arg(table)};
    QStringList out;
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < q.record().count(); ++i)
            r << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        out << r.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

namespace {
// The table's indexes (not a primary key's), each as its name or as "name: definition", sorted.
QStringList indexes(const Database &db, const QString &table, bool definitions)
{
    QSqlQuery q(db.connection());
    if (db.isServer()) {
        q.prepare(definitions
                ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE "
                                 "tablename = :t AND schemaname = current_schema() AND indexname "
                                 "<> :pkey")
                : QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = :t AND "
                                 "schemaname = current_schema() AND indexname <> :pkey"));
        q.bindValue(QStringLiteral(":pkey"), table + QStringLiteral("_pkey"));
    } else {
        q.prepare(definitions
                ? QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = "
                                 "'index' AND tbl_name = :t AND name NOT LIKE 'sqlite_autoindex%'")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = :t AND name NOT LIKE 'sqlite_autoindex%'"));
    }
    q.bindValue(QStringLiteral(":t"), table);
    if (!q.exec())
        return {QStringLiteral("cannot read the indexes of %1").arg(table)};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    out.sort();
    return out;
}
} // namespace

QStringList indexNames(const Database &db, const QString &table)
{
    return indexes(db, table, false);
}

QStringList indexDefinitions(const Database &db, const QString &table)
{
    return indexes(db, table, true);
}

} // namespace bantam::testing
