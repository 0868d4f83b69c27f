#include "storage/sql.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace bantam::sql {

Error errorOf(const QSqlQuery &query, const QString &context)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    auto kind = Error::Kind::Storage;
    if (text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("duplicate key"), Qt::CaseInsensitive))
        kind = Error::Kind::Conflict;
    return Error {kind, Database::tr("Database error while %1: %2").arg(context, text), {}};
}

Result<void> run(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorOf(query, context);
    return {};
}

QString returningId(const Database &db)
{
    return db.dialect() == Database::Dialect::Postgres ? QStringLiteral(" RETURNING id")
                                                       : QString();
}

Result<qint64> insertReturningId(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorOf(query, context);
    const QVariant id
        = query.isSelect() ? (query.next() ? query.value(0) : QVariant()) : query.lastInsertId();
    query.finish();
    if (!id.isValid())
        return Error::storage(Database::tr("Database error while %1: no id returned").arg(context));
    return id.toLongLong();
}

Result<void> exec(const QSqlDatabase &db, const QString &statement, const QString &context)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return errorOf(q, context);
    return {};
}

QString placeholders(size_t rows, int columns)
{
    QStringList row;
    for (int c = 0; c < columns; ++c)
        row << QStringLiteral("?");
    const QString one = columns == 1
        ? row.front()
        : QLatin1Char('(') + row.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    all.reserve(qsizetype(rows));
    for (size_t r = 0; r < rows; ++r)
        all << one;
    return all.join(QLatin1String(", "));
}

QString jsonRowsFrom(const Database &db)
{
    return db.dialect() == Database::Dialect::Postgres
        ? QStringLiteral("json_array_elements(CAST(? AS json)) AS j(value)")
        : QStringLiteral("json_each(?) AS j");
}

QString jsonColumn(int index, const char *type)
{
    // ->> gives text in PostgreSQL and the SQL value in SQLite; the cast makes both the type.
    return QStringLiteral("CAST(j.value ->> %1 AS %2)").arg(index).arg(QLatin1String(type));
}

QVariant epoch(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpoch(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

} // namespace bantam::sql
