#include "sla/slaservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "people/permissions.h"
#include "people/recipients.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/slarepository.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace bantam {

SlaService::SlaService(
    const Database &db, const EventBus &events, const Clock &clock, const LeadRerouter &routing)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_routing(routing)
{ }

namespace {

constexpr qint64 kBatch = 5000;

// The clocks the rules give one lead when what happened to it is replayed in time order, up to
// now. Owner, fast-track and score are as they are now: their history is not kept yet.
std::vector<SlaClock> replay(const SlaRules &rules, const SlaLeadFacts &facts,
    std::vector<SlaLeadEvent> &happened, const QDateTime &now)
{
    // History before activities at the same second: a lead is promoted, then called.
    std::stable_sort(
        happened.begin(), happened.end(), [](const SlaLeadEvent &a, const SlaLeadEvent &b) {
            return a.at != b.at ? a.at < b.at : !a.isActivity && b.isActivity;
        });
    SlaLeadFacts f = facts;
    f.stage = Stage::Lead;
    std::vector<SlaClock> clocks;
    for (const SlaLeadEvent &e : happened) {
        if (e.at > now)
            break;
        if (e.isActivity) {
            rules.activityLogged(f, e.action, e.at, clocks);
        } else {
            f.stage = e.to;
            rules.stageChanged(e.from, f, e.action, e.at, clocks);
        }
    }
    return clocks;
}

// Rebuilds the clocks of the leads with ids in [fromId, toId) and counts them into summary.
Result<void> rebuildBatch(const SlaRepository &repository, const SlaRules &rules, qint64 fromId,
    qint64 toId, const QDateTime &now, SlaRebuildSummary &summary)
{
    auto leads = repository.leadFacts(fromId, toId);
    if (!leads)
        return leads.error();
    auto events = repository.leadEvents(fromId, toId, rules.stopActivityTypes());
    if (!events)
        return events.error();
    for (const auto &[id, facts] : leads.value()) {
        std::vector<SlaClock> clocks = replay(rules, facts, events.value()[id], now);
        if (auto r = repository.save(clocks); !r)
            return r;
        summary.clocks += qint64(clocks.size());
        summary.open += std::count_if(
            clocks.begin(), clocks.end(), [](const SlaClock &c) { return c.isOpen(); });
        ++summary.leads;
    }
    return {};
}

// A policy's settings as the audit log names them (field -> value).
std::vector<std::pair<QString, QString>> auditedFields(const SlaPolicy &p)
{
    QStringList stages;
    for (Stage s : p.stages)
        stages << stageKey(s);
    const auto flag = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), p.kind}, {QStringLiteral("stages"), stages.join(QLatin1Char(','))},
        {QStringLiteral("fast_track"), p.fastTrack ? flag(*p.fastTrack) : QString()},
        {QStringLiteral("min_score"), QString::number(p.minScore)},
        {QStringLiteral("allowed"), QStringLiteral("%1 %2").arg(p.allowed).arg(slaUnitKey(p.unit))},
        {QStringLiteral("due_soon_percent"), QString::number(p.dueSoonPercent)},
        {QStringLiteral("stop_activities"), p.stopActivities.join(QLatin1Char(','))},
        {QStringLiteral("stop_actions"), p.stopActions.join(QLatin1Char(','))},
        {QStringLiteral("restart_on_reassign"), flag(p.restartOnReassign)},
        {QStringLiteral("escalate"), flag(p.escalate)},
        {QStringLiteral("auto_reassign"), flag(p.autoReassign)},
        {QStringLiteral("active"), flag(p.active)}};
}

// Every setting a save changed, in the actor's name (a new policy: all, from nothing).
Result<void> auditPolicy(const Database &db, const User &actor, const QDateTime &now,
    const std::optional<SlaPolicy> &before, const SlaPolicy &after)
{
    const AuditLog audit(db);
    const auto fields = auditedFields(after);
    const auto old = before ? auditedFields(*before) : decltype(fields) {};
    for (size_t i = 0; i < fields.size(); ++i) {
        const QString was = i < old.size() ? old[i].second : QString();
        if (auto a = audit.recordChange(actor.id, now, QStringLiteral("sla_policy"), after.id,
                fields[i].first, was, fields[i].second);
            !a)
            return a;
    }
    return {};
}

} // namespace

Result<SlaRebuildSummary> SlaService::rebuild(const User &actor, const Progress &progress) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p.error();
    return rebuildAll(progress);
}

Result<SlaRebuildSummary> SlaService::rebuildAll(const Progress &progress, Writes writes) const
{
    const SlaRepository repository(m_db);
    auto loaded = SlaRules::load(repository);
    if (!loaded)
        return loaded.error();
    const SlaRules &rules = loaded.value();
    if (!rules.calendar().hasWorkingTime())
        return Error::invalid(tr("The business calendar has no working hours on any day."),
            QStringLiteral("workingHours"));
    const QDateTime now = m_clock.now();

    auto range = repository.leadIdRange();
    if (!range)
        return range.error();
    // At once: one transaction around all batches, the indexes dropped for it.
    std::optional<Transaction> all;
    std::optional<DeferredIndexes> indexes;
    if (writes == Writes::AtOnce) {
        all.emplace(m_db);
        if (!all->isActive())
            return all->beginError();
        auto dropped = repository.dropIndexesForRebuild();
        if (!dropped)
            return dropped.error();
        indexes = std::move(dropped.value());
    }
    // In batches: one short transaction per batch of leads, so that nobody's write waits for the
    // whole rebuild: each lead's clocks are replaced at once, and a lead's old clocks are as valid
    // as its new ones until its batch comes (a logged call meanwhile stops either).
    SlaRebuildSummary summary;
    for (qint64 lo = range->first; range->count > 0 && lo <= range->last; lo += kBatch) {
        std::optional<Transaction> tx;
        if (!all) {
            tx.emplace(m_db);
            if (!tx->isActive())
                return tx->beginError();
        }
        if (auto r = repository.deleteClocks(lo, lo + kBatch); !r)
            return r.error();
        if (auto r = rebuildBatch(repository, rules, lo, lo + kBatch, now, summary); !r)
            return r.error();
        // What is already past due was breached before this rebuild: recorded, not escalated
        // again.
        if (auto r = repository.recordPastBreaches(now, lo, lo + kBatch); !r)
            return r.error();
        if (tx) {
            if (auto c = tx->commit(); !c)
                return c.error();
        }
        if (progress && !progress(summary.leads, range->count)) {
            if (all)
                return Error::conflict(tr("The rebuild of the SLA clocks was cancelled; the "
                                          "clocks are as they were."));
            return Error::conflict(tr("The rebuild of the SLA clocks was cancelled after %1 of %2 "
                                      "leads: those have their new clocks, the others keep their "
                                      "old ones. Rebuild again to finish.")
                                       .arg(summary.leads)
                                       .arg(range->count));
        }
    }
    if (all) {
        if (auto r = indexes->restore(m_db); !r)
            return r.error();
        if (auto c = all->commit(); !c)
            return c.error();
    }
    m_db.optimize();
    return summary;
}

Result<qint64> SlaService::escalate() const
{
    const SlaRepository repository(m_db);
    auto policies = repository.policies();
    if (!policies)
        return policies.error();
    const QDateTime now = m_clock.now();
    // Escalation goes to the team leads of the owner's team (all team leads for unassigned
    // leads or owners without a team; the administrators when there is no team lead).
    auto users = UserRepository(m_db).all();
    if (!users)
        return users.error();
    auto runner = repository.holdEscalationLock();
    if (!runner)
        return runner.error();
    if (!runner.value()) {
        return Error::conflict(tr("Another Bantam client on this database escalates the service "
                                  "levels (one does it for the whole team); nothing was done "
                                  "here."));
    }
    const Inbox inbox(m_db);
    qint64 recorded = 0;
    std::vector<qint64> reroute;
    for (;;) {
        std::vector<SlaBreached> events;
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        auto due = repository.dueForEscalation(now, 500);
        if (!due)
            return due.error();
        if (due->empty())
            break;
        for (const DueBreach &b : due.value()) {
            if (auto r = repository.recordBreach(b, now); !r)
                return r.error();
            const auto policy = std::find_if(policies->begin(), policies->end(),
                [&](const SlaPolicy &p) { return p.id == b.policyId; });
            if (policy == policies->end() || !policy->escalate)
                continue;
            events.push_back({b.clockId, b.leadId, b.policyId, policy->code, b.ownerId.value_or(0),
                b.teamId.value_or(0), b.dueAt.toSecsSinceEpoch(), policy->autoReassign});
            const std::optional<qint64> team = b.ownerId ? b.teamId : std::nullopt;
            for (qint64 recipient : teamLeadsToTell(users.value(), team)) {
                InboxItem item;
                item.userId = recipient;
                item.at = now;
                item.kind = InboxItem::Kind::SlaBreached;
                item.leadId = b.leadId;
                item.otherUserId = b.ownerId;
                item.detail = policy->name;
                if (auto w = inbox.add(item); !w)
                    return w.error();
            }
            if (policy->autoReassign && b.ownerId)
                reroute.push_back(b.leadId);
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        recorded += qint64(due->size());
        for (const SlaBreached &e : events)
            m_events.publish(e);
    }
    if (!reroute.empty()) {
        // The policy hands the breached leads back to the routing rules: the owner is released
        // and the rules pick a rep (perhaps the same one, if the rules leave no other).
        if (auto r = m_routing.rerouteLeads(User(), reroute, tr("Service level breached")); !r)
            return r.error();
    }
    return recorded;
}

Result<SlaPolicy> SlaService::savePolicy(const User &actor, const SlaPolicy &policy) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p.error();
    if (auto v = validateSlaPolicy(policy); !v)
        return v.error();
    SlaPolicy saved = policy;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const SlaRepository repository(m_db);
    std::optional<SlaPolicy> before;
    if (policy.id != 0) {
        auto all = repository.policies();
        if (!all)
            return all.error();
        for (const SlaPolicy &p : all.value()) {
            if (p.id == policy.id)
                before = p;
        }
    }
    if (policy.id == 0) {
        auto id = repository.insertPolicy(policy);
        if (!id) {
            if (id.error().kind == Error::Kind::Conflict)
                return Error::conflict(
                    tr("There is already a policy with the code '%1'.").arg(policy.code));
            return id.error();
        }
        saved.id = id.value();
    } else if (auto r = repository.updatePolicy(policy); !r) {
        return r.error();
    }
    if (auto a = auditPolicy(m_db, actor, m_clock.now(), before, saved); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return saved;
}

Result<void> SlaService::setWorkingHours(
    const User &actor, int weekday, const WorkingHours &hours) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p;
    if (weekday < 1 || weekday > 7)
        return Error::invalid(
            tr("The weekday must be from 1 (Monday) to 7 (Sunday), not %1.").arg(weekday),
            QStringLiteral("weekday"));
    if (hours.startMinute < 0 || hours.endMinute > 1440 || hours.startMinute > hours.endMinute)
        return Error::invalid(tr("The working hours must start before they end, within the day."),
            QStringLiteral("workingHours"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = SlaRepository(m_db).setWorkingHours(weekday, hours); !r)
        return r;
    return tx.commit();
}

Result<void> SlaService::setTimeZone(const User &actor, const QByteArray &zoneId) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p;
    if (!QTimeZone(zoneId).isValid())
        return Error::invalid(
            tr("'%1' is not a time zone known on this computer (e.g. Europe/Berlin).")
                .arg(QString::fromUtf8(zoneId)),
            QStringLiteral("timeZone"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = SlaRepository(m_db).setTimeZone(zoneId); !r)
        return r;
    return tx.commit();
}

Result<void> SlaService::addHoliday(const User &actor, const QDate &day, const QString &name) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p;
    if (!day.isValid())
        return Error::invalid(tr("A holiday needs a valid date."), QStringLiteral("day"));
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("The holiday on %1 needs a name.").arg(day.toString(Qt::ISODate)),
            QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = SlaRepository(m_db).addHoliday(day, name.trimmed()); !r)
        return r;
    return tx.commit();
}

Result<void> SlaService::removeHoliday(const User &actor, const QDate &day) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto removed = SlaRepository(m_db).removeHoliday(day);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return Error::notFound(tr("There is no holiday on %1.").arg(day.toString(Qt::ISODate)));
    return tx.commit();
}

Result<void> SlaService::setMqlTarget(
    const User &actor, const QString &month, std::optional<qint64> target) const
{
    if (auto p = permissions::mayEditMqlTargets(actor); !p)
        return p;
    static const QRegularExpression format(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    if (!format.match(month).hasMatch())
        return Error::invalid(
            tr("'%1' is not a month; write it as YYYY-MM, e.g. 2026-03.").arg(month),
            QStringLiteral("month"));
    if (target && *target < 0)
        return Error::invalid(tr("The MQL target cannot be negative."), QStringLiteral("target"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = SlaRepository(m_db).setMqlTarget(month, target); !r)
        return r;
    return tx.commit();
}

} // namespace bantam
