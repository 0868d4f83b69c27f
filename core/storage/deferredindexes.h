// DeferredIndexes: the secondary indexes of some tables, dropped for a bulk load into them and
// made again after it. Building an index once from a full table sorts its keys; keeping it up to
// date row by row inserts each key at a random place of a tree far larger than the page cache.
// Both steps run inside the caller's transaction, so a load that fails or is cancelled rolls the
// indexes back with the rows (DDL is transactional in SQLite and PostgreSQL).
#pragma once

#include "result.h"

#include <QStringList>

class QSqlQuery;

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
    // SQLite: drops only the indexes of table whose keys hold one of columns (a bulk rewrite of
    // those columns: maintaining them row by row costs more than making them again once the
    // rewrite changes a large share of the rows). On a team database nothing is dropped.
    static Result<DeferredIndexes> dropHolding(
        const Database &db, const QString &table, const QStringList &columns);
    // Makes them again, as they were; where the file keeps planner statistics, the new indexes
    // get a quick sample too (dropping an index drops its statistics, and a planner that knows
    // some indexes of a table and not others picks badly).
    Result<void> restore(const Database &db) const;
    bool isEmpty() const { return m_names.isEmpty(); }

private:
    static Result<DeferredIndexes> dropListed(
        const Database &db, QSqlQuery &q, const QStringList &keep);

    QStringList m_names; // as dropped
    QStringList m_create; // the CREATE INDEX statements, in the same order
};

} // namespace bantam
