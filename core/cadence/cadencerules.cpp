#include "cadence/cadencerules.h"

namespace bantam {

namespace {

bool beforeNoon(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).time().hour() < 12;
}

bool reachedThePerson(CallOutcome o)
{
    return o == CallOutcome::Reached || o == CallOutcome::CallBack;
}

} // namespace

QDateTime nextAttemptAfter(
    const CadencePolicy &policy, const BusinessCalendar &calendar, const QDateTime &last)
{
    QDateTime t = calendar.addBusinessMinutes(last, qint64(policy.gapHours) * 60);
    if (!t.isValid())
        return t;
    t = calendar.nextWorkingMoment(t);
    if (!policy.varyTimeOfDay || !t.isValid())
        return t;
    const QTimeZone zone = calendar.timeZone();
    const bool lastMorning = beforeNoon(last, zone);
    // Bounded: a calendar whose days all end before noon has no afternoons.
    for (int i = 0; i < 14 && t.isValid() && beforeNoon(t, zone) == lastMorning; ++i) {
        const QDate day = t.toTimeZone(zone).date();
        const QDateTime other = lastMorning ? QDateTime(day, QTime(12, 0), zone)
                                            : QDateTime(day.addDays(1), QTime(0, 0), zone);
        t = calendar.nextWorkingMoment(other);
    }
    return t;
}

CadenceState cadenceAfter(const CadencePolicy &policy, const BusinessCalendar &calendar,
    qint64 leadId, const QDateTime &since, const std::vector<Call> &calls)
{
    CadenceState s;
    s.leadId = leadId;
    s.policyId = policy.id;
    s.since = since;
    s.of = policy.attempts;
    for (const Call &c : calls) {
        s.lastOutcome = c.outcome;
        s.lastAt = c.endedAt.isValid() ? c.endedAt : c.startedAt;
        // The days count from the first attempt: a lead that waited before its first call
        // still gets all its attempts.
        if (!s.endsAt.isValid())
            s.endsAt = calendar.addBusinessDays(c.startedAt, policy.withinDays);
        if (c.outcome && reachedThePerson(*c.outcome)) {
            s.reached = true;
            break;
        }
        ++s.attempts;
    }
    if (s.reached || s.exhausted())
        return s;
    s.nextAt = s.attempts == 0 ? since : nextAttemptAfter(policy, calendar, s.lastAt);
    if (s.nextAt.isValid() && s.endsAt.isValid() && s.nextAt > s.endsAt)
        s.nextAt = s.endsAt; // the last chance within the policy's days
    return s;
}

} // namespace bantam
