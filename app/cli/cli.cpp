// bantam-cli's dispatcher: the registry of commands, the global usage generated from their
// forms, per-command --help, and the check that every option given applies to the form used.
#include "cli/cli.h"

#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "versiontext.h"

#include <vector>

namespace bantam::cli {

namespace {

using Commands = std::vector<std::unique_ptr<Command>>;

Commands allCommands()
{
    Commands all;
    for (auto make : {makeInitCommand, makeDemoCommand, makeLeadsCommand, makeExportCommand,
             makeImportCommand, makeScoreCommand, makeStageCommand, makeQualifyCommand,
             makeUsersCommand, makeTeamsCommand, makeTerritoriesCommand, makeRulesCommand,
             makeRouteCommand, makeReassignCommand, makeAuditCommand, makeInboxCommand,
             makeLogCommand, makeQueueCommand, makeCallbackCommand, makeRecontactCommand,
             makeCadenceCommand, makeSettingsCommand, makeSlaCommand, makeReportCommand,
             makeCopyToCommand, makeCheckCommand, makeBackupCommand, makeRestoreCommand})
        all.push_back(make());
    return all;
}

const Command *find(const Commands &commands, const QString &name)
{
    for (const auto &c : commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString usageOf(const Commands &commands)
{
    QString text = QStringLiteral("Usage: bantam-cli [--db FILE|postgresql://…] [--as USER] "
                                  "[--json] COMMAND [ARGS]\n\nCommands:\n");
    for (const auto &c : commands)
        text += c->usageLines();
    text += QStringLiteral("\nOptions:\n");
    for (const Option &o : globalOptions())
        text += optionLine(o);
    text += optionLine({QStringLiteral("version"), QString(),
        QStringLiteral("the version of bantam-cli, its Qt and its database schema (alone)")});
    text += QStringLiteral("\n'bantam-cli COMMAND --help' prints a command's own help.\n");
    return text;
}

// Splits the command line knowing every option of every command: an option may stand before
// the command, so whether it takes a value cannot wait for the command.
Arguments parse(const QStringList &arguments, const Commands &commands)
{
    QStringList values, flags;
    auto add = [&values, &flags](const Option &o) {
        QStringList &into = o.isFlag() ? flags : values;
        if (!into.contains(o.name))
            into << o.name;
    };
    for (const Option &o : globalOptions())
        add(o);
    for (const auto &c : commands) {
        for (const Option &o : c->options())
            add(o);
    }
    return parseArguments(arguments, values, flags);
}

// An option another command takes is refused here, before the command runs.
void checkOptions(const Command &command, const Arguments &a)
{
    const QStringList allowed = command.optionsFor(a.positional).value_or(command.optionNames());
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it) {
        const bool global = std::any_of(globalOptions().begin(), globalOptions().end(),
            [&it](const Option &o) { return o.name == it.key(); });
        if (!global && !allowed.contains(it.key()))
            throw UsageError {
                QStringLiteral("option --%1 does not apply to '%2'").arg(it.key(), a.command)};
    }
}

// `bantam-cli`, `bantam-cli --help`, `bantam-cli help [COMMAND]`, `bantam-cli COMMAND --help`.
int help(const Arguments &a, const Commands &commands, QTextStream &out)
{
    const bool asked = a.has(QStringLiteral("help")) || a.command == QLatin1String("help");
    const bool named = a.command == QLatin1String("help") && !a.positional.isEmpty();
    const Command *command = find(commands, named ? a.positional.first() : a.command);
    if (command)
        out << command->help(named ? a.positional.mid(1) : a.positional);
    else
        out << usageOf(commands);
    return asked ? Ok : Usage;
}

} // namespace

QString globalUsage()
{
    return usageOf(allCommands());
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Only alone: `score model show --version N` is another option of the same name.
    if (arguments == QStringList {QStringLiteral("--version")}) {
        out << versionText(QStringLiteral("bantam-cli"));
        return Ok;
    }
    const Commands commands = allCommands();
    try {
        Arguments a = parse(arguments, commands);
        if (a.command.isEmpty() || a.command == QLatin1String("help")
            || a.has(QStringLiteral("help")))
            return help(a, commands, out);
        const Command *command = find(commands, a.command);
        if (!command)
            throw UsageError {QStringLiteral("unknown command '%1'").arg(a.command)};
        checkOptions(*command, a);
        Context context(std::move(a), out, err);
        return command->run(context);
    } catch (const UsageError &e) {
        err << "bantam-cli: " << e.message << "\nTry 'bantam-cli --help'.\n";
        return Usage;
    }
}

} // namespace bantam::cli
