// RoutingEngine: the pure routing decision. Given leads, rules, reps with their loads, absence
// and capacity, the stored round-robin state and today's date, it decides for each lead which
// rep gets it (or why nobody does). No database, no clock: preview and apply run the same
// function on the same input, so a preview shows exactly what applying would do.
//
// Rules are tried in priority order (position). The first rule that matches the lead AND has a
// rep who can take it assigns the lead; a matching rule without an available rep falls through
// to the next matching rule (an overflow rule further down catches what a full team cannot
// take). A lead no rule matches is unassigned with reason "no_rule"; one that matched rules
// whose reps were all unavailable is unassigned with reason "no_rep" and the first matching rule.
//
// A rep is available for a lead when active, a rep or senior rep (team targets; a named rep may
// have any sales role), not absent today, below the open-lead capacity, below the daily cap
// (fast-track leads skip the daily cap), speaking the lead's language and covering its territory
// (when the rep has languages or territories set), and, for hot leads under a "hot to senior"
// rule, a senior rep.
#pragma once

#include "domain/routingrule.h"
#include "domain/routingstate.h"
#include "domain/scoreband.h"
#include "domain/territory.h"
#include "domain/user.h"

#include <QDate>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace bantam {

// The score band routing matches on: the band the scoring model gave the lead when it was last
// scored (lead_scores.band, empty if never scored); for a lead not scored yet, the band of its
// score under the default model's thresholds.
ScoreBand routingBand(const QString &storedBand, int score);

// Which score routing reads a lead's band from (the score driver, domain/scoredriver.h). With the
// rule score (the default) it is the band above. With the learned chance the chance is read on
// its 0-100 % scale against the active rule model's warm and hot thresholds (30 and 70 in the
// default model: a lead with a 40 % chance is warm, with 80 % hot); a lead without a chance is
// cold.
struct RoutingBands
{
    bool byChance = false;
    double warm = 25, hot = 75;
};
ScoreBand chanceBand(std::optional<int> chance, const RoutingBands &bands);
// Sets each lead's band to the one routing matches on under the driver (unchanged by rules).
void applyRoutingBands(std::vector<RoutingLead> &leads, const RoutingBands &bands);
// The band of a lead under the driver: routingBand() of its rule score, or its chance's band.
ScoreBand drivenBand(
    const QString &storedBand, int score, std::optional<int> chance, const RoutingBands &bands);
// The order leads are routed in (who gets a rep's last free capacity first): fast-track leads
// first, then by the score that drives routing (the chance under the learned driver, leads
// without one last; else the rule score), then the older lead.
bool routedBefore(const RoutingLead &a, const RoutingLead &b, const RoutingBands &bands);
// For people (translated): which score the bands are read from, with the thresholds for chances.
QString routingBandsText(const RoutingBands &bands);

// The lead's language for routing: the lead's own if set, else the main language of its country.
QString routingLanguage(const QString &language, const QString &country);

struct RoutingInput
{
    std::vector<RoutingLead> leads; // routed in this order
    std::vector<RoutingRule> rules;
    std::vector<User> users;
    std::vector<Territory> territories;
    std::map<qint64, RepLoad> loads; // by user id; missing = 0
    std::map<qint64, TeamCursor> cursors; // by team id; missing = fresh
    QDate today;
};

// Why reps were passed over for a lead (summed over the matching rules).
struct SkipCounts
{
    int absent = 0, openCapacity = 0, dailyCap = 0, mismatch = 0, notSenior = 0, inactive = 0;
    int total() const { return absent + openCapacity + dailyCap + mismatch + notSenior + inactive; }
};

struct RoutingDecision
{
    qint64 leadId = 0;
    std::optional<qint64> userId; // nullopt = stays unassigned
    std::optional<qint64> ruleId; // the rule that assigned; for no_rep the first that matched
    QString reason; // "" when assigned, "no_rule" or "no_rep"
    SkipCounts skipped;
    int score = 0;
    bool hot = false;
    bool fastTrack = false;
};

struct RoutingOutcome
{
    std::vector<RoutingDecision> decisions; // in the order of the input leads
    std::map<qint64, TeamCursor> cursors; // the state after routing (all teams of the input)
    std::map<qint64, qint64> perRep; // leads assigned per user id
    qint64 assigned = 0;
    qint64 unassigned = 0;
};

class RoutingEngine
{
public:
    static RoutingOutcome route(const RoutingInput &input);
    // The same, asking keepGoing(leads decided so far) every few thousand leads; nothing once
    // it returns false.
    static std::optional<RoutingOutcome> route(
        const RoutingInput &input, const std::function<bool(qint64 decided)> &keepGoing);
    // Whether the rule's conditions match the lead (territories by id from the input).
    static bool matches(const RoutingRule &rule, const RoutingLead &lead,
        const std::vector<Territory> &territories);
};

// The unassigned reason as stored (storedtext) and for people in the current language:
// "No routing rule matches." / "Rule 'X' matched, but ...".
QString unassignedReasonCode(
    const QString &reason, const QString &ruleName, const SkipCounts &skipped = {});
QString unassignedReasonText(
    const QString &reason, const QString &ruleName, const SkipCounts &skipped = {});

} // namespace bantam
