#include "domain/routingrule.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bantam {

QString routingMethodKey(RoutingMethod method)
{
    switch (method) {
    case RoutingMethod::RoundRobin:
        return QStringLiteral("round_robin");
    case RoutingMethod::WeightedRoundRobin:
        return QStringLiteral("weighted_round_robin");
    case RoutingMethod::LeastLoaded:
        return QStringLiteral("least_loaded");
    }
    return {};
}

std::optional<RoutingMethod> routingMethodFromKey(const QString &key)
{
    for (RoutingMethod m : {RoutingMethod::RoundRobin, RoutingMethod::WeightedRoundRobin,
             RoutingMethod::LeastLoaded}) {
        if (key == routingMethodKey(m))
            return m;
    }
    return std::nullopt;
}

QString routingMethodName(RoutingMethod method)
{
    switch (method) {
    case RoutingMethod::RoundRobin:
        return QCoreApplication::translate("Routing", "Round-robin");
    case RoutingMethod::WeightedRoundRobin:
        return QCoreApplication::translate("Routing", "Weighted round-robin");
    case RoutingMethod::LeastLoaded:
        return QCoreApplication::translate("Routing", "Least loaded");
    }
    return {};
}

namespace {
QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}
QStringList toList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue e : v.toArray()) {
        const QString s = e.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}
} // namespace

QJsonObject RoutingRule::toJson() const
{
    QJsonArray bands;
    for (ScoreBand b : scoreBands)
        bands.append(scoreBandKey(b));
    QJsonObject o {{QStringLiteral("name"), name}, {QStringLiteral("position"), position},
        {QStringLiteral("active"), active}, {QStringLiteral("countries"), toArray(countries)},
        {QStringLiteral("languages"), toArray(languages)},
        {QStringLiteral("sources"), toArray(sources)}, {QStringLiteral("scoreBands"), bands},
        {QStringLiteral("companySizes"), toArray(companySizes)},
        {QStringLiteral("industries"), toArray(industries)},
        {QStringLiteral("method"), routingMethodKey(method)},
        {QStringLiteral("hotToSenior"), hotToSenior}};
    if (id)
        o.insert(QStringLiteral("id"), id);
    if (territoryId)
        o.insert(QStringLiteral("territoryId"), *territoryId);
    if (fastTrack)
        o.insert(QStringLiteral("fastTrack"), *fastTrack);
    if (targetUserId)
        o.insert(QStringLiteral("targetUserId"), *targetUserId);
    if (targetTeamId)
        o.insert(QStringLiteral("targetTeamId"), *targetTeamId);
    return o;
}

RoutingRule RoutingRule::fromJson(const QJsonObject &o)
{
    RoutingRule r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.name = o.value(QStringLiteral("name")).toString().trimmed();
    r.position = o.value(QStringLiteral("position")).toInt();
    r.active = o.value(QStringLiteral("active")).toBool(true);
    r.countries = toList(o.value(QStringLiteral("countries")));
    for (QString &c : r.countries)
        c = c.toUpper();
    r.languages = toList(o.value(QStringLiteral("languages")));
    for (QString &l : r.languages)
        l = l.toLower();
    r.sources = toList(o.value(QStringLiteral("sources")));
    for (const QString &b : toList(o.value(QStringLiteral("scoreBands")))) {
        if (auto band = scoreBandFromKey(b))
            r.scoreBands.push_back(*band);
    }
    r.companySizes = toList(o.value(QStringLiteral("companySizes")));
    r.industries = toList(o.value(QStringLiteral("industries")));
    r.method = routingMethodFromKey(o.value(QStringLiteral("method")).toString())
                   .value_or(RoutingMethod::RoundRobin);
    r.hotToSenior = o.value(QStringLiteral("hotToSenior")).toBool();
    if (o.contains(QStringLiteral("territoryId")))
        r.territoryId = o.value(QStringLiteral("territoryId")).toInteger();
    if (o.contains(QStringLiteral("fastTrack")))
        r.fastTrack = o.value(QStringLiteral("fastTrack")).toBool();
    if (o.contains(QStringLiteral("targetUserId")))
        r.targetUserId = o.value(QStringLiteral("targetUserId")).toInteger();
    if (o.contains(QStringLiteral("targetTeamId")))
        r.targetTeamId = o.value(QStringLiteral("targetTeamId")).toInteger();
    return r;
}

} // namespace bantam
