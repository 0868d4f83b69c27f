// SlaPolicy: one service level as data — which leads it covers (stages, fast-track, minimum
// score), how much time they get (in business minutes, business days or calendar days on the
// business calendar), and what stops its clock. The SLA rules (sla/slarules.h) start and stop
// clocks by it; the SLA repository stores it.
#pragma once

#include "domain/businesscalendar.h"
#include "domain/stage.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

enum class SlaUnit { BusinessMinutes, BusinessDays, CalendarDays };
QString slaUnitKey(SlaUnit unit); // "business_minutes", "business_days", "calendar_days"
std::optional<SlaUnit> slaUnitFromKey(const QString &key);

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
};

} // namespace bantam
