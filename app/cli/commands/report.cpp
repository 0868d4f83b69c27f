// `bantam-cli report ...`: the reports of the report catalog for a period and filters, and the SLA
// report.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "reports/reportcatalog.h"
#include "services.h"
#include "sla/slareport.h"

#include <optional>

namespace bantam::cli {

namespace {

// The report filter of --from, --to, --source, --campaign, --country, --team and --owner.
// Opens the database (team and owner are names); nothing after printing why not.
std::optional<ReportFilter> reportFilter(Context &c)
{
    ReportFilter filter;
    filter.from = c.date(QStringLiteral("from"));
    filter.to = c.date(QStringLiteral("to"));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw UsageError {
            QStringLiteral("--from %1 is after --to %2")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))};
    filter.source = c.value(QStringLiteral("source"));
    filter.campaign = c.value(QStringLiteral("campaign"));
    filter.country = c.value(QStringLiteral("country"));
    if (!c.open())
        return std::nullopt;
    if (c.has(QStringLiteral("team"))) {
        filter.teamId = c.teamByName(c.value(QStringLiteral("team")));
        if (!filter.teamId)
            return std::nullopt;
    }
    if (c.has(QStringLiteral("owner"))) {
        const auto owner = c.user(c.value(QStringLiteral("owner")), QStringLiteral("--owner"));
        if (!owner)
            return std::nullopt;
        filter.ownerId = owner->id;
    }
    return filter;
}

QString reportNames()
{
    QStringList names;
    for (const ReportEntry &e : reportCatalog())
        names << e.name();
    return names.join(QLatin1String(", ")) + QStringLiteral(", sla");
}

// report funnel|sources|...: a report of the catalog as text, CSV (its main table) or JSON (an
// array of the rows, or an object of its tables by name).
int report(Context &c)
{
    if (c.positional.isEmpty())
        throw UsageError {QStringLiteral("'report' needs the report: %1").arg(reportNames())};
    if (c.positional.size() > 1)
        throw UsageError {QStringLiteral("unexpected argument '%1'").arg(c.positional.value(1))};
    const ReportEntry *entry = findReport(c.positional[0]);
    if (!entry)
        throw UsageError {
            QStringLiteral("'%1' is not a report (%2)").arg(c.positional[0], reportNames())};
    const bool csv = c.has(QStringLiteral("csv"));
    if (csv && c.json)
        throw UsageError {QStringLiteral("--json and --csv cannot be combined")};
    const auto filter = reportFilter(c);
    if (!filter)
        return Failed;
    ReportResults results;
    if (auto r = entry->compute(c.services().reports(), *filter, results); !r)
        return c.fail(r.error());
    const std::vector<ReportTable> tables = entry->tables(results);
    if (csv) {
        c.out << csvTable(tables.front());
        return Ok;
    }
    std::vector<std::pair<QString, ReportTable>> named;
    named.reserve(tables.size());
    for (const ReportTable &t : tables)
        named.emplace_back(t.key, t);
    printTables(c, named, named.size() > 1);
    return Ok;
}

int reportSla(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("unexpected argument '%1'").arg(c.positional.value(1))};
    const QDate from = c.date(QStringLiteral("from")), to = c.date(QStringLiteral("to"));
    if (!from.isValid() || !to.isValid())
        throw UsageError {
            QStringLiteral("'report sla' needs --from YYYY-MM-DD and --to YYYY-MM-DD")};
    if (from > to)
        throw UsageError {QStringLiteral("--from %1 is after --to %2")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    if (!c.open())
        return Failed;
    const QDateTime now = c.clock.now();
    const SlaReports &reports = c.services().slaReports();
    auto report = reports.report(from, to, now);
    if (!report)
        return c.fail(report.error());
    auto breaches = reports.breaches(from, to, now, SlaReports::BreachListLimit);
    if (!breaches)
        return c.fail(breaches.error());
    printTables(c,
        {{QStringLiteral("compliance"), slaComplianceTable(report.value())},
            {QStringLiteral("firstTouch"), slaFirstTouchTable(report.value())},
            {QStringLiteral("weekly"), slaWeeklyTable(report.value())},
            {QStringLiteral("mqlTargets"), mqlTargetTable(report.value())},
            {QStringLiteral("breaches"), slaBreachTable(breaches.value())}},
        true);
    return Ok;
}

class ReportCommand : public Command
{
public:
    ReportCommand()
        : Command(QStringLiteral("report"))
    { }

    QList<Form> forms() const override
    {
        QStringList names;
        for (const ReportEntry &e : reportCatalog())
            names << e.name();
        return {{{},
                    names.join(QLatin1Char('|'))
                        + QStringLiteral(
                            "\n[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source S] [--campaign C]\n"
                            "[--country CC] [--team NAME] [--owner LOGIN] [--csv]"),
                    QStringLiteral("a report for the leads created from --from to --to\n"
                                   "(whole days, UTC; reasons: the events in that range);\n"
                                   "--csv prints the numbers as CSV (reasons: the totals;\n"
                                   "--json has the totals and the months)"),
                    {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("source"),
                        QStringLiteral("campaign"), QStringLiteral("country"),
                        QStringLiteral("team"), QStringLiteral("owner"), QStringLiteral("csv")}},
            {{QStringLiteral("sla")}, QStringLiteral("--from YYYY-MM-DD --to YYYY-MM-DD"),
                QStringLiteral("SLA compliance per rep and team, time to first touch,\nweekly "
                               "trend, MQL target vs actual and the breaches of\nthe clocks "
                               "started in the period"),
                {QStringLiteral("from"), QStringLiteral("to")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
                    QStringLiteral("the first day (UTC) of the leads created, or the events")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("the last day (UTC), included")},
            {QStringLiteral("source"), QStringLiteral("S"), QStringLiteral("leads of this source")},
            {QStringLiteral("campaign"), QStringLiteral("C"),
                QStringLiteral("leads of this campaign")},
            {QStringLiteral("country"), QStringLiteral("CC"),
                QStringLiteral("leads of this country")},
            {QStringLiteral("team"), QStringLiteral("NAME"),
                QStringLiteral("leads whose owner is in this team")},
            {QStringLiteral("owner"), QStringLiteral("LOGIN"), QStringLiteral("leads of this rep")},
            {QStringLiteral("csv"), QString(),
                QStringLiteral("the numbers as CSV (reasons: the totals)")}};
    }

    int run(Context &c) const override
    {
        if (c.positional.value(0) == QLatin1String("sla"))
            return reportSla(c);
        return report(c);
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace bantam::cli
