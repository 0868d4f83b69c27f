// Database: opens the Bantam database — an SQLite file (the embedded default, for one person) or
// a team database on a PostgreSQL server — and brings its schema up to date. One connection per
// thread (Qt Sql connections must not cross threads).
#pragma once

#include "result.h"
#include "storage/serverlocation.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace bantam {

class WalCheckpointer;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { Sqlite, Postgres };

    struct Options
    {
        // Migrate only up to this version (tests build old-version files with it); -1 = latest.
        int migrateUpTo = -1;
        bool backupBeforeMigration = true;
        // Whether opening may make a new database: IfMissing a file that does not exist yet;
        // IfMissingOrEmpty also an empty one (0 bytes, or nothing of Bantam's in it) and an
        // empty team database. Never: such a location is an error naming it (kind NotFound,
        // field "database"), so a mistyped path does not become a new, empty database.
        enum class Create { Never, IfMissing, IfMissingOrEmpty };
        Create create = Create::IfMissingOrEmpty;
    };

    // Opens what the user named: a server location (see ServerLocation::isServer) or a file.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    // Opens (and creates, if missing and options.create allows) an SQLite database file and
    // migrates it. A damaged file (PRAGMA quick_check) is refused with how to recover; a
    // write-protected one opens read-only (isReadOnly()).
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    static Result<std::unique_ptr<Database>> openSqlite(
        const QString &path, const Options &options);

    // Connects to a PostgreSQL database (it must exist; it may be empty) and migrates it.
    static Result<std::unique_ptr<Database>> openPostgres(
        const QString &location, const Options &options);

    // The embedded default: bantam.sqlite in the user's data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection of the calling thread; opened on first use in that thread.
    QSqlDatabase connection() const;
    // Worker threads call this before they end, so their connection does not outlive them.
    void closeThreadConnection() const;
    Dialect dialect() const { return m_dialect; }
    // What was opened, as given: the file's absolute path or the server location.
    QString path() const { return m_path; }
    // For title bars and messages: the file path, or user@host:port/database (no password).
    QString displayName() const;
    bool isServer() const { return m_dialect == Dialect::Postgres; }
    // A write-protected file, opened read-only: every transaction is refused with readOnlyError().
    bool isReadOnly() const { return m_readOnly; }
    Error readOnlyError() const;
    const ServerLocation &server() const { return m_server; }
    int schemaVersion() const;
    // Whether opening ran PRAGMA quick_check (it is skipped for a file unchanged since Bantam
    // last checked or closed it: see IntegrityMark).
    bool checkedOnOpen() const { return m_checkedOnOpen; }
    // The copy taken before the last migration of an existing file; empty if none was needed.
    QString backupPath() const { return m_backupPath; }

    // Whether the calling thread's connection works (a trivial statement on it); a team
    // database's connection that broke (server restarted) is opened again first. Always fine
    // for a file.
    Result<void> checkConnection() const;

    // A team database's setup login: a superuser or a member of the database's owner role,
    // bound by none of the server's permissions (sign-in lets it choose who it acts as).
    // False for a file.
    bool isAdministrationLogin() const { return isServer() && isAdministrationLogin(connection()); }

    // Lets SQLite refresh its planner statistics (after bulk loads).
    void optimize() const;
    // Quick planner statistics for the leads table while it grows (a bulk import): SQLite
    // samples a few hundred rows per index; PostgreSQL samples as always.
    void sampleLeadStatistics() const;
    // Checkpoints of the write-ahead log finished in the background (SQLite; 0 elsewhere).
    qint64 backgroundCheckpoints() const;

private:
    Database(Dialect dialect, QString path);
    // check runs on the fresh connection before any pragma is set.
    Result<QSqlDatabase> openConnection(
        const QString &name, const std::function<Result<void>(QSqlDatabase)> &check = {}) const;
    QSqlDatabase addConnection(const QString &driver, const QString &name) const;
    Result<QSqlDatabase> openSqliteConnection(const QString &name) const;
    Result<QSqlDatabase> openPostgresConnection(const QString &name) const;
    Result<void> checkCompatible(const QSqlDatabase &db) const;
    Result<void> checkServer(const QSqlDatabase &db) const;
    int schemaVersionOf(const QSqlDatabase &db) const;
    static bool isAdministrationLogin(const QSqlDatabase &db);
    Result<void> migrate(const Options &options);
    Result<void> runMigrations(const QSqlDatabase &db, int current, int target);
    static int latestServerVersion();
    int serverVersionOf(const QSqlDatabase &db) const;
    Result<void> runServerMigrations(const QSqlDatabase &db);
    Result<void> backup(int fromVersion);
    Result<void> checkIntact(const QSqlDatabase &db) const;
    Error damaged(const QString &why) const;
    Result<void> checkMayCreate(const Options &options, bool newFile);

    Dialect m_dialect;
    QString m_path;
    ServerLocation m_server;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_checkedOnOpen = false;
    bool m_intact = false;
    QString m_prefix;
    QThread *m_mainThread;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    // A writable SQLite file's checkpoints, off the committing thread (walcheckpointer.h).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// RAII transaction guard: rolls back unless commit() was called and succeeded.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_error; }
    Result<void> commit();
    // Ends it now without writing (the destructor does the same).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace bantam
