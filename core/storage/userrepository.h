// UserRepository: users and teams.
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QDateTime>

#include <vector>

namespace bantam {

class Database;

struct Team
{
    qint64 id = 0;
    QString name;
};

class UserRepository
{
public:
    explicit UserRepository(const Database &db) : m_db(db) { }

    Result<std::vector<User>> all() const; // active and inactive, ordered by name
    Result<User> byId(qint64 id) const;
    Result<User> byLogin(const QString &login) const;
    Result<qint64> count() const;
    Result<qint64> insert(const User &user, const QDateTime &now) const;

    Result<std::vector<Team>> teams() const;
    Result<qint64> insertTeam(const QString &name) const;

private:
    Result<User> one(const QString &where, const QVariant &value) const;
    const Database &m_db;
};

} // namespace bantam
