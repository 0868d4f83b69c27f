// Small helpers around QSqlQuery: run a statement and turn failures into a user-facing Error.
#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QVariant>

namespace bantam::sql {

Error errorOf(const QSqlQuery &query, const QString &context);

// Prepares and executes; binds are done by the caller between prepare() and run().
Result<void> run(QSqlQuery &query, const QString &context);
// Runs an INSERT ... RETURNING id (SQLite >= 3.35 and PostgreSQL) and gives the new id.
Result<qint64> insertReturningId(QSqlQuery &query, const QString &context);
Result<void> exec(QSqlDatabase db, const QString &statement, const QString &context);

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); }
inline QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant epoch(const QDateTime &dt);   // seconds since 1970 UTC, or NULL
QDateTime fromEpoch(const QVariant &v); // null for NULL

} // namespace bantam::sql
