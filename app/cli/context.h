// What a command runs with: its command line, stdout and stderr, the clock and event bus, and
// the database it opens on demand (--db), with the look-ups every command needs: who acts
// (--as), a user, team or territory by the name a person typed. Errors go to stderr once.
#pragma once

#include "cli/arguments.h"
#include "clock.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "result.h"
#include "storage/database.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace bantam {
class Services;
} // namespace bantam

namespace bantam::cli {

class Context
{
public:
    Context(Arguments arguments, QTextStream &out, QTextStream &err);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    bool has(const QString &option) const { return args.has(option); }
    QString value(const QString &option) const { return args.value(option); }
    qint64 number(const QString &option, qint64 fallback, qint64 min, qint64 max) const
    {
        return args.number(option, fallback, min, max);
    }
    QDate date(const QString &option) const { return args.date(option); }

    // Opens the database of --db (or the GUI's) and builds the core's services on it; false
    // after printing why not. Only the commands that make databases (init, demo) create one;
    // for the others a missing or empty one is an error that names it.
    bool open(Database::Options::Create create = Database::Options::Create::Never);
    Database &db() const { return *m_db; }
    // Every core service, built once when the database opens.
    const Services &services() const { return *m_services; }
    // Prints the error ("bantam-cli: message [field: f]") and gives the exit code Failed.
    int fail(const Error &e);

    // The user of --as; nothing after printing why (missing, unknown). On a team database a
    // Bantam user's connection acts as that user: --as may be left out, and naming anyone else
    // is refused.
    std::optional<User> actor();
    // open() and actor(), for the commands that change data.
    std::optional<User> openAsActor();
    // The user with this login; an unknown one is an error about the option named.
    std::optional<User> user(const QString &login, const QString &option);
    // The team with this name (any case); an unknown one is an error about --team.
    std::optional<qint64> teamByName(const QString &name);

    const Arguments args;
    const QStringList &positional;
    QTextStream &out;
    QTextStream &err;
    const bool json;
    SystemClock clock;
    EventBus events;

private:
    std::optional<User> m_signedIn; // the Bantam user a team database connection signed in as
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services; // after m_db: destroyed before it
};

} // namespace bantam::cli
