#include "people/directory.h"

#include "clock.h"
#include "people/permissions.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace bantam {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString idsText(const std::vector<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// The audited fields of a user, as text: name, old value, new value.
struct Field
{
    const char *name;
    QString (*value)(const User &);
    bool routingAttribute; // team leads may change these for their team
};

const Field kFields[] = {
    {"name", [](const User &u) { return u.name; }, false},
    {"role", [](const User &u) { return roleKey(u.role); }, false},
    {"team", [](const User &u) { return u.teamId ? QString::number(*u.teamId) : QString(); },
        false},
    {"active", [](const User &u) { return u.active ? QStringLiteral("1") : QStringLiteral("0"); },
        false},
    {"languages", [](const User &u) { return joinList(u.languages); }, true},
    {"territories", [](const User &u) { return idsText(u.territoryIds); }, true},
    {"capacity_open", [](const User &u) { return QString::number(u.capacityOpen); }, true},
    {"capacity_daily", [](const User &u) { return QString::number(u.capacityDaily); }, true},
    {"absent_from", [](const User &u) { return dateText(u.absentFrom); }, true},
    {"absent_to", [](const User &u) { return dateText(u.absentTo); }, true},
    {"weight", [](const User &u) { return QString::number(u.weight); }, true},
};

// One audit row per field that differs between before and after.
Result<void> recordUserChanges(const AuditLog &audit, const User &actor, const QDateTime &now,
    const User &before, const User &after)
{
    for (const Field &f : kFields) {
        if (auto a = audit.recordChange(actor.id, now, QStringLiteral("user"), after.id,
                QLatin1String(f.name), f.value(before), f.value(after));
            !a)
            return a;
    }
    return {};
}

} // namespace

Directory::Directory(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<User> Directory::validate(const User &in)
{
    User u = in;
    u.login = u.login.trimmed();
    u.name = u.name.simplified();
    static const QRegularExpression login(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!login.match(u.login).hasMatch())
        return Error::invalid(
            tr("'%1' is not a login: 2 to 40 letters, digits, '.', '_' or '-'.").arg(u.login),
            QStringLiteral("login"));
    if (u.name.isEmpty())
        u.name = u.login;
    if (u.capacityOpen < 0 || u.capacityDaily < 0)
        return Error::invalid(
            tr("A capacity cannot be negative (0 means no limit)."), QStringLiteral("capacity"));
    if (u.weight < 0 || u.weight > 100)
        return Error::invalid(tr("The weight must be from 0 to 100."), QStringLiteral("weight"));
    if (u.absentFrom.isValid() && u.absentTo.isValid() && u.absentFrom > u.absentTo)
        return Error::invalid(tr("The absence ends (%1) before it starts (%2).")
                                  .arg(dateText(u.absentTo), dateText(u.absentFrom)),
            QStringLiteral("absence"));
    for (QString &l : u.languages)
        l = l.trimmed().toLower();
    return u;
}

Result<void> Directory::validatePassword(const User &user, const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(
            tr("A password needs at least 8 characters."), QStringLiteral("password"));
    if (password.compare(user.login, Qt::CaseInsensitive) == 0)
        return Error::invalid(
            tr("The password must not be the login."), QStringLiteral("password"));
    return {};
}

namespace {
Result<void> serverLoginsOnly(const Database &db)
{
    if (db.isServer())
        return {};
    return Error::invalid(Directory::tr("A database file has no server logins or passwords: "
                                        "whoever opens the file works in it."),
        QStringLiteral("password"));
}
} // namespace

Result<User> Directory::addUser(
    const User &actor, const User &user, const std::optional<QString> &password) const
{
    if (auto p = permissions::mayManagePeople(actor); !p)
        return p.error();
    auto valid = validate(user);
    if (!valid)
        return valid.error();
    User u = valid.value();
    if (password) {
        if (auto s = serverLoginsOnly(m_db); !s)
            return s.error();
        if (auto v = validatePassword(u, *password); !v)
            return v.error();
    }
    UserRepository people(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Logins are case-insensitive: "Admin" next to "admin" would be two people nobody can tell
    // apart when signing in.
    auto taken = people.loginInAnyCase(u.login);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error::conflict(
            tr("There is already a user '%1'; logins do not differ by case.").arg(*taken.value()));
    const QDateTime now = m_clock.now();
    auto id = people.insert(u, now);
    if (!id) {
        if (id.error().kind == Error::Kind::Conflict)
            return Error::conflict(tr("There is already a user '%1'.").arg(u.login));
        return id.error();
    }
    u.id = id.value();
    const AuditLog audit(m_db);
    if (auto a = audit.recordChange(actor.id, now, QStringLiteral("user"), u.id,
            QStringLiteral("login"), QString(), u.login);
        !a)
        return a.error();
    if (auto a = recordUserChanges(audit, actor, now, User {}, u); !a)
        return a.error();
    if (password) {
        // In the same transaction: no user without the login asked for, nor the reverse.
        if (auto l = people.setServerLogin(u.login, password, u.active); !l)
            return l.error();
        if (auto a = audit.recordChange(actor.id, now, QStringLiteral("user"), u.id,
                QStringLiteral("password"), QString(), QStringLiteral("set"));
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return people.byId(u.id);
}

Result<void> Directory::setPassword(const User &actor, qint64 userId, const QString &password) const
{
    if (auto p = permissions::mayManagePeople(actor); !p)
        return p;
    if (auto s = serverLoginsOnly(m_db); !s)
        return s;
    UserRepository people(m_db);
    auto user = people.byId(userId);
    if (!user)
        return user.error();
    if (auto v = validatePassword(user.value(), password); !v)
        return v;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto l = people.setServerLogin(user->login, password, user->active); !l)
        return l.error();
    if (auto a = AuditLog(m_db).recordChange(actor.id, m_clock.now(), QStringLiteral("user"),
            userId, QStringLiteral("password"), QString(), QStringLiteral("reset"));
        !a)
        return a;
    return tx.commit();
}

Result<void> Directory::changeOwnPassword(
    const User &actor, const QString &current, const QString &password) const
{
    if (auto s = serverLoginsOnly(m_db); !s)
        return s;
    UserRepository people(m_db);
    auto login = people.connectedLogin();
    if (!login)
        return login.error();
    if (login.value() != actor.login || m_db.isAdministrationLogin()) {
        return Error::forbidden(tr("You are connected as %1, the login that set the team "
                                   "database up; its password is changed on the server, not "
                                   "in Bantam.")
                                    .arg(login.value()));
    }
    if (current.isEmpty())
        return Error::invalid(
            tr("Enter your current password."), QStringLiteral("current password"));
    if (auto v = validatePassword(actor, password); !v)
        return v;
    if (password == current)
        return Error::invalid(
            tr("The new password is the same as the current one."), QStringLiteral("password"));
    if (auto c = m_db.server().checkSignIn(actor.login, current); !c) {
        if (c.error().kind == Error::Kind::Invalid)
            return Error::invalid(
                tr("The current password is not right."), QStringLiteral("current password"));
        return c;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto p = people.setOwnServerPassword(password); !p)
        return p;
    if (auto a = AuditLog(m_db).recordChange(actor.id, m_clock.now(), QStringLiteral("user"),
            actor.id, QStringLiteral("password"), QString(), QStringLiteral("changed"));
        !a)
        return a;
    return tx.commit();
}

Result<bool> Directory::hasServerLogin(const User &user) const
{
    if (!m_db.isServer())
        return false;
    return UserRepository(m_db).hasServerLogin(user.login);
}

Result<User> Directory::updateUser(const User &actor, const User &user) const
{
    auto valid = validate(user);
    if (!valid)
        return valid.error();
    User u = valid.value();
    UserRepository people(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto old = people.byId(u.id);
    if (!old)
        return old.error();
    u.login = old->login; // the login never changes (it is how people sign in and scripts refer)
    bool onlyRouting = true;
    for (const Field &f : kFields) {
        if (!f.routingAttribute && f.value(old.value()) != f.value(u))
            onlyRouting = false;
    }
    if (auto p = onlyRouting ? permissions::mayEditRepSettings(actor, old.value())
                             : permissions::mayManagePeople(actor);
        !p)
        return p.error();
    // Someone must be able to manage people (and recover from mistakes): the last active admin
    // stays one. Counted inside the transaction, so two admins demoting each other on a file
    // cannot both succeed.
    if (old->role == Role::Admin && old->active && (u.role != Role::Admin || !u.active)) {
        auto others = people.otherActiveAdmins(u.id);
        if (!others)
            return others.error();
        if (others.value() == 0) {
            return Error::invalid(tr("Bantam needs at least one active admin: %1 is the last "
                                     "one. Make another user an admin first.")
                                      .arg(old->login),
                u.role != Role::Admin ? QStringLiteral("role") : QStringLiteral("active"));
        }
    }
    if (auto w = people.update(u); !w)
        return w.error();
    // A deactivated user's server login can no longer connect (NOLOGIN), in the same
    // transaction; a user without one keeps having none.
    if (m_db.isServer() && old->active != u.active) {
        if (auto l = people.setServerLogin(u.login, std::nullopt, u.active); !l)
            return l.error();
    }
    const QDateTime now = m_clock.now();
    if (auto a = recordUserChanges(AuditLog(m_db), actor, now, old.value(), u); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return people.byId(u.id);
}

Result<Team> Directory::addTeam(const User &actor, const QString &nameIn) const
{
    if (auto p = permissions::mayManagePeople(actor); !p)
        return p.error();
    const QString name = nameIn.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("A team needs a name."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto id = UserRepository(m_db).insertTeam(name);
    if (!id)
        return id.error().kind == Error::Kind::Conflict
            ? Error::conflict(tr("There is already a team '%1'.").arg(name))
            : id.error();
    if (auto a = AuditLog(m_db).recordChange(actor.id, m_clock.now(), QStringLiteral("team"),
            id.value(), QStringLiteral("name"), QString(), name);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return Team {id.value(), name};
}

Result<void> Directory::renameTeam(const User &actor, qint64 teamId, const QString &nameIn) const
{
    if (auto p = permissions::mayManagePeople(actor); !p)
        return p;
    const QString name = nameIn.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("A team needs a name."), QStringLiteral("name"));
    UserRepository people(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto teams = people.teams();
    if (!teams)
        return teams.error();
    QString old;
    for (const Team &t : teams.value()) {
        if (t.id == teamId)
            old = t.name;
    }
    if (old.isNull())
        return Error::notFound(tr("There is no team %1.").arg(teamId));
    if (auto w = people.renameTeam(teamId, name); !w)
        return w;
    if (auto a = AuditLog(m_db).recordChange(actor.id, m_clock.now(), QStringLiteral("team"),
            teamId, QStringLiteral("name"), old, name);
        !a)
        return a;
    return tx.commit();
}

Result<Territory> Directory::saveTerritory(const User &actor, const Territory &in) const
{
    if (auto p = permissions::mayManagePeople(actor); !p)
        return p.error();
    Territory t = in;
    t.name = t.name.simplified();
    if (t.name.isEmpty())
        return Error::invalid(tr("A territory needs a name."), QStringLiteral("name"));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    for (QString &c : t.countries) {
        c = c.trimmed().toUpper();
        if (!country.match(c).hasMatch())
            return Error::invalid(
                tr("'%1' is not a country code; use two letters such as DE.").arg(c),
                QStringLiteral("countries"));
    }
    if (t.countries.isEmpty())
        return Error::invalid(tr("Territory '%1' needs at least one country.").arg(t.name),
            QStringLiteral("countries"));
    UserRepository people(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Territory old;
    if (t.id != 0) {
        auto all = people.territories();
        if (!all)
            return all.error();
        const auto it = std::find_if(
            all->begin(), all->end(), [&t](const Territory &x) { return x.id == t.id; });
        if (it == all->end())
            return Error::notFound(tr("There is no territory %1.").arg(t.id));
        old = *it;
    }
    auto id = people.saveTerritory(t);
    if (!id)
        return id.error().kind == Error::Kind::Conflict
            ? Error::conflict(tr("There is already a territory '%1'.").arg(t.name))
            : id.error();
    t.id = id.value();
    const QDateTime now = m_clock.now();
    const AuditLog audit(m_db);
    const QString e = QStringLiteral("territory");
    if (auto a = audit.recordChange(
            actor.id, now, e, t.id, QStringLiteral("name"), old.id ? old.name : QString(), t.name);
        !a)
        return a.error();
    if (auto a = audit.recordChange(actor.id, now, e, t.id, QStringLiteral("countries"),
            joinList(old.countries), joinList(t.countries));
        !a)
        return a.error();
    if (auto a = audit.recordChange(actor.id, now, e, t.id, QStringLiteral("postcode_prefixes"),
            joinList(old.postcodePrefixes), joinList(t.postcodePrefixes));
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return t;
}

} // namespace bantam
