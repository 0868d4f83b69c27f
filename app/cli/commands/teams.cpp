// `bantam-cli teams [add|rename]`: the sales teams.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "people/directory.h"
#include "services.h"
#include "storage/userrepository.h"

namespace bantam::cli {

namespace {

int teams(Context &c)
{
    const QString sub = c.positional.value(0);
    if (!c.open())
        return Failed;
    if (sub.isEmpty()) {
        auto teams = UserRepository(c.db()).teams();
        if (!teams)
            return c.fail(teams.error());
        for (const Team &t : teams.value())
            c.out << t.name << '\n';
        return Ok;
    }
    if (c.positional.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("rename")))
        throw UsageError {QStringLiteral("usage: teams [add NAME | rename NAME --name NEW]")};
    const auto me = c.actor();
    if (!me)
        return Failed;
    const Directory &directory = c.services().directory();
    if (sub == QLatin1String("add")) {
        auto team = directory.addTeam(*me, c.positional[1]);
        if (!team)
            return c.fail(team.error());
        c.out << "Added team " << team->name << ".\n";
        return Ok;
    }
    const auto id = c.teamByName(c.positional[1]);
    if (!id)
        return Failed;
    if (auto r = directory.renameTeam(*me, *id, c.value(QStringLiteral("name"))); !r)
        return c.fail(r.error());
    c.out << "Renamed team " << c.positional[1] << " to " << c.value(QStringLiteral("name"))
          << ".\n";
    return Ok;
}

class TeamsCommand : public Command
{
public:
    TeamsCommand()
        : Command(QStringLiteral("teams"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, {}, QStringLiteral("list the teams"), {}},
            {{QStringLiteral("add")}, QStringLiteral("NAME"), QStringLiteral("add a team"), {}},
            {{QStringLiteral("rename")}, QStringLiteral("NAME --name NEW"),
                QStringLiteral("rename a team"), {QStringLiteral("name")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("name"), QStringLiteral("NEW"), QStringLiteral("the new name")}};
    }

    int run(Context &c) const override { return teams(c); }
};

} // namespace

std::unique_ptr<Command> makeTeamsCommand()
{
    return std::make_unique<TeamsCommand>();
}

} // namespace bantam::cli
