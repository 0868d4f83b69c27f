// The call cadence's arithmetic, without a database: where a lead stands after its logged calls
// under a policy (attempt n of m, the last outcome, when the next attempt is due), in business
// time on the SLA business calendar.
//
// - An attempt is a logged call since the lead entered its stage; reached and "call back at"
//   mean the person was reached (the cadence is over), voicemail, no answer and wrong number
//   count as unreached attempts, and so does a call logged without its outcome (My queue's Log
//   call, bantam-cli log).
// - The next attempt is due the policy's business hours after the last one, at the next working
//   moment; with "different times of day" it moves on to the other half of a working day than the
//   last attempt (before noon / from noon, in the calendar's zone) when it would fall in the same.
// - After the policy's attempts, or once its business days (counted from the first attempt) are
//   over, there is no next attempt.
#pragma once

#include "domain/businesscalendar.h"
#include "domain/cadence.h"

#include <vector>

namespace bantam {

CadenceState cadenceAfter(const CadencePolicy &policy, const BusinessCalendar &calendar,
    qint64 leadId, const QDateTime &since, const std::vector<Call> &calls);

// The earliest time for the attempt after one made at `last`.
QDateTime nextAttemptAfter(
    const CadencePolicy &policy, const BusinessCalendar &calendar, const QDateTime &last);

} // namespace bantam
