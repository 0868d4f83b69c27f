// Accounts: the first administrator of a new database.
#pragma once

#include "domain/user.h"
#include "result.h"

namespace bantam {

class Clock;
class Database;

// A new database has no users; this creates the administrator "admin" so someone can sign in.
// Returns the first administrator when users exist already.
Result<User> ensureAdministrator(const Database &db, const Clock &clock);

} // namespace bantam
