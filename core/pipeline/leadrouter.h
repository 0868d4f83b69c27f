// LeadRouter: what the pipeline needs from routing — giving the leads marketing hands over to
// sales (new MQLs without an owner) a rep by the routing rules. RoutingService implements it; the
// interface lives in pipeline/ so that pipeline/ does not include routing/ (routing uses scoring,
// and scoring promotes leads through the pipeline).
#pragma once

#include "domain/user.h"
#include "result.h"

#include <vector>

namespace bantam {

class LeadRouter
{
public:
    // Routes the leads on behalf of the service that moved them, without a permission check (the
    // actor is recorded as the one who caused it). Gives how many got an owner.
    virtual Result<qint64> routeOnHandover(
        const User &actor, const std::vector<qint64> &leadIds) const = 0;

protected:
    ~LeadRouter() = default;
};

} // namespace bantam
