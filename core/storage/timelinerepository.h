// TimelineRepository: a lead's stage history and activities, written and read as one timeline.
#pragma once

#include "domain/activity.h"
#include "domain/historyentry.h"
#include "domain/stage.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

namespace bantam {

class SqliteStatement;

class Database;

struct TimelineItem
{
    enum class Kind { StageChange, Activity };
    Kind kind = Kind::Activity;
    QDateTime at;
    QString type; // history action or activity type
    QString fromStage; // stage keys, for stage changes
    QString toStage;
    QString reasonCode;
    QDate recontactOn; // stage changes: recycled until / back on (domain/recontact.h)
    QString text; // note or activity detail
    QString userName;
};

class TimelineRepository
{
public:
    explicit TimelineRepository(const Database &db)
        : m_db(db)
    { }

    Result<void> insertHistory(const HistoryEntry &entry) const;
    // Many entries (an import batch); PostgreSQL: one COPY.
    Result<void> insertHistory(const std::vector<HistoryEntry> &entries) const;
    Result<void> insertActivity(const Activity &activity) const;
    // Many activities (demo data); SQLite only runs them through one prepared statement.
    Result<void> insertActivities(const std::vector<Activity> &activities) const;
    // Newest first, at most limit items.
    Result<std::vector<TimelineItem>> forLead(qint64 leadId, int limit) const;
    Result<std::vector<HistoryEntry>> historyOf(qint64 leadId) const; // oldest first

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insertHistory; // prepared once per repository
    mutable std::optional<QSqlQuery> m_insertActivity;
    mutable std::shared_ptr<SqliteStatement> m_bulkHistory, m_bulkActivity; // SQLite bulk writes
};

} // namespace bantam
