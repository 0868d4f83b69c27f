// Fuzz target: a scoring model file (bantam-cli score model save FILE.json, the model editor's
// import) read by ScoringModel::fromJsonBytes (scoring/scoringmodel.h) from any bytes. A model it
// accepts must survive being stored (toJsonBytes, read back equal) and score leads as the
// engine promises: a score in 0–100, an explanation whose shown numbers sum to the score.
#include "fuzzcheck.h"
#include "scoring/scoringengine.h"
#include "scoring/scoringmodel.h"

#include <algorithm>

using namespace bantam;

namespace {

void checkScores(const ScoringEngine &engine, const LeadFacts &facts)
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    std::vector<ActivityEvent> activities;
    for (int i = 0; i < int(engine.model().activities.size()) && i < 8; ++i) {
        for (int days : {40, 3, 1})
            activities.push_back({now.toSecsSinceEpoch() - days * 86400 + i, i});
    }
    std::sort(activities.begin(), activities.end(),
        [](const ActivityEvent &a, const ActivityEvent &b) { return a.at < b.at; });
    const ScoreResult r = engine.score(facts, activities, now.toSecsSinceEpoch());
    FUZZ_CHECK(r.score >= ScoringEngine::MinScore && r.score <= ScoringEngine::MaxScore);
    FUZZ_CHECK(r.weekAgo >= ScoringEngine::MinScore && r.weekAgo <= ScoringEngine::MaxScore);
    const Explanation e = engine.explain(facts, activities, now);
    FUZZ_CHECK(e.score == r.score);
    int shown = e.roundingTenths + e.clampTenths;
    for (const Contribution &c : e.contributions) {
        shown += c.tenths;
        (void)describeContribution(c);
    }
    FUZZ_CHECK(shown == e.score * 10);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto model = ScoringModel::fromJsonBytes(fuzz::bytesOf(data, size));
    if (!model) {
        FUZZ_CHECK(!model.error().message.isEmpty());
        return 0;
    }
    auto stored = ScoringModel::fromJsonBytes(model.value().toJsonBytes());
    FUZZ_CHECK(stored.ok());
    FUZZ_CHECK(stored.value() == model.value());

    const ScoringEngine engine(model.value());
    const ScoringModel &m = engine.model();
    // A lead that matches the model's first entries, and one that matches nothing.
    LeadFacts matching;
    matching.jobTitle = QStringLiteral("Head of IT");
    if (!m.industries.empty())
        matching.industry = m.industries.front().value;
    if (!m.companySizes.empty())
        matching.companySize = m.companySizes.back().value;
    if (!m.countries.empty())
        matching.country = m.countries.front().value;
    for (const AttributeRule &rule : m.attributes)
        matching.attributes.emplace_back(rule.name, rule.value);
    checkScores(engine, matching);
    LeadFacts other;
    other.companySize = QStringLiteral("51-200");
    other.jobTitle = QStringLiteral("Intern");
    checkScores(engine, other);
    return 0;
}
