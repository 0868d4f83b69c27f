#include "support/rawsqlite.h"

#include <QSqlQuery>
#include <QUuid>

namespace bantam::testing {

RawSqlite::RawSqlite(const QString &path)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    m_open = db.open();
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawSqlite::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QVariant RawSqlite::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

bool RawSqlite::exec(const QString &sql) const
{
    QSqlQuery q(db());
    return q.exec(sql);
}

} // namespace bantam::testing
