#include "sla/slaservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "people/inbox.h"
#include "people/permissions.h"
#include "people/recipients.h"
#include "routing/routingservice.h"
#include "sla/slarepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <map>

namespace bantam {

SlaService::SlaService(
    const Database &db, const EventBus &events, const Clock &clock, const RoutingService &routing)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_routing(routing)
{ }

namespace {

// One thing that happened to a lead, replayed in time order by the rebuild.
struct Replayed
{
    QDateTime at;
    bool isActivity = false;
    QString action; // history action or activity type
    std::optional<Stage> from;
    Stage to = Stage::Lead;
};

constexpr qint64 kBatch = 5000;

} // namespace

Result<SlaRebuildSummary> SlaService::rebuild(const User &actor, const Progress &progress) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p.error();
    return rebuildAll(progress);
}

Result<SlaRebuildSummary> SlaService::rebuildAll(const Progress &progress) const
{
    const SlaRepository repository(m_db);
    auto loaded = repository.rules();
    if (!loaded)
        return loaded.error();
    const SlaRules &rules = loaded.value();
    if (!rules.calendar().hasWorkingTime())
        return Error::invalid(tr("The business calendar has no working hours on any day."),
            QStringLiteral("workingHours"));
    const QStringList stopTypes = rules.stopActivityTypes();
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = repository.deleteAllClocks(); !r)
        return r.error();

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT min(id), max(id), count(*) FROM leads")))
        return sql::errorOf(q, tr("counting the leads"));
    q.next();
    const qint64 firstId = q.value(0).toLongLong(), lastId = q.value(1).toLongLong();
    const qint64 total = q.value(2).toLongLong();
    q.finish();

    QStringList typeParams;
    for (int i = 0; i < stopTypes.size(); ++i)
        typeParams << QStringLiteral(":t%1").arg(i);
    SlaRebuildSummary summary;
    for (qint64 lo = firstId; total > 0 && lo <= lastId; lo += kBatch) {
        const qint64 hi = lo + kBatch;
        std::map<qint64, SlaLeadFacts> leads;
        std::map<qint64, std::vector<Replayed>> events;
        q.prepare(QStringLiteral("SELECT id, stage, owner_id, fast_track, score FROM leads "
                                 "WHERE id >= :lo AND id < :hi"));
        q.bindValue(QStringLiteral(":lo"), lo);
        q.bindValue(QStringLiteral(":hi"), hi);
        if (auto r = sql::run(q, tr("reading leads for the SLA clocks")); !r)
            return r.error();
        while (q.next()) {
            SlaLeadFacts f;
            f.leadId = q.value(0).toLongLong();
            f.stage = stageFromKey(q.value(1).toString()).value_or(Stage::Lead);
            if (!q.value(2).isNull())
                f.ownerId = q.value(2).toLongLong();
            f.fastTrack = q.value(3).toInt() != 0;
            f.score = q.value(4).toInt();
            leads[f.leadId] = f;
        }
        q.prepare(QStringLiteral(
            "SELECT lead_id, changed_at, action, from_stage, to_stage FROM stage_history "
            "WHERE lead_id >= :lo AND lead_id < :hi ORDER BY lead_id, changed_at, id"));
        q.bindValue(QStringLiteral(":lo"), lo);
        q.bindValue(QStringLiteral(":hi"), hi);
        if (auto r = sql::run(q, tr("reading the stage history for the SLA clocks")); !r)
            return r.error();
        while (q.next()) {
            Replayed e;
            e.at = sql::fromEpoch(q.value(1));
            e.action = q.value(2).toString();
            e.from = stageFromKey(q.value(3).toString());
            e.to = stageFromKey(q.value(4).toString()).value_or(Stage::Lead);
            events[q.value(0).toLongLong()].push_back(std::move(e));
        }
        if (!stopTypes.isEmpty()) {
            q.prepare(QStringLiteral(
                "SELECT lead_id, occurred_at, type FROM activities WHERE lead_id >= :lo "
                "AND lead_id < :hi AND type IN (%1) ORDER BY lead_id, occurred_at, id")
                          .arg(typeParams.join(QLatin1String(", "))));
            q.bindValue(QStringLiteral(":lo"), lo);
            q.bindValue(QStringLiteral(":hi"), hi);
            for (int i = 0; i < stopTypes.size(); ++i)
                q.bindValue(typeParams[i], stopTypes[i]);
            if (auto r = sql::run(q, tr("reading the activities for the SLA clocks")); !r)
                return r.error();
            while (q.next()) {
                Replayed e;
                e.at = sql::fromEpoch(q.value(1));
                e.isActivity = true;
                e.action = q.value(2).toString();
                events[q.value(0).toLongLong()].push_back(std::move(e));
            }
        }
        q.finish();
        for (auto &[id, facts] : leads) {
            std::vector<Replayed> &happened = events[id];
            // History before activities at the same second: a lead is promoted, then called.
            std::stable_sort(
                happened.begin(), happened.end(), [](const Replayed &a, const Replayed &b) {
                    return a.at != b.at ? a.at < b.at : !a.isActivity && b.isActivity;
                });
            // Owner, fast-track and score as they are now: their history is not kept yet.
            SlaLeadFacts f = facts;
            f.stage = Stage::Lead;
            std::vector<SlaClock> clocks;
            for (const Replayed &e : happened) {
                if (e.at > now)
                    break;
                if (e.isActivity) {
                    rules.activityLogged(f, e.action, e.at, clocks);
                } else {
                    f.stage = e.to;
                    rules.stageChanged(e.from, f, e.action, e.at, clocks);
                }
            }
            if (auto r = repository.save(clocks); !r)
                return r.error();
            summary.clocks += qint64(clocks.size());
            summary.open += std::count_if(
                clocks.begin(), clocks.end(), [](const SlaClock &c) { return c.isOpen(); });
            ++summary.leads;
        }
        if (progress && !progress(summary.leads, total))
            return Error::conflict(
                tr("The rebuild of the SLA clocks was cancelled; nothing was changed."));
    }
    // What is already past due was breached before this rebuild: recorded, not escalated again.
    q.prepare(QStringLiteral(
        "INSERT INTO sla_breaches (clock_id, lead_id, policy_id, owner_id, team_id, "
        "breached_at, recorded_at) SELECT c.id, c.lead_id, c.policy_id, c.owner_id, "
        "u.team_id, c.due_at, :now FROM sla_clocks c LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE c.stopped_at IS NULL AND c.due_at <= :now2"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now2"), sql::epoch(now));
    if (auto r = sql::run(q, tr("recording past SLA breaches")); !r)
        return r.error();
    q.prepare(QStringLiteral(
        "UPDATE sla_clocks SET escalated_at = :now WHERE stopped_at IS NULL AND due_at <= :now2"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now2"), sql::epoch(now));
    if (auto r = sql::run(q, tr("recording past SLA breaches")); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
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
        if (auto r = m_routing.reroute(User(), reroute, tr("Service level breached")); !r)
            return r.error();
    }
    return recorded;
}

Result<SlaPolicy> SlaService::savePolicy(const User &actor, const SlaPolicy &policy) const
{
    if (auto p = permissions::mayEditServiceLevels(actor); !p)
        return p.error();
    if (auto v = policy.validate(); !v)
        return v.error();
    SlaPolicy saved = policy;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const SlaRepository repository(m_db);
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
