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
    // --from: the owner the caller saw; a lead someone else reassigned meanwhile is refused with
    // who took it where, as in the Team tab.
    std::optional<qint64> expectedOwner;
    if (c.has(QStringLiteral("from"))) {
        const QString from = c.value(QStringLiteral("from"));
        if (from == QLatin1String("none")) {
            expectedOwner = 0;
        } else {
            const auto owner = c.user(from, QStringLiteral("--from"));
            if (!owner)
                return Failed;
            expectedOwner = owner->id;
        }
    }
    auto moved = c.services().routing().reassign(
        *me, ids, target->id, c.value(QStringLiteral("reason")), expectedOwner);
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
        return {{{}, QStringLiteral("ID... --to LOGIN --reason R [--from LOGIN|none]"),
            QStringLiteral("give leads to another rep (team leads within their team)"),
            {QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("from")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("to"), QStringLiteral("LOGIN"),
                    QStringLiteral("the rep who gets the leads")},
            {QStringLiteral("reason"), QStringLiteral("R"),
                QStringLiteral("why, for the audit log")},
            {QStringLiteral("from"), QStringLiteral("LOGIN|none"),
                QStringLiteral("the owner the leads have now (none: unassigned); if someone\n"
                               "gave one another owner meanwhile, nothing moves and the\n"
                               "message says who")}};
    }

    int run(Context &c) const override { return reassign(c); }
};

} // namespace

std::unique_ptr<Command> makeReassignCommand()
{
    return std::make_unique<ReassignCommand>();
}

} // namespace bantam::cli
