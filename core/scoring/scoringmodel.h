// ScoringModel: the one lead-scoring model marketing and sales agree on, as data. Points per
// activity type (with caps and negative points), a half-life for behaviour points, fit points
// from the profile (job-title level from a German/English taxonomy, industry, company size,
// country, custom attributes) and the thresholds (warm, MQL, hot). Read from and written to JSON;
// fromJson() validates and names the offending field ("activities[3].points: not a number").
#pragma once

#include "domain/scoreband.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace bantam {

// Job-title levels of the taxonomy, most senior first.
enum class TitleLevel { CLevel, Vp, Director, Manager, Individual, StudentOther };
inline constexpr std::array<TitleLevel, 6> allTitleLevels = {TitleLevel::CLevel, TitleLevel::Vp,
    TitleLevel::Director, TitleLevel::Manager, TitleLevel::Individual, TitleLevel::StudentOther};
QString titleLevelKey(TitleLevel level); // "c_level", "vp", ..., "student_other"
std::optional<TitleLevel> titleLevelFromKey(const QString &key);
QString titleLevelName(TitleLevel level); // translated

struct ActivityRule
{
    QString key; // the activity type as stored ("pricing_page")
    QString labelEn;
    QString labelDe;
    double points = 0; // may be negative (unsubscribe, bounce)
    // At most capCount activities of this type count in any capDays-day window; 0 = no cap.
    int capCount = 0;
    int capDays = 0;
    bool fastTrack = false; // the lead asked for contact: flags it fast-track

    QString label() const; // German or English, after the application's language
    bool operator==(const ActivityRule &) const = default;
};

// A title matches a pattern when the pattern's words appear in it one after the other. Words
// are compared case-insensitively; a '*' at the start or end of a pattern word matches any
// letters there ("geschäftsführ*" matches "Geschäftsführerin", "*leiter" matches "IT-Leiter"
// and "Vertriebsleiter"). The first matching pattern decides the level.
struct TitlePattern
{
    QString match;
    TitleLevel level = TitleLevel::Individual;
    bool operator==(const TitlePattern &) const = default;
};

struct ValuePoints // an industry, company-size band or country and its points
{
    QString value;
    double points = 0;
    bool operator==(const ValuePoints &) const = default;
};

// What a fit rule looks at: a custom attribute (imported columns without a standard field, table
// lead_attributes) or one of the lead's profile fields.
enum class RuleField { Attribute, Source, Campaign, JobTitle, Industry, CompanySize, Country };
inline constexpr std::array<RuleField, 7> allRuleFields
    = {RuleField::Attribute, RuleField::Source, RuleField::Campaign, RuleField::JobTitle,
        RuleField::Industry, RuleField::CompanySize, RuleField::Country};
QString ruleFieldKey(RuleField field); // "attribute", "source", ..., "country"
std::optional<RuleField> ruleFieldFromKey(const QString &key);
QString ruleFieldName(RuleField field); // translated

// Points for a value of a custom attribute or a profile field (fit.attributes in JSON).
// - With a value: the lead's value equals it, ignoring case and surrounding spaces.
// - With min and/or max: the lead's value read as a number (German or English notation,
//   "1.234,5", "1,234.5", "600"; company sizes as employee counts, "51-200" by its middle) lies
//   in min ≤ number < max. A value that is not a number does not match.
// - With neither: the lead has a non-empty value at all.
// Each rule counts at most once per lead; several rules may add up.
struct AttributeRule
{
    QString name; // the custom attribute's name; empty for a profile field
    QString value;
    double points = 0;
    RuleField field = RuleField::Attribute;
    std::optional<double> min {}; // numeric rule: from (inclusive)
    std::optional<double> max {}; // numeric rule: below (exclusive)

    bool numeric() const { return min.has_value() || max.has_value(); }
    // "Attribute “Total Time Spent on Website”" or "Source"; for explanations and messages.
    QString subject() const;
    bool operator==(const AttributeRule &) const = default;
};

struct ScoringModel
{
    Q_DECLARE_TR_FUNCTIONS(ScoringModel)

public:
    // The ranges fromJson() accepts. Scores are 0–100, so points and thresholds far beyond
    // that say nothing more; the bounds keep every sum the engine forms finite and in range.
    static constexpr double MaxPoints = 1000; // any points: from -MaxPoints to MaxPoints
    static constexpr double MaxThreshold = 1000; // warm, mql, hot: from 0
    static constexpr double MaxHalfLifeDays = 36500; // decay.half_life_days: above 0

    std::vector<ActivityRule> activities;
    double halfLifeDays = 30; // behaviour points halve every halfLifeDays
    std::vector<TitlePattern> titlePatterns;
    std::array<double, 6> levelPoints {}; // indexed by TitleLevel
    std::vector<ValuePoints> industries;
    // Bands by name ("50-249", "1000+"); a lead's size matches a band by its name or, given as
    // a number or a range ("50", "51-200", "1.000+", "10k"), by the band it falls in.
    std::vector<ValuePoints> companySizes;
    std::vector<ValuePoints> countries;
    std::vector<AttributeRule> attributes; // fit.attributes in JSON; optional there
    // Bands: cold below warm, warm from warm to below hot, hot from hot on. A lead in stage
    // Lead reaching mql is promoted to MQL.
    double warm = 25;
    double mql = 50;
    double hot = 75;

    bool operator==(const ScoringModel &) const = default;

    const ActivityRule *activity(const QString &key) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented, as stored and shown
    // Validates; the error's message starts with the field path, which is also its field.
    static Result<ScoringModel> fromJson(const QJsonObject &json);
    static Result<ScoringModel> fromJsonBytes(const QByteArray &bytes);
    // The model shipped with Bantam (resources/scoring/default_model.json).
    static ScoringModel defaults();
};

} // namespace bantam
