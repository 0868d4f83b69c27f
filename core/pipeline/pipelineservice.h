// PipelineService: the one place a lead's stage changes. Checks the transition table and the
// actor's permission, writes the lead, its history row and its audit row in one transaction,
// then publishes LeadStageChanged. A new MQL without an owner is marked routing owed in that
// transaction and routed after the commit.
#pragma once

#include "domain/lead.h"
#include "domain/transitions.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace bantam {

class Clock;
class Database;
class EventBus;
struct HistoryEntry;
class LeadRouter;

struct StageChange
{
    qint64 leadId = 0;
    PipelineAction action = PipelineAction::Promote;
    QString reason; // a code or label from the list, or free text (see ReasonRule); for
                    // automatic moves a code of Bantam's own, stored as given
    QString note; // optional remark
    QDate recontactOn; // recycling: when to call again; automatic moves: recorded in the history
                       // (a recycled lead's return names the date it was due)
    std::optional<int> expectedVersion; // the version the user saw; refused if it changed
};

class PipelineService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineService)

public:
    // What happens to leads an automatic move makes MQLs without an owner. Route: handed to the
    // routing rules after the commit, as after every move by a person. Keep: they stay unowned —
    // only for generated data (the demo), whose generator sets the owners itself.
    enum class Handover { Route, Keep };

    // A lead promoted to MQL without an owner is routed after the change commits.
    PipelineService(
        const Database &db, const EventBus &events, const Clock &clock, const LeadRouter &routing);

    Result<Lead> change(const User &actor, const StageChange &change) const;
    // Moves Bantam makes by itself (lead scoring promotes leads that reach the MQL threshold):
    // the transition table applies, no role does; the history has no actor. All in one
    // transaction; leads whose stage no longer allows the move, or that another client moved
    // at the same moment (their version changed under the write), are left out. Publishes
    // LeadStageChanged (actorId 0) for each lead moved, after the commit.
    Result<std::vector<Lead>> changeAutomatically(
        const std::vector<StageChange> &changes, Handover handover) const;

    // The moves the transition table offers from the lead's stage (regardless of role).
    static std::vector<Transition> movesFrom(const Lead &lead);
    // Whether the actor's role and the lead's owner allow the action (not the stage).
    Result<void> permitted(const User &actor, const Lead &lead, PipelineAction action) const;
    // The moves the actor may perform on the lead now.
    std::vector<Transition> allowedMoves(const User &actor, const Lead &lead) const;
    // Maps "move to stage X" (CLI) onto an action; recycling when a re-contact date is given.
    static Result<PipelineAction> actionForTarget(
        const Lead &lead, Stage to, bool withRecontactDate);

private:
    // The repositories a move writes through, kept for a whole batch of moves (their statements
    // are prepared once, the SLA rules read once).
    struct MoveWriters;
    // The move itself, inside the caller's transaction; actor null for automatic moves.
    // Routes the leads that just became MQLs without an owner (after the commit); how many got one.
    qint64 routeHandover(const User &actor, const std::vector<Lead> &moved) const;
    // The same leads marked routing owed inside the move's transaction, so that a crash before
    // routeHandover() leaves them for health/owedwork.h to route.
    Result<void> markHandoverOwed(const std::vector<Lead> &moved) const;
    Result<Lead> apply(const MoveWriters &writers, const User *actor, const StageChange &change,
        const Transition &t, const QString &reasonCode, const QString &note, Lead lead,
        HistoryEntry *history) const;
    Result<void> check(const User &actor, const Lead &lead, const StageChange &change,
        Transition *transition, QString *reasonCode, QString *note) const;

    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
    const LeadRouter &m_routing;
};

} // namespace bantam
