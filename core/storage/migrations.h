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

} // namespace bantam
