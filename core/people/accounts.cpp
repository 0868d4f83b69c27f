#include "people/accounts.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

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
    User admin;
    admin.login = QStringLiteral("admin");
    admin.name = QCoreApplication::translate("Accounts", "Administrator");
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

} // namespace bantam
