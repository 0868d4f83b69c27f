#include "health/owedwork.h"

#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "storage/consistencyqueries.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace bantam {

namespace {
constexpr size_t kBatch = 2000;

std::vector<std::vector<qint64>> batches(const std::vector<qint64> &ids)
{
    std::vector<std::vector<qint64>> out;
    for (size_t i = 0; i < ids.size(); i += kBatch)
        out.emplace_back(
            ids.begin() + qsizetype(i), ids.begin() + qsizetype(std::min(ids.size(), i + kBatch)));
    return out;
}
} // namespace

QString owedWorkDoneText(const OwedWorkDone &done)
{
    const auto n = [](qint64 count) { return int(std::min<qint64>(count, INT_MAX)); };
    return QStringList {
        QCoreApplication::translate("OwedWork", "%n lead(s) scored", "", n(done.scored)),
        QCoreApplication::translate("OwedWork", "%n promoted to MQL", "", n(done.promoted)),
        QCoreApplication::translate("OwedWork", "%n routed to an owner", "", n(done.routed)),
        QCoreApplication::translate(
            "OwedWork", "%n left unassigned with the reason", "", n(done.routedUnassigned)),
        QCoreApplication::translate("OwedWork", "%n reassigned", "", n(done.reassigned))}
        .join(QLatin1String(", "));
}

Result<OwedWorkDone> finishOwedWork(const Database &db, const ScoringService &scoring,
    const RoutingService &routing, const User &actor)
{
    const ConsistencyQueries queries(db);
    OwedWorkDone done;
    auto reassigned = routing.finishReassignments();
    if (!reassigned)
        return reassigned.error();
    done.reassigned = reassigned.value();
    auto active = scoring.activeModel();
    if (!active)
        return active.error();
    auto unscored = queries.notScoredBy(active->version);
    if (!unscored)
        return unscored.error();
    for (const std::vector<qint64> &batch : batches(unscored.value())) {
        auto scored = scoring.rescore(batch);
        if (!scored)
            return scored.error();
        done.scored += scored->leads;
    }
    // Every scoring promotes what reached the threshold; this catches a crash in between.
    auto promoted = scoring.promoteReachedLeads();
    if (!promoted)
        return promoted.error();
    done.promoted = promoted.value();
    auto unrouted = queries.routingOwed();
    if (!unrouted)
        return unrouted.error();
    for (const std::vector<qint64> &batch : batches(unrouted.value())) {
        auto routed = routing.routeAutomatically(actor, batch);
        if (!routed)
            return routed.error();
        done.routed += routed->outcome.assigned;
        done.routedUnassigned += routed->outcome.unassigned;
    }
    return done;
}

} // namespace bantam
