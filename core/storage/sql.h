// Small helpers around QSqlQuery: run a statement and turn failures into a user-facing Error.
#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QVariant>

namespace bantam {
class Database;
}

namespace bantam::sql {

Error errorOf(const QSqlQuery &query, const QString &context);

// Prepares and executes; binds are done by the caller between prepare() and run().
Result<void> run(QSqlQuery &query, const QString &context);
// Runs an INSERT (ending in returningId()) and gives the new row's id.
// The tail an INSERT needs for insertReturningId(): " RETURNING id" on PostgreSQL; nothing on
// SQLite, where RETURNING makes every insert about three times as slow (it runs as a trigger
// into a temporary table) and the connection's last insert rowid is the same id.
QString returningId(const Database &db);
Result<qint64> insertReturningId(QSqlQuery &query, const QString &context);
Result<void> exec(const QSqlDatabase &db, const QString &statement, const QString &context);

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant epoch(const QDateTime &dt);
// "?, ?, ?" for columns = 1, else "(?, ?), (?, ?)" — rows groups of columns placeholders, for
// IN lists bound by position.
QString placeholders(size_t rows, int columns);

// Bulk writes: many rows travel as ONE bound JSON array of arrays (Qt's per-statement and
// per-value overhead, not the database, is what costs with 100,000 rows). rowsFrom() is the
// FROM clause giving one row per element as column "value"; column(i, type) reads the i-th
// field of it ("BIGINT" or "TEXT"). SQLite: json_each; PostgreSQL: json_array_elements.
QString jsonRowsFrom(const Database &db);
QString jsonColumn(int index, const char *type); // seconds since 1970 UTC, or NULL
QDateTime fromEpoch(const QVariant &v); // null for NULL
// A table or column name quoted for SQL ("name", inner quotes doubled).
QString identifier(const QString &name);

} // namespace bantam::sql
