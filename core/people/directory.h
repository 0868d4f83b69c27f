// Directory: managing people — users (role, team, routing attributes), teams and territories —
// with the permission checks (admins; team leads for their reps' capacity and absence) and an
// audit row per changed field (entity "user", "team", "territory"; a role change is a
// permission change and is recorded as field "role").
#pragma once

#include "domain/territory.h"
#include "domain/user.h"
#include "result.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

namespace bantam {

class Clock;
class Database;

class Directory
{
    Q_DECLARE_TR_FUNCTIONS(Directory)

public:
    Directory(const Database &db, const Clock &clock);

    Result<User> addUser(const User &actor, const User &user) const;
    // Admins change anything but the login; team leads only the routing attributes (capacity,
    // absence, weight, languages, territories) of their team's members.
    Result<User> updateUser(const User &actor, const User &user) const;
    Result<Team> addTeam(const User &actor, const QString &name) const;
    Result<void> renameTeam(const User &actor, qint64 teamId, const QString &name) const;
    // Adds (id 0) or changes a territory.
    Result<Territory> saveTerritory(const User &actor, const Territory &territory) const;

    static Result<User> validate(const User &user);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam
