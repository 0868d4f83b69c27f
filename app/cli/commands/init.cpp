// `bantam-cli init`: creates the database or migrates it to the latest schema, and makes sure
// an administrator exists.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "people/accounts.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int init(Context &c)
{
    if (!c.positional.isEmpty())
        throw UsageError {QStringLiteral("'init' takes no arguments")};
    if (!c.open(Database::Options::Create::IfMissingOrEmpty))
        return Failed;
    auto admin = ensureAdministrator(c.db(), c.clock);
    if (!admin)
        return c.fail(admin.error());
    // A server location is shown without the password it may hold.
    const QString where = c.db().isServer() ? c.db().server().urlWithoutPassword() : c.db().path();
    if (c.json) {
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("database"), where},
                                   {QStringLiteral("schemaVersion"), c.db().schemaVersion()},
                                   {QStringLiteral("backup"), c.db().backupPath()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Database " << where << " is at schema version " << c.db().schemaVersion()
              << ".\n";
        if (!c.db().backupPath().isEmpty())
            c.out << "A copy from before the migration is at " << c.db().backupPath() << ".\n";
    }
    return Ok;
}

class InitCommand : public Command
{
public:
    InitCommand()
        : Command(QStringLiteral("init"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, {}, QStringLiteral("create or migrate the database"), {}}};
    }

    QList<Option> options() const override { return {}; }

    int run(Context &c) const override { return init(c); }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace bantam::cli
