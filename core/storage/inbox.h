// Inbox: the stored in-app notifications per user (domain/inboxitem.h) — a lead reassigned to
// you or away from you, leads that routing could not place (to team leads), breached service
// levels. Written by the services inside their transaction.
#pragma once

#include "domain/inboxitem.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace bantam {

class Database;

class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    explicit Inbox(const Database &db)
        : m_db(db)
    { }

    Result<void> add(const InboxItem &item) const; // inside the caller's transaction
    // Newest first.
    Result<std::vector<InboxItem>> items(
        qint64 userId, bool unreadOnly, int limit, qint64 offset = 0) const;
    Result<qint64> unreadCount(qint64 userId) const;
    // Marks one item (id) or all of the user's (nullopt) as read.
    Result<void> markRead(qint64 userId, std::optional<qint64> itemId, const QDateTime &now) const;

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insert;
};

} // namespace bantam
