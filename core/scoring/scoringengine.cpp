#include "scoring/scoringengine.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bantam {

namespace {

QHash<QString, double> lowerTable(const std::vector<ValuePoints> &values)
{
    QHash<QString, double> h;
    for (const ValuePoints &v : values)
        h.insert(v.value.trimmed().toLower(), v.points);
    return h;
}

// A validated model keeps every sum within a few million points (ScoringModel::MaxPoints); a
// model built in code may not. Far beyond 0–100 every sum shows and clamps alike, so the sums
// are bounded before they become ints (a double beyond int is undefined behaviour) and NaN (of
// inf − inf) counts as 0.
constexpr double kMaxRoundedScore = 1e8; // × 10 still an int
constexpr double kMaxTenths = 1e7; // per contribution

double bounded(double v, double limit)
{
    return std::isnan(v) ? 0.0 : std::clamp(v, -limit, limit);
}

int tenthsOf(double points)
{
    return int(std::floor(bounded(points * 10, kMaxTenths) + 0.5));
}

// A sum of many contributions' tenths, as an int (never INT_MIN: formatTenths takes its abs).
int saturatedInt(qint64 v)
{
    return int(
        std::clamp<qint64>(v, -std::numeric_limits<int>::max(), std::numeric_limits<int>::max()));
}

// Caps, going through a lead's activities oldest first: whether the next activity of a type
// still counts. Keeps the counted activities of capped types (few per lead).
class CapTracker
{
public:
    explicit CapTracker(const ScoringModel &model)
        : m_model(model)
    {
        m_counted.clear();
    }

    bool counts(int type, qint64 at)
    {
        const ActivityRule &rule = m_model.activities[size_t(type)];
        if (rule.capCount <= 0)
            return true;
        const qint64 windowStart = at - qint64(rule.capDays) * 86400; // exclusive
        int inWindow = 0;
        for (auto it = m_counted.rbegin(); it != m_counted.rend() && it->second > windowStart;
             ++it) {
            if (it->first == type)
                ++inWindow;
        }
        if (inWindow >= rule.capCount)
            return false;
        m_counted.emplace_back(type, at);
        return true;
    }

private:
    const ScoringModel &m_model;
    // Scratch reused by every lead scored on this thread.
    static thread_local std::vector<std::pair<int, qint64>> m_counted;
};

thread_local std::vector<std::pair<int, qint64>> CapTracker::m_counted;

} // namespace

QString describeContribution(const Contribution &c)
{
    auto quoted = [](const QString &v) {
        return QCoreApplication::translate("Scoring", "\u201C%1\u201D", "a quoted value").arg(v);
    };
    auto withDetail = [&c](const QString &what) {
        return c.detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, c.detail);
    };
    // A field left empty is named, not quoted as "" ("Job title: not given").
    auto field = [&](const char *withValue, const char *empty) {
        return c.label.trimmed().isEmpty()
            ? withDetail(QCoreApplication::translate("Scoring", empty))
            : withDetail(QCoreApplication::translate("Scoring", withValue).arg(quoted(c.label)));
    };
    // The reader's date and time, as everywhere else in the window.
    const QString at = QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat);
    switch (c.kind) {
    case Contribution::Kind::JobTitle:
        return field(QT_TRANSLATE_NOOP("Scoring", "Job title %1"),
            QT_TRANSLATE_NOOP("Scoring", "Job title"));
    case Contribution::Kind::Industry:
        return field(
            QT_TRANSLATE_NOOP("Scoring", "Industry %1"), QT_TRANSLATE_NOOP("Scoring", "Industry"));
    case Contribution::Kind::CompanySize:
        return field(QT_TRANSLATE_NOOP("Scoring", "Company size %1"),
            QT_TRANSLATE_NOOP("Scoring", "Company size"));
    case Contribution::Kind::Country:
        return field(
            QT_TRANSLATE_NOOP("Scoring", "Country %1"), QT_TRANSLATE_NOOP("Scoring", "Country"));
    case Contribution::Kind::Attribute: {
        const QLocale l;
        if (c.minimum && c.maximum)
            return QCoreApplication::translate("Scoring", "%1 = %2 (from %3 to below %4)")
                .arg(c.label, c.detail, l.toString(*c.minimum), l.toString(*c.maximum));
        if (c.minimum)
            return QCoreApplication::translate("Scoring", "%1 = %2 (at least %3)")
                .arg(c.label, c.detail, l.toString(*c.minimum));
        if (c.maximum)
            return QCoreApplication::translate("Scoring", "%1 = %2 (below %3)")
                .arg(c.label, c.detail, l.toString(*c.maximum));
        return c.anyValue
            ? QCoreApplication::translate("Scoring", "%1 = %2 (any value)").arg(c.label, c.detail)
            : QCoreApplication::translate("Scoring", "%1 = %2").arg(c.label, c.detail);
    }
    case Contribution::Kind::Activity:
        return QCoreApplication::translate("Scoring", "%1 on %2, %3 days ago: %4 \u00D7 %5 (decay)")
            .arg(c.label, at, QLocale().toString(c.ageDays, 'f', 1),
                QLocale().toString(c.basePoints, 'g', 6), QLocale().toString(c.decay, 'f', 2));
    case Contribution::Kind::Capped:
        return QCoreApplication::translate("Scoring", "%1 on %2: %3").arg(c.label, at, c.detail);
    }
    return {};
}

QString formatTenths(int tenths, const QLocale &locale)
{
    const QString digits = locale.toString(std::abs(tenths) / 10.0, 'f', 1);
    return (tenths < 0 ? QStringLiteral("-") : QStringLiteral("+")) + digits;
}

int Explanation::fitTenths() const
{
    qint64 sum = 0;
    for (const Contribution &c : contributions) {
        if (c.kind != Contribution::Kind::Activity && c.kind != Contribution::Kind::Capped)
            sum += c.tenths;
    }
    return saturatedInt(sum);
}

int Explanation::behaviourTenths() const
{
    qint64 sum = 0;
    for (const Contribution &c : contributions) {
        if (c.kind == Contribution::Kind::Activity)
            sum += c.tenths;
    }
    return saturatedInt(sum);
}

ScoringEngine::ScoringEngine(ScoringModel model)
    : m_model(std::move(model))
    , m_industries(lowerTable(m_model.industries))
    , m_countries(lowerTable(m_model.countries))
{
    for (size_t i = 0; i < m_model.activities.size(); ++i)
        m_typeIndex.insert(m_model.activities[i].key, int(i));
    for (size_t i = 0; i < m_model.companySizes.size(); ++i) {
        const QString name = m_model.companySizes[i].value.trimmed().toLower();
        if (!m_sizeNames.contains(name))
            m_sizeNames.insert(name, i);
        if (const auto range = readCompanySize(name))
            m_sizeRanges.emplace_back(*range, i);
    }
    for (size_t i = 0; i < m_model.attributes.size(); ++i) {
        const AttributeRule &a = m_model.attributes[i];
        m_attributeRules.push_back({a.name.trimmed().toCaseFolded(),
            a.value.trimmed().toCaseFolded(), i, a.field, a.min, a.max});
        if (a.field == RuleField::Attribute)
            m_attributeNames.insert(m_attributeRules.back().name);
    }
    for (const TitlePattern &p : m_model.titlePatterns) {
        CompiledPattern c;
        c.level = p.level;
        for (const QString &w : p.match.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            PatternWord pw;
            pw.anyBefore = w.startsWith(QLatin1Char('*'));
            pw.anyAfter = w.size() > 1 && w.endsWith(QLatin1Char('*'));
            pw.core = w.mid(pw.anyBefore ? 1 : 0);
            if (pw.anyAfter)
                pw.core.chop(1);
            // Pattern words split like title words ("it-leiter" is two words).
            const QStringList parts = words(pw.core);
            for (qsizetype k = 0; k < parts.size(); ++k) {
                PatternWord part = pw;
                part.core = parts[k];
                part.anyBefore = pw.anyBefore && k == 0;
                part.anyAfter = pw.anyAfter && k == parts.size() - 1;
                c.words.push_back(part);
            }
        }
        if (!c.words.empty())
            m_patterns.push_back(std::move(c));
    }
}

QStringList ScoringEngine::words(const QString &text)
{
    QStringList out;
    QString current;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

std::optional<TitleLevel> ScoringEngine::titleLevel(const QString &jobTitle) const
{
    const QStringList titleWords = words(jobTitle);
    auto wordMatches = [](const PatternWord &p, const QString &w) {
        if (p.anyBefore && p.anyAfter)
            return w.contains(p.core);
        if (p.anyBefore)
            return w.endsWith(p.core);
        if (p.anyAfter)
            return w.startsWith(p.core);
        return w == p.core;
    };
    for (const CompiledPattern &p : m_patterns) {
        const qsizetype n = qsizetype(p.words.size());
        for (qsizetype start = 0; start + n <= titleWords.size(); ++start) {
            bool all = true;
            for (qsizetype k = 0; k < n && all; ++k)
                all = wordMatches(p.words[size_t(k)], titleWords[start + k]);
            if (all)
                return p.level;
        }
    }
    return std::nullopt;
}

double ScoringEngine::valuePoints(
    const QHash<QString, double> &table, const QString &value, bool *found) const
{
    auto it = table.constFind(value.trimmed().toLower());
    *found = it != table.cend();
    return *found ? it.value() : 0.0;
}

const ValuePoints *ScoringEngine::sizeBand(const QString &companySize) const
{
    const QString name = companySize.trimmed().toLower();
    if (name.isEmpty())
        return nullptr;
    if (auto it = m_sizeNames.constFind(name); it != m_sizeNames.cend())
        return &m_model.companySizes[it.value()];
    if (m_sizeRanges.empty())
        return nullptr;
    const auto size = readCompanySize(name);
    if (!size)
        return nullptr;
    const double n = size->representative();
    for (const auto &[range, index] : m_sizeRanges) {
        if (range.holds(n))
            return &m_model.companySizes[index];
    }
    return nullptr;
}

bool ScoringEngine::knowsIndustry(const QString &industry) const
{
    return m_industries.contains(industry.trimmed().toLower());
}

bool ScoringEngine::ruleMatches(const CompiledAttributeRule &rule, const QString &value) const
{
    if (rule.min || rule.max) {
        std::optional<double> n;
        if (rule.field == RuleField::CompanySize) {
            if (const auto size = readCompanySize(value))
                n = size->representative();
        } else {
            n = readNumber(value);
        }
        return n && (!rule.min || *n >= *rule.min) && (!rule.max || *n < *rule.max);
    }
    if (rule.value.isEmpty())
        return !value.trimmed().isEmpty();
    return value.trimmed().toCaseFolded() == rule.value;
}

template <typename Fn>
void ScoringEngine::matchAttributes(const LeadFacts &facts, const Fn &fn) const
{
    QString name;
    for (const CompiledAttributeRule &r : m_attributeRules) {
        const QString *field = nullptr;
        switch (r.field) {
        case RuleField::Attribute:
            break;
        case RuleField::Source:
            field = &facts.source;
            break;
        case RuleField::Campaign:
            field = &facts.campaign;
            break;
        case RuleField::JobTitle:
            field = &facts.jobTitle;
            break;
        case RuleField::Industry:
            field = &facts.industry;
            break;
        case RuleField::CompanySize:
            field = &facts.companySize;
            break;
        case RuleField::Country:
            field = &facts.country;
            break;
        }
        if (field) {
            if (ruleMatches(r, *field))
                fn(m_model.attributes[r.index], field->trimmed());
            continue;
        }
        for (const auto &[leadName, leadValue] : facts.attributes) {
            name = leadName.trimmed().toCaseFolded();
            if (name != r.name || !ruleMatches(r, leadValue))
                continue;
            fn(m_model.attributes[r.index], leadValue.trimmed());
            break; // each rule once per lead
        }
    }
}

double ScoringEngine::fitPoints(
    const LeadFacts &facts, QHash<QString, std::optional<TitleLevel>> *titleCache) const
{
    bool found = false;
    double sum = 0;
    std::optional<TitleLevel> level;
    if (titleCache) {
        auto it = titleCache->constFind(facts.jobTitle);
        if (it == titleCache->cend())
            it = titleCache->insert(facts.jobTitle, titleLevel(facts.jobTitle));
        level = it.value();
    } else {
        level = titleLevel(facts.jobTitle);
    }
    if (level)
        sum += m_model.levelPoints[size_t(*level)];
    sum += valuePoints(m_industries, facts.industry, &found);
    if (const ValuePoints *size = sizeBand(facts.companySize))
        sum += size->points;
    sum += valuePoints(m_countries, facts.country, &found);
    matchAttributes(
        facts, [&sum](const AttributeRule &rule, const QString &) { sum += rule.points; });
    return sum;
}

ScoreBand ScoringEngine::band(int score) const
{
    if (score >= m_model.hot)
        return ScoreBand::Hot;
    if (score >= m_model.warm)
        return ScoreBand::Warm;
    return ScoreBand::Cold;
}

int ScoringEngine::roundScore(double exact)
{
    return int(std::floor(bounded(exact, kMaxRoundedScore) + 0.5));
}

int ScoringEngine::clampScore(int rounded)
{
    return std::clamp(rounded, MinScore, MaxScore);
}

double ScoringEngine::decay(qint64 ageSecs) const
{
    return std::exp2(-double(ageSecs) / (m_model.halfLifeDays * 86400.0));
}

ScoreResult ScoringEngine::score(
    double fit, const ActivityEvent *activities, size_t count, qint64 now) const
{
    const qint64 weekAgo = now - TrendSeconds;
    double total = fit, totalWeekAgo = fit;
    bool fastTrack = false;
    CapTracker caps(m_model);
    for (size_t i = 0; i < count; ++i) {
        const ActivityEvent &a = activities[i];
        if (a.type < 0 || a.at > now)
            continue;
        const ActivityRule &rule = m_model.activities[size_t(a.type)];
        fastTrack = fastTrack || rule.fastTrack;
        if (rule.points == 0 || !caps.counts(a.type, a.at))
            continue;
        total += rule.points * decay(now - a.at);
        if (a.at <= weekAgo)
            totalWeekAgo += rule.points * decay(weekAgo - a.at);
    }
    ScoreResult r;
    r.score = clampScore(roundScore(total));
    r.weekAgo = clampScore(roundScore(totalWeekAgo));
    r.band = band(r.score);
    r.fastTrack = fastTrack;
    return r;
}

ScoreResult ScoringEngine::score(
    const LeadFacts &facts, const std::vector<ActivityEvent> &activities, qint64 now) const
{
    return score(fitPoints(facts), activities.data(), activities.size(), now);
}

// The fit contributions, in the order fitPoints() adds them up.
void ScoringEngine::explainFit(const LeadFacts &facts, const ContributionFn &add) const
{
    {
        Contribution c;
        c.kind = Contribution::Kind::JobTitle;
        c.label = facts.jobTitle;
        const auto level = titleLevel(facts.jobTitle);
        if (level) {
            c.detail = titleLevelName(*level);
            c.points = c.basePoints = m_model.levelPoints[size_t(*level)];
        } else {
            c.detail = facts.jobTitle.trimmed().isEmpty()
                ? QCoreApplication::translate("Scoring", "no job title")
                : QCoreApplication::translate("Scoring", "not in the taxonomy");
        }
        add(std::move(c));
    }
    const std::pair<Contribution::Kind, std::pair<const QHash<QString, double> *, const QString *>>
        fit[] = {
            {Contribution::Kind::Industry, {&m_industries, &facts.industry}},
            {Contribution::Kind::CompanySize, {nullptr, &facts.companySize}},
            {Contribution::Kind::Country, {&m_countries, &facts.country}},
        };
    for (const auto &[kind, source] : fit) {
        Contribution c;
        c.kind = kind;
        c.label = *source.second;
        bool found = false;
        if (source.first) {
            c.points = c.basePoints = valuePoints(*source.first, *source.second, &found);
        } else if (const ValuePoints *band = sizeBand(*source.second)) {
            found = true;
            c.points = c.basePoints = band->points;
            if (band->value.trimmed().toLower() != source.second->trimmed().toLower())
                c.detail = QCoreApplication::translate("Scoring", "band %1").arg(band->value);
        }
        if (!found)
            c.detail = source.second->trimmed().isEmpty()
                ? QCoreApplication::translate("Scoring", "not given")
                : QCoreApplication::translate("Scoring", "not in the model");
        add(std::move(c));
    }
    matchAttributes(facts, [&](const AttributeRule &rule, const QString &value) {
        Contribution c;
        c.kind = Contribution::Kind::Attribute;
        c.label = rule.subject();
        c.detail = value;
        c.anyValue = rule.value.isEmpty() && !rule.numeric();
        c.minimum = rule.min;
        c.maximum = rule.max;
        c.points = c.basePoints = rule.points;
        add(std::move(c));
    });
}

// The contributions of the activities up to now, capped ones with their points withheld.
void ScoringEngine::explainActivities(
    const std::vector<ActivityEvent> &activities, qint64 now, const ContributionFn &add) const
{
    CapTracker caps(m_model);
    for (const ActivityEvent &a : activities) {
        if (a.type < 0 || a.at > now)
            continue;
        const ActivityRule &rule = m_model.activities[size_t(a.type)];
        if (rule.points == 0)
            continue;
        Contribution c;
        c.label = rule.label();
        c.at = QDateTime::fromSecsSinceEpoch(a.at, Qt::UTC);
        c.ageDays = double(now - a.at) / 86400.0;
        c.basePoints = rule.points;
        if (!caps.counts(a.type, a.at)) {
            c.kind = Contribution::Kind::Capped;
            c.decay = 0;
            c.detail = QCoreApplication::translate("Scoring", "not counted: at most %1 per %2 days")
                           .arg(rule.capCount)
                           .arg(rule.capDays);
        } else {
            c.kind = Contribution::Kind::Activity;
            c.decay = decay(now - a.at);
            c.points = rule.points * c.decay;
        }
        add(std::move(c));
    }
}

Explanation ScoringEngine::explain(const LeadFacts &facts,
    const std::vector<ActivityEvent> &activities, const QDateTime &nowTime) const
{
    Explanation e;
    e.at = nowTime;
    const qint64 now = nowTime.toSecsSinceEpoch();
    double total = 0;
    auto add = [&](Contribution c) {
        total += c.points;
        c.tenths = tenthsOf(c.points);
        e.contributions.push_back(std::move(c));
    };
    explainFit(facts, add);
    explainActivities(activities, now, add);
    e.exactTotal = total;
    const int rounded = roundScore(total);
    e.score = clampScore(rounded);
    e.band = band(e.score);
    qint64 shown = 0;
    for (const Contribution &c : e.contributions)
        shown += c.tenths;
    e.roundingTenths = saturatedInt(qint64(rounded) * 10 - shown);
    e.clampTenths = (e.score - rounded) * 10;
    return e;
}

} // namespace bantam
