// Sign-in: who is working in Bantam. A database file is a one-person database — whoever opens
// it chooses who they act as (the chooser in the window, --as on the command line). A team
// database on PostgreSQL knows who connected: the login role is the Bantam user with that login,
// and the server enforces that user's rights (resources/migrations/server_0001_permissions.sql).
// The setup login (a superuser or the database's owner), which is no Bantam user, administers the
// database and chooses like on a file.
#pragma once

#include "domain/user.h"
#include "result.h"

#include <optional>

namespace bantam {

class Database;

// The Bantam user this connection is signed in as; nullopt when the user chooses (a file, or
// the setup login of a team database). An error when the connection may not work in Bantam at
// all: a server login that is no Bantam user, or a deactivated user.
Result<std::optional<User>> signedInUser(const Database &db);

// Whether actAs may be used as the acting user on this connection (bantam-cli --as): anyone when
// the user chooses; only the signed-in user otherwise.
Result<void> mayActAs(const std::optional<User> &signedIn, const User &actAs);

} // namespace bantam
