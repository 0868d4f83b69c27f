// Permissions: what each role may do, checked by the services that perform the action, so the
// GUI and the CLI get the same refusals.
#pragma once

#include "domain/lead.h"
#include "domain/transitions.h"
#include "domain/user.h"
#include "result.h"

#include <optional>

namespace bantam {

namespace permissions {

// owner is the lead's current owner (nullopt when unassigned).
Result<void> mayChangeStage(
    const User &actor, PipelineAction action, const Lead &lead, const std::optional<User> &owner);
Result<void> mayEditLead(const User &actor, const Lead &lead, const std::optional<User> &owner);
Result<void> mayCreateLead(const User &actor);
// The scoring model (edit, save, restore, recompute) and activity imports, which rescore
// leads: marketing managers and admins.
Result<void> mayEditScoringModel(const User &actor);
Result<void> mayImportActivities(const User &actor);
// Editing the questionnaire and the framework templates: marketing managers and admins.
Result<void> mayEditQualificationSetup(const User &actor);

// Reassigning a lead from owner (nullopt = unassigned) to target: admins any lead to anyone;
// team leads within their team (the current owner's and the new owner's team); reps and senior
// reps only their own leads, to someone in their team; marketing managers none.
Result<void> mayReassign(
    const User &actor, const Lead &lead, const std::optional<User> &owner, const User &target);
// Editing routing rules and running routing by hand: team leads and admins.
Result<void> mayManageRouting(const User &actor);
// The call cadence policies: team leads and admins.
Result<void> mayEditCadence(const User &actor);
// Users, roles, teams and territories: admins.
Result<void> mayManagePeople(const User &actor);
// Repairing, backing up and restoring the whole database: admins.
Result<void> mayMaintainDatabase(const User &actor);
// A rep's capacity, absence, weight, languages and territories: admins, and team leads for
// the members of their team.
Result<void> mayEditRepSettings(const User &actor, const User &rep);
// Service levels: admins edit the SLA policies and the business calendar; admins and marketing
// managers edit the MQL volume targets.
Result<void> mayEditServiceLevels(const User &actor);
Result<void> mayEditMqlTargets(const User &actor);
// The home region national phone numbers are read in: admins.
Result<void> mayEditHomeRegion(const User &actor);

} // namespace permissions

} // namespace bantam
