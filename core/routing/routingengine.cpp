#include "routing/routingengine.h"

#include "domain/storedtext.h"
#include "scoring/scoringmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace bantam {

ScoreBand routingBand(const QString &storedBand, int score)
{
    if (auto band = scoreBandFromKey(storedBand))
        return *band;
    static const ScoringModel defaults = ScoringModel::defaults();
    if (score >= defaults.hot)
        return ScoreBand::Hot;
    if (score >= defaults.warm)
        return ScoreBand::Warm;
    return ScoreBand::Cold;
}

ScoreBand chanceBand(std::optional<int> chance, const RoutingBands &bands)
{
    if (!chance)
        return ScoreBand::Cold;
    if (*chance >= bands.hot)
        return ScoreBand::Hot;
    if (*chance >= bands.warm)
        return ScoreBand::Warm;
    return ScoreBand::Cold;
}

void applyRoutingBands(std::vector<RoutingLead> &leads, const RoutingBands &bands)
{
    if (!bands.byChance)
        return;
    for (RoutingLead &lead : leads)
        lead.band = scoreBandKey(chanceBand(lead.chance, bands));
}

ScoreBand drivenBand(
    const QString &storedBand, int score, std::optional<int> chance, const RoutingBands &bands)
{
    return bands.byChance ? chanceBand(chance, bands) : routingBand(storedBand, score);
}

bool routedBefore(const RoutingLead &a, const RoutingLead &b, const RoutingBands &bands)
{
    if (a.fastTrack != b.fastTrack)
        return a.fastTrack;
    if (bands.byChance && a.chance != b.chance)
        return a.chance.value_or(-1) > b.chance.value_or(-1);
    if (a.score != b.score)
        return a.score > b.score;
    return a.id < b.id;
}

QString routingBandsText(const RoutingBands &bands)
{
    if (!bands.byChance)
        return QCoreApplication::translate("RoutingBands",
            "Score bands are read from the rule score (the scoring model's warm and hot "
            "thresholds).");
    return QCoreApplication::translate("RoutingBands",
        "Score bands are read from the learned chance (it drives handover and routing), on its "
        "0-100 % scale: warm from %1 %, hot from %2 %; a lead without a chance is cold.")
        .arg(bands.warm)
        .arg(bands.hot);
}

QString routingLanguage(const QString &language, const QString &country)
{
    if (!language.isEmpty())
        return language.toLower();
    // The main business language per country, for leads without a language of their own.
    static const struct
    {
        const char *country, *language;
    } main[] = {{"DE", "de"}, {"AT", "de"}, {"CH", "de"}, {"LI", "de"}, {"LU", "de"}, {"GB", "en"},
        {"IE", "en"}, {"US", "en"}, {"CA", "en"}, {"AU", "en"}, {"FR", "fr"}, {"BE", "fr"},
        {"NL", "nl"}, {"IT", "it"}, {"ES", "es"}, {"PT", "pt"}, {"PL", "pl"}, {"CZ", "cs"},
        {"DK", "da"}, {"SE", "sv"}, {"NO", "no"}, {"FI", "fi"}};
    const QString c = country.toUpper();
    for (const auto &m : main) {
        if (c == QLatin1String(m.country))
            return QLatin1String(m.language);
    }
    return {};
}

namespace {

bool listMatches(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || allowed.contains(value, Qt::CaseInsensitive);
}

const Territory *findTerritory(const std::vector<Territory> &territories, qint64 id)
{
    for (const Territory &t : territories) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

struct Router
{
    const RoutingInput &in;
    RoutingOutcome out;
    std::vector<const RoutingRule *> rules; // active, by position
    std::unordered_map<qint64, const User *> users;
    std::unordered_map<qint64, std::vector<const User *>> teamReps; // by id
    std::map<qint64, RepLoad> loads;

    explicit Router(const RoutingInput &input)
        : in(input)
        , loads(input.loads)
    {
        for (const RoutingRule &r : in.rules) {
            if (r.active)
                rules.push_back(&r);
        }
        std::stable_sort(rules.begin(), rules.end(),
            [](const RoutingRule *a, const RoutingRule *b) { return a->position < b->position; });
        for (const User &u : in.users) {
            users.emplace(u.id, &u);
            if (u.teamId && (u.role == Role::Rep || u.role == Role::SeniorRep))
                teamReps[*u.teamId].push_back(&u);
        }
        for (auto &[team, reps] : teamReps) {
            std::sort(reps.begin(), reps.end(),
                [](const User *a, const User *b) { return a->id < b->id; });
        }
        out.cursors = in.cursors;
    }

    bool available(const User &u, const RoutingLead &lead, const QString &language, bool seniorOnly,
        SkipCounts &skip) const
    {
        if (!u.active || !u.isSales()) {
            ++skip.inactive;
            return false;
        }
        if (seniorOnly && u.role != Role::SeniorRep) {
            ++skip.notSenior;
            return false;
        }
        if (u.isAbsentOn(in.today)) {
            ++skip.absent;
            return false;
        }
        const auto l = loads.find(u.id);
        const RepLoad load = l == loads.end() ? RepLoad {} : l->second;
        if (u.capacityOpen > 0 && load.openLeads >= u.capacityOpen) {
            ++skip.openCapacity;
            return false;
        }
        if (!lead.fastTrack && u.capacityDaily > 0 && load.assignedToday >= u.capacityDaily) {
            ++skip.dailyCap;
            return false;
        }
        if (!u.languages.isEmpty() && !language.isEmpty()
            && !u.languages.contains(language, Qt::CaseInsensitive)) {
            ++skip.mismatch;
            return false;
        }
        if (!u.territoryIds.empty()) {
            const bool covered
                = std::any_of(u.territoryIds.begin(), u.territoryIds.end(), [&](qint64 id) {
                      const Territory *t = findTerritory(in.territories, id);
                      return t && t->contains(lead.country, lead.postcode);
                  });
            if (!covered) {
                ++skip.mismatch;
                return false;
            }
        }
        return true;
    }

    const User *pick(const RoutingRule &rule, const std::vector<const User *> &eligible)
    {
        if (eligible.empty())
            return nullptr;
        TeamCursor &cursor = out.cursors[*rule.targetTeamId];
        switch (rule.method) {
        case RoutingMethod::RoundRobin: {
            // The first eligible rep after the last one served, in the team's order (by id).
            auto next = std::find_if(eligible.begin(), eligible.end(),
                [&](const User *u) { return u->id > cursor.lastUserId; });
            const User *chosen = next == eligible.end() ? eligible.front() : *next;
            cursor.lastUserId = chosen->id;
            return chosen;
        }
        case RoutingMethod::WeightedRoundRobin: {
            // Smooth weighted round-robin: every eligible rep gains its weight, the one with the
            // most credit gets the lead and pays the sum of the weights. Shares follow the
            // weights and no rep waits long between leads.
            qint64 total = 0;
            const User *chosen = nullptr;
            for (const User *u : eligible) {
                if (u->weight <= 0)
                    continue;
                total += u->weight;
                qint64 &credit = cursor.credits[u->id];
                credit += u->weight;
                if (!chosen || credit > cursor.credits[chosen->id])
                    chosen = u;
            }
            if (chosen)
                cursor.credits[chosen->id] -= total;
            return chosen;
        }
        case RoutingMethod::LeastLoaded: {
            const User *chosen = nullptr;
            qint64 least = 0;
            for (const User *u : eligible) {
                const qint64 open = loads[u->id].openLeads;
                if (!chosen || open < least) {
                    chosen = u;
                    least = open;
                }
            }
            return chosen;
        }
        }
        return nullptr;
    }

    RoutingDecision decide(const RoutingLead &lead)
    {
        RoutingDecision d;
        d.leadId = lead.id;
        d.score = lead.score;
        d.hot = routingBand(lead.band, lead.score) == ScoreBand::Hot;
        d.fastTrack = lead.fastTrack;
        const QString language = routingLanguage(lead.language, lead.country);
        std::optional<qint64> firstMatch;
        std::vector<const User *> eligible;
        for (const RoutingRule *rule : rules) {
            if (!RoutingEngine::matches(*rule, lead, in.territories))
                continue;
            if (!firstMatch)
                firstMatch = rule->id;
            const User *chosen = nullptr;
            if (rule->targetUserId) {
                const auto u = users.find(*rule->targetUserId);
                if (u == users.end())
                    ++d.skipped.inactive;
                else if (available(*u->second, lead, language, false, d.skipped))
                    chosen = u->second;
            } else if (rule->targetTeamId) {
                eligible.clear();
                const bool seniorOnly = rule->hotToSenior && d.hot;
                const auto team = teamReps.find(*rule->targetTeamId);
                if (team != teamReps.end()) {
                    for (const User *u : team->second) {
                        if (available(*u, lead, language, seniorOnly, d.skipped))
                            eligible.push_back(u);
                    }
                }
                chosen = pick(*rule, eligible);
            }
            if (chosen) {
                d.userId = chosen->id;
                d.ruleId = rule->id;
                RepLoad &load = loads[chosen->id];
                ++load.openLeads;
                ++load.assignedToday;
                ++out.perRep[chosen->id];
                ++out.assigned;
                return d;
            }
        }
        d.ruleId = firstMatch;
        d.reason = firstMatch ? QStringLiteral("no_rep") : QStringLiteral("no_rule");
        ++out.unassigned;
        return d;
    }
};

} // namespace

bool RoutingEngine::matches(
    const RoutingRule &rule, const RoutingLead &lead, const std::vector<Territory> &territories)
{
    if (rule.territoryId) {
        const Territory *t = findTerritory(territories, *rule.territoryId);
        if (!t || !t->contains(lead.country, lead.postcode))
            return false;
    }
    if (!listMatches(rule.countries, lead.country))
        return false;
    if (!rule.languages.isEmpty()
        && !rule.languages.contains(
            routingLanguage(lead.language, lead.country), Qt::CaseInsensitive))
        return false;
    if (!listMatches(rule.sources, lead.source) || !listMatches(rule.companySizes, lead.companySize)
        || !listMatches(rule.industries, lead.industry))
        return false;
    if (!rule.scoreBands.empty()
        && std::find(
               rule.scoreBands.begin(), rule.scoreBands.end(), routingBand(lead.band, lead.score))
            == rule.scoreBands.end())
        return false;
    if (rule.fastTrack && *rule.fastTrack != lead.fastTrack)
        return false;
    return true;
}

RoutingOutcome RoutingEngine::route(const RoutingInput &input)
{
    return *route(input, {});
}

std::optional<RoutingOutcome> RoutingEngine::route(
    const RoutingInput &input, const std::function<bool(qint64 decided)> &keepGoing)
{
    constexpr size_t step = 4096;
    Router router(input);
    router.out.decisions.reserve(input.leads.size());
    for (const RoutingLead &lead : input.leads) {
        if (keepGoing && router.out.decisions.size() % step == 0
            && !keepGoing(qint64(router.out.decisions.size())))
            return std::nullopt;
        router.out.decisions.push_back(router.decide(lead));
    }
    return std::move(router.out);
}

QString unassignedReasonCode(const QString &reason, const QString &ruleName, const SkipCounts &s)
{
    if (reason == QLatin1String("no_rule"))
        return storedtext::encode("routing_no_rule");
    if (reason == QLatin1String("routing_owed"))
        return storedtext::encode("routing_owed");
    if (reason != QLatin1String("no_rep"))
        return reason;
    QStringList args {ruleName};
    for (int n : {s.absent, s.openCapacity, s.dailyCap, s.mismatch, s.notSenior, s.inactive})
        args << QString::number(n);
    return storedtext::encode("routing_no_rep", args);
}

QString unassignedReasonText(const QString &reason, const QString &ruleName, const SkipCounts &s)
{
    return storedtext::render(unassignedReasonCode(reason, ruleName, s));
}

} // namespace bantam
