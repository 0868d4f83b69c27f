#include "storage/settingstable.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace bantam {

Result<QMap<QString, QString>> SettingsTable::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value FROM %1").arg(m_table));
    if (auto r = sql::run(q, Database::tr("reading the settings (%1)").arg(m_table)); !r)
        return r.error();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<QString> SettingsTable::set(
    const QString &key, const QString &value, const QDateTime &now, qint64 actorId) const
{
    const QString context = Database::tr("saving the setting %1 (%2)").arg(key, m_table);
    QSqlQuery read(m_db.connection());
    read.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = :key").arg(m_table));
    read.bindValue(QStringLiteral(":key"), key);
    if (auto r = sql::run(read, context); !r)
        return r.error();
    if (!read.next())
        return Error::notFound(Database::tr("There is no setting %1 (%2).").arg(key, m_table));
    const QString before = read.value(0).toString();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET value = :value, updated_at = :at, updated_by = :by "
                             "WHERE key = :key")
                  .arg(m_table));
    q.bindValue(QStringLiteral(":value"), value);
    q.bindValue(QStringLiteral(":at"), sql::epoch(now));
    q.bindValue(QStringLiteral(":by"), actorId ? QVariant(actorId) : QVariant());
    q.bindValue(QStringLiteral(":key"), key);
    if (auto r = sql::run(q, context); !r)
        return r.error();
    return before;
}

} // namespace bantam
