#include "people/signin.h"

#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

namespace bantam {

Result<std::optional<User>> signedInUser(const Database &db)
{
    if (!db.isServer())
        return std::optional<User>();
    const UserRepository users(db);
    auto login = users.connectedLogin();
    if (!login)
        return login.error();
    auto user = users.byLogin(login.value());
    if (!user) {
        if (user.error().kind != Error::Kind::NotFound)
            return user.error();
        if (db.isAdministrationLogin())
            return std::optional<User>();
        return Error::forbidden(QCoreApplication::translate("SignIn",
            "The server login %1 is not a Bantam user of %2; ask an administrator to add it.")
                                    .arg(login.value(), db.displayName()));
    }
    if (!user->active)
        return Error::forbidden(QCoreApplication::translate("SignIn",
            "The Bantam user %1 is deactivated and may no longer sign in; ask an administrator.")
                                    .arg(user->login));
    return std::optional<User>(std::move(user).value());
}

Result<void> mayActAs(const std::optional<User> &signedIn, const User &actAs)
{
    if (!signedIn || signedIn->id == actAs.id)
        return {};
    return Error::forbidden(QCoreApplication::translate("SignIn",
        "You are connected to the team database as %1 and act as %1 only; to act as %2, "
        "connect as %2.")
                                .arg(signedIn->login, actAs.login));
}

} // namespace bantam
