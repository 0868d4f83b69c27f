// RoutingRepository: all SQL of routing — the unassigned leads and rep loads the engine reads,
// the rules, the stored round-robin state, the owner column (only routing and reassignment write
// it), the assignment history and the unassigned reason. Callers own the transaction.
#pragma once

#include "domain/routingrule.h"
#include "domain/routingstate.h"
#include "result.h"

#include <QDateTime>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

struct RoutingLeadRow
{
    RoutingLead lead;
    QString unassignedReason; // as stored now
    std::optional<qint64> unassignedRuleId;
};

struct AssignmentRow
{
    qint64 leadId = 0;
    qint64 userId = 0;
    std::optional<qint64> previousUserId;
    QDateTime at;
    std::optional<qint64> actorId;
    QString kind; // "routing" or "reassign"
    std::optional<qint64> ruleId;
    int score = 0;
    bool hot = false;
    QString reason;
};

// A large reassignment in progress (RoutingService::reassign): who moves leads to whom, and why;
// its leads still to move are listed beside it until their chunk commits.
struct ReassignmentJob
{
    qint64 id = 0;
    qint64 actorId = 0;
    qint64 toUserId = 0;
    QString reason;
};

class RoutingRepository
{
public:
    explicit RoutingRepository(const Database &db)
        : m_db(db)
    { }

    // Unassigned leads in an open stage (Lead, MQL, SQL): all of them (ids empty), or those of
    // ids. Fast-track first, then by score (highest first), then oldest first.
    Result<std::vector<RoutingLeadRow>> unassignedLeads(const std::vector<qint64> &ids = {}) const;
    // Open leads per owner, and leads assigned per user since dayStart.
    Result<std::map<qint64, RepLoad>> loads(const QDateTime &dayStart) const;

    // The team lead's unassigned queue, one page: open leads without an owner, newest first.
    struct QueueRow
    {
        qint64 id = 0;
        QString name, company, country, source, stage;
        int score = 0;
        QString reason; // code as stored ("" = not routed yet)
        QString ruleName; // for no_rep
    };
    Result<std::vector<QueueRow>> queue(int limit, qint64 offset) const;
    Result<qint64> queueCount() const;
    // The reason code of new leads whose routing is owed: set in the transaction that created
    // them, replaced when routing writes its decision (health/owedwork.h).
    static QString routingOwed() { return QStringLiteral("routing_owed"); }
    Result<void> markRoutingOwed(const std::vector<qint64> &leadIds) const;

    Result<std::vector<RoutingRule>> rules() const; // by position
    Result<RoutingRule> rule(qint64 id) const;
    Result<qint64> insertRule(const RoutingRule &rule, const QDateTime &now) const;
    Result<void> updateRule(const RoutingRule &rule, const QDateTime &now) const;
    Result<void> deleteRule(qint64 id) const;

    Result<std::map<qint64, TeamCursor>> cursors() const;
    // Writes the team's state if its stored version is still cursor.version (then bumps it);
    // a Conflict when another instance routed for the team in the meantime.
    Result<void> saveCursor(qint64 teamId, const TeamCursor &cursor) const;

    // Sets the owner of an unassigned lead (Conflict if it has one now); clears the reason.
    Result<void> assignUnowned(qint64 leadId, qint64 userId, const QDateTime &now) const;
    // One lead a routing run assigned, in the order the run decided.
    struct RoutedLead
    {
        qint64 leadId = 0;
        qint64 userId = 0;
        std::optional<qint64> ruleId;
        int score = 0;
        bool hot = false;
        QString reason; // stored message code, for the history and the audit log
        QString login; // the new owner's, for the audit log
    };
    // Writes a routing run's assignments set-based: the decisions go into a temporary table,
    // then one UPDATE ... FROM sets the owners (Conflict unless every lead is still unassigned;
    // the reason is cleared), and one INSERT ... SELECT each writes the assignment history (kind
    // "routing") and the audit log's owner change, in decision order.
    Result<void> assignRouted(const std::vector<RoutedLead> &leads, std::optional<qint64> actorId,
        const QDateTime &now) const;
    // The same for leads that were inserted with their owners (routing decided before the insert,
    // RoutingService::decideNew): only the assignment history and the audit log.
    Result<void> recordRouted(const std::vector<RoutedLead> &leads, std::optional<qint64> actorId,
        const QDateTime &now) const;
    // Moves a lead to another owner if its version is still expectedVersion.
    // The lead goes back to the unassigned queue (reason: why), if it is still at the version.
    Result<void> releaseOwner(
        qint64 leadId, const QString &reason, int expectedVersion, const QDateTime &now) const;
    Result<void> changeOwner(
        qint64 leadId, qint64 userId, int expectedVersion, const QDateTime &now) const;
    // Why leads stayed unassigned (one statement for all of them).
    struct UnassignedReason
    {
        qint64 leadId = 0;
        QString reason;
        std::optional<qint64> ruleId;
    };
    Result<void> setUnassignedReasons(const std::vector<UnassignedReason> &reasons) const;
    Result<void> insertAssignment(const AssignmentRow &row) const;

    // Reassignment jobs (migration 20): recorded in one transaction with all their leads, then
    // each chunk's leads leave the list in the chunk's own transaction.
    Result<qint64> insertReassignmentJob(
        const ReassignmentJob &job, const std::vector<qint64> &leadIds, const QDateTime &now) const;
    Result<std::vector<ReassignmentJob>> reassignmentJobs() const; // oldest first
    // The next leads of a job still to move, by id.
    Result<std::vector<qint64>> reassignmentJobLeads(qint64 jobId, int limit) const;
    Result<void> removeReassignmentJobLeads(qint64 jobId, const std::vector<qint64> &leadIds) const;
    Result<void> deleteReassignmentJob(qint64 jobId) const;
    // For leads written straight to the tables with an owner (demo data): an assignment by
    // routing when the lead became MQL, with its score and band, for those that have none.
    Result<void> recordOwnersAsRouted() const;

private:
    Result<void> stageRouted(const std::vector<RoutedLead> &leads) const;
    // The staged leads' assignment history and audit rows; empties the staging table.
    Result<void> recordStaged(std::optional<qint64> actorId, const QDateTime &now) const;

    const Database &m_db;
    mutable std::optional<QSqlQuery> m_assign, m_assignment, m_reason;
};

} // namespace bantam
