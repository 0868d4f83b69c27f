// User and Role: who acts in Bantam. Roles decide what a user may do (see people/permissions.h).
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace bantam {

enum class Role { Rep, SeniorRep, TeamLead, MarketingManager, Admin };

inline constexpr std::array<Role, 5> allRoles = {Role::Rep, Role::SeniorRep, Role::TeamLead,
                                                 Role::MarketingManager, Role::Admin};

QString roleKey(Role role); // stored in the database: "rep", "senior_rep", ...
std::optional<Role> roleFromKey(const QString &key);
QString roleName(Role role); // translated

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Rep;
    std::optional<qint64> teamId;
    QString teamName;
    bool active = true;

    bool isSales() const { return role == Role::Rep || role == Role::SeniorRep || role == Role::TeamLead; }
};

} // namespace bantam
