// LeadRerouter: what SLA escalation needs from routing — handing breached leads back to the
// routing rules. RoutingService implements it; the interface lives in sla/ so that sla/ does not
// include routing/ (routing already uses sla/'s tracker when leads change hands).
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QString>

#include <vector>

namespace bantam {

class LeadRerouter
{
public:
    // Releases the leads' owners and routes them again by the rules; no permission check. The
    // release is audited with the reason.
    virtual Result<void> rerouteLeads(
        const User &actor, const std::vector<qint64> &leadIds, const QString &reason) const = 0;

protected:
    ~LeadRerouter() = default;
};

} // namespace bantam
