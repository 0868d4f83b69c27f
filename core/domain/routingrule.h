// RoutingRule: one rule of lead routing as data — its conditions (territory, countries,
// languages, sources, score bands, company sizes, industries, fast-track) and its target (a named
// rep, or a team distributing by a method). The rule editor, the CLI, the repository and the
// routing engine exchange it.
#pragma once

#include "domain/scoreband.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

enum class RoutingMethod { RoundRobin, WeightedRoundRobin, LeastLoaded };
QString routingMethodKey(RoutingMethod method); // "round_robin", ...
std::optional<RoutingMethod> routingMethodFromKey(const QString &key);
QString routingMethodName(RoutingMethod method); // translated

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
