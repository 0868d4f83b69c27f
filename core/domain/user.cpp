#include "domain/user.h"

#include <QCoreApplication>

namespace bantam {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Rep:
        return QStringLiteral("rep");
    case Role::SeniorRep:
        return QStringLiteral("senior_rep");
    case Role::TeamLead:
        return QStringLiteral("team_lead");
    case Role::MarketingManager:
        return QStringLiteral("marketing_manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : allRoles) {
        if (key == roleKey(r))
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Rep:
        return QCoreApplication::translate("Role", "Sales rep");
    case Role::SeniorRep:
        return QCoreApplication::translate("Role", "Senior sales rep");
    case Role::TeamLead:
        return QCoreApplication::translate("Role", "Team lead");
    case Role::MarketingManager:
        return QCoreApplication::translate("Role", "Marketing manager");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

} // namespace bantam
