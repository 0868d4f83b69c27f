// User and Role: who acts in Bantam. Roles decide what a user may do (see people/permissions.h).
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace bantam {

enum class Role { Rep, SeniorRep, TeamLead, MarketingManager, Admin };

inline constexpr std::array<Role, 5> allRoles
    = {Role::Rep, Role::SeniorRep, Role::TeamLead, Role::MarketingManager, Role::Admin};

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
    // Routing attributes (issue 5): what the rep speaks and covers, how much they can take, when
    // they are away, and their share in weighted round-robin. Empty lists and 0 capacities mean
    // "no restriction".
    QStringList languages; // lower-case ISO 639-1 codes, e.g. "de", "en"
    std::vector<qint64> territoryIds;
    int capacityOpen = 0; // most open leads (Lead, MQL, SQL) at once; 0 = no limit
    int capacityDaily = 0; // most new leads per day; 0 = no limit
    QDate absentFrom, absentTo; // inclusive; an open end is open-ended
    int weight = 1; // weighted round-robin share; 0 = gets none that way

    bool isAbsentOn(QDate day) const
    {
        if (!absentFrom.isValid() && !absentTo.isValid())
            return false;
        return (!absentFrom.isValid() || absentFrom <= day)
            && (!absentTo.isValid() || day <= absentTo);
    }
    bool isSales() const
    {
        return role == Role::Rep || role == Role::SeniorRep || role == Role::TeamLead;
    }
};

} // namespace bantam
