// UserRepository: users (with their routing attributes), teams and territories.
#pragma once

#include "domain/team.h"
#include "domain/territory.h"
#include "domain/user.h"
#include "result.h"

#include <QDateTime>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace bantam {

class Database;

// Comma-separated lists as stored in text columns ("de,en"): split trimmed, joined with ','.
QStringList splitList(const QString &text);
QString joinList(const QStringList &list);

class UserRepository
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    { }

    Result<std::vector<User>> all() const; // active and inactive, ordered by name
    Result<User> byId(qint64 id) const;
    Result<User> byLogin(const QString &login) const;
    // The login of the user whose login equals this one in any case ("Admin" finds "admin").
    Result<std::optional<QString>> loginInAnyCase(const QString &login) const;
    Result<qint64> count() const;
    // How many active admins there are besides the user with this id (0: count them all).
    Result<qint64> otherActiveAdmins(qint64 userId) const;
    Result<qint64> insert(const User &user, const QDateTime &now) const;
    // Everything but the login and the creation time, including the territories.
    Result<void> update(const User &user) const;
    Result<void> setTerritories(qint64 userId, const std::vector<qint64> &territoryIds) const;

    Result<std::vector<Team>> teams() const;
    Result<qint64> insertTeam(const QString &name) const;
    Result<void> renameTeam(qint64 id, const QString &name) const;

    Result<std::vector<Territory>> territories() const; // by name
    // Inserts (id 0) or updates; gives the id.
    Result<qint64> saveTerritory(const Territory &territory) const;

    // Team databases (PostgreSQL): the login this connection signed in with.
    Result<QString> connectedLogin() const;
    // Creates, changes or disables the server login (a PostgreSQL login role) of the user with
    // this login, through bantam_set_login() (server migration 1): a password creates the
    // login if it is missing and sets it; nullopt keeps it (and creates no login). canLogin
    // nullopt keeps LOGIN or NOLOGIN. Gives whether the user has a server login now.
    Result<bool> setServerLogin(const QString &login, const std::optional<QString> &password,
        std::optional<bool> canLogin) const;
    // Sets the password of the login this connection signed in with, through
    // bantam_set_own_password() (server migration 2), which refuses administration logins.
    Result<void> setOwnServerPassword(const QString &password) const;
    // Whether the user with this login has a server login in this database's group role.
    Result<bool> hasServerLogin(const QString &login) const;

private:
    Result<void> loadTerritories(std::vector<User> &users) const;
    void bindUser(QSqlQuery &q, const User &user) const;
    Result<User> one(const QString &where, const QVariant &value) const;
    const Database &m_db;
};

} // namespace bantam
