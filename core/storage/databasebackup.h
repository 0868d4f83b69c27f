// Backups of a whole Bantam database, for `bantam-cli backup` / `restore` and for the copy taken
// before a migration. SQLite: a consistent copy of the file through SQLite's online backup API
// (what is still in the WAL included), taken while others go on writing. PostgreSQL: a
// consistent snapshot with pg_dump in its custom format (Debian package postgresql-client), read
// back by pg_restore in one transaction.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace bantam {

class Database;

class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes a backup of db to file (which must not exist).
    static Result<void> write(const Database &db, const QString &file);
    // Restores file (a backup written by write()) into location, which must be a file that does
    // not exist yet or an empty server database; the result is opened (and migrated) once to
    // check it.
    static Result<void> restore(const QString &file, const QString &location);
    // pg_dump or pg_restore: on PATH, else the newest in /usr/lib/postgresql/*/bin; empty if none.
    static QString postgresTool(const QString &name);
};

} // namespace bantam
