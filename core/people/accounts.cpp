#include "people/accounts.h"

#include "clock.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QFileInfo>

#include <unistd.h>

namespace bantam {

Result<User> ensureAdministrator(const Database &db, const Clock &clock)
{
    UserRepository users(db);
    auto all = users.all();
    if (!all)
        return all.error();
    for (const User &u : all.value()) {
        if (u.role == Role::Admin && u.active)
            return u;
    }
    if (!all->empty()) {
        // Not a new database: inventing another "admin" next to the people there would be a
        // surprise (and clash with a former "admin").
        return Error::invalid(
            Accounts::tr("%1 is already set up, but none of its %n user(s) is an active admin, "
                         "so nobody can manage people. Make one an admin with: bantam-cli --db "
                         "%1 users recover-admin LOGIN",
                nullptr, int(all->size()))
                .arg(db.displayName()),
            QStringLiteral("database"));
    }
    User admin;
    admin.login = QStringLiteral("admin");
    admin.name = Accounts::tr("Administrator");
    admin.role = Role::Admin;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto id = users.insert(admin, clock.now());
    if (!id)
        return id.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    admin.id = id.value();
    return admin;
}

namespace {
// Who may recover an admin, as the audit reason names them; an error for anyone else.
Result<QString> recoveringHolder(const Database &db)
{
    if (db.isServer()) {
        if (db.isAdministrationLogin())
            return Accounts::tr("recovered by the setup login of the team database");
        return Error::forbidden(
            Accounts::tr("Only the login that set up the team database %1 (its owner or a "
                         "superuser) can recover an admin; connect with that login.")
                .arg(db.displayName()));
    }
    const QFileInfo file(db.path());
    const uint me = ::geteuid();
    if (me != 0 && file.ownerId() != me) {
        return Error::forbidden(
            Accounts::tr("Only the owner of the file '%1' (%2) can recover an admin in it.")
                .arg(db.path(), file.owner()));
    }
    return Accounts::tr("recovered by the owner of the database file");
}
} // namespace

Result<User> recoverAdministrator(const Database &db, const Clock &clock, const QString &login)
{
    auto holder = recoveringHolder(db);
    if (!holder)
        return holder.error();
    UserRepository users(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto old = users.byLogin(login);
    if (!old)
        return old.error();
    User u = old.value();
    u.role = Role::Admin;
    u.active = true;
    if (auto w = users.update(u); !w)
        return w.error();
    if (db.isServer() && !old->active) {
        if (auto l = users.setServerLogin(u.login, std::nullopt, true); !l)
            return l.error();
    }
    const AuditLog audit(db);
    const QDateTime now = clock.now();
    if (auto a = audit.recordChange(std::nullopt, now, QStringLiteral("user"), u.id,
            QStringLiteral("role"), roleKey(old->role), roleKey(u.role), holder.value());
        !a)
        return a.error();
    if (auto a = audit.recordChange(std::nullopt, now, QStringLiteral("user"), u.id,
            QStringLiteral("active"), old->active ? QStringLiteral("1") : QStringLiteral("0"),
            QStringLiteral("1"), holder.value());
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return users.byId(u.id);
}

} // namespace bantam
