// `bantam-cli reassign`: gives leads to another rep, with a reason for the audit log.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "routing/routingservice.h"
#include "services.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int reassign(Context &c)
{
    if (c.positional.isEmpty() || !c.has(QStringLiteral("to")))
        throw UsageError {QStringLiteral("usage: reassign ID... --to LOGIN --reason R")};
    std::vector<qint64> ids;
    for (const QString &p : std::as_const(c.positional))
        ids.push_back(leadId(p));
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    const auto target = c.user(c.value(QStringLiteral("to")), QStringLiteral("--to"));
    if (!target)
        return Failed;
    auto moved
        = c.services().routing().reassign(*me, ids, target->id, c.value(QStringLiteral("reason")));
    if (!moved)
        return c.fail(moved.error());
    if (c.json)
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("reassigned"), moved.value()},
                                   {QStringLiteral("to"), target->login}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Reassigned " << moved.value() << " leads to " << target->login << ".\n";
    return Ok;
}

class ReassignCommand : public Command
{
public:
    ReassignCommand()
        : Command(QStringLiteral("reassign"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("ID... --to LOGIN --reason R"),
            QStringLiteral("give leads to another rep (team leads within their team)"),
            {QStringLiteral("to"), QStringLiteral("reason")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("to"), QStringLiteral("LOGIN"),
                    QStringLiteral("the rep who gets the leads")},
            {QStringLiteral("reason"), QStringLiteral("R"),
                QStringLiteral("why, for the audit log")}};
    }

    int run(Context &c) const override { return reassign(c); }
};

} // namespace

std::unique_ptr<Command> makeReassignCommand()
{
    return std::make_unique<ReassignCommand>();
}

} // namespace bantam::cli
