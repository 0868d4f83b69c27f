// InboxItem: one in-app notification of a user — a lead reassigned to or away from them, leads
// routing could not place, a breached service level, a callback that is due, a recycled lead back
// on its re-contact date — and its text for people.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

struct InboxItem
{
    enum class Kind {
        ReassignedTo,
        ReassignedFrom,
        RoutingFailed,
        SlaBreached,
        CallbackDue,
        RecontactReturned, // back on its re-contact date (detail: why, a stored text)
    };
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime at;
    Kind kind = Kind::ReassignedTo;
    std::optional<qint64> leadId;
    std::optional<qint64> otherUserId; // the other owner (reassignment)
    QString otherUserName; // when read
    qint64 count = 1; // routing failures: how many leads
    QString detail; // the reason given, or why routing failed
    QDateTime readAt;

    QString text() const; // for people, translated
};

QString inboxKindKey(InboxItem::Kind kind);

} // namespace bantam
