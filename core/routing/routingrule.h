// Routing rules and territories: the value types the routing engine works on and the rule
// editor, the CLI and the repository exchange. Score bands live here until the scoring model
// (issue 3) defines them; see routingBand().
#pragma once

#include "scoring/scoringmodel.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

// A territory: a set of countries, optionally narrowed to postcode prefixes.
struct Territory
{
    qint64 id = 0;
    QString name;
    QStringList countries; // ISO 3166 alpha-2, upper case
    QStringList postcodePrefixes; // empty = the whole countries

    bool contains(const QString &country, const QString &postcode) const;
};

// The score band routing matches on: the band the scoring model gave the lead when it was last
// scored (lead_scores.band, empty if never scored); for a lead not scored yet, the band of its
// score under the default model's thresholds.
ScoreBand routingBand(const QString &storedBand, int score);

enum class RoutingMethod { RoundRobin, WeightedRoundRobin, LeastLoaded };
QString routingMethodKey(RoutingMethod method); // "round_robin", ...
std::optional<RoutingMethod> routingMethodFromKey(const QString &key);
QString routingMethodName(RoutingMethod method); // translated

// The lead's language for routing: the lead's own if set, else the main language of its country.
QString routingLanguage(const QString &language, const QString &country);

struct RoutingRule
{
    qint64 id = 0;
    int position = 0; // priority: lower first
    QString name;
    bool active = true;
    // Conditions; an empty list (or nullopt) matches anything.
    std::optional<qint64> territoryId;
    QStringList countries;
    QStringList languages;
    QStringList sources;
    std::vector<ScoreBand> scoreBands;
    QStringList companySizes;
    QStringList industries;
    std::optional<bool> fastTrack;
    // Target: a named rep, or a team distributing by method.
    std::optional<qint64> targetUserId;
    std::optional<qint64> targetTeamId;
    RoutingMethod method = RoutingMethod::RoundRobin;
    bool hotToSenior = false; // hot leads only to the team's senior reps

    bool operator==(const RoutingRule &) const = default;

    // Rule definitions as JSON (export/import, audit values). Users and teams by id; the
    // rules service translates logins and team names for files.
    QJsonObject toJson() const;
    static RoutingRule fromJson(const QJsonObject &o);
};

} // namespace bantam
