// Last change: who changed a lead last and how, from the audit log — for the messages of a
// conflict ("Lead 42 was already accepted by Anna Schmidt at 14:03.") and the detail panel's
// "changed by" line when someone else saved the open lead.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

class Database;

struct LastChange
{
    QString actorName; // empty: the system (scoring, routing, an import without a user)
    qint64 actorId = 0;
    QDateTime at;
    QString field; // the audit field: "stage", "accepted", "owner", a profile field, …
    QString newValue;
};

// The newest audit entry of the lead; nullopt when it has none (or it cannot be read).
std::optional<LastChange> lastChangeOf(const Database &db, qint64 leadId);

// The sentence for a conflict on the lead (its stage, owner or profile changed since the user
// read it), in the reader's language: "Lead 42 was already accepted by Anna Schmidt at 14:03."
// With no audit entry: "Lead 42 was changed by someone else in the meantime."
QString conflictMessage(const Database &db, qint64 leadId, const QDateTime &now);

// "at 14:03" today, "on 03.12.2026 at 14:03" before (locale formats).
QString whenText(const QDateTime &at, const QDateTime &now);

} // namespace bantam
