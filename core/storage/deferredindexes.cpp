#include "storage/deferredindexes.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <optional>

namespace bantam {

// Runs q (prepared and bound: rows of index name and its CREATE statement), then drops the
// indexes it lists except those in keep, remembering how to make them again.
Result<DeferredIndexes> DeferredIndexes::dropListed(
    const Database &db, QSqlQuery &q, const QStringList &keep)
{
    DeferredIndexes out;
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

Result<DeferredIndexes> DeferredIndexes::drop(
    const Database &db, const QStringList &tables, const QStringList &keep)
{
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
    return dropListed(db, q, keep);
}

Result<DeferredIndexes> DeferredIndexes::dropHolding(
    const Database &db, const QString &table, const QStringList &columns)
{
    if (db.isServer() || columns.isEmpty())
        return DeferredIndexes();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.name, m.sql FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL "
        "AND m.tbl_name = ? AND EXISTS (SELECT 1 FROM pragma_index_info(m.name) c WHERE c.name "
        "IN (%1)) ORDER BY m.name")
                  .arg(marks.join(QLatin1String(", "))));
    q.bindValue(0, table);
    for (qsizetype i = 0; i < columns.size(); ++i)
        q.bindValue(int(i) + 1, columns[i]);
    return dropListed(db, q, {});
}

namespace {

// SQLite sorts an index's keys in runs of up to the page cache's size and merges the runs
// through the temp store. Runs of 2 MB in temporary files (the OS's page cache) instead of 32 MB
// runs (a write transaction's cache) in SQLite's in-memory temp store: the 29 indexes of a
// 300,000-lead demo in 8.7 instead of 14.5 CPU seconds (sqlite3 module, inside a transaction,
// load 3-4). The connection's settings are read first and put back after the builds. Inside a
// transaction (always, here) SQLite refuses to change the temp store while the connection has
// temporary storage open (a temporary table, such as routing's staging table): then the indexes
// are made with the settings as they are, and no temporary table is lost.
class SortSettings
{
public:
    explicit SortSettings(const Database &db)
        : m_db(db.connection())
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return;
        const QString cache = q.value(0).toString();
        if (!q.exec(QStringLiteral("PRAGMA temp_store")) || !q.next())
            return;
        const QString store = q.value(0).toString();
        if (!q.exec(QStringLiteral("PRAGMA temp_store = FILE")))
            return;
        m_restore = {QStringLiteral("PRAGMA temp_store = ") + store,
            QStringLiteral("PRAGMA cache_size = ") + cache};
        q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    }
    ~SortSettings()
    {
        QSqlQuery q(m_db);
        for (const QString &pragma : std::as_const(m_restore))
            q.exec(pragma);
    }
    SortSettings(const SortSettings &) = delete;
    SortSettings &operator=(const SortSettings &) = delete;

private:
    QSqlDatabase m_db;
    QStringList m_restore;
};

} // namespace

Result<void> DeferredIndexes::restore(const Database &db) const
{
    {
        std::optional<SortSettings> sorting;
        if (!db.isServer() && !m_create.isEmpty())
            sorting.emplace(db);
        for (qsizetype i = 0; i < m_create.size(); ++i) {
            if (auto r = sql::exec(db.connection(), m_create[i],
                    Database::tr("making the index %1").arg(m_names[i]));
                !r)
                return r;
        }
    }
    if (db.isServer() || m_names.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
    if (auto r = sql::run(q, Database::tr("reading the indexes")); !r)
        return r;
    const bool statistics = q.next() && q.value(0).toLongLong() > 0;
    q.finish();
    if (!statistics)
        return {};
    // A sample of a few hundred rows per index (as Database::sampleLeadStatistics): milliseconds.
    const QString context = Database::tr("sampling the indexes' statistics");
    if (auto r = sql::exec(db.connection(), QStringLiteral("PRAGMA analysis_limit = 400"), context);
        !r)
        return r;
    for (const QString &name : m_names) {
        if (auto r = sql::exec(db.connection(), QStringLiteral("ANALYZE %1").arg(name), context);
            !r)
            return r;
    }
    return sql::exec(db.connection(), QStringLiteral("PRAGMA analysis_limit = 0"), context);
}

} // namespace bantam
