#include "people/recipients.h"

namespace bantam {

std::vector<qint64> teamLeadsToTell(const std::vector<User> &users, std::optional<qint64> teamId)
{
    std::vector<qint64> out;
    for (Role role : {Role::TeamLead, Role::Admin}) {
        for (const User &u : users) {
            if (u.active && u.role == role && (!teamId || u.teamId == teamId))
                out.push_back(u.id);
        }
        if (!out.empty())
            break;
        teamId.reset(); // nobody in that team: everybody in the role, then the next role
        for (const User &u : users) {
            if (u.active && u.role == role)
                out.push_back(u.id);
        }
        if (!out.empty())
            break;
    }
    return out;
}

} // namespace bantam
