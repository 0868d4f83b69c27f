#include "storage/databasecopy.h"

#include "storage/libpq.h"

#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace bantam {

namespace {

struct Table
{
    QString name;
    QStringList columns;
    bool identity = false; // has an auto-numbered id whose sequence follows the copied ids
};

// The tables of the target in an order where every table comes after those it references.
Result<std::vector<Table>> tablesInOrder(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    std::map<QString, Table> tables;
    if (!q.exec(QStringLiteral(
            "SELECT table_name, column_name, is_identity FROM information_schema.columns WHERE "
            "table_schema = current_schema() AND table_name <> 'bantam_schema' "
            "ORDER BY table_name, ordinal_position")))
        return Error::storage(q.lastError().text());
    while (q.next()) {
        Table &t = tables[q.value(0).toString()];
        t.name = q.value(0).toString();
        t.columns << q.value(1).toString();
        t.identity = t.identity || q.value(2).toString() == QLatin1String("YES");
    }
    std::map<QString, std::set<QString>> references;
    if (!q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND n.nspname = current_schema()")))
        return Error::storage(q.lastError().text());
    while (q.next()) {
        if (q.value(0).toString() != q.value(1).toString())
            references[q.value(0).toString()].insert(q.value(1).toString());
    }
    std::vector<Table> ordered;
    std::set<QString> placed;
    while (placed.size() < tables.size()) {
        const size_t before = placed.size();
        for (const auto &[name, table] : tables) {
            if (placed.count(name))
                continue;
            bool ready = true;
            for (const QString &ref : references[name])
                ready = ready && (placed.count(ref) || !tables.count(ref));
            if (ready) {
                ordered.push_back(table);
                placed.insert(name);
            }
        }
        if (placed.size() == before)
            return Error::storage(DatabaseCopy::tr("The tables reference each other in a circle."));
    }
    return ordered;
}

using Connection = std::unique_ptr<PGconn, decltype(LibPq::finish)>;
using PgResult = std::unique_ptr<PGresult, decltype(LibPq::clear)>;

// libpq once a connection was made through it.
const LibPq &pq()
{
    return *LibPq::get();
}

Result<void> command(PGconn *conn, const QString &sql)
{
    PgResult r(pq().exec(conn, sql.toUtf8().constData()), pq().clear);
    const ExecStatusType status = pq().resultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Error::storage(QString::fromUtf8(pq().errorMessage(conn)).trimmed());
    return {};
}

// The rows of a query, each as its text values.
Result<std::vector<QStringList>> rowsOf(PGconn *conn, const char *sql)
{
    PgResult r(pq().exec(conn, sql), pq().clear);
    if (pq().resultStatus(r.get()) != PGRES_TUPLES_OK)
        return Error::storage(QString::fromUtf8(pq().errorMessage(conn)).trimmed());
    std::vector<QStringList> out;
    for (int row = 0; row < pq().ntuples(r.get()); ++row) {
        QStringList values;
        for (int c = 0; c < pq().nfields(r.get()); ++c)
            values << QString::fromUtf8(pq().getvalue(r.get(), row, c));
        out.push_back(values);
    }
    return out;
}

// Bulk loading is several times faster without indexes and foreign keys to maintain row by row:
// they are dropped before the copy and made again after it (in the same transaction, so a
// failed copy leaves them as they were). The statements that make them again.
Result<QStringList> dropIndexesAndForeignKeys(PGconn *conn)
{
    QStringList again;
    auto keys = rowsOf(conn,
        "SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE c.contype = 'f' AND n.nspname = current_schema()");
    if (!keys)
        return keys.error();
    // Indexes that no constraint owns (primary keys and UNIQUE constraints stay).
    auto indexes = rowsOf(conn,
        "SELECT ix.indexrelid::regclass::text, pg_get_indexdef(ix.indexrelid) FROM pg_index ix "
        "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conindid = ix.indexrelid)");
    if (!indexes)
        return indexes.error();
    for (const QStringList &k : keys.value()) {
        if (auto r
            = command(conn, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(k[0], k[1]));
            !r)
            return r.error();
        again << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(k[0], k[1], k[2]);
    }
    for (const QStringList &i : indexes.value()) {
        if (auto r = command(conn, QStringLiteral("DROP INDEX %1").arg(i[0])); !r)
            return r.error();
    }
    // Indexes first: the foreign keys' checks then find them.
    QStringList indexesAgain;
    for (const QStringList &i : indexes.value())
        indexesAgain << i[1];
    return indexesAgain + again;
}

} // namespace

DatabaseCopy::DatabaseCopy(const Database &from, const Database &to)
    : m_from(from)
    , m_to(to)
{ }

Result<CopySummary> DatabaseCopy::run(const Progress &progress, const std::atomic<bool> *cancel)
{
    if (!m_to.isServer())
        return Error::invalid(tr("copy-to needs a team database (postgresql://…) as the target; "
                                 "'%1' is a file. To copy a file, use backup.")
                                  .arg(m_to.path()),
            QStringLiteral("target"));
    if (m_from.schemaVersion() != m_to.schemaVersion())
        return Error::invalid(tr("The database has schema version %1 and the target %2; open "
                                 "both with this version of Bantam first.")
                                  .arg(m_from.schemaVersion())
                                  .arg(m_to.schemaVersion()),
            QStringLiteral("target"));
    const QSqlDatabase target = m_to.connection();
    {
        QSqlQuery q(target);
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM "
                                   "leads) + (SELECT count(*) FROM teams)"))
            || !q.next())
            return Error::storage(q.lastError().text());
        if (q.value(0).toLongLong() > 0)
            return Error::invalid(tr("The team database %1 is not empty (it has users, leads or "
                                     "teams). copy-to only fills an empty database.")
                                      .arg(m_to.displayName()),
                QStringLiteral("target"));
    }
    auto tables = tablesInOrder(target);
    if (!tables)
        return tables.error();

    // Its own libpq connection: COPY FROM STDIN is not something Qt Sql can do.
    QString unloaded;
    if (!LibPq::get(&unloaded))
        return Error::storage(unloaded);
    Connection conn(pq().connectdb(m_to.server().conninfo().constData()), pq().finish);
    if (pq().status(conn.get()) != CONNECTION_OK)
        return Error::storage(tr("Cannot connect to the team database %1: %2")
                                  .arg(m_to.displayName(),
                                      QString::fromUtf8(pq().errorMessage(conn.get())).trimmed()));
    auto failed = [&](const QString &what, const QString &why) {
        return Error::storage(
            tr("Copying %1 into %2 failed: %3").arg(what, m_to.displayName(), why));
    };
    if (auto r = command(conn.get(), QStringLiteral("BEGIN")); !r)
        return failed(tr("the database"), r.error().message);
    // The seed rows of the target's migrations give way to the source's own.
    for (auto it = tables->rbegin(); it != tables->rend(); ++it) {
        if (auto r
            = command(conn.get(), QStringLiteral("DELETE FROM ") + sql::identifier(it->name));
            !r)
            return failed(it->name, r.error().message);
    }

    // Index builds may sort in memory (the server's default is 64 MB).
    if (auto r = command(conn.get(), QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
        !r)
        return failed(tr("the database"), r.error().message);
    auto rebuild = dropIndexesAndForeignKeys(conn.get());
    if (!rebuild)
        return failed(tr("the database"), rebuild.error().message);

    CopySummary summary;
    const QSqlDatabase source = m_from.connection();
    for (const Table &t : tables.value()) {
        QStringList quoted;
        for (const QString &c : t.columns)
            quoted << sql::identifier(c);
        qint64 total = 0;
        {
            QSqlQuery count(source);
            if (count.exec(QStringLiteral("SELECT count(*) FROM ") + sql::identifier(t.name))
                && count.next())
                total = count.value(0).toLongLong();
        }
        QSqlQuery rows(source);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2")
                           .arg(quoted.join(QLatin1String(", ")), sql::identifier(t.name))))
            return failed(t.name, rows.lastError().text());
        PgCopy copy(conn.get(), t.name, t.columns, tr("copying %1").arg(t.name));
        if (!copy.ok())
            return failed(t.name, copy.serverMessage());
        qint64 done = 0;
        const int columns = int(t.columns.size());
        QVariantList values;
        while (copy.ok() && rows.next()) {
            values.clear();
            for (int c = 0; c < columns; ++c)
                values << rows.value(c);
            copy.addRow(values);
            ++done;
            if (done % 10000 == 0) {
                if (progress)
                    progress(t.name, done, total);
                if (cancel && cancel->load()) {
                    copy.abort("cancelled");
                    return Error::conflict(tr("The copy was cancelled; %1 is as empty as before.")
                                               .arg(m_to.displayName()));
                }
            }
        }
        if (!copy.finish())
            return failed(t.name, copy.serverMessage());
        if (progress)
            progress(t.name, done, total);
        summary.rows += done;
        ++summary.tables;
        if (t.identity) {
            // New rows continue after the copied ids.
            if (auto r = command(conn.get(),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM "
                                   "(SELECT max(id) AS m FROM %1) x WHERE m IS NOT NULL")
                        .arg(sql::identifier(t.name)));
                !r)
                return failed(t.name, r.error().message);
        }
    }
    for (qsizetype i = 0; i < rebuild->size(); ++i) {
        const QString &statement = rebuild.value()[i];
        if (progress)
            progress(QString(), i, rebuild->size());
        if (auto r = command(conn.get(), statement); !r)
            return failed(tr("the indexes"), r.error().message);
    }
    if (auto r = command(conn.get(), QStringLiteral("COMMIT")); !r)
        return failed(tr("the database"), r.error().message);
    // Fresh planner statistics and visibility map, so the first lists and reports on the copy
    // do not wait for autovacuum: counts over a million leads read the heap without the map
    // (ten times slower). The copy is complete without them.
    if (progress)
        progress(QString(), rebuild->size(), rebuild->size());
    (void)command(conn.get(), QStringLiteral("VACUUM (ANALYZE)"));
    return summary;
}

} // namespace bantam
