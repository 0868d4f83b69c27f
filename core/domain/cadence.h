// Call cadence: how a rep keeps calling a lead nobody reached yet. A CadencePolicy is data (one
// per stage, editable by team leads and admins): "new MQL: 6 attempts in 10 business days, at
// least 4 business hours apart, at different times of day". A CadenceState is where one lead
// stands: attempt n of m, the last outcome, when the next attempt is due.
#pragma once

#include "domain/call.h"
#include "domain/stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

struct CadencePolicy
{
    qint64 id = 0;
    QString code; // "new_mql"
    QString name; // as stored; displayName() translates the shipped default
    Stage stage = Stage::Mql; // the stage whose leads it paces (one policy per stage)
    int attempts = 6; // unreached attempts before the lead is offered for disqualification
    int withinDays = 10; // business days from the first attempt
    int gapHours = 4; // business hours between two attempts, at least
    bool varyTimeOfDay = true; // the next attempt in the other half of the day (before/after noon)
    bool active = true;

    QString displayName() const;
    // "6 attempts in 10 business days, at least 4 business hours apart, at different times of
    // day" (translated).
    QString summary() const;
};

struct CadenceState
{
    qint64 leadId = 0;
    qint64 policyId = 0;
    QDateTime since; // the lead's entry into its stage: attempts count from there
    int attempts = 0; // logged calls that did not reach the person
    int of = 0; // the policy's attempts
    std::optional<CallOutcome> lastOutcome;
    QDateTime lastAt;
    QDateTime nextAt; // when the next attempt is due; invalid once reached or exhausted
    QDateTime endsAt; // the end of the policy's business days (from the first attempt)
    bool reached = false; // a call reached the person: the cadence is over

    bool exhausted() const { return !reached && of > 0 && attempts >= of; }
    // The last unreached attempt was made (or the days ran out): offer disqualify or recycle.
    bool isOver(const QDateTime &now) const
    {
        return !reached && (exhausted() || (endsAt.isValid() && attempts > 0 && now >= endsAt));
    }
};

} // namespace bantam
