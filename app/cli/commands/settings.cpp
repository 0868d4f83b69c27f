// `bantam-cli settings`: team-wide settings that are not about one capability's rules. So far the
// home region national phone numbers are read in (checked and audited in CadenceService, as in
// Settings › Calls › Telephony).
#include "cli/commands/commands.h"

#include "cadence/cadenceservice.h"
#include "cli/context.h"
#include "phone/homeregion.h"
#include "services.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bantam::cli {

namespace {

void printRegion(Context &c, const QString &region)
{
    if (c.json)
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("homeRegion"), region},
                {QStringLiteral("callingCode"), HomeRegion::callingCode(region)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Home region " << region << " (+" << HomeRegion::callingCode(region)
              << "): phone numbers without a country code are read as numbers there.\n";
}

// settings home-region [CC]
int homeRegion(Context &c)
{
    if (c.positional.size() > 2)
        throw UsageError {QStringLiteral("usage: settings home-region [CC], e.g. AT")};
    if (c.positional.size() == 1) {
        if (!c.open())
            return Failed;
        auto region = c.services().cadence().homeRegion();
        if (!region)
            return c.fail(region.error());
        printRegion(c, region.value());
        return Ok;
    }
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    auto saved = c.services().cadence().saveHomeRegion(*me, c.positional[1]);
    if (!saved)
        return c.fail(saved.error());
    printRegion(c, saved.value());
    return Ok;
}

class SettingsCommand : public Command
{
public:
    SettingsCommand()
        : Command(QStringLiteral("settings"))
    { }

    QList<Form> forms() const override
    {
        return {{{QStringLiteral("home-region")}, QStringLiteral("[CC]"),
            QStringLiteral("the country whose national phone numbers (\"0151 1070...\") imports, "
                           "the search and incoming calls read (default DE); setting it: "
                           "administrators, audited"),
            {}}};
    }

    QList<Option> options() const override { return {}; }

    int run(Context &c) const override
    {
        if (!c.positional.isEmpty() && c.positional[0] == QLatin1String("home-region"))
            return homeRegion(c);
        throw UsageError {c.positional.isEmpty()
                ? QStringLiteral("usage: settings home-region [CC]")
                : QStringLiteral("unknown settings command '%1'").arg(c.positional[0])};
    }
};

} // namespace

std::unique_ptr<Command> makeSettingsCommand()
{
    return std::make_unique<SettingsCommand>();
}

} // namespace bantam::cli
