// The SLA rules: the kinds of clock, the shipped policies, what makes a policy valid, and the
// rules that start and stop clocks as a lead moves through the pipeline, is touched and changes
// hands. SlaRules is pure (no database): the live hooks (SlaTracker) and the rebuild from history
// run the very same rules. Policies and clocks themselves are values in domain/.
#pragma once

#include "domain/businesscalendar.h"
#include "domain/slaclock.h"
#include "domain/slapolicy.h"
#include "domain/stage.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

// How a kind of clock starts. Kinds are data in the policies; this table says what each does.
enum class ClockStart {
    OnStageEntry, // once, when the lead enters one of the policy's stages
    WhileIdle, // whenever the lead is in one of the stages without an open clock of the kind
};
struct ClockKind
{
    QString key; // "first_touch", "next_step", "untouched"
    ClockStart start;
    QString name() const; // translated
};
const std::vector<ClockKind> &clockKinds();
std::optional<ClockKind> clockKind(const QString &key);

// Whether a policy can be saved; the error names the field.
Result<void> validateSlaPolicy(const SlaPolicy &policy);

// The policies that ship: MQL first touch in 4 business hours (fast-track: 1), SQL next step in
// 2 business days, no open lead untouched for 7 days.
std::vector<SlaPolicy> defaultSlaPolicies();
// A policy's name for people: the shipped policies' names (stored in English) in the user's
// language; names an admin gave stay as they are.
QString slaPolicyDisplayName(const QString &storedName);

class SlaRepository;

class SlaRules
{
public:
    SlaRules(BusinessCalendar calendar, std::vector<SlaPolicy> policies);
    // The calendar and the policies as stored.
    static Result<SlaRules> load(const SlaRepository &repository);

    const BusinessCalendar &calendar() const { return m_calendar; }
    const std::vector<SlaPolicy> &policies() const { return m_policies; }
    const SlaPolicy *policy(qint64 id) const;
    // The stop activity types of all active policies (what the rebuild needs to read).
    QStringList stopActivityTypes() const;

    // Each takes the lead's clocks (at least the open ones) and changes them in place: stops
    // clocks (marked changed) and appends new ones (id 0). after is the lead after the event.
    // from is nullopt when the lead was just created.
    void stageChanged(std::optional<Stage> from, const SlaLeadFacts &after, const QString &action,
        const QDateTime &at, std::vector<SlaClock> &clocks) const;
    void activityLogged(const SlaLeadFacts &lead, const QString &type, const QDateTime &at,
        std::vector<SlaClock> &clocks) const;
    // The lead got a new owner (reassignment): open clocks follow the owner and keep running,
    // unless their policy restarts them.
    void ownerChanged(
        const SlaLeadFacts &after, const QDateTime &at, std::vector<SlaClock> &clocks) const;
    // Starts the idle clocks a lead should have now (after a rebuild or a policy change).
    void ensureIdleClocks(
        const SlaLeadFacts &lead, const QDateTime &at, std::vector<SlaClock> &clocks) const;

private:
    void stop(SlaClock &clock, const SlaPolicy &policy, const QDateTime &at, ClockOutcome outcome,
        const QString &by) const;
    SlaClock start(const SlaPolicy &policy, const SlaLeadFacts &lead, const QDateTime &at) const;
    // The first active policy of the kind (by sort order) that applies to the lead.
    const SlaPolicy *policyFor(const QString &kind, const SlaLeadFacts &lead) const;
    bool hasOpenClock(const QString &kind, const std::vector<SlaClock> &clocks) const;

    BusinessCalendar m_calendar;
    std::vector<SlaPolicy> m_policies;
};

} // namespace bantam
