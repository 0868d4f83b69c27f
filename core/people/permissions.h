// Permissions: what each role may do, checked by the services that perform the action, so the
// GUI and the CLI get the same refusals.
#pragma once

#include "domain/lead.h"
#include "domain/user.h"
#include "pipeline/transitions.h"
#include "result.h"

#include <optional>

namespace bantam {

namespace permissions {

// owner is the lead's current owner (nullopt when unassigned).
Result<void> mayChangeStage(const User &actor, PipelineAction action, const Lead &lead,
                            const std::optional<User> &owner);
Result<void> mayEditLead(const User &actor, const Lead &lead, const std::optional<User> &owner);
Result<void> mayCreateLead(const User &actor);
// Service levels: admins edit the SLA policies and the business calendar; admins and marketing
// managers edit the MQL volume targets.
Result<void> mayEditServiceLevels(const User &actor);
Result<void> mayEditMqlTargets(const User &actor);

} // namespace permissions

} // namespace bantam
