#include "storage/database.h"

#include "storage/databasebackup.h"
#include "storage/integritymark.h"
#include "storage/libpq.h"
#include "storage/migrations.h"
#include "storage/pgcopy.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/walcheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
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
    // The checkpointer's connection closes first: the last connection to close is one of
    // ours, which checkpoints what is left and removes the log.
    m_checkpointer.reset();
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // Closed cleanly (the last connection checkpointed the WAL into the file): the next open
    // need not check the pages again unless something else changes the file.
    if (m_intact && !m_readOnly)
        IntegrityMark::record(m_path);
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

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    return open(location, Options {});
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    return ServerLocation::isServer(location) ? openPostgres(location, options)
                                              : openSqlite(location, options);
}

Result<std::unique_ptr<Database>> Database::openPostgres(
    const QString &location, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(tr("The Qt PostgreSQL driver (QPSQL) is not installed "
                                 "(Debian package libqt6sql6-psql)."));
    auto server = ServerLocation::parse(location);
    if (!server)
        return server.error();
    std::unique_ptr<Database> db(new Database(Dialect::Postgres, location.trimmed()));
    db->m_server = std::move(server).value();
    auto conn = db->openConnection(db->m_prefix + QStringLiteral("-main"),
        [&db](const QSqlDatabase &c) { return db->checkCompatible(c); });
    if (!conn)
        return conn.error();
    if (auto c = db->checkMayCreate(options, false); !c)
        return c.error();
    if (auto m = db->migrate(options); !m)
        return m.error();
    return db;
}

Result<void> Database::checkConnection() const
{
    if (!isServer())
        return {};
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = connection(); // reopens a broken connection
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return {};
        if (attempt == 1 || !db.isOpen())
            return Error::storage(
                tr("The connection to %1 is lost: %2")
                    .arg(
                        displayName(), db.isOpen() ? q.lastError().text() : db.lastError().text()));
    }
    return {};
}

QString Database::displayName() const
{
    return isServer() ? m_server.displayName() : m_path;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    return openSqlite(path, Options {});
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(tr("The Qt SQLite driver (QSQLITE) is not installed."));
    using Create = Options::Create;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::invalid(tr("'%1' is not a file.").arg(path), QStringLiteral("database"));
    const bool newFile = !info.exists();
    if (newFile) {
        if (options.create == Create::Never) {
            return Error {Error::Kind::NotFound,
                tr("There is no database '%1' (no such file).").arg(info.absoluteFilePath()),
                QStringLiteral("database")};
        }
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("Cannot create the folder '%1'.").arg(info.absolutePath()));
    }
    SqliteStatement::configureLibrary();
    std::unique_ptr<Database> db(new Database(Dialect::Sqlite, info.absoluteFilePath()));
    // Write-protected (for root too, who could write anyway: the mode says what the owner
    // wants): read-only, and nothing may change it (no pragma, no migration).
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    db->m_readOnly = !newFile && (!info.isWritable() || !(info.permissions() & anyWrite));
    if (!db->m_readOnly)
        db->m_checkpointer = std::make_unique<WalCheckpointer>(db->m_path);
    // Refuse a file that is not ours before any pragma changes it (journal_mode is persistent),
    // and a damaged one before anything writes to it.
    // A 0-byte file is an empty SQLite database to SQLite; to a person it is a damaged one.
    if (!newFile && info.size() == 0 && options.create != Create::IfMissingOrEmpty) {
        return Error {Error::Kind::NotFound,
            tr("'%1' is empty (0 bytes), not a Bantam database. If it held your leads, it was "
               "damaged: restore your last backup of it.")
                .arg(db->m_path),
            QStringLiteral("database")};
    }
    auto conn = db->openConnection(db->m_prefix + QStringLiteral("-main"),
        [&db, &options, newFile](const QSqlDatabase &c) -> Result<void> {
            // The full check only where the file may have changed outside Bantam, and always
            // before a migration writes to it.
            db->m_checkedOnOpen = newFile || !IntegrityMark::matches(db->m_path)
                || db->schemaVersionOf(c) != latestSchemaVersion();
            if (db->m_checkedOnOpen) {
                if (auto ok = db->checkIntact(c); !ok)
                    return ok;
                if (!db->m_readOnly)
                    IntegrityMark::record(db->m_path);
            }
            if (auto ok = db->checkCompatible(c); !ok)
                return ok;
            return db->checkMayCreate(options, newFile);
        });
    if (!conn)
        return conn.error();
    if (db->m_readOnly && db->schemaVersion() < Database::latestSchemaVersion()) {
        return Error::invalid(tr("'%1' is write-protected and needs an update to this version of "
                                 "Bantam (schema version %2 to %3): make the file writable and "
                                 "open it again.")
                                  .arg(db->m_path)
                                  .arg(db->schemaVersion())
                                  .arg(Database::latestSchemaVersion()),
            QStringLiteral("database"));
    }
    if (auto m = db->migrate(options); !m)
        return m.error();
    db->m_intact = true;
    return db;
}

// A new database only where the caller allows one: see Options::create. Runs on the main
// connection before anything changes the file.
Result<void> Database::checkMayCreate(const Options &options, bool newFile)
{
    using Create = Options::Create;
    if (options.create == Create::IfMissingOrEmpty
        || (options.create == Create::IfMissing && newFile) || schemaVersion() != 0)
        return {};
    const QString message = isServer()
        ? tr("The team database %1 is empty: Bantam is not set up in it yet.").arg(displayName())
        : tr("'%1' holds no Bantam database yet.").arg(m_path);
    return Error {Error::Kind::NotFound, message, QStringLiteral("database")};
}

// The cheap structural check of every page (PRAGMA quick_check): a damaged file is refused
// before anything writes to it and makes the damage worse.
Result<void> Database::checkIntact(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(q.lastError().databaseText());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    q.finish();
    if (problems != QStringList {QStringLiteral("ok")})
        return damaged(problems.mid(0, 3).join(QStringLiteral("; ")));
    return {};
}

Error Database::damaged(const QString &why) const
{
    // The copies taken before migrations lie beside the file (backup()): name the newest.
    const QFileInfo file(m_path);
    const QFileInfoList copies = file.dir().entryInfoList(
        {file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Time);
    const QString copy = copies.isEmpty()
        ? QString()
        : tr(" The copy Bantam made before its last update is '%1'.")
              .arg(copies.first().absoluteFilePath());
    return Error::invalid(tr("The database '%1' is damaged (%2), so Bantam does not open it and "
                             "changes nothing in it. Restore your last backup into a new file "
                             "(bantam-cli --db NEW.sqlite restore BACKUP) and open that one.%3")
                              .arg(m_path, why.left(300), copy),
        QStringLiteral("database"));
}

Error Database::readOnlyError() const
{
    return Error::forbidden(tr("'%1' is write-protected and open read-only: nothing can be "
                               "changed. Make the file writable and open it again.")
                                .arg(displayName()));
}

Result<QSqlDatabase> Database::openConnection(
    const QString &name, const std::function<Result<void>(QSqlDatabase)> &check) const
{
    auto opened = m_dialect == Dialect::Postgres ? openPostgresConnection(name)
                                                 : openSqliteConnection(name);
    if (!opened)
        return opened;
    QSqlDatabase db = opened.value();
    if (check) {
        if (auto ok = check(db); !ok) {
            db.close();
            return ok.error();
        }
    }
    if (m_dialect == Dialect::Postgres)
        return db;
    // SQLite-only pragmas (journal_mode writes the file: not on a read-only one). The page cache
    // starts at SQLite's own default of 2 MB, which a reader recycles: a short process (a report
    // from bantam-cli) filling 32 MB page by page with fresh allocations took 1.8x the sqlite3
    // shell's time for the same SQL. A write transaction raises it (Transaction).
    const char *pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -2000",
        "PRAGMA temp_store = MEMORY"};
    for (const char *p : pragmas) {
        if (m_readOnly && p == pragmas[0])
            continue;
        if (auto r = sql::exec(db, QString::fromLatin1(p), tr("setting up the connection")); !r)
            return r.error();
    }
    if (m_checkpointer)
        m_checkpointer->install(SqliteStatement::handleOf(db));
    return db;
}

// A new connection of the driver, remembered so that the destructor removes it.
QSqlDatabase Database::addConnection(const QString &driver, const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames << name;
    return db;
}

Result<QSqlDatabase> Database::openSqliteConnection(const QString &name) const
{
    QSqlDatabase db = addConnection(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly
            ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error::storage(
            tr("Cannot open the database '%1': %2").arg(m_path, db.lastError().text()));

    // The first read tells whether the file is an SQLite database at all, or a damaged one.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = probe.lastError();
        db.close();
        constexpr int kCorrupt = 11; // SQLITE_CORRUPT: an SQLite file, damaged
        if (error.nativeErrorCode().toInt() % 256 == kCorrupt)
            return damaged(error.databaseText());
        return Error::invalid(
            tr("'%1' is not a Bantam database (%2).").arg(m_path, error.databaseText()),
            QStringLiteral("database"));
    }
    probe.finish(); // an unfinished statement keeps a read transaction open
    return db;
}

Result<QSqlDatabase> Database::openPostgresConnection(const QString &name) const
{
    QSqlDatabase db = addConnection(QStringLiteral("QPSQL"), name);
    m_server.configure(db);
    if (!db.open()) {
        // libpq's message spans lines with tab indents: one paragraph reads better in a dialog.
        const QString why
            = (db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                 : db.lastError().databaseText())
                  .simplified();
        return Error::storage(
            tr("Cannot connect to the team database %1: %2").arg(displayName(), why));
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

namespace {
// A server connection that broke (the server restarted, the network dropped) is opened again
// on its next use: the statement that met the break failed with its error, the next one works.
QSqlDatabase revivedIfLost(QSqlDatabase db)
{
    // (Qt closes the connection itself after some failures; libpq marks others as bad.)
    PGconn *conn = PgCopy::handleOf(db);
    const LibPq *pq = conn ? LibPq::get() : nullptr;
    if (!db.isOpen() || !conn || (pq && pq->status(conn) == CONNECTION_BAD)) {
        db.close();
        db.open();
    }
    return db;
}
} // namespace

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName(m_prefix);
    const bool server = m_dialect == Dialect::Postgres;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        return server ? revivedIfLost(db) : db;
    }
    // The main connection serves the thread that opened the database.
    // (Only the opening thread may even look it up.)
    if (m_mainThread == QThread::currentThread()) {
        QSqlDatabase main = QSqlDatabase::database(m_prefix + QStringLiteral("-main"), false);
        if (main.isValid())
            return server ? revivedIfLost(main) : main;
    }
    auto opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase();
}

int Database::schemaVersion() const
{
    return schemaVersionOf(connection());
}

// SQLite keeps the version in the file header (user_version); PostgreSQL in the one-row table
// bantam_schema, which the first migration run creates. 0 = nothing of Bantam's yet.
int Database::schemaVersionOf(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (m_dialect == Dialect::Sqlite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            const int v = q.value(0).toInt();
            q.finish();
            return v;
        }
        return -1;
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('bantam_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (q.exec(QStringLiteral("SELECT version FROM bantam_schema")) && q.next())
        return q.value(0).toInt();
    return 0;
}

void Database::optimize() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ANALYZE")); // SQLite and PostgreSQL both accept a bare ANALYZE
}

qint64 Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

void Database::sampleLeadStatistics() const
{
    QSqlQuery q(connection());
    if (m_dialect == Dialect::Postgres) {
        q.exec(QStringLiteral("ANALYZE leads"));
        return;
    }
    // Without statistics SQLite's planner takes any index for a GROUP BY over a table of a
    // million rows; a sample of each index is enough to choose, and takes milliseconds.
    q.exec(QStringLiteral("PRAGMA analysis_limit = 400"));
    q.exec(QStringLiteral("ANALYZE leads"));
    q.exec(QStringLiteral("PRAGMA analysis_limit = 0"));
}

Result<void> Database::backup(int fromVersion)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A file's copy goes beside it; a team database's snapshot into the user's data folder.
    const QString target = isServer()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("backups/%1.v%2-%3.dump")
                            .arg(m_server.database().isEmpty() ? QStringLiteral("bantam")
                                                               : m_server.database())
                            .arg(fromVersion)
                            .arg(stamp))
        : QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    QFile::remove(target);
    if (auto r = DatabaseBackup::write(*this, target); !r) {
        return Error::storage(tr("Cannot back up %1 to '%2' before migrating it from schema "
                                 "version %3: %4")
                                  .arg(displayName(), target)
                                  .arg(fromVersion)
                                  .arg(r.error().message));
    }
    m_backupPath = target;
    return {};
}

Result<void> Database::checkServer(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const int version
        = q.exec(QStringLiteral("SHOW server_version_num")) && q.next() ? q.value(0).toInt() : 0;
    if (version < 130000) {
        return Error::invalid(
            tr("The server of %1 runs PostgreSQL %2; Bantam needs PostgreSQL 13 or newer.")
                .arg(displayName(),
                    version > 0 ? QStringLiteral("%1.%2").arg(version / 10000).arg(version % 100)
                                : tr("of an unknown version")),
            QStringLiteral("database"));
    }
    return {};
}

Result<void> Database::checkCompatible(const QSqlDatabase &db) const
{
    if (m_dialect == Dialect::Postgres) {
        if (auto ok = checkServer(db); !ok)
            return ok;
        // A login that may not even read Bantam's tables is nobody Bantam knows (sign-in:
        // core/people/signin.h says the same of a login that can read them).
        QSqlQuery who(db);
        if (who.exec(QStringLiteral("SELECT current_user, to_regclass('bantam_schema') IS NOT NULL "
                                    "AND NOT has_table_privilege('bantam_schema', 'SELECT')"))
            && who.next() && who.value(1).toBool()) {
            return Error::forbidden(tr("The server login %1 is not a Bantam user of %2; ask an "
                                       "administrator to add it.")
                                        .arg(who.value(0).toString(), displayName()));
        }
    }
    QSqlQuery q(db);
    const int current = schemaVersionOf(db);
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return Error::invalid(
            tr("The database '%1' has schema version %2, but this version of "
               "Bantam only knows schema versions up to %3. Please update Bantam.")
                .arg(displayName())
                .arg(current)
                .arg(latest),
            QStringLiteral("database"));
    }
    if (m_dialect == Dialect::Postgres && serverVersionOf(db) > latestServerVersion()) {
        return Error::invalid(tr("The team database %1 was set up by a newer version of Bantam "
                                 "(server schema %2; this one knows up to %3). Please update "
                                 "Bantam.")
                                  .arg(displayName())
                                  .arg(serverVersionOf(db))
                                  .arg(latestServerVersion()),
            QStringLiteral("database"));
    }
    if (current == 0 && m_dialect == Dialect::Sqlite) {
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

namespace {
// Whether a database holds anything of its users (people or leads; both tables exist from
// version 1 on). One without has nothing to lose and needs no copy before a migration.
bool holdsData(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool data = !q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users) OR EXISTS "
                                             "(SELECT 1 FROM leads)"))
        || !q.next() || q.value(0).toBool(); // when in doubt, back up
    q.finish();
    return data;
}
} // namespace

Result<void> Database::migrate(const Options &options)
{
    QSqlDatabase db = connection();
    const int latest = latestSchemaVersion();
    const int target = options.migrateUpTo < 0 ? latest : std::min(options.migrateUpTo, latest);
    if (m_dialect == Dialect::Sqlite) {
        // BEGIN IMMEDIATE (Transaction) serialises two processes migrating the same file.
        const int current = schemaVersion();
        if (current >= target)
            return {};
        if (current > 0 && options.backupBeforeMigration && holdsData(db)) {
            if (auto b = backup(current); !b)
                return b;
        }
        return runMigrations(db, current, target);
    }
    // PostgreSQL: two clients starting at once must not both migrate. The first takes the
    // advisory lock; the second waits for it and then finds the schema up to date.
    const QString lockKey = QStringLiteral("4242000001");
    if (auto r = sql::exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey),
            tr("waiting for another client's migration"));
        !r)
        return r;
    auto unlock = qScopeGuard([&db, &lockKey] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey));
    });
    const int current = schemaVersion();
    if (current == 0) {
        // Checked under the lock: a client migrating right now cannot be mistaken for another
        // program's tables, and nothing of ours is written next to theirs.
        QSqlQuery q(db);
        const bool hasTables
            = q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                    "WHERE table_schema = current_schema() "
                                    "AND table_name <> 'bantam_schema'"))
            && q.next() && q.value(0).toInt() > 0;
        if (hasTables) {
            return Error::invalid(
                tr("The database %1 holds tables of another program; it is not a Bantam "
                   "database. Create an empty database for Bantam (createdb) and name that one.")
                    .arg(displayName()),
                QStringLiteral("database"));
        }
    }
    // The server migrations follow the schema's latest version.
    const bool serverBehind = target == latest && serverVersionOf(db) < latestServerVersion();
    if (current >= target && !serverBehind)
        return {};
    // Schema and server migrations alter the owner's tables: only the owner (or a superuser)
    // can make them; a user's login waits until that was done.
    if ((serverBehind || (current > 0 && current < target)) && !isAdministrationLogin(db)) {
        return Error::forbidden(
            tr("The team database %1 needs an update that only its owner can make: ask an "
               "administrator to open it once with the login that set it up.")
                .arg(displayName()));
    }
    if (current > 0 && options.backupBeforeMigration && holdsData(db)) {
        if (auto b = backup(current); !b)
            return b;
    }
    if (current >= target)
        return runServerMigrations(db);
    if (current == 0) {
        if (auto r = sql::exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS bantam_schema (version INTEGER NOT "
                               "NULL)"),
                tr("recording the schema version"));
            !r)
            return r;
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM bantam_schema")) && count.next()
            && count.value(0).toInt() == 0) {
            if (auto r = sql::exec(db, QStringLiteral("INSERT INTO bantam_schema VALUES (0)"),
                    tr("recording the schema version"));
                !r)
                return r;
        }
    }
    if (auto r = runMigrations(db, current, target); !r)
        return r;
    if (serverBehind)
        return runServerMigrations(db);
    // Tables a schema migration added to a database whose sign-in is set up: readable by its
    // users too.
    if (serverVersionOf(db) > 0) {
        return sql::exec(db, QStringLiteral("SELECT bantam_grant_all()"),
            tr("granting the rights of the team's users"));
    }
    return {};
}

int Database::latestServerVersion()
{
    return serverMigrations().back().version;
}

int Database::serverVersionOf(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const bool hasColumn
        = q.exec(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                "to_regclass('bantam_schema') AND attname = 'server_version' "
                                "AND NOT attisdropped"))
        && q.next() && q.value(0).toInt() > 0;
    if (!hasColumn)
        return 0;
    return q.exec(QStringLiteral("SELECT server_version FROM bantam_schema")) && q.next()
        ? q.value(0).toInt()
        : 0;
}

bool Database::isAdministrationLogin(const QSqlDatabase &db)
{
    // Superusers and members of the database's owner role: who set the database up.
    QSqlQuery q(db);
    return q.exec(
               QStringLiteral("SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
                              "FROM pg_roles r, pg_database d "
                              "WHERE r.rolname = current_user AND d.datname = current_database()"))
        && q.next() && q.value(0).toBool();
}

// Each server migration in its own transaction, its number in bantam_schema.server_version.
Result<void> Database::runServerMigrations(const QSqlDatabase &db)
{
    const int current = serverVersionOf(db);
    for (const Migration &m : serverMigrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        // Quiet: from the second migration on, the column exists (a NOTICE would reach stderr).
        QStringList statements {QStringLiteral("SET LOCAL client_min_messages = warning"),
            QStringLiteral("ALTER TABLE bantam_schema ADD COLUMN IF NOT EXISTS server_version "
                           "INTEGER NOT NULL DEFAULT 0")};
        statements << m.statements
                   << QStringLiteral("UPDATE bantam_schema SET server_version = %1").arg(m.version);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return Error::storage(tr("Server migration %1 (%2) failed: %3\nStatement: %4")
                                          .arg(m.version)
                                          .arg(m.name, q.lastError().databaseText(), statement));
            }
        }
        if (auto c = tx.commit(); !c)
            return c;
    }
    return {};
}

Result<void> Database::runMigrations(const QSqlDatabase &db, int current, int target)
{
    for (const Migration &m : migrations(m_dialect)) {
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
        // The version is written inside the same transaction: SQLite in the file header,
        // PostgreSQL in bantam_schema.
        const QString record = m_dialect == Dialect::Sqlite
            ? QStringLiteral("PRAGMA user_version = %1").arg(m.version)
            : QStringLiteral("UPDATE bantam_schema SET version = %1").arg(m.version);
        if (auto r = sql::exec(db, record, tr("recording the schema version")); !r)
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
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    const QString begin = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    // A writer keeps the pages it changes in a large cache (bulk writes touch many index pages;
    // a small cache would spill them to the WAL and read them back). Allocated as used.
    if (sqlite && !db.isReadOnly())
        q.exec(QStringLiteral("PRAGMA cache_size = -32000"));
    if (db.isReadOnly())
        m_error = db.readOnlyError();
    else if (q.exec(begin))
        m_active = true;
    else
        m_error = sql::errorOf(q, Database::tr("starting a transaction"));
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
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
