#include "leads/touchlog.h"

#include "cadence/cadenceservice.h"
#include "domain/callback.h"
#include "sla/slatracker.h"
#include "storage/callbackrepository.h"
#include "storage/database.h"
#include "storage/qualificationrepository.h"
#include "storage/timelinerepository.h"

namespace bantam {

Result<void> TouchLog::call(
    const Lead &lead, Call &call, qint64 actorId, const QString &detail, const QDateTime &now) const
{
    const QualificationRepository calls(m_db);
    call.leadId = lead.id;
    if (call.id == 0) {
        call.userId = actorId;
        auto id = calls.insertCall(call);
        if (!id)
            return id.error();
        call.id = id.value();
    }
    if (auto w = calls.finishCall(call); !w)
        return w;
    Activity activity;
    activity.leadId = lead.id;
    activity.type = QStringLiteral("call");
    activity.at = now;
    activity.userId = actorId;
    activity.detail = detail;
    if (auto w = touch(lead, activity); !w)
        return w;
    // Attempt n of m, and when the next one is due (My queue orders by it).
    if (auto w = CadenceTracker(m_db).callLogged(lead); !w)
        return w;
    // The call keeps the promises of earlier ones; "call back at" makes a new one.
    const CallbackRepository callbacks(m_db);
    if (auto w = callbacks.completeOpen(lead.id, now); !w)
        return w.error();
    if (!call.callbackAt.isValid())
        return {};
    Callback promised;
    promised.leadId = lead.id;
    promised.dueAt = call.callbackAt;
    promised.note = call.notes;
    promised.callId = call.id;
    promised.createdAt = now;
    promised.createdBy = actorId;
    if (auto w = callbacks.insert(promised); !w)
        return w.error();
    return {};
}

Result<void> TouchLog::touch(const Lead &lead, const Activity &activity) const
{
    if (auto w = TimelineRepository(m_db).insertActivity(activity); !w)
        return w;
    return SlaTracker(m_db).activityLogged(lead, activity.type, activity.at);
}

} // namespace bantam
