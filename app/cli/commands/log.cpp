// `bantam-cli log`: logs a call, e-mail, meeting or note on a lead (stops the SLA clocks it
// answers; a call counts in the cadence and the day's calls like one from call mode).
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "leads/leadservice.h"
#include "services.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int logActivity(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral(
            "usage: log ID call|email|meeting|note [--note TEXT] [--outcome OUTCOME]")};
    const qint64 id = leadId(c.positional[0]);
    std::optional<CallOutcome> outcome;
    if (c.has(QStringLiteral("outcome"))) {
        outcome = callOutcomeFromKey(c.value(QStringLiteral("outcome")).toLower());
        if (!outcome)
            throw UsageError {
                QStringLiteral("--outcome is one of reached, voicemail, no_answer, wrong_number")};
    }
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    const LeadService &leads = c.services().leads();
    if (auto r = leads.logActivity(
            *user, id, c.positional[1].toLower(), c.value(QStringLiteral("note")), outcome);
        !r)
        return c.fail(r.error());
    if (c.json)
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("lead"), id},
                                   {QStringLiteral("type"), c.positional[1].toLower()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Logged " << c.positional[1].toLower() << " on lead " << id << ".\n";
    return Ok;
}

class LogCommand : public Command
{
public:
    LogCommand()
        : Command(QStringLiteral("log"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("ID call|email|meeting|note [--note TEXT] [--outcome OUTCOME]"),
            QStringLiteral("log a touch on a lead (stops the SLA clocks it answers; a call counts "
                           "as an attempt of the lead's cadence)"),
            {QStringLiteral("note"), QStringLiteral("outcome")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("what happened")},
            {QStringLiteral("outcome"), QStringLiteral("OUTCOME"),
                QStringLiteral("a call's outcome: reached, voicemail, no_answer, wrong_number")}};
    }

    int run(Context &c) const override { return logActivity(c); }
};

} // namespace

std::unique_ptr<Command> makeLogCommand()
{
    return std::make_unique<LogCommand>();
}

} // namespace bantam::cli
