// `bantam-cli stage`: moves a lead through the pipeline as the pipeline buttons do.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "pipeline/pipelineservice.h"
#include "services.h"
#include "storage/leadrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int stage(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("'stage' needs a lead id and a target: stage ID TO")};
    const qint64 id = leadId(c.positional[0]);
    const QString to = c.positional[1].toLower();
    const bool accept = to == QLatin1String("accept") || to == QLatin1String("accepted");
    const auto target = stageFromKey(to);
    if (!accept && !target)
        throw UsageError {QStringLiteral("'%1' is not a stage (lead, mql, sql, disqualified, won, "
                                         "lost) or 'accept'")
                              .arg(c.positional[1])};
    QDate recontact;
    if (c.has(QStringLiteral("recontact"))) {
        recontact = QDate::fromString(c.value(QStringLiteral("recontact")), Qt::ISODate);
        if (!recontact.isValid())
            throw UsageError {QStringLiteral("--recontact: '%1' is not a date (YYYY-MM-DD)")
                                  .arg(c.value(QStringLiteral("recontact")))};
    }
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    auto lead = LeadRepository(c.db()).byId(id);
    if (!lead)
        return c.fail(lead.error());
    StageChange change;
    change.leadId = id;
    if (accept) {
        change.action = PipelineAction::Accept;
    } else {
        auto action = PipelineService::actionForTarget(lead.value(), *target, recontact.isValid());
        if (!action)
            return c.fail(action.error());
        change.action = action.value();
    }
    change.reason = c.value(QStringLiteral("reason"));
    change.note = c.value(QStringLiteral("note"));
    change.recontactOn = recontact;
    change.expectedVersion = lead->version;
    auto moved = c.services().pipeline().change(*user, change);
    if (!moved)
        return c.fail(moved.error());
    if (c.json)
        c.out << QJsonDocument(leadJson(moved.value())).toJson(QJsonDocument::Compact) << '\n';
    else
        c.out << "Lead " << id << ": " << stageKey(lead->stage) << " -> " << stageKey(moved->stage)
              << " (" << actionKey(change.action) << ")\n";
    return Ok;
}

class StageCommand : public Command
{
public:
    StageCommand()
        : Command(QStringLiteral("stage"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("ID TO [--reason R] [--note N] [--recontact YYYY-MM-DD]"),
            QStringLiteral("move a lead (TO: lead, mql, sql, disqualified, won, lost,\nor accept)"),
            {QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("recontact")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("reason"), QStringLiteral("R"),
                    QStringLiteral("the reason code (disqualifying, rejecting, losing)")},
            {QStringLiteral("note"), QStringLiteral("N"),
                QStringLiteral("a note for the lead's history")},
            {QStringLiteral("recontact"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("when to contact a recycled lead again")}};
    }

    int run(Context &c) const override { return stage(c); }
};

} // namespace

std::unique_ptr<Command> makeStageCommand()
{
    return std::make_unique<StageCommand>();
}

} // namespace bantam::cli
