#include "sla/slarules.h"

#include "storage/slarepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace bantam {

QString ClockKind::name() const
{
    if (key == QLatin1String("first_touch"))
        return QCoreApplication::translate("Sla", "First touch after handover");
    if (key == QLatin1String("next_step"))
        return QCoreApplication::translate("Sla", "Next step after SQL");
    if (key == QLatin1String("untouched"))
        return QCoreApplication::translate("Sla", "Open lead untouched");
    return key;
}

const std::vector<ClockKind> &clockKinds()
{
    // A new kind of clock is one more row here (and policies that name it).
    static const std::vector<ClockKind> kinds = {
        {QStringLiteral("first_touch"), ClockStart::OnStageEntry},
        {QStringLiteral("next_step"), ClockStart::OnStageEntry},
        {QStringLiteral("untouched"), ClockStart::WhileIdle},
    };
    return kinds;
}

std::optional<ClockKind> clockKind(const QString &key)
{
    for (const ClockKind &k : clockKinds()) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

Result<void> validateSlaPolicy(const SlaPolicy &policy)
{
    if (policy.code.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Sla", "A policy needs a code."), QStringLiteral("code"));
    if (policy.name.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("Sla", "Policy '%1' needs a name.").arg(policy.code),
            QStringLiteral("name"));
    if (!clockKind(policy.kind)) {
        QStringList keys;
        for (const ClockKind &k : clockKinds())
            keys << k.key;
        return Error::invalid(
            QCoreApplication::translate("Sla", "Policy '%1': '%2' is not a kind of clock (%3).")
                .arg(policy.code, policy.kind, keys.join(QLatin1String(", "))),
            QStringLiteral("kind"));
    }
    if (policy.stages.empty())
        return Error::invalid(
            QCoreApplication::translate("Sla", "Policy '%1' applies to no stage.").arg(policy.code),
            QStringLiteral("stages"));
    for (Stage s : policy.stages) {
        if (!isOpenStage(s))
            return Error::invalid(
                QCoreApplication::translate(
                    "Sla", "Policy '%1': %2 is a closed stage; clocks run in open stages only.")
                    .arg(policy.code, stageName(s)),
                QStringLiteral("stages"));
    }
    if (policy.allowed <= 0)
        return Error::invalid(
            QCoreApplication::translate("Sla", "Policy '%1': the allowed time must be more than 0.")
                .arg(policy.code),
            QStringLiteral("allowed"));
    if (policy.dueSoonPercent < 0 || policy.dueSoonPercent > 100)
        return Error::invalid(QCoreApplication::translate("Sla",
                                  "Policy '%1': the due-soon share must be from 0 to 100 percent.")
                                  .arg(policy.code),
            QStringLiteral("dueSoonPercent"));
    if (policy.minScore < 0 || policy.minScore > 100)
        return Error::invalid(QCoreApplication::translate(
                                  "Sla", "Policy '%1': the minimum score must be from 0 to 100.")
                                  .arg(policy.code),
            QStringLiteral("minScore"));
    return {};
}

QString slaPolicyDisplayName(const QString &storedName)
{
    static const char *const shipped[]
        = {QT_TRANSLATE_NOOP("SlaPolicy", "MQL first touch (fast-track)"),
            QT_TRANSLATE_NOOP("SlaPolicy", "MQL first touch"),
            QT_TRANSLATE_NOOP("SlaPolicy", "SQL next step"),
            QT_TRANSLATE_NOOP("SlaPolicy", "Open lead untouched")};
    for (const char *name : shipped) {
        if (storedName == QLatin1String(name))
            return QCoreApplication::translate("SlaPolicy", name);
    }
    return storedName;
}

std::vector<SlaPolicy> defaultSlaPolicies()
{
    const QStringList touches
        = {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting")};
    const QStringList answers = {QStringLiteral("accept"), QStringLiteral("qualify"),
        QStringLiteral("reject"), QStringLiteral("disqualify"), QStringLiteral("recycle")};
    SlaPolicy fast;
    fast.code = QStringLiteral("mql_first_touch_fast");
    fast.name = QStringLiteral("MQL first touch (fast-track)");
    fast.kind = QStringLiteral("first_touch");
    fast.stages = {Stage::Mql};
    fast.fastTrack = true;
    fast.allowed = 60;
    fast.stopActivities = touches;
    fast.stopActions = answers;
    fast.sortOrder = 1;

    SlaPolicy first = fast;
    first.code = QStringLiteral("mql_first_touch");
    first.name = QStringLiteral("MQL first touch");
    first.fastTrack.reset();
    first.allowed = 240;
    first.sortOrder = 2;

    SlaPolicy next;
    next.code = QStringLiteral("sql_next_step");
    next.name = QStringLiteral("SQL next step");
    next.kind = QStringLiteral("next_step");
    next.stages = {Stage::Sql};
    next.allowed = 2;
    next.unit = SlaUnit::BusinessDays;
    next.stopActivities = touches;
    next.stopActions = {QStringLiteral("win"), QStringLiteral("lose"), QStringLiteral("disqualify"),
        QStringLiteral("recycle")};
    next.sortOrder = 3;

    SlaPolicy idle;
    idle.code = QStringLiteral("untouched");
    idle.name = QStringLiteral("Open lead untouched");
    idle.kind = QStringLiteral("untouched");
    idle.stages = {Stage::Mql, Stage::Sql};
    idle.allowed = 7;
    idle.unit = SlaUnit::CalendarDays;
    idle.stopActivities = touches;
    idle.stopActions = answers + QStringList {QStringLiteral("win"), QStringLiteral("lose")};
    idle.sortOrder = 4;
    return {fast, first, next, idle};
}

Result<SlaRules> SlaRules::load(const SlaRepository &repository)
{
    auto c = repository.calendar();
    if (!c)
        return c.error();
    auto p = repository.policies();
    if (!p)
        return p.error();
    return SlaRules(std::move(c).value(), std::move(p).value());
}

SlaRules::SlaRules(BusinessCalendar calendar, std::vector<SlaPolicy> policies)
    : m_calendar(std::move(calendar))
    , m_policies(std::move(policies))
{
    std::stable_sort(m_policies.begin(), m_policies.end(),
        [](const SlaPolicy &a, const SlaPolicy &b) { return a.sortOrder < b.sortOrder; });
}

const SlaPolicy *SlaRules::policy(qint64 id) const
{
    for (const SlaPolicy &p : m_policies) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList SlaRules::stopActivityTypes() const
{
    QStringList out;
    for (const SlaPolicy &p : m_policies) {
        for (const QString &t : p.stopActivities) {
            if (p.active && !out.contains(t))
                out << t;
        }
    }
    return out;
}

const SlaPolicy *SlaRules::policyFor(const QString &kind, const SlaLeadFacts &lead) const
{
    for (const SlaPolicy &p : m_policies) {
        if (p.kind == kind && p.appliesTo(lead.stage, lead.fastTrack, lead.score))
            return &p;
    }
    return nullptr;
}

bool SlaRules::hasOpenClock(const QString &kind, const std::vector<SlaClock> &clocks) const
{
    return std::any_of(clocks.begin(), clocks.end(), [&](const SlaClock &c) {
        const SlaPolicy *p = policy(c.policyId);
        return c.isOpen() && p && p->kind == kind;
    });
}

void SlaRules::stop(SlaClock &clock, const SlaPolicy &policy, const QDateTime &at,
    ClockOutcome outcome, const QString &by) const
{
    clock.stoppedAt = std::max(at.toUTC(), clock.startedAt);
    clock.outcome = outcome;
    clock.elapsedSecs = policy.elapsedSecs(m_calendar, clock.startedAt, clock.stoppedAt);
    clock.stoppedBy = by;
    clock.changed = true;
}

SlaClock SlaRules::start(
    const SlaPolicy &policy, const SlaLeadFacts &lead, const QDateTime &at) const
{
    SlaClock c;
    c.leadId = lead.leadId;
    c.policyId = policy.id;
    c.ownerId = lead.ownerId;
    c.startedAt = at.toUTC();
    c.dueAt = policy.dueAt(m_calendar, c.startedAt);
    c.dueSoonAt = policy.dueSoonAt(m_calendar, c.startedAt, c.dueAt);
    c.changed = true;
    return c;
}

void SlaRules::stageChanged(std::optional<Stage> from, const SlaLeadFacts &after,
    const QString &action, const QDateTime &at, std::vector<SlaClock> &clocks) const
{
    for (SlaClock &c : clocks) {
        const SlaPolicy *p = policy(c.policyId);
        if (!c.isOpen() || !p)
            continue;
        const bool named = p->stopActions.contains(action);
        if (!p->covers(after.stage))
            stop(c, *p, at, named ? ClockOutcome::Met : ClockOutcome::Cancelled, action);
        else if (named)
            stop(c, *p, at, ClockOutcome::Met, action);
    }
    const bool entered = from != after.stage;
    for (const ClockKind &kind : clockKinds()) {
        if (hasOpenClock(kind.key, clocks))
            continue;
        const SlaPolicy *p = policyFor(kind.key, after);
        if (!p)
            continue;
        // Entering: the stage is one of the policy's and the lead came from outside them.
        const bool starts
            = kind.start == ClockStart::WhileIdle || (entered && !(from && p->covers(*from)));
        if (starts)
            clocks.push_back(start(*p, after, at));
    }
}

void SlaRules::activityLogged(const SlaLeadFacts &lead, const QString &type, const QDateTime &at,
    std::vector<SlaClock> &clocks) const
{
    for (SlaClock &c : clocks) {
        const SlaPolicy *p = policy(c.policyId);
        if (c.isOpen() && p && p->stopActivities.contains(type) && at >= c.startedAt)
            stop(c, *p, at, ClockOutcome::Met, type);
    }
    ensureIdleClocks(lead, at, clocks);
}

void SlaRules::ownerChanged(
    const SlaLeadFacts &after, const QDateTime &at, std::vector<SlaClock> &clocks) const
{
    std::vector<SlaClock> restarted;
    for (SlaClock &c : clocks) {
        const SlaPolicy *p = policy(c.policyId);
        if (!c.isOpen() || !p || c.ownerId == after.ownerId)
            continue;
        if (p->restartOnReassign) {
            stop(c, *p, at, ClockOutcome::Cancelled, QStringLiteral("reassigned"));
            restarted.push_back(start(*p, after, at));
        } else {
            c.ownerId = after.ownerId;
            c.changed = true;
        }
    }
    clocks.insert(clocks.end(), restarted.begin(), restarted.end());
}

void SlaRules::ensureIdleClocks(
    const SlaLeadFacts &lead, const QDateTime &at, std::vector<SlaClock> &clocks) const
{
    for (const ClockKind &kind : clockKinds()) {
        if (kind.start != ClockStart::WhileIdle || hasOpenClock(kind.key, clocks))
            continue;
        if (const SlaPolicy *p = policyFor(kind.key, lead))
            clocks.push_back(start(*p, lead, at));
    }
}

} // namespace bantam
