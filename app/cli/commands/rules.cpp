// `bantam-cli rules list|export|import`: the routing rules in priority order, as JSON files.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "jsonreader.h"
#include "routing/routingrules.h"
#include "services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

// One line per rule: name, target and the conditions that are set.
void printRules(Context &c, const QJsonArray &rules)
{
    int n = 0;
    for (const QJsonValue v : rules) {
        const QJsonObject o = v.toObject();
        QJsonObject conditions = o;
        for (const char *k :
            {"name", "active", "method", "hotToSenior", "targetUser", "targetTeam"})
            conditions.remove(QLatin1String(k));
        for (auto it = conditions.begin(); it != conditions.end();) {
            if (it.value().isArray() && it.value().toArray().isEmpty())
                it = conditions.erase(it);
            else
                ++it;
        }
        const QString target = o.contains(QStringLiteral("targetUser"))
            ? o.value(QStringLiteral("targetUser")).toString()
            : QStringLiteral("team %1 by %2")
                  .arg(o.value(QStringLiteral("targetTeam")).toString(),
                      o.value(QStringLiteral("method")).toString());
        c.out << ++n << ". " << o.value(QStringLiteral("name")).toString()
              << (o.value(QStringLiteral("active")).toBool() ? "" : " (inactive)") << " -> "
              << target
              << (o.value(QStringLiteral("hotToSenior")).toBool() ? ", hot leads to senior reps"
                                                                  : "")
              << "  when "
              << (conditions.isEmpty()
                         ? QStringLiteral("any lead")
                         : QString::fromUtf8(
                             QJsonDocument(conditions).toJson(QJsonDocument::Compact)))
              << '\n';
    }
}

int rulesExport(Context &c, const RoutingRules &rules, QFile &file)
{
    auto exported = rules.exportJson();
    if (!exported)
        return c.fail(exported.error());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(exported.value()).toJson()) < 0)
        return c.fail(Error::storage(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())));
    c.out << "Exported " << exported->size() << " rules to " << file.fileName() << ".\n";
    return Ok;
}

int rulesImport(Context &c, const RoutingRules &rules, QFile &file)
{
    const auto me = c.actor();
    if (!me)
        return Failed;
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Error::invalid(
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()),
            QStringLiteral("file")));
    JsonReader reader;
    const auto array = reader.parseArray(file.readAll(), QStringLiteral("file"));
    if (!array)
        return c.fail(Error::invalid(QStringLiteral("%1 is not a list of rules: %2")
                                         .arg(file.fileName(), reader.error->message),
            QStringLiteral("file")));
    auto imported = rules.importJson(*me, *array);
    if (!imported)
        return c.fail(
            Error::invalid(QStringLiteral("%1: %2").arg(file.fileName(), imported.error().message),
                imported.error().field));
    c.out << "Imported " << imported.value() << " rules.\n";
    return Ok;
}

int rules(Context &c)
{
    const QString sub = c.positional.value(0);
    if (!c.open())
        return Failed;
    const RoutingRules &rules = c.services().routingRules();
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        auto exported = rules.exportJson();
        if (!exported)
            return c.fail(exported.error());
        if (c.json)
            c.out << QJsonDocument(exported.value()).toJson(QJsonDocument::Indented);
        else
            printRules(c, exported.value());
        return Ok;
    }
    if (c.positional.size() != 2
        || (sub != QLatin1String("export") && sub != QLatin1String("import")))
        throw UsageError {
            QStringLiteral("usage: rules list | rules export FILE.json | rules import FILE.json")};
    QFile file(c.positional[1]);
    return sub == QLatin1String("export") ? rulesExport(c, rules, file)
                                          : rulesImport(c, rules, file);
}

class RulesCommand : public Command
{
public:
    RulesCommand()
        : Command(QStringLiteral("rules"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("[list]"),
                    QStringLiteral("the routing rules in priority order"), {}},
            {{QStringLiteral("export")}, QStringLiteral("FILE.json"),
                QStringLiteral("write the rules to a JSON file"), {}},
            {{QStringLiteral("import")}, QStringLiteral("FILE.json"),
                QStringLiteral("replace all rules by those of a JSON file (users by\nlogin, "
                               "teams and territories by name)"),
                {}}};
    }

    QList<Option> options() const override { return {}; }

    int run(Context &c) const override { return rules(c); }
};

} // namespace

std::unique_ptr<Command> makeRulesCommand()
{
    return std::make_unique<RulesCommand>();
}

} // namespace bantam::cli
