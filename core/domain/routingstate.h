// What routing reads and keeps between runs: a lead as routing sees it, a rep's current load,
// and a team's stored round-robin state. The routing engine decides on them; the routing
// repository reads and writes them.
#pragma once

#include <QString>

#include <map>
#include <optional>

namespace bantam {

struct RoutingLead
{
    qint64 id = 0;
    QString country, postcode, language, source, industry, companySize;
    int score = 0;
    QString band; // lead_scores.band; empty if never scored (see routingBand())
    std::optional<int> chance; // lead_chances.chance, 0-100; nullopt without a learned score
    bool fastTrack = false;
};

struct RepLoad
{
    qint64 openLeads = 0; // leads in Lead, MQL or SQL owned now
    qint64 assignedToday = 0; // leads assigned to the rep since the start of today (UTC)
};

// The stored distribution state of one team: the last rep round-robin gave a lead to, and the
// weighted round-robin credits per rep (smooth weighted round-robin). version guards the
// optimistic update (several instances routing at once).
struct TeamCursor
{
    qint64 lastUserId = 0;
    std::map<qint64, qint64> credits;
    qint64 version = 0;

    bool operator==(const TeamCursor &) const = default;
};

} // namespace bantam
