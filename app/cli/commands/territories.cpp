// `bantam-cli territories [add|set]`: the territories routing rules and reps refer to.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "domain/named.h"
#include "domain/typedlist.h"
#include "people/directory.h"
#include "services.h"
#include "storage/userrepository.h"

namespace bantam::cli {

namespace {

int territories(Context &c)
{
    const QString sub = c.positional.value(0);
    if (!c.open())
        return Failed;
    auto all = UserRepository(c.db()).territories();
    if (!all)
        return c.fail(all.error());
    if (sub.isEmpty()) {
        for (const Territory &t : all.value())
            c.out << pad(t.name, 20) << ' ' << t.countries.join(QLatin1Char(',')) << ' '
                  << t.postcodePrefixes.join(QLatin1Char(',')) << '\n';
        return Ok;
    }
    if (c.positional.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("set")))
        throw UsageError {QStringLiteral(
            "usage: territories [add|set NAME --countries DE,AT [--postcodes 8,9]]")};
    const auto me = c.actor();
    if (!me)
        return Failed;
    Territory t;
    t.name = c.positional[1];
    if (sub == QLatin1String("set")) {
        const Territory *it = findByName(all.value(), t.name);
        if (!it)
            return c.fail(
                Error::notFound(QStringLiteral("there is no territory '%1'").arg(t.name)));
        t = *it;
    }
    if (c.has(QStringLiteral("countries")))
        t.countries = splitTypedList(c.value(QStringLiteral("countries")), ListItems::Codes);
    if (c.has(QStringLiteral("postcodes")))
        t.postcodePrefixes = splitTypedList(c.value(QStringLiteral("postcodes")), ListItems::Codes);
    auto saved = c.services().directory().saveTerritory(*me, t);
    if (!saved)
        return c.fail(saved.error());
    c.out << "Saved territory " << saved->name << ".\n";
    return Ok;
}

class TerritoriesCommand : public Command
{
public:
    TerritoriesCommand()
        : Command(QStringLiteral("territories"))
    { }

    QList<Form> forms() const override
    {
        return {
            {{}, {}, QStringLiteral("list the territories: countries and postcode prefixes"), {}},
            {{QStringLiteral("add")}, QStringLiteral("NAME --countries DE,AT [--postcodes 8,9]"),
                QStringLiteral("add a territory"),
                {QStringLiteral("countries"), QStringLiteral("postcodes")}},
            {{QStringLiteral("set")}, QStringLiteral("NAME [--countries DE,AT] [--postcodes 8,9]"),
                QStringLiteral("change a territory"),
                {QStringLiteral("countries"), QStringLiteral("postcodes")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("countries"), QStringLiteral("DE,AT"),
                    QStringLiteral("country codes (commas, semicolons or spaces)")},
            {QStringLiteral("postcodes"), QStringLiteral("8,9"),
                QStringLiteral("postcode prefixes (commas, semicolons or spaces)")}};
    }

    int run(Context &c) const override { return territories(c); }
};

} // namespace

std::unique_ptr<Command> makeTerritoriesCommand()
{
    return std::make_unique<TerritoriesCommand>();
}

} // namespace bantam::cli
