// TouchLog: the one write of a touch logged on a lead, whichever screen logs it — call mode
// (QualificationService::endCall), the Log call button of My queue, bantam-cli log
// (LeadService::logActivity) — inside the caller's transaction. It writes the timeline's
// activity and stops the SLA clocks the touch answers; a call is also stored as a call (the day's
// call counter counts it), counts as an attempt of the lead's cadence (attempt n of m, when the
// next is due) and keeps the callbacks promised earlier (a "call back at" makes a new one). So the
// SLA clocks, the cadence and the call counter always agree on what was logged.
#pragma once

#include "domain/activity.h"
#include "domain/call.h"
#include "domain/lead.h"
#include "result.h"

namespace bantam {

class Database;

class TouchLog
{
public:
    explicit TouchLog(const Database &db)
        : m_db(db)
    { }

    // The ended call (its endedAt, outcome if known, callbackAt, notes) of actorId with the lead,
    // logged now; call.id 0: a call logged without call mode, stored here (and call.id set).
    // detail is the timeline's text for it.
    Result<void> call(const Lead &lead, Call &call, qint64 actorId, const QString &detail,
        const QDateTime &now) const;
    // An e-mail, meeting or note (a call goes through call()).
    Result<void> touch(const Lead &lead, const Activity &activity) const;

private:
    const Database &m_db;
};

} // namespace bantam
