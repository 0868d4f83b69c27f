#include "people/permissions.h"

#include <QCoreApplication>

namespace bantam::permissions {

namespace {

bool isSalesAction(PipelineAction a)
{
    return a != PipelineAction::Promote;
}

bool isMarketingAction(PipelineAction a, Stage from)
{
    return a == PipelineAction::Promote || a == PipelineAction::Reopen
           || (a == PipelineAction::Disqualify && from == Stage::Lead);
}

// Whose leads the actor may work on: admins and marketing any; team leads their team's and
// unassigned ones; reps their own.
Result<void> inScope(const User &actor, const Lead &lead, const std::optional<User> &owner)
{
    switch (actor.role) {
    case Role::Admin:
    case Role::MarketingManager: return {};
    case Role::TeamLead:
        if (!owner || owner->id == actor.id || (actor.teamId && owner->teamId == actor.teamId))
            return {};
        return Error::forbidden(
            QCoreApplication::translate("Permissions", "Lead %1 belongs to %2, who is not in your team.").arg(lead.id).arg(owner->name));
    case Role::Rep:
    case Role::SeniorRep:
        if (owner && owner->id == actor.id)
            return {};
        if (!owner)
            return Error::forbidden(QCoreApplication::translate("Permissions", "Lead %1 is not assigned to you. Ask your team lead to "
                                       "assign it first.")
                                        .arg(lead.id));
        return Error::forbidden(QCoreApplication::translate("Permissions", "Lead %1 belongs to %2; you may only work on your own leads.")
                                    .arg(lead.id)
                                    .arg(owner->name));
    }
    return Error::forbidden(QCoreApplication::translate("Permissions", "Unknown role."));
}

Result<void> active(const User &actor)
{
    if (!actor.active)
        return Error::forbidden(QCoreApplication::translate("Permissions", "The user account '%1' is deactivated.").arg(actor.login));
    return {};
}

} // namespace

Result<void> mayChangeStage(const User &actor, PipelineAction action, const Lead &lead,
                            const std::optional<User> &owner)
{
    if (auto a = active(actor); !a)
        return a;
    bool roleAllows = false;
    switch (actor.role) {
    case Role::Admin: roleAllows = true; break;
    case Role::MarketingManager: roleAllows = isMarketingAction(action, lead.stage); break;
    case Role::TeamLead: roleAllows = isSalesAction(action); break;
    case Role::Rep:
    case Role::SeniorRep: roleAllows = isSalesAction(action) && action != PipelineAction::Reopen; break;
    }
    if (!roleAllows) {
        return Error::forbidden(QCoreApplication::translate("Permissions", "As %1, %2 may not %3.")
                                    .arg(roleName(actor.role), actor.name, actionVerb(action)));
    }
    return inScope(actor, lead, owner);
}

Result<void> mayEditLead(const User &actor, const Lead &lead, const std::optional<User> &owner)
{
    if (auto a = active(actor); !a)
        return a;
    return inScope(actor, lead, owner);
}

Result<void> mayCreateLead(const User &actor)
{
    return active(actor);
}

Result<void> mayEditServiceLevels(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role != Role::Admin)
        return Error::forbidden(QCoreApplication::translate("Permissions",
            "Only an administrator may change "
            "the SLA policies and the business "
            "calendar."));
    return {};
}

Result<void> mayEditMqlTargets(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role != Role::Admin && actor.role != Role::MarketingManager)
        return Error::forbidden(QCoreApplication::translate("Permissions",
            "Only marketing managers and "
            "administrators may set MQL "
            "targets."));
    return {};
}

} // namespace bantam::permissions
