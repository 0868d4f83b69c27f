// ScoringEngine: computes a lead's score from its profile and activities under one
// ScoringModel — pure code, no database, deterministic for a given "now".
//
// The rules, in the order the contributions are added up:
// - Fit: the job title's level (first matching taxonomy pattern), the industry, the company-size
//   band and the country (compared ignoring case) give their points, then each rule of
//   fit.attributes the lead matches (a custom attribute or a profile field such as source or
//   campaign: by value ignoring case and surrounding spaces, by a numeric range, or any value;
//   each rule at most once); no decay. A company size that is not a band's name counts in the
//   band its number or range falls in ("51-200" by its middle, 125.5, in "50-249").
// - Behaviour: each activity of a type in the model gives its points × 0.5^(age / half-life),
//   the age measured from the activity to "now" in days (fractions count). Activities after
//   "now" do not count yet. Caps: going through a type's activities oldest first, an activity
//   counts only while fewer than cap.count activities of that type have counted in the
//   cap.period_days days up to it (the first ones count, later ones in the window do not).
//   Points may be negative.
// - The score is the exact sum rounded half up (floor(sum + 0.5)), then clamped to 0–100.
// - The explanation shows each contribution rounded to tenths and, where these do not add up
//   to the rounded sum exactly, one "rounding" line with the difference, and where the clamp
//   cut the sum one "clamp" line with what it cut; the shown numbers always sum to the score.
// - Trend: the score the same model gives at now − 7 days (only the activities up to then,
//   decayed to then). The lead list shows score − that.
#pragma once

#include "domain/scoringinput.h"
#include "scoring/numbertext.h"
#include "scoring/scoringmodel.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace bantam {

struct ScoreResult
{
    int score = 0;
    int weekAgo = 0; // the score at now − 7 days
    ScoreBand band = ScoreBand::Cold;
    bool fastTrack = false; // an activity of a fast-track type has happened
};

struct Contribution
{
    enum class Kind { JobTitle, Industry, CompanySize, Country, Attribute, Activity, Capped };
    Kind kind = Kind::Activity;
    // activity label, the profile value ("Head of IT") or the rule's subject ("Attribute X",
    // "Source")
    QString label;
    QString detail; // level of the title, "not in the model", the cap, the attribute's value
    QDateTime at; // activities
    double ageDays = 0; // activities
    double basePoints = 0; // before decay
    double decay = 1; // factor applied (1 for fit)
    double points = 0; // exact contribution
    int tenths = 0; // shown: points rounded to tenths
    bool anyValue = false; // attributes: the rule counts any value of the attribute
    std::optional<double> minimum, maximum; // attributes: a numeric rule's range
};

// One line for people: "Job title 'Head of IT': Director", "Pricing page visit on 2026-02-20,
// 10.5 days ago: 10 × 0.79 (decay)", "... not counted: at most 3 per 7 days".
QString describeContribution(const Contribution &c);
// The shown points of a contribution or total in tenths: "+12.3", "-0.4", "+0.0" ("+12,3" for a
// German reader).
QString formatTenths(int tenths, const QLocale &locale = QLocale::c());

struct Explanation
{
    int score = 0;
    ScoreBand band = ScoreBand::Cold;
    QDateTime at; // the "now" of the computation
    double exactTotal = 0;
    std::vector<Contribution> contributions;
    int roundingTenths = 0; // the rounded sum × 10 − the sum of the contributions' tenths
    int clampTenths = 0; // score × 10 − the rounded sum × 10: what the clamp to 0–100 cut
    int fitTenths() const;
    int behaviourTenths() const;
};

class ScoringEngine
{
public:
    static constexpr qint64 TrendSeconds = 7 * 86400;
    static constexpr int MinScore = 0;
    static constexpr int MaxScore = 100;

    explicit ScoringEngine(ScoringModel model);

    const ScoringModel &model() const { return m_model; }
    // Index of an activity type key in the model, -1 if the model does not know it.
    int typeIndex(const QString &key) const { return m_typeIndex.value(key, -1); }
    const QHash<QString, int> &typeIndices() const { return m_typeIndex; }

    std::optional<TitleLevel> titleLevel(const QString &jobTitle) const;
    // Whether the model has attribute rules, and the names they look at (case-folded): callers
    // read only those attributes, and none without rules.
    bool hasAttributeRules() const { return !m_attributeNames.isEmpty(); }
    const QSet<QString> &attributeNames() const { return m_attributeNames; }
    // titleCache (optional): levels of titles seen before, for callers scoring many leads.
    double fitPoints(const LeadFacts &facts,
        QHash<QString, std::optional<TitleLevel>> *titleCache = nullptr) const;
    ScoreBand band(int score) const;
    // Rounded half up, not clamped (beyond ±10^8 as ±10^8, NaN as 0).
    static int roundScore(double exact);
    static int clampScore(int rounded); // into MinScore..MaxScore
    // The band of the model a company size counts in (its name or the band its number falls
    // in); nullptr if none.
    const ValuePoints *sizeBand(const QString &companySize) const;
    bool knowsIndustry(const QString &industry) const;

    // activities must be sorted by time (oldest first). fitPoints: fitPoints(facts), which
    // callers scoring many leads may cache by profile.
    ScoreResult score(
        double fitPoints, const ActivityEvent *activities, size_t count, qint64 now) const;
    ScoreResult score(
        const LeadFacts &facts, const std::vector<ActivityEvent> &activities, qint64 now) const;
    Explanation explain(const LeadFacts &facts, const std::vector<ActivityEvent> &activities,
        const QDateTime &now) const;

private:
    struct PatternWord
    {
        QString core;
        bool anyBefore = false, anyAfter = false;
    };
    struct CompiledPattern
    {
        std::vector<PatternWord> words;
        TitleLevel level;
    };
    static QStringList words(const QString &text);
    double valuePoints(
        const QHash<QString, double> &table, const QString &value, bool *found) const;
    double decay(qint64 ageSecs) const;
    struct CompiledAttributeRule
    {
        QString name, value; // case-folded, trimmed
        size_t index; // into the model's attributes (the engine may be copied)
        RuleField field;
        std::optional<double> min, max;
    };
    bool ruleMatches(const CompiledAttributeRule &rule, const QString &value) const;
    // Calls fn(rule, lead's value) for each attribute rule the facts match, in model order.
    template <typename Fn>
    void matchAttributes(const LeadFacts &facts, const Fn &fn) const;
    // The steps of explain(); add() takes each contribution in order.
    using ContributionFn = std::function<void(Contribution)>;
    void explainFit(const LeadFacts &facts, const ContributionFn &add) const;
    void explainActivities(
        const std::vector<ActivityEvent> &activities, qint64 now, const ContributionFn &add) const;

    ScoringModel m_model;
    QHash<QString, int> m_typeIndex;
    std::vector<CompiledPattern> m_patterns;
    QHash<QString, double> m_industries, m_countries; // keys lower-case
    QHash<QString, size_t> m_sizeNames; // lower-case band name → index into companySizes
    std::vector<std::pair<SizeRange, size_t>> m_sizeRanges; // bands that read as sizes
    std::vector<CompiledAttributeRule> m_attributeRules;
    QSet<QString> m_attributeNames;
};

} // namespace bantam
