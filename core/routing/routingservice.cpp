#include "routing/routingservice.h"

#include "clock.h"
#include "domain/storedtext.h"
#include "events/eventbus.h"
#include "people/lastchange.h"
#include "people/leadaccess.h"
#include "people/permissions.h"
#include "people/recipients.h"
#include "scoring/scoringservice.h"
#include "sla/slatracker.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace bantam {

const User *RoutingRun::user(qint64 id) const
{
    for (const User &u : users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QString RoutingRun::ruleName(std::optional<qint64> ruleId) const
{
    if (!ruleId)
        return {};
    for (const RoutingRule &r : rules) {
        if (r.id == *ruleId)
            return r.name;
    }
    return QString::number(*ruleId);
}

QString RoutingRun::reasonText(const RoutingDecision &d) const
{
    return storedtext::render(reasonCode(d));
}

QString RoutingRun::reasonCode(const RoutingDecision &d) const
{
    return d.userId ? QString() : unassignedReasonCode(d.reason, ruleName(d.ruleId), d.skipped);
}

RoutingService::RoutingService(const Database &db, const EventBus &events, const Clock &clock)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
{ }

bool RoutingService::carriedLoadsFresh(const QDate &today, const RoutingLoads *carried)
{
    constexpr int kRunsBetweenReads = 50;
    return carried && carried->m_known && carried->m_day == today
        && carried->m_runs < kRunsBetweenReads;
}

Result<std::map<qint64, RepLoad>> RoutingService::loads(
    const QDate &today, RoutingLoads *carried) const
{
    if (carriedLoadsFresh(today, carried)) {
        ++carried->m_runs;
        return carried->m_loads;
    }
    auto read = RoutingRepository(m_db).loads(QDateTime(today, QTime(0, 0), Qt::UTC));
    if (read && carried) {
        carried->m_known = true;
        carried->m_day = today;
        carried->m_runs = 0;
        carried->m_loads = read.value();
    }
    return read;
}

namespace {

// The score driver as routing follows it: with the learned chance, bands are read from the chance
// against the active rule model's warm and hot thresholds.
Result<RoutingBands> routingBands(const Database &db)
{
    auto driver = readScoreDriver(db);
    if (!driver)
        return driver.error();
    RoutingBands bands;
    if (driver->driver != ScoreDriver::Learned)
        return bands;
    auto active = readActiveModel(db);
    if (!active)
        return active.error();
    bands.byChance = true;
    bands.warm = active->model.warm;
    bands.hot = active->model.hot;
    return bands;
}

} // namespace

Result<RoutingBands> RoutingService::bands() const
{
    return routingBands(m_db);
}

Result<RoutingRun> RoutingService::compute(const std::vector<qint64> &leadIds,
    const std::optional<std::vector<RoutingRule>> &rules, RoutingLoads *carried,
    const Progress &progress) const
{
    RoutingRun run;
    auto leads = RoutingRepository(m_db).unassignedLeads(leadIds);
    if (!leads)
        return leads.error();
    run.leads = std::move(leads).value();
    auto decided = decide(run, rules, carried, true, progress);
    if (!decided)
        return decided.error();
    return run;
}

Result<bool> RoutingService::decide(RoutingRun &run,
    const std::optional<std::vector<RoutingRule>> &rules, RoutingLoads *carried, bool mayReadLoads,
    const Progress &progress) const
{
    RoutingRepository repo(m_db);
    UserRepository people(m_db);
    auto bands = routingBands(m_db);
    if (!bands)
        return bands.error();
    run.bands = bands.value();
    if (run.bands.byChance) // read in the rule score's order (kLeadOrder)
        std::stable_sort(run.leads.begin(), run.leads.end(),
            [&run](const RoutingLeadRow &a, const RoutingLeadRow &b) {
                return routedBefore(a.lead, b.lead, run.bands);
            });
    if (rules) {
        run.rules = *rules;
    } else {
        auto stored = repo.rules();
        if (!stored)
            return stored.error();
        run.rules = std::move(stored).value();
    }
    auto users = people.all();
    if (!users)
        return users.error();
    run.users = std::move(users).value();
    auto territories = people.territories();
    if (!territories)
        return territories.error();
    const QDateTime now = m_clock.now();
    RoutingInput in;
    const bool anyRule = std::any_of(
        run.rules.begin(), run.rules.end(), [](const RoutingRule &r) { return r.active; });
    if (anyRule && !run.leads.empty()) { // else every lead is "no rule" whatever the loads
        if (!mayReadLoads && !carriedLoadsFresh(now.date(), carried))
            return false;
        auto loads = this->loads(now.date(), carried);
        if (!loads)
            return loads.error();
        auto cursors = repo.cursors();
        if (!cursors)
            return cursors.error();
        in.loads = std::move(loads).value();
        in.cursors = std::move(cursors).value();
    }
    in.leads.reserve(run.leads.size());
    for (const RoutingLeadRow &row : run.leads)
        in.leads.push_back(row.lead);
    applyRoutingBands(in.leads, run.bands);
    for (size_t i = 0; i < run.leads.size(); ++i)
        run.leads[i].lead.band = in.leads[i].band; // the band shown is the band matched on
    in.rules = run.rules;
    in.users = run.users;
    in.territories = std::move(territories).value();
    in.today = now.date();
    // Deciding is the first half of the progress, writing (apply) the second.
    const qint64 total = 2 * qint64(in.leads.size());
    auto outcome = RoutingEngine::route(
        in, [&progress, total](qint64 decided) { return !progress || progress(decided, total); });
    if (!outcome) {
        run.cancelled = true;
        return true;
    }
    run.outcome = std::move(outcome).value();
    return true;
}

namespace {

// From how many leads, and which share of all leads, a routing run makes the indexes holding
// the owner again after its writes rather than keeping them up (RoutingService::write): the
// rebuild costs about as much per lead of the table as the upkeep per routed lead over about a
// third of the table (sqlite3 shell, 100,000 leads).
constexpr qint64 kBulkRoutingFrom = 1000;
constexpr qint64 kBulkRoutingSharePercent = 40;

// The team a rule hands leads to: its target team, else its target user's team.
std::optional<qint64> ruleTeam(const RoutingRun &run, std::optional<qint64> ruleId)
{
    std::optional<qint64> team;
    for (const RoutingRule &r : run.rules) {
        if (ruleId && r.id == *ruleId) {
            team = r.targetTeamId;
            if (!team && r.targetUserId) {
                if (const User *u = run.user(*r.targetUserId))
                    team = u->teamId;
            }
        }
    }
    return team;
}

// Team leads to tell about leads routing could not place: those of the matched rule's team
// (people/recipients.h has the fallbacks).
std::vector<qint64> failureRecipients(const RoutingRun &run, std::optional<qint64> ruleId)
{
    return teamLeadsToTell(run.users, ruleTeam(run, ruleId));
}

// What one routing run writes about the leads it assigned, and whom to tell about the leads it
// could not place.
struct RoutingWrites
{
    struct Failure
    {
        qint64 count = 0;
        std::optional<qint64> leadId;
        QString detail;
    };
    std::vector<RoutingRepository::RoutedLead> routed;
    std::map<qint64, Failure> failures; // by recipient

    void assigned(const RoutingDecision &d, const QString &login, const QString &why)
    {
        routed.push_back({d.leadId, *d.userId, d.ruleId, d.score, d.hot, why, login});
    }

    void unplaced(const RoutingRun &run, const RoutingDecision &d)
    {
        for (qint64 to : failureRecipients(run, d.ruleId)) {
            Failure &f = failures[to];
            if (f.count++ == 0) {
                f.leadId = d.leadId;
                f.detail = run.reasonCode(d);
            }
        }
    }

    Result<void> notify(const Inbox &inbox, const QDateTime &now) const
    {
        for (const auto &[to, f] : failures) {
            InboxItem item;
            item.userId = to;
            item.at = now;
            item.kind = InboxItem::Kind::RoutingFailed;
            item.count = f.count;
            if (f.count == 1) {
                item.leadId = f.leadId;
                item.detail = f.detail;
            }
            if (auto w = inbox.add(item); !w)
                return w;
        }
        return {};
    }
};

// Stores the round-robin cursors the run moved.
Result<void> saveCursors(const RoutingRepository &repo, const RoutingRun &run)
{
    auto before = repo.cursors();
    if (!before)
        return before.error();
    for (const auto &[team, cursor] : run.outcome.cursors) {
        const auto old = before->find(team);
        if (old != before->end() && old->second == cursor)
            continue;
        if (auto w = repo.saveCursor(team, cursor); !w)
            return w;
    }
    return {};
}

// Where a reassignment is recorded.
struct ReassignmentRecords
{
    const RoutingRepository &repo;
    const AuditLog &audit;
    const Inbox &inbox;
};

// The record of one reassignment: the assignment history, the audit log, and the inbox of the new
// owner and (if any) the previous one.
Result<void> recordReassignment(const ReassignmentRecords &records, const User &actor,
    const Lead &lead, const std::optional<User> &owner, const User &target, const QString &reason,
    const QDateTime &now, const RoutingBands &bands)
{
    AssignmentRow a;
    a.leadId = lead.id;
    a.userId = target.id;
    a.previousUserId = owner ? std::optional<qint64>(owner->id) : std::nullopt;
    a.at = now;
    a.actorId = actor.id;
    a.kind = QStringLiteral("reassign");
    a.score = lead.score;
    a.hot = drivenBand(lead.scoreBand, lead.score, lead.chance, bands) == ScoreBand::Hot;
    a.reason = reason;
    if (auto w = records.repo.insertAssignment(a); !w)
        return w.error();
    if (auto w = records.audit.recordChange(actor.id, now, QStringLiteral("lead"), lead.id,
            QStringLiteral("owner"), owner ? owner->login : QString(), target.login, reason);
        !w)
        return w.error();
    InboxItem to;
    to.userId = target.id;
    to.at = now;
    to.kind = InboxItem::Kind::ReassignedTo;
    to.leadId = lead.id;
    to.otherUserId = a.previousUserId;
    to.detail = reason;
    if (auto w = records.inbox.add(to); !w)
        return w.error();
    if (owner) {
        InboxItem from = to;
        from.userId = owner->id;
        from.kind = InboxItem::Kind::ReassignedFrom;
        from.otherUserId = target.id;
        if (auto w = records.inbox.add(from); !w)
            return w.error();
    }
    return {};
}

} // namespace

Result<void> RoutingService::write(
    const User &actor, const RoutingRun &run, bool automatic, bool ownersWritten) const
{
    RoutingRepository repo(m_db);
    const Inbox inbox(m_db);
    const QDateTime now = run.decidedAt.isValid() ? run.decidedAt : m_clock.now();
    std::map<qint64, QString> logins;
    for (const User &u : run.users)
        logins[u.id] = u.login;
    // Bantam itself (scoring promotions, SLA escalation) routes with no actor.
    const std::optional<qint64> actorId = actor.id ? std::optional<qint64>(actor.id) : std::nullopt;

    // The assigned leads are written set-based (RoutingRepository::assignRouted): a few
    // statements for all of them, whatever their number.
    RoutingWrites writes;
    std::vector<RoutingRepository::UnassignedReason> reasons;
    for (size_t i = 0; i < run.leads.size(); ++i) {
        const RoutingLeadRow &row = run.leads[i];
        const RoutingDecision &d = run.outcome.decisions[i];
        if (d.userId) {
            const QString why = storedtext::encode(
                automatic ? "routing_auto" : "routing_manual", {run.ruleName(d.ruleId)});
            writes.assigned(d, logins[*d.userId], why);
            continue;
        }
        // Unassigned: record why, and tell the team leads the first time (not on every run).
        if (row.unassignedReason == d.reason && row.unassignedRuleId == d.ruleId)
            continue;
        reasons.push_back({d.leadId, d.reason, d.ruleId});
        writes.unplaced(run, d);
    }
    if (ownersWritten) { // the leads were inserted with their owners or reasons
        if (auto w = repo.recordRouted(writes.routed, actorId, now); !w)
            return w;
    } else {
        if (auto w = repo.setUnassignedReasons(reasons); !w)
            return w;
        // A run that hands out a large share of all leads (the first routing after a large
        // load): the indexes that hold the owner or the update time are made again after the
        // writes instead of kept up lead by lead (100,000 of 100,000 leads in the sqlite3 shell:
        // 0.7 instead of 1.4 s for the owner update). In this transaction: a cancel or failure
        // rolls them back with the owners.
        std::optional<DeferredIndexes> ownerIndexes;
        if (qint64(writes.routed.size()) >= kBulkRoutingFrom) {
            auto total = LeadRepository(m_db).count({});
            if (!total)
                return total.error();
            if (100 * qint64(writes.routed.size()) > kBulkRoutingSharePercent * total.value()) {
                auto dropped = DeferredIndexes::dropHolding(m_db, QStringLiteral("leads"),
                    {QStringLiteral("owner_id"), QStringLiteral("updated_at")});
                if (!dropped)
                    return dropped.error();
                ownerIndexes = std::move(dropped).value();
            }
        }
        if (auto w = repo.assignRouted(writes.routed, actorId, now); !w)
            return w;
        if (ownerIndexes) {
            if (auto r = ownerIndexes->restore(m_db); !r)
                return r;
        }
    }
    if (auto w = writes.notify(inbox, now); !w)
        return w;
    return saveCursors(repo, run);
}

Result<RoutingRun> RoutingService::run(const User &actor, const std::vector<qint64> &leadIds,
    const std::optional<std::vector<RoutingRule>> &rules, bool write, bool automatic,
    RoutingLoads *carried, const Progress &progress) const
{
    if (progress && !progress(0, 0)) {
        RoutingRun stopped;
        stopped.cancelled = true;
        return stopped;
    }
    if (!write)
        return compute(leadIds, rules, nullptr, progress);
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        // Read inside the write transaction: loads, state and unassigned leads are current.
        auto computed = compute(leadIds, rules, carried, progress);
        if (!computed)
            return computed.error();
        RoutingRun run = std::move(computed).value();
        const qint64 n = qint64(run.leads.size());
        // A stop before the commit rolls the whole run back (the transaction's destructor).
        const auto stopped = [&](qint64 done) {
            if (!progress || progress(done, 2 * n))
                return false;
            if (carried)
                carried->forget();
            run.cancelled = true;
            return true;
        };
        if (run.cancelled || stopped(n))
            return run;
        auto w = this->write(actor, run, automatic);
        if (!w && carried)
            carried->forget();
        if (!w && w.error().kind == Error::Kind::Conflict && attempt < attempts)
            continue; // another instance routed meanwhile: roll back, read again
        if (!w)
            return w.error();
        if (stopped(2 * n))
            return run;
        if (auto c = tx.commit(); !c) {
            if (carried)
                carried->forget();
            return c.error();
        }
        committed(run, carried);
        return run;
    }
}

void RoutingService::committed(RoutingRun &run, RoutingLoads *carried) const
{
    if (carried && carried->m_known) {
        // Routing assigns only open leads: each one adds to its rep's open and today's counts.
        for (const auto &[rep, n] : run.outcome.perRep) {
            carried->m_loads[rep].openLeads += n;
            carried->m_loads[rep].assignedToday += n;
        }
    }
    run.applied = true;
    if (run.outcome.assigned == 1) {
        for (const RoutingDecision &d : run.outcome.decisions) {
            if (d.userId)
                m_events.publish(LeadUpdated {d.leadId});
        }
    } else if (run.outcome.assigned > 1) {
        m_events.publish(LeadsReloaded {run.outcome.assigned});
    }
}

Result<std::optional<RoutingRun>> RoutingService::decideNew(
    const std::vector<RoutingLead> &leads, RoutingLoads &carried) const
{
    RoutingRun run;
    run.leads.reserve(leads.size());
    for (const RoutingLead &l : leads)
        run.leads.push_back({l, RoutingRepository::routingOwed(), std::nullopt});
    // The order RoutingRepository::unassignedLeads() reads them in.
    std::stable_sort(
        run.leads.begin(), run.leads.end(), [](const RoutingLeadRow &a, const RoutingLeadRow &b) {
            return routedBefore(a.lead, b.lead, RoutingBands {});
        });
    auto decided = decide(run, std::nullopt, &carried, false);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return std::optional<RoutingRun>();
    run.decidedAt = m_clock.now();
    return std::optional<RoutingRun>(std::move(run));
}

Result<void> RoutingService::recordNew(
    const User &actor, RoutingRun &run, const std::vector<qint64> &ids) const
{
    for (size_t i = 0; i < run.leads.size(); ++i) {
        const qint64 id = ids.at(size_t(run.leads[i].lead.id - 1));
        run.leads[i].lead.id = id;
        run.outcome.decisions[i].leadId = id;
    }
    return write(actor, run, true, true);
}

void RoutingService::newLeadsCommitted(RoutingRun &run, RoutingLoads &carried) const
{
    committed(run, &carried);
}

Result<RoutingRun> RoutingService::preview(const User &actor, const std::vector<qint64> &leadIds,
    const std::optional<std::vector<RoutingRule>> &rules, const Progress &progress) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p.error();
    return run(actor, leadIds, rules, false, false, nullptr, progress);
}

Result<RoutingRun> RoutingService::apply(
    const User &actor, const std::vector<qint64> &leadIds, const Progress &progress) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p.error();
    return run(actor, leadIds, std::nullopt, true, false, nullptr, progress);
}

Result<RoutingRun> RoutingService::routeAutomatically(
    const User &actor, const std::vector<qint64> &leadIds) const
{
    if (leadIds.empty())
        return RoutingRun {};
    return run(actor, leadIds, std::nullopt, true, true);
}

Result<RoutingRun> RoutingService::routeAutomatically(
    const User &actor, const std::vector<qint64> &leadIds, RoutingLoads &carried) const
{
    if (leadIds.empty())
        return RoutingRun {};
    return run(actor, leadIds, std::nullopt, true, true, &carried);
}

Result<RoutingRun> RoutingService::reroute(
    const User &actor, const std::vector<qint64> &leadIds, const QString &reason) const
{
    LeadRepository leads(m_db);
    RoutingRepository repo(m_db);
    UserRepository people(m_db);
    const AuditLog audit(m_db);
    const QDateTime now = m_clock.now();
    std::vector<qint64> released;
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        for (qint64 id : std::set<qint64>(leadIds.begin(), leadIds.end())) {
            auto lead = leads.byId(id);
            if (!lead)
                return lead.error();
            if (!lead->ownerId)
                continue;
            auto owner = people.byId(*lead->ownerId);
            if (!owner)
                return owner.error();
            if (auto w = repo.releaseOwner(id, reason, lead->version, now); !w)
                return w.error();
            if (auto w
                = audit.recordChange(actor.id ? std::optional<qint64>(actor.id) : std::nullopt, now,
                    QStringLiteral("lead"), id, QStringLiteral("owner"), owner->login, QString(),
                    reason);
                !w)
                return w.error();
            released.push_back(id);
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    return routeAutomatically(actor, released);
}

Result<qint64> RoutingService::routeOnHandover(
    const User &actor, const std::vector<qint64> &leadIds) const
{
    auto routed = routeAutomatically(actor, leadIds);
    if (!routed)
        return routed.error();
    return routed->outcome.assigned;
}

Result<void> RoutingService::rerouteLeads(
    const User &actor, const std::vector<qint64> &leadIds, const QString &reason) const
{
    if (auto r = reroute(actor, leadIds, reason); !r)
        return r.error();
    return {};
}

namespace {
// Leads per transaction of a large reassignment, so that other people's writes get through
// between them: a lead costs about a dozen statements (owner, SLA clocks, assignment, audit,
// inbox), 2,000 of them took 8.6 s on a loaded 2-core machine (bench_routing).
constexpr int kReassignChunk = 500;
} // namespace

Result<std::vector<RoutingService::ReassignLead>> RoutingService::reassignLeads(
    const std::vector<qint64> &leadIds) const
{
    LeadRepository leads(m_db);
    auto read = leads.byIds(leadIds);
    if (!read)
        return read.error();
    std::map<qint64, Lead *> byId;
    for (Lead &l : read.value())
        byId[l.id] = &l;
    UserRepository people(m_db);
    std::map<qint64, User> owners;
    std::vector<ReassignLead> out;
    out.reserve(leadIds.size());
    for (qint64 id : leadIds) {
        const auto found = byId.find(id);
        if (found == byId.end())
            return Error::notFound(Database::tr("There is no lead with the id %1.").arg(id));
        ReassignLead one {*found->second, std::nullopt};
        if (const std::optional<qint64> ownerId = one.lead.ownerId) {
            auto known = owners.find(*ownerId);
            if (known == owners.end()) {
                auto owner = people.byId(*ownerId);
                if (!owner)
                    return owner.error();
                known = owners.emplace(*ownerId, std::move(owner).value()).first;
            }
            one.owner = known->second;
        }
        out.push_back(std::move(one));
    }
    return out;
}

Result<bool> RoutingService::reassignOne(const ReassignStep &step, const ReassignLead &one,
    std::optional<qint64> expectedOwnerId, bool write) const
{
    const Lead &lead = one.lead;
    const std::optional<User> &owner = one.owner;
    if (expectedOwnerId && lead.ownerId.value_or(0) != *expectedOwnerId)
        return Error::conflict({});
    if (auto p = permissions::mayReassign(step.actor, lead, owner, step.target); !p)
        return p.error();
    if (owner && owner->id == step.target.id)
        return false;
    if (!write)
        return true;
    RoutingRepository repo(m_db);
    if (auto w = repo.changeOwner(lead.id, step.target.id, lead.version, step.now); !w)
        return w.error();
    // Open SLA clocks follow the new owner: they keep running, or restart where the policy says
    // so (same transaction).
    Lead after = lead;
    after.ownerId = step.target.id;
    if (auto w = step.sla.ownerChanged(after, step.now); !w)
        return w.error();
    const AuditLog audit(m_db);
    const Inbox inbox(m_db);
    if (auto w = recordReassignment({repo, audit, inbox}, step.actor, lead, owner, step.target,
            step.reason, step.now, step.bands);
        !w)
        return w.error();
    return true;
}

Result<qint64> RoutingService::reassign(const User &actor, const std::vector<qint64> &leadIds,
    qint64 toUserId, const QString &reasonText, std::optional<qint64> expectedOwnerId,
    const ReassignProgress &progress) const
{
    const QString reason = reasonText.simplified();
    if (reason.isEmpty())
        return Error::invalid(tr("Reassigning needs a reason."), QStringLiteral("reason"));
    if (leadIds.empty())
        return Error::invalid(tr("Choose at least one lead to reassign."), QStringLiteral("leads"));
    UserRepository people(m_db);
    auto target = people.byId(toUserId);
    if (!target)
        return Error::invalid(target.error().message, QStringLiteral("to"));
    if (!target->active || !target->isSales())
        return Error::invalid(tr("%1 cannot take leads (only active reps, senior reps and team "
                                 "leads own leads).")
                                  .arg(target->name),
            QStringLiteral("to"));
    // What an earlier reassignment left unfinished (a crash) comes first.
    if (auto earlier = finishReassignments(); !earlier)
        return earlier.error();

    auto bands = routingBands(m_db);
    if (!bands)
        return bands.error();
    const QDateTime now = m_clock.now();
    const SlaTracker sla(m_db);
    const ReassignStep step {actor, target.value(), reason, now, bands.value(), sla};
    const std::set<qint64> idSet(leadIds.begin(), leadIds.end());
    const std::vector<qint64> ids(idSet.begin(), idSet.end());
    const bool chunked = ids.size() > size_t(kReassignChunk);
    std::vector<qint64> moved;
    if (chunked) {
        // Every lead is checked first, without the write lock (a refusal or a conflict moves
        // nothing, as with a small reassignment); then the job is recorded with its leads in
        // one short transaction, and finishReassignments() moves them chunk by chunk.
        for (size_t from = 0; from < ids.size(); from += size_t(kReassignChunk)) {
            const size_t to = std::min(ids.size(), from + size_t(kReassignChunk));
            auto chunk = reassignLeads(
                std::vector<qint64>(ids.begin() + qsizetype(from), ids.begin() + qsizetype(to)));
            if (!chunk)
                return chunk.error();
            for (const ReassignLead &l : chunk.value()) {
                auto one = reassignOne(step, l, expectedOwnerId, false);
                if (!one && one.error().kind == Error::Kind::Conflict)
                    return Error::conflict(conflictMessage(m_db, l.lead.id, now));
                if (!one)
                    return one.error();
                if (one.value())
                    moved.push_back(l.lead.id);
            }
        }
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        auto job = RoutingRepository(m_db).insertReassignmentJob(
            {0, actor.id, target->id, reason}, moved, now);
        if (!job)
            return job.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return finishReassignments(progress);
    }
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        auto all = reassignLeads(ids);
        if (!all)
            return all.error();
        for (const ReassignLead &l : all.value()) {
            auto one = reassignOne(step, l, expectedOwnerId, true);
            if (!one && one.error().kind == Error::Kind::Conflict) {
                tx.rollback(); // someone else's change committed after our read: say whose
                return Error::conflict(conflictMessage(m_db, l.lead.id, now));
            }
            if (!one)
                return one.error();
            if (one.value())
                moved.push_back(l.lead.id);
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    if (moved.size() == 1)
        m_events.publish(LeadUpdated {moved.front()});
    else if (!moved.empty())
        m_events.publish(LeadsReloaded {qint64(moved.size())});
    return qint64(moved.size());
}

Result<qint64> RoutingService::finishReassignments(const ReassignProgress &progress) const
{
    RoutingRepository repo(m_db);
    auto jobs = repo.reassignmentJobs();
    if (!jobs)
        return jobs.error();
    UserRepository people(m_db);
    auto bands = routingBands(m_db);
    if (!bands)
        return bands.error();
    qint64 moved = 0;
    for (const ReassignmentJob &job : jobs.value()) {
        auto actor = people.byId(job.actorId);
        if (!actor)
            return actor.error();
        auto target = people.byId(job.toUserId);
        if (!target)
            return target.error();
        while (true) {
            Transaction tx(m_db);
            if (!tx.isActive())
                return tx.beginError();
            auto chunk = repo.reassignmentJobLeads(job.id, kReassignChunk);
            if (!chunk)
                return chunk.error();
            if (chunk->empty()) {
                if (auto d = repo.deleteReassignmentJob(job.id); !d)
                    return d.error();
                if (auto c = tx.commit(); !c)
                    return c.error();
                break;
            }
            // Checked when the job was recorded; a lead someone changed since then is moved if
            // the actor still may (its new owner or stage stand otherwise).
            const SlaTracker sla(m_db);
            const ReassignStep step {
                actor.value(), target.value(), job.reason, m_clock.now(), bands.value(), sla};
            auto leads = reassignLeads(chunk.value());
            if (!leads)
                return leads.error();
            for (const ReassignLead &l : leads.value()) {
                auto one = reassignOne(step, l, std::nullopt, true);
                if (!one && one.error().kind != Error::Kind::Conflict
                    && one.error().kind != Error::Kind::Forbidden)
                    return one.error();
                if (one && one.value())
                    ++moved;
            }
            if (auto r = repo.removeReassignmentJobLeads(job.id, chunk.value()); !r)
                return r.error();
            if (auto c = tx.commit(); !c)
                return c.error();
            if (progress)
                progress(moved);
            if (qgetenv("BANTAM_TEST_CRASH_AT") == "reassigned")
                std::abort(); // the crash trials' window: one chunk committed
        }
    }
    if (moved > 0)
        m_events.publish(LeadsReloaded {moved});
    return moved;
}

} // namespace bantam
