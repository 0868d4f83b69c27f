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
    case Role::MarketingManager:
        return {};
    case Role::TeamLead:
        if (!owner || owner->id == actor.id || (actor.teamId && owner->teamId == actor.teamId))
            return {};
        return Error::forbidden(QCoreApplication::translate(
            "Permissions", "Lead %1 belongs to %2, who is not in your team.")
                                    .arg(lead.id)
                                    .arg(owner->name));
    case Role::Rep:
    case Role::SeniorRep:
        if (owner && owner->id == actor.id)
            return {};
        if (!owner)
            return Error::forbidden(QCoreApplication::translate("Permissions",
                "Lead %1 is not assigned to you. Ask your team lead to "
                "assign it first.")
                                        .arg(lead.id));
        return Error::forbidden(QCoreApplication::translate(
            "Permissions", "Lead %1 belongs to %2; you may only work on your own leads.")
                                    .arg(lead.id)
                                    .arg(owner->name));
    }
    return Error::forbidden(QCoreApplication::translate("Permissions", "Unknown role."));
}

Result<void> active(const User &actor)
{
    if (!actor.active)
        return Error::forbidden(
            QCoreApplication::translate("Permissions", "The user account '%1' is deactivated.")
                .arg(actor.login));
    return {};
}

} // namespace

Result<void> mayChangeStage(
    const User &actor, PipelineAction action, const Lead &lead, const std::optional<User> &owner)
{
    if (auto a = active(actor); !a)
        return a;
    bool roleAllows = false;
    switch (actor.role) {
    case Role::Admin:
        roleAllows = true;
        break;
    case Role::MarketingManager:
        roleAllows = isMarketingAction(action, lead.stage);
        break;
    case Role::TeamLead:
        roleAllows = isSalesAction(action);
        break;
    case Role::Rep:
    case Role::SeniorRep:
        roleAllows = isSalesAction(action) && action != PipelineAction::Reopen;
        break;
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

namespace {
// what: the verb phrase of the refusal ("change the scoring model").
Result<void> marketingOrAdmin(const User &actor, const QString &what)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::MarketingManager || actor.role == Role::Admin)
        return {};
    return Error::forbidden(QCoreApplication::translate(
        "Permissions", "As %1, %2 may not %3; only marketing managers and admins may.")
                                .arg(roleName(actor.role), actor.name, what));
}
} // namespace

Result<void> mayEditScoringModel(const User &actor)
{
    return marketingOrAdmin(
        actor, QCoreApplication::translate("Permissions", "change the scoring model"));
}

Result<void> mayImportActivities(const User &actor)
{
    return marketingOrAdmin(actor, QCoreApplication::translate("Permissions", "import activities"));
}

Result<void> mayEditQualificationSetup(const User &actor)
{
    return marketingOrAdmin(actor,
        QCoreApplication::translate(
            "Permissions", "change the questionnaire or the qualification frameworks"));
}

Result<void> mayReassign(
    const User &actor, const Lead &lead, const std::optional<User> &owner, const User &target)
{
    if (auto a = active(actor); !a)
        return a;
    auto inTeam = [&actor](const User &u) {
        return u.id == actor.id || (actor.teamId && u.teamId == actor.teamId);
    };
    switch (actor.role) {
    case Role::Admin:
        return {};
    case Role::TeamLead:
        if (owner && !inTeam(*owner))
            return Error::forbidden(QCoreApplication::translate("Permissions",
                "Lead %1 belongs to %2, who is not in your team; only an administrator may "
                "reassign it.")
                                        .arg(lead.id)
                                        .arg(owner->name));
        if (!inTeam(target))
            return Error::forbidden(QCoreApplication::translate("Permissions",
                "%1 is not in your team; team leads reassign only within their team.")
                                        .arg(target.name));
        return {};
    case Role::Rep:
    case Role::SeniorRep:
        if (!owner || owner->id != actor.id)
            return Error::forbidden(QCoreApplication::translate("Permissions",
                "Lead %1 is not yours; you may only reassign your own leads. Ask your team lead.")
                                        .arg(lead.id));
        if (!inTeam(target))
            return Error::forbidden(QCoreApplication::translate("Permissions",
                "%1 is not in your team; you may hand a lead only to a colleague in your team.")
                                        .arg(target.name));
        return {};
    case Role::MarketingManager:
        break;
    }
    return Error::forbidden(QCoreApplication::translate(
        "Permissions", "As %1, %2 may not reassign leads; a team lead or an administrator does.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayMaintainDatabase(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin)
        return {};
    return Error::forbidden(QCoreApplication::translate("Permissions",
        "As %1, %2 may not repair, back up or restore the database; administrators do.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayEditCadence(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin || actor.role == Role::TeamLead)
        return {};
    return Error::forbidden(QCoreApplication::translate("Permissions",
        "As %1, %2 may not change the call cadence; team leads and administrators do.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayManageRouting(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin || actor.role == Role::TeamLead)
        return {};
    return Error::forbidden(QCoreApplication::translate("Permissions",
        "As %1, %2 may not change or run the lead routing; team leads and administrators do.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayManagePeople(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin)
        return {};
    return Error::forbidden(QCoreApplication::translate(
        "Permissions", "As %1, %2 may not manage users, teams or territories; administrators do.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayEditRepSettings(const User &actor, const User &rep)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin)
        return {};
    if (actor.role == Role::TeamLead && actor.teamId && rep.teamId == actor.teamId)
        return {};
    return Error::forbidden(QCoreApplication::translate("Permissions",
        "%1 may not change the capacity or absence of %2; the team lead of their team or an "
        "administrator does.")
                                .arg(actor.name, rep.name));
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

Result<void> mayEditHomeRegion(const User &actor)
{
    if (auto a = active(actor); !a)
        return a;
    if (actor.role == Role::Admin)
        return {};
    return Error::forbidden(QCoreApplication::translate("Permissions",
        "As %1, %2 may not change the home region of phone numbers; administrators do.")
                                .arg(roleName(actor.role), actor.name));
}

Result<void> mayEditMqlTargets(const User &actor)
{
    return marketingOrAdmin(actor, QCoreApplication::translate("Permissions", "set MQL targets"));
}

} // namespace bantam::permissions
