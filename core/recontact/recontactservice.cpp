#include "recontact/recontactservice.h"

#include "clock.h"
#include "domain/storedtext.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "sla/slatracker.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/userrepository.h"

#include <set>

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
    // The stage first: the promotion is the claim. It writes each lead at the version read, so
    // of two clients returning the same lead at the same moment only one moves it (the other's
    // conditional UPDATE writes nothing and leaves it out), and only that one reroutes it and
    // tells its owner. New MQLs without an owner are routed by the handover.
    auto moved = m_pipeline.changeAutomatically(changes, PipelineService::Handover::Route);
    if (!moved)
        return moved.error();
    std::set<qint64> mine;
    for (const Lead &l : moved.value())
        mine.insert(l.id);
    std::vector<qint64> reroute;
    for (qint64 id : release) {
        if (mine.count(id))
            reroute.push_back(id);
    }
    // A run cut short here leaves such a lead with the owner it had; its first-touch service
    // level then escalates it (re-routes it) like any MQL its owner does not touch. Owners only
    // after the promotion, so that only the client whose promotion won reroutes.
    if (!reroute.empty()) {
        if (auto r = m_routing.reroute(User(), reroute, tr("Back on its re-contact date")); !r)
            return r.error();
        if (auto w = clocksFollowOwners(reroute); !w)
            return w.error();
    }
    std::vector<RecontactResult> out;
    for (RecontactResult &r : results) {
        if (!mine.count(r.leadId))
            continue; // another client returned it first
        auto now = LeadRepository(m_db).byId(r.leadId);
        if (!now)
            return now.error();
        r.ownerId = now->ownerId;
        r.ownerName = now->ownerName;
        out.push_back(std::move(r));
    }
    if (auto told = tellOwners(out); !told)
        return told.error();
    return out;
}

// The first-touch clock the promotion started for the old owner follows the rep the rules chose
// (routing leaves clocks alone: it places new leads, which have none yet).
Result<void> RecontactService::clocksFollowOwners(const std::vector<qint64> &leadIds) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const SlaTracker clocks(m_db);
    const LeadRepository leads(m_db);
    const QDateTime now = m_clock.now();
    for (qint64 id : leadIds) {
        auto lead = leads.byId(id);
        if (!lead)
            return lead.error();
        if (auto w = clocks.ownerChanged(lead.value(), now); !w)
            return w;
    }
    return tx.commit();
}

// Its owner sees in the inbox that the lead came back, and why (in the reader's language).
Result<void> RecontactService::tellOwners(const std::vector<RecontactResult> &returned) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Inbox inbox(m_db);
    const QDateTime now = m_clock.now();
    for (const RecontactResult &r : returned) {
        if (!r.ownerId)
            continue; // routing found nobody: the team leads hear of that from routing
        InboxItem item;
        item.userId = *r.ownerId;
        item.at = now;
        item.kind = InboxItem::Kind::RecontactReturned;
        item.leadId = r.leadId;
        item.detail = storedtext::encode(
            "recontact_returned", {recontactReturnCode(r.why), r.due.toString(Qt::ISODate)});
        if (auto w = inbox.add(item); !w)
            return w;
    }
    return tx.commit();
}

} // namespace bantam
