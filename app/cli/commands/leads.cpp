// `bantam-cli leads list|show`: the lead list with the GUI's filters, sorting and paging, and one
// lead with its timeline.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/leadquery.h"
#include "cli/output.h"
#include "domain/recontact.h"
#include "domain/storedtext.h"
#include "qualification/assessment.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace bantam::cli {

namespace {

int leadsList(Context &c)
{
    if (c.positional.size() > 1)
        throw UsageError {QStringLiteral("unexpected argument '%1'").arg(c.positional.value(1))};
    LeadFilter filter;
    LeadSort sort;
    if (!leadQuery(c, filter, sort))
        return Failed;
    const qint64 limit
        = c.number(QStringLiteral("limit"), 100, 0, std::numeric_limits<qint64>::max());
    const qint64 offset
        = c.number(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    LeadRepository repo(c.db());
    auto total = repo.count(filter);
    if (!total)
        return c.fail(total.error());
    QJsonArray rows;
    if (!c.json) {
        c.out << pad(QStringLiteral("ID"), 8) << ' ' << pad(QStringLiteral("Name"), 24) << ' '
              << pad(QStringLiteral("Company"), 30) << ' ' << pad(QStringLiteral("E-mail"), 34)
              << ' ' << pad(QStringLiteral("Stage"), 12) << ' ' << pad(QStringLiteral("Owner"), 16)
              << ' ' << "Score\n";
    }
    const qint64 wanted
        = limit == 0 ? total.value() : std::min(limit, std::max<qint64>(0, total.value() - offset));
    qint64 shown = 0;
    while (shown < wanted) {
        const int chunk = int(std::min<qint64>(1000, wanted - shown));
        auto page = repo.page(filter, sort, offset + shown, chunk, total.value());
        if (!page)
            return c.fail(page.error());
        if (page->empty())
            break;
        for (const Lead &l : page.value()) {
            if (c.json) {
                rows.append(leadJson(l));
            } else {
                c.out << pad(QString::number(l.id), 8) << ' '
                      << pad(l.profile.lastName + QStringLiteral(", ") + l.profile.firstName, 24)
                      << ' ' << pad(l.profile.company, 30) << ' ' << pad(l.profile.email, 34) << ' '
                      << pad(stageKey(l.stage), 12) << ' ' << pad(l.ownerName, 16) << ' ' << l.score
                      << '\n';
            }
        }
        shown += qint64(page->size());
    }
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("total"), total.value()},
                {QStringLiteral("offset"), offset}, {QStringLiteral("leads"), rows}})
                     .toJson(QJsonDocument::Indented);
    } else if (shown < total.value()) {
        c.out << "(" << shown << " of " << total.value()
              << " leads shown; use --limit and --offset for more)\n";
    } else {
        c.out << "(" << total.value() << " leads)\n";
    }
    return Ok;
}

void printLeadJson(Context &c, const Lead &lead, const std::vector<TimelineItem> &timeline,
    const QMap<QString, QString> &attributes)
{
    QJsonObject o = leadJson(lead);
    QJsonObject attrs;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        attrs.insert(it.key(), it.value());
    o.insert(QStringLiteral("attributes"), attrs);
    QJsonArray items;
    for (const TimelineItem &t : timeline) {
        items.append(QJsonObject {
            {QStringLiteral("kind"),
                t.kind == TimelineItem::Kind::StageChange ? QStringLiteral("stage")
                                                          : QStringLiteral("activity")},
            {QStringLiteral("at"), iso(t.at)}, {QStringLiteral("type"), t.type},
            {QStringLiteral("from"), t.fromStage}, {QStringLiteral("to"), t.toStage},
            {QStringLiteral("reason"), t.reasonCode},
            {QStringLiteral("text"), storedtext::render(t.text)},
            {QStringLiteral("user"), t.userName}});
    }
    o.insert(QStringLiteral("timeline"), items);
    c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printLeadText(Context &c, const Lead &l, const std::vector<TimelineItem> &timeline,
    const QMap<QString, QString> &attributes)
{
    const LeadProfile &p = l.profile;
    auto line = [&](const char *label, const QString &value) {
        c.out << pad(QString::fromLatin1(label), 14) << value << '\n';
    };
    line("Lead", QStringLiteral("%1 (version %2)").arg(l.id).arg(l.version));
    line("Name", (p.firstName + QLatin1Char(' ') + p.lastName).trimmed());
    line("Job title", p.jobTitle);
    line("Company", p.company);
    line("E-mail", p.email);
    line("Phone",
        l.phoneInvalid ? QStringLiteral("%1 (not a valid number; kept as imported)").arg(p.phone)
                       : p.phone);
    line("Industry", p.industry);
    line("Company size", p.companySize);
    line("Country", p.country);
    line("Source", p.campaign.isEmpty() ? p.source : p.source + QStringLiteral(" / ") + p.campaign);
    line("Stage",
        stageKey(l.stage) + (l.acceptedAt.isValid() ? QStringLiteral(" (accepted)") : QString()));
    line("Owner", l.ownerName.isEmpty() ? QStringLiteral("(unassigned)") : l.ownerName);
    line("Score",
        QString::number(l.score) + (l.fastTrack ? QStringLiteral(" (fast-track)") : QString()));
    line("Qualification", qualificationStageName(l.qualificationStage));
    line("Created", iso(l.createdAt));
    if (!l.externalId.isEmpty())
        line("External id", l.externalId);
    if (!attributes.isEmpty()) {
        c.out << "\nAttributes:\n";
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            c.out << "  " << it.key() << ": " << it.value() << '\n';
    }
    if (l.recontactOn.isValid())
        line("Re-contact", l.recontactOn.toString(Qt::ISODate));
    c.out << "\nTimeline (newest first):\n";
    for (const TimelineItem &t : timeline) {
        c.out << "  " << iso(t.at) << "  ";
        if (t.kind == TimelineItem::Kind::StageChange) {
            c.out << t.type << ": " << (t.fromStage.isEmpty() ? QStringLiteral("-") : t.fromStage)
                  << " -> " << t.toStage;
            if (const auto back = recontactReturnFromCode(t.reasonCode))
                c.out << " (" << recontactReturnText(*back, t.recontactOn) << ')';
            else if (!t.reasonCode.isEmpty())
                c.out << " (" << t.reasonCode << ')';
        } else {
            c.out << t.type;
        }
        if (!t.text.isEmpty())
            c.out << " — " << storedtext::render(t.text);
        if (!t.userName.isEmpty())
            c.out << " [" << t.userName << ']';
        c.out << '\n';
    }
}

int leadsShow(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("'leads show' needs exactly one lead id")};
    const qint64 id = leadId(c.positional[1]);
    if (!c.open())
        return Failed;
    auto lead = LeadRepository(c.db()).byId(id);
    if (!lead)
        return c.fail(lead.error());
    auto timeline = TimelineRepository(c.db()).forLead(id, 200);
    if (!timeline)
        return c.fail(timeline.error());
    auto attributes = ImportRepository(c.db()).attributes(id);
    if (!attributes)
        return c.fail(attributes.error());
    if (c.json)
        printLeadJson(c, lead.value(), timeline.value(), attributes.value());
    else
        printLeadText(c, lead.value(), timeline.value(), attributes.value());
    return Ok;
}

class LeadsCommand : public Command
{
public:
    LeadsCommand()
        : Command(QStringLiteral("leads"))
    { }

    QList<Form> forms() const override
    {
        return {{{QStringLiteral("list")},
                    QStringLiteral(
                        "[--stage S] [--owner U|me|none] [--source S] [--search TEXT]\n[--attr "
                        "NAME[=VALUE]] [--external-id ID] [--sort COLUMN] [--desc] [--limit N]\n"
                        "[--offset N]"),
                    QStringLiteral("the leads, filtered and sorted, a page at a time"),
                    {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                        QStringLiteral("search"), QStringLiteral("attr"),
                        QStringLiteral("external-id"), QStringLiteral("sort"),
                        QStringLiteral("desc"), QStringLiteral("limit"), QStringLiteral("offset")}},
            {{QStringLiteral("show")}, QStringLiteral("ID"),
                QStringLiteral("a lead with its timeline"), {}}};
    }

    QList<Option> options() const override
    {
        return {leadQueryOptions()
            + QList<Option> {{QStringLiteral("limit"), QStringLiteral("N"),
                                 QStringLiteral("at most N leads (default 100; 0: all)")},
                {QStringLiteral("offset"), QStringLiteral("N"),
                    QStringLiteral("skip the first N leads")}}};
    }

    int run(Context &c) const override
    {
        const QString sub = c.positional.value(0);
        if (sub == QLatin1String("list"))
            return leadsList(c);
        if (sub == QLatin1String("show"))
            return leadsShow(c);
        throw UsageError {QStringLiteral("'leads' needs 'list' or 'show'")};
    }
};

} // namespace

std::unique_ptr<Command> makeLeadsCommand()
{
    return std::make_unique<LeadsCommand>();
}

} // namespace bantam::cli
