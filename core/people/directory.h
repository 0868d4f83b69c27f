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

#include <optional>

namespace bantam {

class Clock;
class Database;

class Directory
{
    Q_DECLARE_TR_FUNCTIONS(Directory)

public:
    Directory(const Database &db, const Clock &clock);

    // On a team database, a password also makes the user's server login (a PostgreSQL login
    // role named by the login, able to sign in while the user is active); without one the user
    // has none until an administrator sets a password. A file has no server logins: a password
    // there is refused.
    Result<User> addUser(const User &actor, const User &user,
        const std::optional<QString> &password = std::nullopt) const;
    // Admins change anything but the login; team leads only the routing attributes (capacity,
    // absence, weight, languages, territories) of their team's members. Deactivating a user of a
    // team database also disables their server login (NOLOGIN); activating enables it again.
    Result<User> updateUser(const User &actor, const User &user) const;
    // Team databases: sets the password of a user's server login, creating the login if the user
    // has none yet. Admins only.
    Result<void> setPassword(const User &actor, qint64 userId, const QString &password) const;
    // Team databases: the signed-in user changes their own password, giving the current one
    // (checked by signing in with it) and the new one. Every user may; the setup login (an
    // administration login of the server) is refused, its password is the server's business.
    Result<void> changeOwnPassword(
        const User &actor, const QString &current, const QString &password) const;
    // Team databases: whether the user has a server login. Always false for a file.
    Result<bool> hasServerLogin(const User &user) const;
    Result<Team> addTeam(const User &actor, const QString &name) const;
    Result<void> renameTeam(const User &actor, qint64 teamId, const QString &name) const;
    // Adds (id 0) or changes a territory.
    Result<Territory> saveTerritory(const User &actor, const Territory &territory) const;

    static Result<User> validate(const User &user);
    static Result<void> validatePassword(const User &user, const QString &password);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam
