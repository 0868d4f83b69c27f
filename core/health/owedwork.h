// Owed work: what a change still owes after it committed — scoring the leads it created or
// changed, routing the new ones. It is done right after the commit; a crash (kill -9, power)
// in that window leaves it owed, and the database itself records it: an import batch marks the
// scores of the leads it changed stale in its own transaction, new leads have no score yet, and
// an import's new leads carry the reason code routing_owed until routing decides. finishOwedWork()
// finds and finishes it: on an import's start and resume, and by `bantam-cli check --repair`.
#pragma once

#include "result.h"

namespace bantam {

class Database;
class RoutingService;
class ScoringService;
struct User;

struct OwedWorkDone
{
    qint64 scored = 0;
    qint64 routed = 0; // of the routed leads, those that got an owner
    qint64 routedUnassigned = 0; // those routing left unassigned, now with the reason
};

// Scores, then routes (a promotion routes its new MQLs itself), in batches of 2,000 leads, each
// one transaction. No permission check: Bantam finishes its own work; actor is recorded as the
// one who caused the routing.
Result<OwedWorkDone> finishOwedWork(const Database &db, const ScoringService &scoring,
    const RoutingService &routing, const User &actor);

} // namespace bantam
