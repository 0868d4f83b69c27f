// SLA policies and clocks, and the rules that start and stop clocks as a lead moves through the
// pipeline, is touched and changes hands. SlaRules is pure (no database): the live hooks
// (SlaTracker) and the rebuild from history run the very same rules.
#pragma once

#include "domain/stage.h"
#include "result.h"
#include "sla/businesscalendar.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

enum class SlaUnit { BusinessMinutes, BusinessDays, CalendarDays };
QString slaUnitKey(SlaUnit unit); // "business_minutes", "business_days", "calendar_days"
std::optional<SlaUnit> slaUnitFromKey(const QString &key);

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

struct SlaPolicy
{
    qint64 id = 0;
    QString code; // stable key: "mql_first_touch", ...
    QString name;
    QString kind; // a ClockKind key
    std::vector<Stage> stages;
    std::optional<bool> fastTrack; // only fast-track (true), only others (false), any
    int minScore = 0; // priority: only leads scoring at least this
    int allowed = 0; // in unit
    SlaUnit unit = SlaUnit::BusinessMinutes;
    int dueSoonPercent = 25; // "due soon" once this share of the allowed time is left
    QStringList stopActivities; // activity types that stop the clock: "call", "email", ...
    QStringList stopActions; // pipeline actions that stop it: "accept", "qualify", ...
    bool restartOnReassign = false;
    bool escalate = true; // breaches go to the team lead
    bool autoReassign = false; // a breach asks routing to reassign the lead
    bool active = true;
    int sortOrder = 0;

    bool appliesTo(Stage stage, bool fastTrack, int score) const;
    bool covers(Stage stage) const;
    // The due time of a clock started at start, and when it becomes due soon.
    QDateTime dueAt(const BusinessCalendar &calendar, const QDateTime &start) const;
    QDateTime dueSoonAt(
        const BusinessCalendar &calendar, const QDateTime &start, const QDateTime &due) const;
    // The time a clock ran from start to stop, in business seconds (calendar seconds for
    // calendar-day policies).
    qint64 elapsedSecs(
        const BusinessCalendar &calendar, const QDateTime &start, const QDateTime &stop) const;
    // The allowed time for people: "4 business hours", "2 business days", "7 days".
    QString allowedText() const;
    // The error names the field.
    Result<void> validate() const;
};

// The policies that ship: MQL first touch in 4 business hours (fast-track: 1), SQL next step in
// 2 business days, no open lead untouched for 7 days.
std::vector<SlaPolicy> defaultSlaPolicies();
// A policy's name for people: the shipped policies' names (stored in English) in the user's
// language; names an admin gave stay as they are.
QString slaPolicyDisplayName(const QString &storedName);

// Weeks from Monday (UTC) as stored with each clock: 1970-01-01 was a Thursday.
qint64 slaWeekOf(const QDateTime &at);
QDate slaWeekStart(qint64 week);

enum class ClockOutcome { Open, Met, Cancelled };
QString clockOutcomeKey(ClockOutcome outcome);
ClockOutcome clockOutcomeFromKey(const QString &key);

enum class SlaState { OnTrack, DueSoon, Breached, MetOnTime, MetLate, Cancelled };
QString slaStateKey(SlaState state); // "on_track", "due_soon", "breached", "met_on_time", ...
QString slaStateName(SlaState state); // translated

struct SlaClock
{
    qint64 id = 0; // 0 until stored
    qint64 leadId = 0;
    qint64 policyId = 0;
    std::optional<qint64> ownerId;
    QDateTime startedAt, dueSoonAt, dueAt, stoppedAt;
    ClockOutcome outcome = ClockOutcome::Open;
    std::optional<qint64> elapsedSecs; // set when stopped
    QString stoppedBy; // the activity type or pipeline action, "left stage", "reassigned"
    bool changed = false; // touched by the rules since loaded

    bool isOpen() const { return outcome == ClockOutcome::Open; }
    SlaState stateAt(const QDateTime &now) const;
};

// What the rules need to know about a lead at the moment of an event.
struct SlaLeadFacts
{
    qint64 leadId = 0;
    Stage stage = Stage::Lead;
    std::optional<qint64> ownerId;
    bool fastTrack = false;
    int score = 0;
};

class SlaRules
{
public:
    SlaRules(BusinessCalendar calendar, std::vector<SlaPolicy> policies);

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
