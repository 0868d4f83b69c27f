#include "storage/deferredindexes.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace bantam {

Result<DeferredIndexes> DeferredIndexes::drop(
    const Database &db, const QStringList &tables, const QStringList &keep)
{
    DeferredIndexes out;
    QStringList marks;
    for (qsizetype i = 0; i < tables.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // SQLite: an index a constraint made has no SQL. PostgreSQL: indexes no constraint owns.
    q.prepare(db.isServer()
            ? QStringLiteral("SELECT ix.indexrelid::regclass::text, pg_get_indexdef(ix.indexrelid) "
                             "FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN "
                             "pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = "
                             "current_schema() AND t.relname IN (%1) AND NOT EXISTS (SELECT 1 "
                             "FROM pg_constraint c WHERE c.conindid = ix.indexrelid) ORDER BY 1")
                  .arg(marks.join(QLatin1String(", ")))
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                             "NOT NULL AND tbl_name IN (%1) ORDER BY name")
                  .arg(marks.join(QLatin1String(", "))));
    for (qsizetype i = 0; i < tables.size(); ++i)
        q.bindValue(int(i), tables[i]);
    if (auto r = sql::run(q, Database::tr("reading the indexes")); !r)
        return r.error();
    while (q.next()) {
        if (keep.contains(q.value(0).toString()))
            continue;
        out.m_names << q.value(0).toString();
        out.m_create << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(out.m_names)) {
        if (auto r = sql::exec(db.connection(), QStringLiteral("DROP INDEX %1").arg(name),
                Database::tr("dropping the index %1").arg(name));
            !r)
            return r.error();
    }
    return out;
}

Result<void> DeferredIndexes::restore(const Database &db) const
{
    for (qsizetype i = 0; i < m_create.size(); ++i) {
        if (auto r = sql::exec(
                db.connection(), m_create[i], Database::tr("making the index %1").arg(m_names[i]));
            !r)
            return r;
    }
    return {};
}

} // namespace bantam
