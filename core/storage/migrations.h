// The numbered, forward-only schema migrations. Version N is reached by running migration N
// on a database at version N-1; each runs in its own transaction.
#pragma once

#include "storage/database.h"

#include <QStringList>

#include <vector>

namespace bantam {

struct Migration
{
    int version;
    QString name;
    QStringList statements; // Qt's SQLite driver runs one statement per exec()
};

std::vector<Migration> migrations(Database::Dialect dialect);

// PostgreSQL only, numbered on their own (bantam_schema.server_version) so that a file's schema
// version stays what it is: what a team server has that a file has no use for — the login
// roles, grants, row-level security and guard triggers. They run after migrations(), when the
// schema is at its latest version, by a login that owns the database or is a superuser.
std::vector<Migration> serverMigrations();

} // namespace bantam
