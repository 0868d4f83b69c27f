// `bantam-cli route`: routes the unassigned leads by the routing rules, or shows what it would do.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "routing/routingservice.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int route(Context &c)
{
    if (!c.positional.isEmpty())
        throw UsageError {
            QStringLiteral("'route' takes no arguments; it routes all unassigned leads")};
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    const bool dryRun = c.has(QStringLiteral("dry-run"));
    const RoutingService &routing = c.services().routing();
    auto run = dryRun ? routing.preview(*me) : routing.apply(*me);
    if (!run)
        return c.fail(run.error());
    const RoutingRun &r = run.value();
    auto login = [&r](std::optional<qint64> id) {
        const User *u = id ? r.user(*id) : nullptr;
        return u ? u->login : QString();
    };
    if (c.json) {
        QJsonObject perRep;
        for (const auto &[id, n] : r.outcome.perRep)
            perRep.insert(login(id), n);
        QJsonArray leads;
        for (size_t i = 0; i < r.outcome.decisions.size(); ++i) {
            const RoutingDecision &d = r.outcome.decisions[i];
            QJsonObject o {{QStringLiteral("lead"), d.leadId},
                {QStringLiteral("owner"), d.userId ? QJsonValue(login(d.userId)) : QJsonValue()},
                {QStringLiteral("rule"),
                    d.ruleId ? QJsonValue(r.ruleName(d.ruleId)) : QJsonValue()},
                {QStringLiteral("band"),
                    scoreBandKey(routingBand(r.leads[i].lead.band, r.leads[i].lead.score))}};
            if (!d.userId) {
                o.insert(QStringLiteral("reason"), d.reason);
                o.insert(QStringLiteral("why"), r.reasonText(d));
            }
            leads.append(o);
        }
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("dryRun"), dryRun},
                {QStringLiteral("assigned"), r.outcome.assigned},
                {QStringLiteral("unassigned"), r.outcome.unassigned},
                {QStringLiteral("bandsFrom"),
                    r.bands.byChance ? QStringLiteral("chance") : QStringLiteral("score")},
                {QStringLiteral("perRep"), perRep}, {QStringLiteral("leads"), leads}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out << (dryRun ? "Would assign " : "Assigned ") << r.outcome.assigned << " of "
          << r.outcome.decisions.size() << " unassigned leads; " << r.outcome.unassigned
          << " stay unassigned.\n";
    if (r.bands.byChance)
        c.out << routingBandsText(r.bands) << '\n';
    c.out << "\nPer rep:\n";
    for (const auto &[id, n] : r.outcome.perRep)
        c.out << "  " << pad(login(id), 14) << ' ' << n << '\n';
    c.out << "\nPer lead:\n";
    for (const RoutingDecision &d : r.outcome.decisions) {
        c.out << "  " << pad(QString::number(d.leadId), 8) << ' ';
        if (d.userId)
            c.out << "-> " << pad(login(d.userId), 14) << " rule '" << r.ruleName(d.ruleId)
                  << "'\n";
        else
            c.out << "unassigned: " << r.reasonText(d) << '\n';
    }
    return Ok;
}

class RouteCommand : public Command
{
public:
    RouteCommand()
        : Command(QStringLiteral("route"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("[--dry-run]"),
            QStringLiteral("route the unassigned leads by the rules; --dry-run prints\nwhat would "
                           "happen (per rep how many, per lead the rule)"),
            {QStringLiteral("dry-run")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("dry-run"), QString(),
            QStringLiteral("show what would happen, change nothing")}};
    }

    int run(Context &c) const override { return route(c); }
};

} // namespace

std::unique_ptr<Command> makeRouteCommand()
{
    return std::make_unique<RouteCommand>();
}

} // namespace bantam::cli
