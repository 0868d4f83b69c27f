// DeferredIndexes: the secondary indexes of some tables, dropped for a bulk load into them and
// made again after it. Building an index once from a full table sorts its keys; keeping it up to
// date row by row inserts each key at a random place of a tree far larger than the page cache.
// Both steps run inside the caller's transaction, so a load that fails or is cancelled rolls the
// indexes back with the rows (DDL is transactional in SQLite and PostgreSQL).
#pragma once

#include "result.h"

#include <QStringList>

namespace bantam {

class Database;

class DeferredIndexes
{
public:
    // Drops the indexes of the tables that no constraint owns (primary keys and UNIQUE stay) and
    // remembers how to make them again; the indexes named in keep stay too (the load's own
    // lookups use them).
    static Result<DeferredIndexes> drop(
        const Database &db, const QStringList &tables, const QStringList &keep = {});
    // Makes them again, as they were.
    Result<void> restore(const Database &db) const;

private:
    QStringList m_names; // as dropped
    QStringList m_create; // the CREATE INDEX statements, in the same order
};

} // namespace bantam
