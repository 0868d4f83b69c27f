#include "recontact/recontactservice.h"

#include "clock.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/userrepository.h"

#include <map>

namespace bantam {

namespace {

constexpr int kBatch = 200; // leads per run; the next check takes the rest

} // namespace

RecontactService::RecontactService(const Database &db, const Clock &clock,
    const RoutingService &routing, const PipelineService &pipeline)
    : m_db(db)
    , m_clock(clock)
    , m_routing(routing)
    , m_pipeline(pipeline)
{ }

Result<std::vector<RecontactResult>> RecontactService::returnDue() const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    auto due = LeadRepository(m_db).recontactDue(today, kBatch);
    if (!due)
        return due.error();
    if (due->empty())
        return std::vector<RecontactResult>();
    auto loads = RoutingRepository(m_db).loads(QDateTime(today, QTime(0, 0), Qt::UTC));
    if (!loads)
        return loads.error();
    const UserRepository people(m_db);

    std::vector<RecontactResult> results;
    std::vector<qint64> release;
    std::vector<StageChange> changes;
    for (const Lead &lead : due.value()) {
        RecontactResult r;
        r.leadId = lead.id;
        r.leadName = lead.displayName();
        r.due = lead.recontactOn;
        r.why = RecontactReturn::Unowned;
        if (lead.ownerId) {
            auto owner = people.byId(*lead.ownerId);
            if (!owner)
                return owner.error();
            // The lead itself counts among the owner's open leads already.
            const auto load = loads->find(owner->id);
            const qint64 others = (load == loads->end() ? 0 : load->second.openLeads) - 1;
            if (!owner->active || !owner->isSales())
                r.why = RecontactReturn::OwnerInactive;
            else if (owner->isAbsentOn(today))
                r.why = RecontactReturn::OwnerAbsent;
            else if (owner->capacityOpen > 0 && others >= owner->capacityOpen)
                r.why = RecontactReturn::OwnerFull;
            else
                r.why = RecontactReturn::ToOwner;
            if (r.why != RecontactReturn::ToOwner)
                release.push_back(lead.id);
        }
        StageChange c;
        c.leadId = lead.id;
        c.action = PipelineAction::Promote;
        c.reason = recontactReturnCode(r.why);
        c.recontactOn = lead.recontactOn;
        changes.push_back(c);
        results.push_back(r);
    }
    // Owners first, then the stage: the re-contact date stays until the promotion clears it, so a
    // run cut short between the two is finished by the next one.
    if (!release.empty()) {
        if (auto r = m_routing.reroute(User(), release, tr("Back on its re-contact date")); !r)
            return r.error();
    }
    auto moved = m_pipeline.changeAutomatically(changes, PipelineService::Handover::Route);
    if (!moved)
        return moved.error();
    std::map<qint64, const Lead *> byId;
    for (const Lead &l : moved.value())
        byId[l.id] = &l;
    std::vector<RecontactResult> out;
    for (RecontactResult &r : results) {
        const auto it = byId.find(r.leadId);
        if (it == byId.end())
            continue; // another client returned it first
        r.ownerId = it->second->ownerId;
        r.ownerName = it->second->ownerName;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace bantam
