#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace bantam {

Result<void> AuditLog::record(const AuditEntry &e) const
{
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor_id, entity, entity_id, field, old_value, new_value, "
            "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, sql::epoch(e.at));
    q.bindValue(1, e.actorId ? QVariant(*e.actorId) : QVariant());
    q.bindValue(2, e.entity);
    q.bindValue(3, e.entityId ? QVariant(*e.entityId) : QVariant());
    q.bindValue(4, sql::text(e.field));
    q.bindValue(5, e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue));
    q.bindValue(6, e.newValue.isNull() ? QVariant() : QVariant(e.newValue));
    q.bindValue(7, sql::text(e.reason));
    return sql::run(q, tr("writing the audit log"));
}

Result<void> AuditLog::recordChange(std::optional<qint64> actorId, const QDateTime &at,
    const QString &entity, qint64 entityId, const QString &field, const QString &oldValue,
    const QString &newValue, const QString &reason) const
{
    if (oldValue == newValue) // QString: null and empty are equal
        return {};
    AuditEntry e;
    e.at = at;
    e.actorId = actorId;
    e.entity = entity;
    e.entityId = entityId;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    return record(e);
}

namespace {
QString whereOf(const AuditFilter &f)
{
    QStringList w;
    if (!f.entity.isEmpty())
        w << QStringLiteral("a.entity = :entity");
    if (f.entityId)
        w << QStringLiteral("a.entity_id = :eid");
    if (f.actorId)
        w << QStringLiteral("a.actor_id = :actor");
    if (f.from.isValid())
        w << QStringLiteral("a.at >= :from");
    if (f.to.isValid())
        w << QStringLiteral("a.at < :to");
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QLatin1String(" AND "));
}

void bindFilter(QSqlQuery &q, const AuditFilter &f)
{
    if (!f.entity.isEmpty())
        q.bindValue(QStringLiteral(":entity"), f.entity);
    if (f.entityId)
        q.bindValue(QStringLiteral(":eid"), *f.entityId);
    if (f.actorId)
        q.bindValue(QStringLiteral(":actor"), *f.actorId);
    if (f.from.isValid())
        q.bindValue(QStringLiteral(":from"), sql::epoch(f.from));
    if (f.to.isValid())
        q.bindValue(QStringLiteral(":to"), sql::epoch(f.to));
}
} // namespace

Result<std::vector<AuditEntry>> AuditLog::page(
    const AuditFilter &filter, qint64 offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.at, a.actor_id, u.name, a.entity, a.entity_id, "
                             "a.field, a.old_value, a.new_value, a.reason FROM audit_log a "
                             "LEFT JOIN users u ON u.id = a.actor_id")
        + whereOf(filter)
        + QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT :limit OFFSET :offset"));
    bindFilter(q, filter);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, tr("reading the audit log")); !r)
        return r.error();
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::fromEpoch(q.value(1));
        if (!q.value(2).isNull())
            e.actorId = q.value(2).toLongLong();
        e.actorName = q.value(3).toString();
        e.entity = q.value(4).toString();
        if (!q.value(5).isNull())
            e.entityId = q.value(5).toLongLong();
        e.field = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        e.reason = q.value(9).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Result<qint64> AuditLog::count(const AuditFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log a") + whereOf(filter));
    bindFilter(q, filter);
    if (auto r = sql::run(q, tr("counting the audit log")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace bantam
