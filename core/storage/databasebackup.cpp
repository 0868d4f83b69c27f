#include "storage/databasebackup.h"

#include "storage/sql.h"

#include "storage/database.h"
#include "storage/serverlocation.h"
#include "storage/sqlitestatement.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace bantam {

namespace {

enum class Format { Unknown, Sqlite, PostgresDump };

Format formatOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Format::Unknown;
    const QByteArray head = f.read(16);
    if (head.startsWith("SQLite format 3"))
        return Format::Sqlite;
    if (head.startsWith("PGDMP"))
        return Format::PostgresDump;
    return Format::Unknown;
}

// Runs a PostgreSQL client tool; the connection goes in as a conninfo string (--dbname), so the
// PG* environment, PGPASSFILE and PGSERVICE apply as for Bantam itself.
Result<void> runTool(
    const QString &tool, const ServerLocation &server, QStringList arguments, const QString &what)
{
    const QString program = DatabaseBackup::postgresTool(tool);
    if (program.isEmpty())
        return Error::storage(
            DatabaseBackup::tr("%1 is not installed (Debian package postgresql-client); it is "
                               "needed for %2.")
                .arg(tool, what));
    // The address on the command line, the password (if the address had one) only in the
    // child's environment: a command line is visible to every user of the machine.
    arguments << QStringLiteral("--dbname=") + QString::fromUtf8(server.conninfoWithoutPassword());
    QProcess p;
    p.setProcessEnvironment(server.toolEnvironment());
    p.start(program, arguments);
    if (!p.waitForStarted(30000))
        return Error::storage(
            DatabaseBackup::tr("Cannot start %1: %2").arg(program, p.errorString()));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return Error::storage(DatabaseBackup::tr("%1 failed: %2").arg(tool, why));
    }
    return {};
}

// SQLite's online backup API, all pages in one step: a read transaction on the source, so the
// copy is one consistent state (what is still in the WAL included) while other connections go on
// writing (WAL mode); unlike VACUUM INTO it copies pages and rebuilds nothing. The target is
// removed again if the copy fails.
Result<void> copyWithBackupApi(const Database &db, const QString &target)
{
    sqlite3 *source = SqliteStatement::handleOf(db.connection());
    if (!source)
        return Error::storage(
            DatabaseBackup::tr("Cannot back up '%1': no SQLite connection.").arg(db.path()));
    sqlite3 *out = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &out,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        if (sqlite3_backup *backup = sqlite3_backup_init(out, "main", source, "main")) {
            const int step = sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup); // an I/O or memory error of the step, if any
            if (rc == SQLITE_OK && step != SQLITE_DONE)
                rc = step; // busy or locked
        } else {
            rc = sqlite3_errcode(out);
        }
    }
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(out);
    if (rc == SQLITE_OK)
        return {};
    QFile::remove(target);
    return Error::storage(
        DatabaseBackup::tr("Cannot back up '%1' to '%2': %3").arg(db.path(), target, why));
}

} // namespace

QString DatabaseBackup::postgresTool(const QString &name)
{
    QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    QStringList versions
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
        [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &v : versions) {
        QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(v, name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

Result<void> DatabaseBackup::write(const Database &db, const QString &file)
{
    const QFileInfo info(file);
    if (info.exists())
        return Error::invalid(
            tr("'%1' exists already; a backup never overwrites a file.").arg(file),
            QStringLiteral("file"));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(tr("Cannot create the folder '%1'.").arg(info.absolutePath()));
    if (db.isServer()) {
        return runTool(QStringLiteral("pg_dump"), db.server(),
            {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                QStringLiteral("--file=") + info.absoluteFilePath()},
            tr("a backup of %1").arg(db.displayName()));
    }
    return copyWithBackupApi(db, info.absoluteFilePath());
}

Result<void> DatabaseBackup::restore(const QString &file, const QString &location)
{
    const Format format = formatOf(file);
    if (format == Format::Unknown)
        return Error::invalid(tr("'%1' is not a Bantam backup (neither an SQLite database nor a "
                                 "pg_dump archive).")
                                  .arg(file),
            QStringLiteral("file"));
    const bool server = ServerLocation::isServer(location);
    if (format == Format::Sqlite && server)
        return Error::invalid(
            tr("'%1' is a backup of an SQLite file; to move it to a team database, "
               "restore it to a file and use copy-to.")
                .arg(file),
            QStringLiteral("file"));
    if (format == Format::PostgresDump && !server)
        return Error::invalid(
            tr("'%1' is a backup of a team database; restore it into an empty PostgreSQL database.")
                .arg(file),
            QStringLiteral("file"));
    if (!server) {
        if (QFileInfo::exists(location))
            return Error::invalid(tr("'%1' exists already; restore writes a new database file. "
                                     "Move the file away or name another one.")
                                      .arg(location),
                QStringLiteral("database"));
        if (!QDir().mkpath(QFileInfo(location).absolutePath()) || !QFile::copy(file, location))
            return Error::storage(tr("Cannot write '%1'.").arg(location));
        auto opened = Database::open(location);
        if (!opened) {
            QFile::remove(location);
            return opened.error();
        }
        return {};
    }
    auto where = ServerLocation::parse(location);
    if (!where)
        return where.error();
    {
        // Only into an empty database: opened without migrating, it must hold no table at all.
        Database::Options nothing;
        nothing.migrateUpTo = 0;
        auto target = Database::open(location, nothing);
        if (!target)
            return target.error();
        QSqlQuery q(target.value()->connection());
        if (!q.exec(
                QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                               "table_schema = current_schema() AND table_name <> 'bantam_schema'"))
            || !q.next())
            return Error::storage(q.lastError().text());
        if (q.value(0).toLongLong() > 0)
            return Error::invalid(
                tr("The team database %1 is not empty; restore only fills an empty "
                   "database (createdb a new one).")
                    .arg(target.value()->displayName()),
                QStringLiteral("database"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS bantam_schema"));
    }
    if (auto r = runTool(QStringLiteral("pg_restore"), where.value(),
            {QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), file},
            tr("restoring %1").arg(file));
        !r)
        return r;
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    // The grants were left out (they name the group role of the database dumped); this
    // database's own group gets them.
    QSqlQuery grants(opened.value()->connection());
    if (!grants.exec(QStringLiteral("SELECT bantam_grant_all() "
                                    "WHERE to_regprocedure('bantam_grant_all()') IS NOT NULL")))
        return sql::errorOf(grants, tr("granting the rights of the team's users"));
    return {};
}

} // namespace bantam
