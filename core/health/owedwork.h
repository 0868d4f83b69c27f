// Owed work: what a change still owes after it committed — scoring the leads it created or
// changed, routing the new ones. It is done right after the commit; a crash (kill -9, power)
// in that window leaves it owed, and the database itself records it: an import batch marks the
// scores of the leads it changed stale in its own transaction, new leads have no score yet, and
// an import's new leads and the new MQLs of a promotion carry the reason code routing_owed until
// routing decides, and a lead whose committed score reached the MQL threshold while it is still
// in stage Lead owes its promotion (ScoringService::promotionOwed()); a large reassignment keeps
// the leads it has still to move in reassignment_job_leads. finishOwedWork() finds and
// finishes it: on an import's start and resume, after a recompute or model save in bantam-cli,
// by `bantam-cli check --repair`, and when the window opens a database.
#pragma once

#include "result.h"

#include <QString>

namespace bantam {

class Database;
class RoutingService;
class ScoringService;
struct User;

struct OwedWorkDone
{
    qint64 scored = 0;
    qint64 promoted = 0; // to MQL, then routed with the rest
    qint64 reassigned = 0; // by a reassignment a crash left unfinished
    qint64 routed = 0; // of the routed leads, those that got an owner
    qint64 routedUnassigned = 0; // those routing left unassigned, now with the reason
};

// What was done, for people, in the reader's language and with plural forms: "3 leads scored,
// 1 promoted to MQL, 1 routed to an owner, 0 left unassigned with the reason, 0 reassigned".
QString owedWorkDoneText(const OwedWorkDone &done);

// Finishes unfinished reassignments, then scores, promotes and routes (a promotion routes its new
// MQLs itself), in batches of 2,000 leads, each one transaction. No permission check: Bantam
// finishes its own work; actor is recorded as the one who caused the routing.
Result<OwedWorkDone> finishOwedWork(const Database &db, const ScoringService &scoring,
    const RoutingService &routing, const User &actor);

} // namespace bantam
