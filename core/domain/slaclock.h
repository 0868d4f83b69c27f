// SlaClock: one running or stopped service-level clock of a lead — when it started, when it is
// due soon and due, and how it ended — with the states it is in at a given time, and what the
// SLA rules need to know about a lead to start and stop its clocks.
#pragma once

#include "domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

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

} // namespace bantam
