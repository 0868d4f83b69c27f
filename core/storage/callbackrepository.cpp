#include "storage/callbackrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace bantam {

namespace {

const QString kColumns = QStringLiteral(
    "cb.id, cb.lead_id, cb.due_at, cb.note, cb.call_id, cb.created_at, cb.created_by, "
    "cb.done_at, cb.notified_at");

Callback readCallback(const QSqlQuery &q)
{
    Callback c;
    c.id = q.value(0).toLongLong();
    c.leadId = q.value(1).toLongLong();
    c.dueAt = sql::fromEpoch(q.value(2));
    c.note = q.value(3).toString();
    if (!q.value(4).isNull())
        c.callId = q.value(4).toLongLong();
    c.createdAt = sql::fromEpoch(q.value(5));
    if (!q.value(6).isNull())
        c.createdBy = q.value(6).toLongLong();
    c.doneAt = sql::fromEpoch(q.value(7));
    c.notifiedAt = sql::fromEpoch(q.value(8));
    return c;
}

} // namespace

Result<qint64> CallbackRepository::insert(const Callback &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO callbacks (lead_id, due_at, note, call_id, created_at, "
                             "created_by) VALUES (:lead, :due, :note, :call, :at, :by)")
        + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":lead"), c.leadId);
    q.bindValue(QStringLiteral(":due"), sql::epoch(c.dueAt));
    q.bindValue(QStringLiteral(":note"), sql::text(c.note));
    q.bindValue(QStringLiteral(":call"), c.callId ? QVariant(*c.callId) : QVariant());
    q.bindValue(QStringLiteral(":at"), sql::epoch(c.createdAt));
    q.bindValue(QStringLiteral(":by"), c.createdBy ? QVariant(*c.createdBy) : QVariant());
    return sql::insertReturningId(
        q, Database::tr("scheduling a callback for lead %1").arg(c.leadId));
}

Result<int> CallbackRepository::completeOpen(qint64 leadId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE callbacks SET done_at = :now WHERE lead_id = :lead AND done_at IS NULL"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("completing the callbacks of lead %1").arg(leadId)); !r)
        return r.error();
    return q.numRowsAffected();
}

Result<std::vector<Callback>> CallbackRepository::openOf(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM callbacks cb WHERE cb.lead_id = :lead AND cb.done_at IS NULL "
                         "ORDER BY cb.due_at, cb.id"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the callbacks of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<Callback> out;
    while (q.next())
        out.push_back(readCallback(q));
    return out;
}

Result<std::vector<DueCallback>> CallbackRepository::untold(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(", l.owner_id, l.first_name, l.last_name FROM callbacks cb JOIN leads l "
                         "ON l.id = cb.lead_id WHERE cb.done_at IS NULL AND cb.notified_at IS "
                         "NULL AND cb.due_at <= :now AND l.owner_id IS NOT NULL "
                         "ORDER BY cb.due_at, cb.id"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("finding the callbacks that are due")); !r)
        return r.error();
    std::vector<DueCallback> out;
    while (q.next()) {
        DueCallback d;
        d.callback = readCallback(q);
        d.ownerId = q.value(9).toLongLong();
        d.leadName
            = QStringLiteral("%1 %2").arg(q.value(10).toString(), q.value(11).toString()).trimmed();
        out.push_back(std::move(d));
    }
    return out;
}

Result<bool> CallbackRepository::markTold(qint64 callbackId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE callbacks SET notified_at = :now WHERE id = :id AND notified_at IS NULL"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":id"), callbackId);
    if (auto r = sql::run(q, Database::tr("noting callback %1 as told").arg(callbackId)); !r)
        return r.error();
    return q.numRowsAffected() > 0;
}

} // namespace bantam
