#include "storage/userrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace bantam {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT u.id, u.login, u.name, u.role, u.team_id, t.name, u.active "
    "FROM users u LEFT JOIN teams t ON t.id = u.team_id ");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Rep);
    if (!q.value(4).isNull())
        u.teamId = q.value(4).toLongLong();
    u.teamName = q.value(5).toString();
    u.active = q.value(6).toInt() != 0;
    return u;
}
} // namespace

Result<std::vector<User>> UserRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("ORDER BY u.name, u.id"));
    if (auto r = sql::run(q, Database::tr("reading users")); !r)
        return r.error();
    std::vector<User> users;
    while (q.next())
        users.push_back(readUser(q));
    return users;
}

Result<User> UserRepository::one(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where);
    q.bindValue(QStringLiteral(":v"), value);
    if (auto r = sql::run(q, Database::tr("reading a user")); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no user '%1'.").arg(value.toString()));
    return readUser(q);
}

Result<User> UserRepository::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE u.id = :v"), id);
}

Result<User> UserRepository::byLogin(const QString &login) const
{
    return one(QStringLiteral("WHERE u.login = :v"), login);
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users"));
    if (auto r = sql::run(q, Database::tr("counting users")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> UserRepository::insert(const User &user, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, name, role, team_id, active, created_at) "
                             "VALUES (:login, :name, :role, :team, :active, :now)")
              + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":login"), user.login);
    q.bindValue(QStringLiteral(":name"), user.name);
    q.bindValue(QStringLiteral(":role"), roleKey(user.role));
    q.bindValue(QStringLiteral(":team"), user.teamId ? QVariant(*user.teamId) : QVariant());
    q.bindValue(QStringLiteral(":active"), user.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    return sql::insertReturningId(q, Database::tr("saving user '%1'").arg(user.login));
}

Result<std::vector<Team>> UserRepository::teams() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    if (auto r = sql::run(q, Database::tr("reading teams")); !r)
        return r.error();
    std::vector<Team> teams;
    while (q.next())
        teams.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return teams;
}

Result<qint64> UserRepository::insertTeam(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO teams (name) VALUES (:name)") + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":name"), name);
    return sql::insertReturningId(q, Database::tr("saving team '%1'").arg(name));
}

} // namespace bantam
