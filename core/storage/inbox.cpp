#include "storage/inbox.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace bantam {

Result<void> Inbox::add(const InboxItem &item) const
{
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(
            QStringLiteral("INSERT INTO inbox (user_id, created_at, kind, lead_id, "
                           "other_user_id, count, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, item.userId);
    q.bindValue(1, sql::epoch(item.at));
    q.bindValue(2, inboxKindKey(item.kind));
    q.bindValue(3, item.leadId ? QVariant(*item.leadId) : QVariant());
    q.bindValue(4, item.otherUserId ? QVariant(*item.otherUserId) : QVariant());
    q.bindValue(5, item.count);
    q.bindValue(6, sql::text(item.detail));
    return sql::run(q, tr("writing to the inbox"));
}

Result<std::vector<InboxItem>> Inbox::items(
    qint64 userId, bool unreadOnly, int limit, qint64 offset) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.id, i.created_at, i.kind, i.lead_id, i.other_user_id, "
                             "u.name, i.count, i.detail, i.read_at FROM inbox i LEFT JOIN users u "
                             "ON u.id = i.other_user_id WHERE i.user_id = :user")
        + (unreadOnly ? QStringLiteral(" AND i.read_at IS NULL") : QString())
        + QStringLiteral(" ORDER BY i.created_at DESC, i.id DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, tr("reading the inbox")); !r)
        return r.error();
    std::vector<InboxItem> out;
    while (q.next()) {
        InboxItem i;
        i.id = q.value(0).toLongLong();
        i.userId = userId;
        i.at = sql::fromEpoch(q.value(1));
        const QString kind = q.value(2).toString();
        for (auto k : {InboxItem::Kind::ReassignedTo, InboxItem::Kind::ReassignedFrom,
                 InboxItem::Kind::RoutingFailed, InboxItem::Kind::SlaBreached,
                 InboxItem::Kind::CallbackDue, InboxItem::Kind::RecontactReturned}) {
            if (kind == inboxKindKey(k))
                i.kind = k;
        }
        if (!q.value(3).isNull())
            i.leadId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            i.otherUserId = q.value(4).toLongLong();
        i.otherUserName = q.value(5).toString();
        i.count = q.value(6).toLongLong();
        i.detail = q.value(7).toString();
        i.readAt = sql::fromEpoch(q.value(8));
        out.push_back(std::move(i));
    }
    return out;
}

Result<qint64> Inbox::unreadCount(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM inbox WHERE user_id = :user AND read_at IS NULL"));
    q.bindValue(QStringLiteral(":user"), userId);
    if (auto r = sql::run(q, tr("reading the inbox")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<void> Inbox::markRead(
    qint64 userId, std::optional<qint64> itemId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE inbox SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
        + (itemId ? QStringLiteral(" AND id = :id") : QString()));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":user"), userId);
    if (itemId)
        q.bindValue(QStringLiteral(":id"), *itemId);
    return sql::run(q, tr("marking inbox items as read"));
}

} // namespace bantam
