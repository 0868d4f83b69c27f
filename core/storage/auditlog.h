// AuditLog: the append-only record of who changed what — owners, stages, routing rules, users,
// teams, territories, permissions, score models. Services record entries inside their own
// transaction (so an entry exists exactly when its change does); nothing updates or deletes
// them, and the database refuses it (triggers, migration 6). The entity is a free kind string
// ("lead", "user", "team", "territory", "routing_rule", "score_model", ...).
#pragma once

#include "domain/auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace bantam {

class Database;

struct AuditFilter
{
    QString entity; // empty = any
    std::optional<qint64> entityId; // with entity
    std::optional<qint64> actorId; // who made the change
    QDateTime from, to; // [from, to); invalid = open
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Database &db)
        : m_db(db)
    { }

    // Inside the caller's transaction. The statement is prepared once per AuditLog object, so
    // bulk writers keep one object.
    Result<void> record(const AuditEntry &entry) const;
    // A change of one field; nothing is recorded when old and new are equal.
    Result<void> recordChange(std::optional<qint64> actorId, const QDateTime &at,
        const QString &entity, qint64 entityId, const QString &field, const QString &oldValue,
        const QString &newValue, const QString &reason = {}) const;

    // Newest first; one page.
    Result<std::vector<AuditEntry>> page(const AuditFilter &filter, qint64 offset, int limit) const;
    Result<qint64> count(const AuditFilter &filter) const;

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insert;
};

} // namespace bantam
