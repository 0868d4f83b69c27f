// SlaRepository: all SQL of the service-level tables — the business calendar, the policies, the
// clocks, the recorded breaches and the MQL targets. Never opens a transaction (services do).
#pragma once

#include "result.h"
#include "sla/slapolicy.h"

#include <QSqlQuery>

#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

// An open clock past due that has not been escalated yet, with whom to tell.
struct DueBreach
{
    qint64 clockId = 0;
    qint64 leadId = 0;
    qint64 policyId = 0;
    std::optional<qint64> ownerId;
    std::optional<qint64> teamId; // the owner's team
    QDateTime dueAt;
};

class SlaRepository
{
public:
    explicit SlaRepository(const Database &db)
        : m_db(db)
    { }

    // The calendar, policies and rules as stored.
    Result<BusinessCalendar> calendar() const;
    Result<std::vector<SlaPolicy>> policies() const; // by sort order
    Result<SlaRules> rules() const;

    Result<void> setTimeZone(const QByteArray &zoneId) const;
    Result<void> setWorkingHours(int weekday, const WorkingHours &hours) const;
    Result<void> addHoliday(const QDate &day, const QString &name) const; // replaces the name
    Result<bool> removeHoliday(const QDate &day) const; // false if there was none
    Result<qint64> insertPolicy(const SlaPolicy &policy) const;
    Result<void> updatePolicy(const SlaPolicy &policy) const;

    // Clocks.
    Result<std::vector<SlaClock>> openClocks(qint64 leadId) const;
    Result<std::vector<SlaClock>> clocksOf(qint64 leadId) const; // all, oldest first
    // Inserts the new clocks (id 0, given their id) and updates the changed ones.
    Result<void> save(std::vector<SlaClock> &clocks) const;
    Result<void> deleteAllClocks() const;

    // Escalation.
    Result<std::vector<DueBreach>> dueForEscalation(const QDateTime &now, int limit) const;
    Result<void> recordBreach(const DueBreach &breach, const QDateTime &now) const;

    // Marketing's MQL volume target per month ("2026-03").
    Result<std::map<QString, qint64>> mqlTargets() const;
    Result<void> setMqlTarget(
        const QString &month, std::optional<qint64> target) const; // nullopt removes

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insert; // prepared once per repository (rebuild)
    mutable std::optional<QSqlQuery> m_update;
};

} // namespace bantam
