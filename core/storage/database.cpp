#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace bantam {

Database::Database(Dialect dialect, QString path)
    : m_dialect(dialect)
    , m_path(std::move(path))
    , m_prefix(QStringLiteral("bantam-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_mainThread(QThread::currentThread())
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("bantam.sqlite"));
}

int Database::latestSchemaVersion()
{
    return migrations(Dialect::Sqlite).back().version;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    return openSqlite(path, Options {});
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(tr("The Qt SQLite driver (QSQLITE) is not installed."));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::invalid(tr("'%1' is not a file.").arg(path), QStringLiteral("database"));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("Cannot create the folder '%1'.").arg(info.absolutePath()));
    }
    SqliteStatement::configureLibrary();
    std::unique_ptr<Database> db(new Database(Dialect::Sqlite, info.absoluteFilePath()));
    // Refuse a file that is not ours before any pragma changes it (journal_mode is persistent).
    auto conn = db->openConnection(db->m_prefix + QStringLiteral("-main"),
        [&db](const QSqlDatabase &c) { return db->checkCompatible(c); });
    if (!conn)
        return conn.error();
    if (auto m = db->migrate(options); !m)
        return m.error();
    return db;
}

Result<QSqlDatabase> Database::openConnection(
    const QString &name, const std::function<Result<void>(QSqlDatabase)> &check) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error::storage(
            tr("Cannot open the database '%1': %2").arg(m_path, db.lastError().text()));

    // The first read tells whether the file is an SQLite database at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QString why = probe.lastError().databaseText();
        db.close();
        return Error::invalid(
            tr("'%1' is not a Bantam database (%2).").arg(m_path, why), QStringLiteral("database"));
    }
    probe.finish(); // an unfinished statement keeps a read transaction open
    if (check) {
        if (auto ok = check(db); !ok) {
            db.close();
            return ok.error();
        }
    }
    // SQLite-only pragmas: this function opens SQLite connections only.
    const char *pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32000",
        "PRAGMA temp_store = MEMORY"};
    for (const char *p : pragmas) {
        if (auto r = sql::exec(db, QString::fromLatin1(p), tr("setting up the connection")); !r)
            return r.error();
    }
    return db;
}

namespace {
QString threadConnectionName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(
        prefix, QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16));
}
} // namespace

void Database::closeThreadConnection() const
{
    const QString name = threadConnectionName(m_prefix);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_prefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    // The main connection serves the thread that opened the database.
    // (Only the opening thread may even look it up.)
    if (m_mainThread == QThread::currentThread()) {
        QSqlDatabase main = QSqlDatabase::database(m_prefix + QStringLiteral("-main"), false);
        if (main.isValid())
            return main;
    }
    auto opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int v = q.value(0).toInt();
        q.finish();
        return v;
    }
    return -1;
}

void Database::optimize() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ANALYZE")); // SQLite and PostgreSQL both accept a bare ANALYZE
}

Result<void> Database::backup(int fromVersion)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    QFile::remove(target);
    // VACUUM INTO writes a consistent copy including what is still in the WAL (SQLite only).
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO :target"));
    q.bindValue(QStringLiteral(":target"), target);
    if (!q.exec())
        return Error::storage(tr("Cannot back up '%1' to '%2' before migrating: %3")
                                  .arg(m_path, target, q.lastError().databaseText()));
    m_backupPath = target;
    return {};
}

Result<void> Database::checkCompatible(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const int current
        = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return Error::invalid(
            tr("The database '%1' has schema version %2, but this version of "
               "Bantam only knows schema versions up to %3. Please update Bantam.")
                .arg(m_path)
                .arg(current)
                .arg(latest),
            QStringLiteral("database"));
    }
    if (current == 0) {
        const bool hasTables = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            && q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (hasTables) {
            return Error::invalid(tr("'%1' is an SQLite database of another program, not a Bantam "
                                     "database.")
                                      .arg(m_path),
                QStringLiteral("database"));
        }
    }
    return {};
}

Result<void> Database::migrate(const Options &options)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const auto all = migrations(m_dialect);
    const int latest = all.back().version;
    const int target = options.migrateUpTo < 0 ? latest : std::min(options.migrateUpTo, latest);

    if (current >= target)
        return {};
    if (current > 0 && options.backupBeforeMigration) {
        if (auto b = backup(current); !b)
            return b;
    }
    for (const Migration &m : all) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        for (const QString &statement : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return Error::storage(tr("Migration %1 (%2) failed: %3\nStatement: %4")
                                          .arg(m.version)
                                          .arg(m.name, q.lastError().databaseText(), statement));
            }
        }
        // user_version lives in the file header and is written inside the same transaction.
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version),
                tr("recording the schema version"));
            !r)
            return r;
        if (auto c = tx.commit(); !c)
            return c;
    }
    return {};
}

Transaction::Transaction(const Database &db)
    : m_db(db.connection())
{
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock up front, so two writers wait (busy timeout) instead
    // of failing half-way. PostgreSQL has no such variant and needs none.
    const QString begin = db.dialect() == Database::Dialect::Sqlite
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("BEGIN");
    if (q.exec(begin))
        m_active = true;
    else
        m_error = sql::errorOf(q, Database::tr("starting a transaction"));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return sql::errorOf(q, Database::tr("committing"));
    m_active = false;
    return {};
}

} // namespace bantam
