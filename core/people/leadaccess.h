// Lead access: the permission checks on a lead that depend on who owns it, with the owner read
// from the database — one place for "load the lead's owner, then ask the permissions".
#pragma once

#include "domain/lead.h"
#include "domain/transitions.h"
#include "domain/user.h"
#include "result.h"

#include <optional>

namespace bantam {

class Database;

// The lead's current owner; nullopt when the lead is unassigned.
Result<std::optional<User>> ownerOf(const Database &db, const Lead &lead);

// permissions::mayEditLead and mayChangeStage with the lead's owner as it is stored now.
Result<void> mayEditLead(const Database &db, const User &actor, const Lead &lead);
Result<void> mayChangeStage(
    const Database &db, const User &actor, PipelineAction action, const Lead &lead);

} // namespace bantam
