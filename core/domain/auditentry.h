// AuditEntry: one row of the audit log — who changed which field of what, from what to what,
// when and why.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> actorId; // nullopt: the system (e.g. a migration)
    QString actorName; // when read
    QString entity;
    std::optional<qint64> entityId;
    QString field;
    QString oldValue; // null = none
    QString newValue;
    QString reason;
};

} // namespace bantam
