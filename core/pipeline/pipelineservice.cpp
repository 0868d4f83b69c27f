#include "pipeline/pipelineservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "people/lastchange.h"
#include "people/leadaccess.h"
#include "people/permissions.h"
#include "pipeline/leadrouter.h"
#include "sla/slatracker.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/routingrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <cstdlib>

namespace bantam {

struct PipelineService::MoveWriters
{
    explicit MoveWriters(const Database &db)
        : leads(db)
        , timeline(db)
        , audit(db)
        , sla(db)
    { }
    LeadRepository leads;
    TimelineRepository timeline;
    AuditLog audit;
    SlaTracker sla;
};

PipelineService::PipelineService(
    const Database &db, const EventBus &events, const Clock &clock, const LeadRouter &routing)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_routing(routing)
{ }

std::vector<Transition> PipelineService::movesFrom(const Lead &lead)
{
    std::vector<Transition> out;
    for (const Transition &t : transitionTable()) {
        if (t.from != lead.stage)
            continue;
        if (t.action == PipelineAction::Accept && lead.acceptedAt.isValid())
            continue;
        out.push_back(t);
    }
    return out;
}

Result<void> PipelineService::permitted(
    const User &actor, const Lead &lead, PipelineAction action) const
{
    return mayChangeStage(m_db, actor, action, lead);
}

std::vector<Transition> PipelineService::allowedMoves(const User &actor, const Lead &lead) const
{
    std::vector<Transition> out;
    for (const Transition &t : movesFrom(lead)) {
        if (permitted(actor, lead, t.action))
            out.push_back(t);
    }
    return out;
}

Result<PipelineAction> PipelineService::actionForTarget(
    const Lead &lead, Stage to, bool withRecontactDate)
{
    std::vector<PipelineAction> candidates;
    for (const Transition &t : movesFrom(lead)) {
        if (t.to == to && t.action != PipelineAction::Accept)
            candidates.push_back(t.action);
    }
    if (candidates.empty()) {
        return Error::invalid(tr("Lead %1 cannot move from %2 to %3.")
                                  .arg(lead.id)
                                  .arg(stageName(lead.stage), stageName(to)),
            QStringLiteral("stage"));
    }
    // MQL -> Lead is either a rejection or a recycle; the re-contact date tells them apart.
    for (PipelineAction a : candidates) {
        if ((a == PipelineAction::Recycle) == withRecontactDate)
            return a;
    }
    return candidates.front();
}

Result<void> PipelineService::check(const User &actor, const Lead &lead, const StageChange &change,
    Transition *transition, QString *reasonCode, QString *note) const
{
    if (change.expectedVersion && *change.expectedVersion != lead.version)
        return Error::conflict(conflictMessage(m_db, lead.id, m_clock.now()));
    auto t = findTransition(change.action, lead.stage);
    if (!t || (t->action == PipelineAction::Accept && lead.acceptedAt.isValid())) {
        QStringList possible;
        for (const Transition &m : movesFrom(lead))
            possible << actionName(m.action);
        const QString options = possible.isEmpty() ? tr("none; the lead is closed")
                                                   : possible.join(QLatin1String(", "));
        const QString what = change.action == PipelineAction::Accept && lead.acceptedAt.isValid()
            ? tr("Lead %1 has already been accepted.").arg(lead.id)
            : tr("'%1' is not possible for lead %2 in stage %3.")
                  .arg(actionName(change.action))
                  .arg(lead.id)
                  .arg(stageName(lead.stage));
        return Error::invalid(what + QLatin1Char(' ') + tr("Possible moves: %1.").arg(options),
            QStringLiteral("stage"));
    }
    if (auto p = permitted(actor, lead, change.action); !p)
        return p;

    *note = change.note.trimmed();
    const QString reason = change.reason.trimmed();
    switch (t->reason) {
    case ReasonRule::Optional:
        if (!reason.isEmpty())
            *note = note->isEmpty() ? reason : reason + QStringLiteral(" — ") + *note;
        break;
    case ReasonRule::RequiredText:
        if (reason.isEmpty() && note->isEmpty())
            return Error::invalid(
                tr("'%1' needs a reason.").arg(actionName(t->action)), QStringLiteral("reason"));
        if (!reason.isEmpty())
            *note = note->isEmpty() ? reason : reason + QStringLiteral(" — ") + *note;
        break;
    case ReasonRule::FromList: {
        if (reason.isEmpty()) {
            QStringList codes;
            if (auto list = ReasonRepository(m_db).list(t->reasonKind)) {
                for (const Reason &r : list.value())
                    codes << r.code;
            }
            return Error::invalid(tr("'%1' needs a reason from the list: %2.")
                                      .arg(actionName(t->action), codes.join(QLatin1String(", "))),
                QStringLiteral("reason"));
        }
        auto found = ReasonRepository(m_db).find(t->reasonKind, reason);
        if (!found)
            return found.error();
        *reasonCode = found->code;
        break;
    }
    }
    if (t->needsRecontactDate) {
        if (!change.recontactOn.isValid())
            return Error::invalid(tr("'%1' needs a re-contact date.").arg(actionName(t->action)),
                QStringLiteral("recontact"));
        if (change.recontactOn <= m_clock.now().date())
            return Error::invalid(tr("The re-contact date %1 must be in the future.")
                                      .arg(change.recontactOn.toString(Qt::ISODate)),
                QStringLiteral("recontact"));
    }
    *transition = *t;
    return {};
}

Result<Lead> PipelineService::change(const User &actor, const StageChange &change) const
{
    LeadRepository leads(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Read inside the write transaction, so the checks see what is committed now.
    auto current = leads.byId(change.leadId);
    if (!current)
        return current.error();
    Lead lead = current.value();

    Transition t {};
    QString reasonCode, note;
    if (auto ok = check(actor, lead, change, &t, &reasonCode, &note); !ok)
        return ok.error();

    HistoryEntry h;
    auto moved = apply(MoveWriters(m_db), &actor, change, t, reasonCode, note, lead, &h);
    if (!moved && moved.error().kind == Error::Kind::Conflict) {
        // Someone else's move committed between our read and our write: say whose.
        tx.rollback();
        return Error::conflict(conflictMessage(m_db, lead.id, m_clock.now()));
    }
    if (!moved)
        return moved.error();
    if (auto owed = markHandoverOwed({moved.value()}); !owed)
        return owed.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_events.publish(
        LeadStageChanged {lead.id, h.from.value_or(lead.stage), t.to, h.action, actor.id});
    if (auto routed = routeHandover(actor, {moved.value()}); routed > 0) {
        if (auto reread = leads.byId(lead.id))
            return reread.value();
    }
    return moved.value();
}

namespace {
// Marketing hands leads to sales: those nobody owns yet are routed.
std::vector<qint64> handedOver(const std::vector<Lead> &moved)
{
    std::vector<qint64> ids;
    for (const Lead &l : moved) {
        if (l.stage == Stage::Mql && !l.ownerId && !l.acceptedAt.isValid())
            ids.push_back(l.id);
    }
    return ids;
}
} // namespace

Result<void> PipelineService::markHandoverOwed(const std::vector<Lead> &moved) const
{
    return RoutingRepository(m_db).markRoutingOwed(handedOver(moved));
}

qint64 PipelineService::routeHandover(const User &actor, const std::vector<Lead> &moved) const
{
    // A routing failure leaves them in the unassigned queue (with its reason, or still marked
    // owed); the stage change stands.
    const std::vector<qint64> ids = handedOver(moved);
    if (ids.empty())
        return 0;
    auto routed = m_routing.routeOnHandover(actor, ids);
    return routed ? routed.value() : 0;
}

Result<std::vector<Lead>> PipelineService::changeAutomatically(
    const std::vector<StageChange> &changes, Handover handover) const
{
    LeadRepository leads(m_db);
    std::vector<Lead> moved;
    std::vector<LeadStageChanged> events;
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        // The leads read in bulk inside the write transaction (a score recompute promotes
        // thousands at once), each kept as it is after its move in case a lead comes twice.
        std::vector<qint64> ids;
        ids.reserve(changes.size());
        for (const StageChange &change : changes)
            ids.push_back(change.leadId);
        auto read = leads.byIds(ids);
        if (!read)
            return read.error();
        QHash<qint64, Lead> current;
        current.reserve(qsizetype(read->size()));
        for (Lead &lead : read.value())
            current.insert(lead.id, std::move(lead));
        const MoveWriters writers(m_db);
        for (const StageChange &change : changes) {
            auto lead = current.find(change.leadId);
            if (lead == current.end())
                return Error::notFound(
                    Database::tr("There is no lead with the id %1.").arg(change.leadId));
            auto t = findTransition(change.action, lead->stage);
            if (!t)
                continue; // moved on in the meantime
            HistoryEntry h;
            auto m = apply(writers, nullptr, change, *t, change.reason.trimmed(),
                change.note.trimmed(), lead.value(), &h);
            // Another client moved it between the read and the write (its version changed; the
            // conditional UPDATE wrote nothing): that move stands, this one is left out.
            if (!m && m.error().kind == Error::Kind::Conflict)
                continue;
            if (!m)
                return m.error();
            events.push_back(LeadStageChanged {m->id, lead->stage, t->to, h.action, 0});
            lead.value() = m.value();
            moved.push_back(std::move(m).value());
        }
        if (handover == Handover::Route) {
            if (auto owed = markHandoverOwed(moved); !owed)
                return owed.error();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    if (qgetenv("BANTAM_TEST_CRASH_AT") == "promoted")
        std::abort(); // the crash trials' window: promoted, not routed yet
    for (const LeadStageChanged &e : events)
        m_events.publish(e);
    if (handover == Handover::Route && routeHandover(User(), moved) > 0) {
        std::vector<qint64> ids;
        ids.reserve(moved.size());
        for (const Lead &l : moved)
            ids.push_back(l.id);
        if (auto reread = leads.byIds(ids)) {
            QHash<qint64, Lead> routed;
            for (Lead &l : reread.value())
                routed.insert(l.id, std::move(l));
            for (Lead &l : moved)
                l = routed.value(l.id, l);
        }
    }
    return moved;
}

Result<Lead> PipelineService::apply(const MoveWriters &writers, const User *actor,
    const StageChange &change, const Transition &t, const QString &reasonCode, const QString &note,
    Lead lead, HistoryEntry *history) const
{
    const QDateTime now = m_clock.now();
    const Stage from = lead.stage;
    const int version = lead.version;
    lead.stage = t.to;
    lead.updatedAt = now;
    if (t.from != t.to)
        lead.stageChangedAt = now;
    if (t.action == PipelineAction::Accept
        || (t.action == PipelineAction::Qualify && !lead.acceptedAt.isValid()
            && from == Stage::Mql))
        lead.acceptedAt = now;
    if (t.to == Stage::Lead) // back in marketing's hands: the next handover needs a new accept
        lead.acceptedAt = {};
    lead.recontactOn = t.needsRecontactDate ? change.recontactOn : QDate();
    lead.reachMilestone(t.to, now); // the reports' first entries, written with the history row

    if (auto w = writers.leads.writeStage(lead, version); !w)
        return w.error();
    HistoryEntry &h = *history;
    h.leadId = lead.id;
    h.action = actionKey(t.action);
    h.from = from;
    h.to = t.to;
    h.at = now;
    if (actor)
        h.actorId = actor->id;
    h.reasonCode = reasonCode;
    h.note = note;
    h.recontactOn = actor || t.needsRecontactDate ? lead.recontactOn : change.recontactOn;
    if (auto w = writers.timeline.insertHistory(h); !w)
        return w.error();
    if (from != t.to || t.action == PipelineAction::Accept) {
        const QString reason = reasonCode.isEmpty()
            ? note
            : (note.isEmpty() ? reasonCode : reasonCode + QStringLiteral(" — ") + note);
        if (auto a = writers.audit.recordChange(actor ? actor->id : 0, now, QStringLiteral("lead"),
                lead.id,
                t.action == PipelineAction::Accept ? QStringLiteral("accepted")
                                                   : QStringLiteral("stage"),
                t.action == PipelineAction::Accept ? QString() : stageKey(from),
                t.action == PipelineAction::Accept ? h.action : stageKey(t.to), reason);
            !a)
            return a.error();
    }
    // The SLA clocks move with the stage, in the same transaction.
    if (auto w = writers.sla.stageChanged(lead, from, h.action, now); !w)
        return w.error();
    lead.version = version + 1;
    return lead;
}

} // namespace bantam
