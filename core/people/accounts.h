// Accounts: the first administrator of a new database, and a way back in when no active admin
// is left.
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>

namespace bantam {

class Clock;
class Database;

// A new database has no users; this creates the administrator "admin" so someone can sign in.
// Returns the first active administrator when users exist already; a database with users but no
// active administrator is an error that says how to recover (recoverAdministrator).
Result<User> ensureAdministrator(const Database &db, const Clock &clock);

// Makes the user with this login an active administrator, audited without an actor (the reason
// says who). Only whoever holds the database outright may: on a file its owner (the OS user
// owning it, or root); on a team database its setup login (owner or superuser). On a team
// database a disabled server login of that user can sign in again.
Result<User> recoverAdministrator(const Database &db, const Clock &clock, const QString &login);

// The context of the messages above for translations.
struct Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};

} // namespace bantam
