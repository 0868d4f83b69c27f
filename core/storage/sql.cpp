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
    return Error{kind,
                 Database::tr("Database error while %1: %2")
                     .arg(context, text),
                 {}};
}

Result<void> run(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorOf(query, context);
    return {};
}

QString returningId(const Database &db)
{
    return db.dialect() == Database::Dialect::Postgres ? QStringLiteral(" RETURNING id") : QString();
}

Result<qint64> insertReturningId(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorOf(query, context);
    const QVariant id = query.isSelect() ? (query.next() ? query.value(0) : QVariant()) : query.lastInsertId();
    query.finish();
    if (!id.isValid())
        return Error::storage(Database::tr("Database error while %1: no id returned").arg(context));
    return id.toLongLong();
}

Result<void> exec(QSqlDatabase db, const QString &statement, const QString &context)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return errorOf(q, context);
    return {};
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

} // namespace bantam::sql
