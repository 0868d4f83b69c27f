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
Result<void> exec(QSqlDatabase db, const QString &statement, const QString &context);

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); }
inline QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant epoch(const QDateTime &dt);   // seconds since 1970 UTC, or NULL
QDateTime fromEpoch(const QVariant &v); // null for NULL

} // namespace bantam::sql
