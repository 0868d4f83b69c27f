// Reading the lead list options of `leads list` and `export leads`.
#include "cli/leadquery.h"

#include "cli/context.h"
#include "phone/homeregion.h"
#include "services.h"

#include <QMap>

namespace bantam::cli {

QList<Option> leadQueryOptions()
{
    return {{QStringLiteral("stage"), QStringLiteral("S"),
                QStringLiteral("lead, mql, sql, disqualified, won or lost")},
        {QStringLiteral("owner"), QStringLiteral("U|me|none"),
            QStringLiteral("the owner's login, me (--as) or none (unassigned)")},
        {QStringLiteral("source"), QStringLiteral("S"), QStringLiteral("the lead source")},
        {QStringLiteral("search"), QStringLiteral("TEXT"),
            QStringLiteral("leads whose name, company, e-mail or phone starts with it")},
        {QStringLiteral("attr"), QStringLiteral("NAME[=VALUE]"),
            QStringLiteral("leads with this custom attribute (of this value)")},
        {QStringLiteral("external-id"), QStringLiteral("ID"),
            QStringLiteral("the lead with this id in the system it was imported from")},
        {QStringLiteral("sort"), QStringLiteral("COLUMN"),
            QStringLiteral("id, name, company, email, phone, stage, owner, source, score,\n"
                           "created, updated or qualification (default id)")},
        {QStringLiteral("desc"), QString(), QStringLiteral("sort descending")}};
}

QStringList leadQueryOptionNames()
{
    QStringList names;
    for (const Option &o : leadQueryOptions())
        names << o.name;
    return names;
}

bool leadQuery(Context &c, LeadFilter &filter, LeadSort &sort)
{
    if (c.has(QStringLiteral("stage"))) {
        filter.stage = stageFromKey(c.value(QStringLiteral("stage")));
        if (!filter.stage)
            throw UsageError {QStringLiteral("--stage: '%1' is not a stage (lead, mql, sql, "
                                             "disqualified, won, lost)")
                                  .arg(c.value(QStringLiteral("stage")))};
    }
    sort = LeadSort {LeadColumn::Id, c.has(QStringLiteral("desc"))};
    if (c.has(QStringLiteral("sort"))) {
        static const QMap<QString, LeadColumn> columns
            = {{QStringLiteral("id"), LeadColumn::Id}, {QStringLiteral("name"), LeadColumn::Name},
                {QStringLiteral("company"), LeadColumn::Company},
                {QStringLiteral("email"), LeadColumn::Email},
                {QStringLiteral("phone"), LeadColumn::Phone},
                {QStringLiteral("stage"), LeadColumn::Stage},
                {QStringLiteral("owner"), LeadColumn::Owner},
                {QStringLiteral("source"), LeadColumn::Source},
                {QStringLiteral("score"), LeadColumn::Score},
                {QStringLiteral("created"), LeadColumn::Created},
                {QStringLiteral("updated"), LeadColumn::Updated},
                {QStringLiteral("qualification"), LeadColumn::Qualification}};
        const QString name = c.value(QStringLiteral("sort")).toLower();
        if (!columns.contains(name))
            throw UsageError {QStringLiteral("--sort: '%1' is not a column (%2)")
                                  .arg(name, columns.keys().join(QLatin1String(", ")))};
        sort.column = columns.value(name);
    }
    filter.source = c.value(QStringLiteral("source"));
    filter.search = c.value(QStringLiteral("search"));
    filter.externalId = c.value(QStringLiteral("external-id")).trimmed();
    if (c.has(QStringLiteral("attr"))) {
        const QString attr = c.value(QStringLiteral("attr"));
        const qsizetype eq = attr.indexOf(QLatin1Char('='));
        filter.attributeName = (eq < 0 ? attr : attr.left(eq)).trimmed();
        filter.attributeValue = eq < 0 ? QString() : attr.mid(eq + 1).trimmed();
        if (filter.attributeName.isEmpty())
            throw UsageError {QStringLiteral("--attr: use NAME or NAME=VALUE, not '%1'").arg(attr)};
    }
    if (!c.open())
        return false;
    // A number searched in national format is read in the database's home region.
    filter.homeCallingCode
        = HomeRegion::callingCode(HomeRegion::orDefault(c.services().database()));
    if (c.has(QStringLiteral("owner"))) {
        const QString owner = c.value(QStringLiteral("owner"));
        if (owner == QLatin1String("none")) {
            filter.unassignedOnly = true;
        } else {
            const QString login
                = owner == QLatin1String("me") ? c.value(QStringLiteral("as")) : owner;
            const auto u = c.user(login, QStringLiteral("--owner"));
            if (!u)
                return false;
            filter.ownerId = u->id;
        }
    }
    return true;
}

} // namespace bantam::cli
