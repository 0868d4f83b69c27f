#include "storage/userrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <map>

namespace bantam {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT u.id, u.login, u.name, u.role, u.team_id, t.name, u.active, u.languages, "
    "u.capacity_open, u.capacity_daily, u.absent_from, u.absent_to, u.weight "
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
    u.languages = splitList(q.value(7).toString());
    u.capacityOpen = q.value(8).toInt();
    u.capacityDaily = q.value(9).toInt();
    u.absentFrom = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    u.absentTo = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    u.weight = q.value(12).toInt();
    return u;
}

QVariant isoDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
} // namespace

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

Result<void> UserRepository::loadTerritories(std::vector<User> &users) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT user_id, territory_id FROM user_territories ORDER BY user_id, "
                             "territory_id"));
    if (auto r = sql::run(q, Database::tr("reading users' territories")); !r)
        return r;
    std::map<qint64, std::vector<qint64>> byUser;
    while (q.next())
        byUser[q.value(0).toLongLong()].push_back(q.value(1).toLongLong());
    for (User &u : users) {
        const auto it = byUser.find(u.id);
        u.territoryIds = it == byUser.end() ? std::vector<qint64> {} : it->second;
    }
    return {};
}

Result<std::vector<User>> UserRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("ORDER BY u.name, u.id"));
    if (auto r = sql::run(q, Database::tr("reading users")); !r)
        return r.error();
    std::vector<User> users;
    while (q.next())
        users.push_back(readUser(q));
    if (auto t = loadTerritories(users); !t)
        return t.error();
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
    std::vector<User> one {readUser(q)};
    q.finish();
    QSqlQuery t(m_db.connection());
    t.prepare(QStringLiteral("SELECT territory_id FROM user_territories WHERE user_id = :id "
                             "ORDER BY territory_id"));
    t.bindValue(QStringLiteral(":id"), one.front().id);
    if (auto r = sql::run(t, Database::tr("reading a user's territories")); !r)
        return r.error();
    while (t.next())
        one.front().territoryIds.push_back(t.value(0).toLongLong());
    return one.front();
}

Result<User> UserRepository::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE u.id = :v"), id);
}

Result<User> UserRepository::byLogin(const QString &login) const
{
    return one(QStringLiteral("WHERE u.login = :v"), login);
}

Result<std::optional<QString>> UserRepository::loginInAnyCase(const QString &login) const
{
    // Logins are ASCII (Directory::validate): lower() means the same on both engines.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT login FROM users WHERE lower(login) = lower(:login)"));
    q.bindValue(QStringLiteral(":login"), login);
    if (auto r = sql::run(q, Database::tr("reading a user")); !r)
        return r.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
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

Result<qint64> UserRepository::otherActiveAdmins(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM users WHERE role = :role AND active = :active AND id <> :id"));
    q.bindValue(QStringLiteral(":role"), roleKey(Role::Admin));
    q.bindValue(QStringLiteral(":active"), 1);
    q.bindValue(QStringLiteral(":id"), userId);
    if (auto r = sql::run(q, Database::tr("counting admins")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> UserRepository::insert(const User &user, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, name, role, team_id, active, created_at, "
                             "languages, capacity_open, capacity_daily, absent_from, absent_to, "
                             "weight) VALUES (:login, :name, :role, :team, :active, :now, :langs, "
                             ":capopen, :capdaily, :absfrom, :absto, :weight)")
        + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":login"), user.login);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    bindUser(q, user);
    auto id = sql::insertReturningId(q, Database::tr("saving user '%1'").arg(user.login));
    if (!id)
        return id;
    if (auto t = setTerritories(id.value(), user.territoryIds); !t)
        return t.error();
    return id;
}

void UserRepository::bindUser(QSqlQuery &q, const User &user) const
{
    q.bindValue(QStringLiteral(":name"), user.name);
    q.bindValue(QStringLiteral(":role"), roleKey(user.role));
    q.bindValue(QStringLiteral(":team"), user.teamId ? QVariant(*user.teamId) : QVariant());
    q.bindValue(QStringLiteral(":active"), user.active ? 1 : 0);
    q.bindValue(QStringLiteral(":langs"), sql::text(joinList(user.languages)));
    q.bindValue(QStringLiteral(":capopen"), user.capacityOpen);
    q.bindValue(QStringLiteral(":capdaily"), user.capacityDaily);
    q.bindValue(QStringLiteral(":absfrom"), isoDate(user.absentFrom));
    q.bindValue(QStringLiteral(":absto"), isoDate(user.absentTo));
    q.bindValue(QStringLiteral(":weight"), user.weight);
}

Result<void> UserRepository::update(const User &user) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET name = :name, role = :role, team_id = :team, "
                             "active = :active, languages = :langs, capacity_open = :capopen, "
                             "capacity_daily = :capdaily, absent_from = :absfrom, "
                             "absent_to = :absto, weight = :weight WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), user.id);
    bindUser(q, user);
    if (auto r = sql::run(q, Database::tr("saving user '%1'").arg(user.login)); !r)
        return r;
    return setTerritories(user.id, user.territoryIds);
}

Result<void> UserRepository::setTerritories(qint64 userId, const std::vector<qint64> &ids) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM user_territories WHERE user_id = :id"));
    del.bindValue(QStringLiteral(":id"), userId);
    if (auto r = sql::run(del, Database::tr("saving a user's territories")); !r)
        return r;
    QSqlQuery ins(m_db.connection());
    ins.prepare(
        QStringLiteral("INSERT INTO user_territories (user_id, territory_id) VALUES (:u, :t)"));
    for (qint64 t : ids) {
        ins.bindValue(QStringLiteral(":u"), userId);
        ins.bindValue(QStringLiteral(":t"), t);
        if (auto r = sql::run(ins, Database::tr("saving a user's territories")); !r)
            return r;
    }
    return {};
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

Result<void> UserRepository::renameTeam(qint64 id, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE teams SET name = :name WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":id"), id);
    return sql::run(q, Database::tr("saving team '%1'").arg(name));
}

Result<std::vector<Territory>> UserRepository::territories() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, countries, postcode_prefixes FROM territories "
                             "ORDER BY name"));
    if (auto r = sql::run(q, Database::tr("reading territories")); !r)
        return r.error();
    std::vector<Territory> out;
    while (q.next()) {
        Territory t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.countries = splitList(q.value(2).toString());
        t.postcodePrefixes = splitList(q.value(3).toString());
        out.push_back(std::move(t));
    }
    return out;
}

Result<qint64> UserRepository::saveTerritory(const Territory &t) const
{
    QSqlQuery q(m_db.connection());
    if (t.id == 0)
        q.prepare(QStringLiteral("INSERT INTO territories (name, countries, postcode_prefixes) "
                                 "VALUES (:name, :countries, :postcodes) RETURNING id"));
    else
        q.prepare(QStringLiteral("UPDATE territories SET name = :name, countries = :countries, "
                                 "postcode_prefixes = :postcodes WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), t.name);
    q.bindValue(QStringLiteral(":countries"), sql::text(joinList(t.countries)));
    q.bindValue(QStringLiteral(":postcodes"), sql::text(joinList(t.postcodePrefixes)));
    const QString context = Database::tr("saving territory '%1'").arg(t.name);
    if (t.id == 0)
        return sql::insertReturningId(q, context);
    q.bindValue(QStringLiteral(":id"), t.id);
    if (auto r = sql::run(q, context); !r)
        return r.error();
    return t.id;
}

Result<qint64> UserRepository::insertTeam(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO teams (name) VALUES (:name)") + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":name"), name);
    return sql::insertReturningId(q, Database::tr("saving team '%1'").arg(name));
}

Result<QString> UserRepository::connectedLogin() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT current_user"));
    if (auto r = sql::run(q, Database::tr("reading the server login")); !r)
        return r.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> UserRepository::setServerLogin(const QString &login,
    const std::optional<QString> &password, std::optional<bool> canLogin) const
{
    // The password travels as a bound parameter; bantam_set_login quotes it with format('%L').
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bantam_set_login(:login, CAST(:password AS TEXT), "
                             "CAST(:can_login AS BOOLEAN))"));
    q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":password"), password ? QVariant(*password) : QVariant());
    q.bindValue(QStringLiteral(":can_login"), canLogin ? QVariant(*canLogin) : QVariant());
    if (auto r = sql::run(q, Database::tr("setting up the server login of '%1'").arg(login)); !r)
        return r.error();
    return q.next() && q.value(0).toBool();
}

Result<void> UserRepository::setOwnServerPassword(const QString &password) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bantam_set_own_password(CAST(:password AS TEXT))"));
    q.bindValue(QStringLiteral(":password"), password);
    if (auto r = sql::run(q, Database::tr("changing your password")); !r)
        return r.error();
    return {};
}

Result<bool> UserRepository::hasServerLogin(const QString &login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolname = :login "
                             "AND pg_has_role(r.oid, bantam_group_role(), 'MEMBER')"));
    q.bindValue(QStringLiteral(":login"), login);
    if (auto r = sql::run(q, Database::tr("reading the server login of '%1'").arg(login)); !r)
        return r.error();
    return q.next() && q.value(0).toInt() > 0;
}

} // namespace bantam
