// RoutingService: routes leads with the RoutingEngine and applies the decisions, and reassigns
// leads by hand. Used alike by the GUI, bantam-cli and the services that create leads (new,
// imported, promoted to MQL), so every frontend routes the same way.
//
// Applying is one transaction: the engine's input is read inside it, then the owners, the
// assignment history (with the score at assignment), the audit rows, the unassigned reasons,
// the inbox entries and the round-robin state are written. The state is saved with an
// optimistic version check; when another instance routed for the same team meanwhile, the whole
// run is rolled back and repeated on fresh data.
#pragma once

#include "domain/lead.h"
#include "domain/user.h"
#include "pipeline/leadrouter.h"
#include "result.h"
#include "routing/routingengine.h"
#include "sla/leadrerouter.h"
#include "storage/routingrepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace bantam {

class Clock;
class Database;
class EventBus;
class SlaTracker;

struct RoutingRun
{
    std::vector<RoutingLeadRow> leads; // in the order of outcome.decisions
    RoutingOutcome outcome;
    std::vector<RoutingRule> rules;
    std::vector<User> users;
    RoutingBands bands; // which score the leads' bands were read from (the score driver)
    // When the run was decided, for decideNew(): the time its leads are written with.
    QDateTime decidedAt;
    bool applied = false;
    bool cancelled = false; // the caller's progress said stop: nothing was written

    const User *user(qint64 id) const;
    QString ruleName(std::optional<qint64> ruleId) const;
    QString reasonText(const RoutingDecision &decision) const; // empty when assigned
    QString reasonCode(const RoutingDecision &decision) const; // the same, as stored
};

// The reps' loads carried from one routing run to the next by a caller that routes many sets of
// new leads in a row (an import routes each batch): read once, then counted on with the leads
// each run assigns, instead of counting every rep's open leads again for each set. Forget() when
// leads were assigned some other way meanwhile (scoring promoted and routed some).
class RoutingLoads
{
public:
    void forget() { m_known = false; }

private:
    friend class RoutingService;
    bool m_known = false;
    QDate m_day; // assigned-today counts are for this day
    int m_runs = 0; // runs since read: read again now and then for other people's changes
    std::map<qint64, RepLoad> m_loads;
};

class RoutingService : public LeadRouter, public LeadRerouter
{
    Q_DECLARE_TR_FUNCTIONS(RoutingService)

public:
    RoutingService(const Database &db, const EventBus &events, const Clock &clock);

    // progress(done, total) while leads are decided and written; returning false stops the
    // run, which then writes nothing and comes back with cancelled set. total is 0 until the
    // leads are read.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // What the rules (the stored ones, or the given edited set) would do with the unassigned
    // leads (leadIds empty) or the given ones; writes nothing.
    Result<RoutingRun> preview(const User &actor, const std::vector<qint64> &leadIds = {},
        const std::optional<std::vector<RoutingRule>> &rules = std::nullopt,
        const Progress &progress = {}) const;
    // Which score the rules' bands are read from now (the score driver, see RoutingBands).
    Result<RoutingBands> bands() const;
    // Routes and writes, in one transaction; team leads and admins.
    Result<RoutingRun> apply(const User &actor, const std::vector<qint64> &leadIds = {},
        const Progress &progress = {}) const;
    // Routing of new leads on behalf of the service that created, imported or promoted them;
    // no permission check (the actor is recorded as the one who caused it).
    Result<RoutingRun> routeAutomatically(
        const User &actor, const std::vector<qint64> &leadIds) const;
    // The same with the loads carried over from the caller's previous runs (and updated).
    Result<RoutingRun> routeAutomatically(
        const User &actor, const std::vector<qint64> &leadIds, RoutingLoads &carried) const;
    // Routing of new leads decided before they are written, so that each is inserted once with
    // its owner (or the reason it has none) in the caller's transaction (an import's batch):
    // 1. decideNew() with the leads as they will be written, their ids placeholders 1..n in the
    //    order of their insert (their real ids ascend in that order): the same decisions
    //    routeAutomatically() would make right after the insert. nullopt when that would read the
    //    reps' loads (carried unknown or due to be read again): route after the commit instead.
    // 2. Insert each lead with its decision's owner (updated_at decidedAt, version 2, as the
    //    owner update would leave it) or its unassigned reason and rule.
    // 3. recordNew() with the ids the leads got, in the order of their insert: assignment
    //    history, audit log, inbox and round-robin state (the decisions take the real ids).
    // 4. After the commit, newLeadsCommitted(): counts the carried loads on, tells the listeners.
    // The caller holds the write transaction from 1 to 3 (SQLite's: nobody routes in between).
    Result<std::optional<RoutingRun>> decideNew(
        const std::vector<RoutingLead> &leads, RoutingLoads &carried) const;
    Result<void> recordNew(
        const User &actor, RoutingRun &run, const std::vector<qint64> &ids) const;
    void newLeadsCommitted(RoutingRun &run, RoutingLoads &carried) const;
    // The same for the pipeline's handover of new MQLs, which needs only how many got an owner.
    Result<qint64> routeOnHandover(
        const User &actor, const std::vector<qint64> &leadIds) const override;

    // Moves leads to another owner with a reason, all or none. Permissions per lead (see
    // permissions::mayReassign). Never touches the stage. Gives how many leads moved (leads
    // already owned by the target are left as they are).
    // expectedOwnerId: the owner the user saw the leads with (0: unassigned); a lead that
    // someone else gave another owner meanwhile is a conflict that says who (nothing moves).
    // More than 500 leads: all are checked first (a refusal or conflict moves nothing), then
    // the job is recorded and the leads move in transactions of 500, so that other people's
    // writes get through in between; progress(moved so far) after each. A crash in the middle
    // leaves the job recorded: the next reassign(), finishReassignments() or `check --repair`
    // finishes it.
    using ReassignProgress = std::function<void(qint64 moved)>;
    Result<qint64> reassign(const User &actor, const std::vector<qint64> &leadIds, qint64 toUserId,
        const QString &reason, std::optional<qint64> expectedOwnerId = std::nullopt,
        const ReassignProgress &progress = {}) const;
    // Finishes the reassignments a crash left unfinished (health/owedwork.h); how many leads moved.
    Result<qint64> finishReassignments(const ReassignProgress &progress = {}) const;

    // Releases the leads' owners and routes them again by the rules (SLA escalation); no
    // permission check, like routeAutomatically(). The release is audited with the reason.
    Result<RoutingRun> reroute(
        const User &actor, const std::vector<qint64> &leadIds, const QString &reason) const;
    // The same for SLA escalation, which needs no run.
    Result<void> rerouteLeads(const User &actor, const std::vector<qint64> &leadIds,
        const QString &reason) const override;

private:
    struct ReassignStep
    {
        const User &actor;
        const User &target;
        QString reason;
        QDateTime now;
        RoutingBands bands; // the hot flag of the assignment follows the score driver
        const SlaTracker &sla; // one for the step: the SLA rules are read once
    };
    // A lead to reassign as it is now, with its owner.
    struct ReassignLead
    {
        Lead lead;
        std::optional<User> owner;
    };
    // The leads (in the order given), read a chunk at a time with their owners (each owner
    // read once): NotFound for a lead that is not there.
    Result<std::vector<ReassignLead>> reassignLeads(const std::vector<qint64> &leadIds) const;
    // One lead of a reassignment, inside the caller's transaction: Conflict if its owner is not
    // expectedOwnerId, Forbidden if the actor may not; false if the target owns it already.
    // write false: only these checks.
    Result<bool> reassignOne(const ReassignStep &step, const ReassignLead &lead,
        std::optional<qint64> expectedOwnerId, bool write) const;
    Result<RoutingRun> run(const User &actor, const std::vector<qint64> &leadIds,
        const std::optional<std::vector<RoutingRule>> &rules, bool write, bool automatic,
        RoutingLoads *carried = nullptr, const Progress &progress = {}) const;
    Result<RoutingRun> compute(const std::vector<qint64> &leadIds,
        const std::optional<std::vector<RoutingRule>> &rules, RoutingLoads *carried,
        const Progress &progress = {}) const;
    // Decides run.leads into run.outcome; false (nothing decided) when the loads would have to
    // be read and mayReadLoads is false.
    Result<bool> decide(RoutingRun &run, const std::optional<std::vector<RoutingRule>> &rules,
        RoutingLoads *carried, bool mayReadLoads, const Progress &progress = {}) const;
    static bool carriedLoadsFresh(const QDate &today, const RoutingLoads *carried);
    Result<std::map<qint64, RepLoad>> loads(const QDate &today, RoutingLoads *carried) const;
    // ownersWritten: the leads were inserted with their decisions (recordNew()).
    Result<void> write(
        const User &actor, const RoutingRun &run, bool automatic, bool ownersWritten = false) const;
    // After the run's commit: the carried loads counted on, the listeners told.
    void committed(RoutingRun &run, RoutingLoads *carried) const;

    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
};

} // namespace bantam
