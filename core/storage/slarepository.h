// SlaRepository: all SQL of the service-level tables — the business calendar, the policies, the
// clocks, the recorded breaches and the MQL targets — and the reads a rebuild of the clocks
// replays. Never opens a transaction (services do).
#pragma once

#include "domain/businesscalendar.h"
#include "domain/slaclock.h"
#include "domain/slapolicy.h"
#include "result.h"
#include "storage/deferredindexes.h"

#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace bantam {

class Database;
class SqliteStatement;

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

// The lowest and highest lead id and the number of leads.
struct LeadIdRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0;
};

// One thing that happened to a lead, as the rebuild replays it: a stage change from the history
// or an activity.
struct SlaLeadEvent
{
    QDateTime at;
    bool isActivity = false;
    QString action; // history action or activity type
    std::optional<Stage> from;
    Stage to = Stage::Lead;
};

class SlaRepository
{
public:
    explicit SlaRepository(const Database &db)
        : m_db(db)
    { }

    // The calendar and policies as stored (SlaRules::load() makes the rules of them).
    Result<BusinessCalendar> calendar() const;
    Result<std::vector<SlaPolicy>> policies() const; // by sort order

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
    // The clocks (and their breaches) of the leads with ids in [fromId, toId).
    Result<void> deleteClocks(qint64 fromId, qint64 toId) const;

    // Reading for a rebuild of all clocks, batch by batch of lead ids [fromId, toId): the leads as
    // the rules see them now, and what happened to them (stage changes, and activities of the
    // given types) in no particular order.
    Result<LeadIdRange> leadIdRange() const;
    Result<std::map<qint64, SlaLeadFacts>> leadFacts(qint64 fromId, qint64 toId) const;
    Result<std::map<qint64, std::vector<SlaLeadEvent>>> leadEvents(
        qint64 fromId, qint64 toId, const QStringList &activityTypes) const;
    // For a rebuild in one transaction: drops the clock tables' indexes but the one that finds a
    // lead's clocks (deleteClocks and recordPastBreaches read by lead), to be made again after it.
    Result<DeferredIndexes> dropIndexesForRebuild() const;
    // Records every open clock of the leads [fromId, toId) already past due as breached at its
    // due time, and as escalated (a rebuild does not escalate again what was breached before it).
    Result<void> recordPastBreaches(const QDateTime &now, qint64 fromId, qint64 toId) const;

    // Escalation.
    Result<std::vector<DueBreach>> dueForEscalation(const QDateTime &now, int limit) const;
    // Escalation runs in one client per database: on a team database the one whose connection
    // holds the escalation lock (a session advisory lock, taken here and kept until that
    // connection closes); false while another connection holds it. A file: always true (its
    // writers queue on the file's lock, and escalation reads inside its write transaction).
    Result<bool> holdEscalationLock() const;
    Result<void> recordBreach(const DueBreach &breach, const QDateTime &now) const;

    // Marketing's MQL volume target per month ("2026-03").
    Result<std::map<QString, qint64>> mqlTargets() const;
    Result<void> setMqlTarget(
        const QString &month, std::optional<qint64> target) const; // nullopt removes

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insert; // prepared once per repository (rebuild)
    mutable std::optional<QSqlQuery> m_update;
    mutable std::shared_ptr<SqliteStatement> m_bulkInsert; // SQLite: the new clocks
    mutable std::optional<QSqlQuery> m_openClocks;
};

} // namespace bantam
