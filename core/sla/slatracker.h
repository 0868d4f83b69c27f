// SlaTracker: keeps a lead's SLA clocks in step with what happens to it. The services that change
// a lead call it inside their own transaction, so a stage change or a logged call and its clocks
// are committed together (PipelineService, LeadService::logActivity; reassignment calls
// ownerChanged once it exists).
#pragma once

#include "domain/lead.h"
#include "result.h"
#include "sla/slarules.h"
#include "storage/slarepository.h"

#include <optional>

namespace bantam {

class Database;

SlaLeadFacts leadFacts(const Lead &lead);

class SlaTracker
{
public:
    explicit SlaTracker(const Database &db)
        : m_repository(db)
    { }

    // The lead (as it is after the move) left from (nullopt: it was just created) by action.
    Result<void> stageChanged(const Lead &after, std::optional<Stage> from, const QString &action,
        const QDateTime &at) const;
    // An activity of the type was logged for the lead at the time.
    Result<void> activityLogged(const Lead &lead, const QString &type, const QDateTime &at) const;
    // The lead (as it is after the reassignment) got a new owner: open clocks follow the new
    // owner and keep running, or restart where their policy says so.
    Result<void> ownerChanged(const Lead &after, const QDateTime &at) const;

private:
    template <typename Apply>
    Result<void> update(qint64 leadId, Apply apply) const;

    const SlaRepository m_repository; // its statements prepared once per tracker
    mutable std::optional<SlaRules> m_rules; // read once per tracker
};

} // namespace bantam
