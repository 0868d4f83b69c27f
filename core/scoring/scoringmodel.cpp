#include "scoring/scoringmodel.h"

#include "jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace bantam {

namespace {

const char *const kLevelKeys[]
    = {"c_level", "vp", "director", "manager", "individual", "student_other"};
const char *const kFieldKeys[]
    = {"attribute", "source", "campaign", "job_title", "industry", "company_size", "country"};

// Reads one model field after another, stopping at the first problem with its path.
using Reader = JsonReader;

// A number of the model within min..max ("fit.attributes[2].points: must be between -1000 and
// 1000"); a value already refused keeps its first message.
double checked(Reader &r, double v, const QString &path, double min, double max)
{
    if (!r.failed() && (v < min || v > max))
        r.fail(path,
            ScoringModel::tr("must be between %1 and %2")
                .arg(QString::number(min), QString::number(max)));
    return v;
}

// Points anywhere in the model: a JSON number in -MaxPoints..MaxPoints.
double points(Reader &r, const QJsonObject &o, const QString &name, const QString &path)
{
    return checked(
        r, r.number(o, name, path), path, -ScoringModel::MaxPoints, ScoringModel::MaxPoints);
}

// An object of value → points ("fit.industry": {"Software": 10}), sorted by value: the order
// of a stored model's keys is its JSON object's, and a model read back is the same model.
std::vector<ValuePoints> valuePoints(
    Reader &r, const QJsonObject &parent, const QString &name, const QString &path)
{
    std::vector<ValuePoints> out;
    QSet<QString> seen;
    const QJsonObject o = r.object(parent, name, path);
    for (auto it = o.begin(); it != o.end() && !r.failed(); ++it) {
        const QString p = path + QLatin1Char('.') + it.key();
        const QString value = it.key().trimmed();
        if (value.isEmpty())
            r.fail(p, ScoringModel::tr("the name must not be empty"));
        else if (seen.contains(value)) // "Software" and "Software " (found by fuzzing)
            r.fail(p, ScoringModel::tr("'%1' is listed twice").arg(value));
        seen.insert(value);
        out.push_back({value, points(r, o, it.key(), p)});
    }
    std::sort(out.begin(), out.end(),
        [](const ValuePoints &a, const ValuePoints &b) { return a.value < b.value; });
    return out;
}

QJsonObject valuePointsJson(const std::vector<ValuePoints> &values)
{
    QJsonObject o;
    for (const ValuePoints &v : values)
        o.insert(v.value, v.points);
    return o;
}

} // namespace

QString titleLevelKey(TitleLevel level)
{
    return QString::fromLatin1(kLevelKeys[int(level)]);
}

std::optional<TitleLevel> titleLevelFromKey(const QString &key)
{
    for (TitleLevel l : allTitleLevels) {
        if (key == titleLevelKey(l))
            return l;
    }
    return std::nullopt;
}

QString titleLevelName(TitleLevel level)
{
    switch (level) {
    case TitleLevel::CLevel:
        return QCoreApplication::translate("Scoring", "C-level");
    case TitleLevel::Vp:
        return QCoreApplication::translate("Scoring", "VP");
    case TitleLevel::Director:
        return QCoreApplication::translate("Scoring", "Director");
    case TitleLevel::Manager:
        return QCoreApplication::translate("Scoring", "Manager");
    case TitleLevel::Individual:
        return QCoreApplication::translate("Scoring", "Individual contributor");
    case TitleLevel::StudentOther:
        return QCoreApplication::translate("Scoring", "Student / other");
    }
    return {};
}

QString ruleFieldKey(RuleField field)
{
    return QString::fromLatin1(kFieldKeys[int(field)]);
}

std::optional<RuleField> ruleFieldFromKey(const QString &key)
{
    for (RuleField f : allRuleFields) {
        if (key == ruleFieldKey(f))
            return f;
    }
    return std::nullopt;
}

QString ruleFieldName(RuleField field)
{
    switch (field) {
    case RuleField::Attribute:
        return QCoreApplication::translate("Scoring", "Custom attribute");
    case RuleField::Source:
        return QCoreApplication::translate("Scoring", "Source");
    case RuleField::Campaign:
        return QCoreApplication::translate("Scoring", "Campaign");
    case RuleField::JobTitle:
        return QCoreApplication::translate("Scoring", "Job title");
    case RuleField::Industry:
        return QCoreApplication::translate("Scoring", "Industry");
    case RuleField::CompanySize:
        return QCoreApplication::translate("Scoring", "Company size");
    case RuleField::Country:
        return QCoreApplication::translate("Scoring", "Country");
    }
    return {};
}

QString AttributeRule::subject() const
{
    if (field != RuleField::Attribute)
        return ruleFieldName(field);
    return QCoreApplication::translate("Scoring", "Attribute %1").arg(name);
}

QString ActivityRule::label() const
{
    const bool german = QLocale().language() == QLocale::German;
    const QString l = german ? labelDe : labelEn;
    return l.isEmpty() ? (labelEn.isEmpty() ? key : labelEn) : l;
}

const ActivityRule *ScoringModel::activity(const QString &key) const
{
    for (const ActivityRule &a : activities) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

QJsonObject ScoringModel::toJson() const
{
    QJsonArray acts;
    for (const ActivityRule &a : activities) {
        QJsonObject o {{QStringLiteral("key"), a.key}, {QStringLiteral("label_en"), a.labelEn},
            {QStringLiteral("label_de"), a.labelDe}, {QStringLiteral("points"), a.points}};
        if (a.capCount > 0)
            o.insert(QStringLiteral("cap"),
                QJsonObject {{QStringLiteral("count"), a.capCount},
                    {QStringLiteral("period_days"), a.capDays}});
        if (a.fastTrack)
            o.insert(QStringLiteral("fast_track"), true);
        acts.append(o);
    }
    QJsonArray patterns;
    for (const TitlePattern &p : titlePatterns)
        patterns.append(QJsonObject {
            {QStringLiteral("match"), p.match}, {QStringLiteral("level"), titleLevelKey(p.level)}});
    QJsonArray attributeRules;
    for (const AttributeRule &a : attributes) {
        QJsonObject o {{QStringLiteral("value"), a.value}, {QStringLiteral("points"), a.points}};
        if (a.field == RuleField::Attribute)
            o.insert(QStringLiteral("name"), a.name);
        else
            o.insert(QStringLiteral("field"), ruleFieldKey(a.field));
        if (a.min)
            o.insert(QStringLiteral("min"), *a.min);
        if (a.max)
            o.insert(QStringLiteral("max"), *a.max);
        attributeRules.append(o);
    }
    QJsonObject levels;
    for (TitleLevel l : allTitleLevels)
        levels.insert(titleLevelKey(l), levelPoints[size_t(l)]);
    return QJsonObject {
        {QStringLiteral("activities"), acts},
        {QStringLiteral("decay"), QJsonObject {{QStringLiteral("half_life_days"), halfLifeDays}}},
        {QStringLiteral("fit"),
            QJsonObject {{QStringLiteral("job_title"),
                             QJsonObject {{QStringLiteral("levels"), levels},
                                 {QStringLiteral("patterns"), patterns}}},
                {QStringLiteral("industry"), valuePointsJson(industries)},
                {QStringLiteral("company_size"), valuePointsJson(companySizes)},
                {QStringLiteral("country"), valuePointsJson(countries)},
                {QStringLiteral("attributes"), attributeRules}}},
        {QStringLiteral("thresholds"),
            QJsonObject {{QStringLiteral("warm"), warm}, {QStringLiteral("mql"), mql},
                {QStringLiteral("hot"), hot}}},
    };
}

QByteArray ScoringModel::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ScoringModel> ScoringModel::fromJsonBytes(const QByteArray &bytes)
{
    JsonReader r;
    const auto json = r.parseObject(bytes, QStringLiteral("json"));
    if (!json)
        return *r.error;
    return fromJson(*json);
}

namespace {

// The activities with their points, caps and fast-track flags; each key once.
void readActivities(Reader &r, const QJsonObject &json, ScoringModel &m)
{
    const QJsonArray acts
        = r.array(json, QStringLiteral("activities"), QStringLiteral("activities"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < acts.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("activities[%1]").arg(i);
        if (!acts[i].isObject()) {
            r.fail(path, ScoringModel::tr("must be an object"));
            break;
        }
        const QJsonObject o = acts[i].toObject();
        r.onlyKeys(o, path, {"key", "label_en", "label_de", "points", "cap", "fast_track"});
        ActivityRule a;
        a.key = r.text(o, QStringLiteral("key"), path + QStringLiteral(".key"), true);
        if (!r.failed() && keys.contains(a.key))
            r.fail(
                path + QStringLiteral(".key"), ScoringModel::tr("'%1' is listed twice").arg(a.key));
        keys.insert(a.key);
        a.labelEn
            = r.text(o, QStringLiteral("label_en"), path + QStringLiteral(".label_en"), false);
        a.labelDe
            = r.text(o, QStringLiteral("label_de"), path + QStringLiteral(".label_de"), false);
        a.points = points(r, o, QStringLiteral("points"), path + QStringLiteral(".points"));
        if (o.contains(QStringLiteral("cap")) && !o.value(QStringLiteral("cap")).isNull()) {
            const QJsonObject cap
                = r.object(o, QStringLiteral("cap"), path + QStringLiteral(".cap"));
            r.onlyKeys(cap, path + QStringLiteral(".cap"), {"count", "period_days"});
            const double count
                = r.number(cap, QStringLiteral("count"), path + QStringLiteral(".cap.count"));
            const double days = r.number(
                cap, QStringLiteral("period_days"), path + QStringLiteral(".cap.period_days"));
            if (!r.failed() && (count < 1 || count != std::floor(count) || count > 1e6))
                r.fail(path + QStringLiteral(".cap.count"),
                    ScoringModel::tr("must be a whole number ≥ 1"));
            if (!r.failed() && (days < 1 || days != std::floor(days) || days > 3650))
                r.fail(path + QStringLiteral(".cap.period_days"),
                    ScoringModel::tr("must be a whole number of days from 1 to 3650"));
            if (!r.failed()) { // in range now: a refused 1e300 days is no int
                a.capCount = int(count);
                a.capDays = int(days);
            }
        }
        const QJsonValue fast = o.value(QStringLiteral("fast_track"));
        if (!fast.isUndefined() && !fast.isBool())
            r.fail(path + QStringLiteral(".fast_track"), ScoringModel::tr("must be true or false"));
        a.fastTrack = fast.toBool(false);
        m.activities.push_back(a);
    }
}

// The job title fit: points per level and the patterns that give a title its level.
void readTitleFit(Reader &r, const QJsonObject &fit, ScoringModel &m)
{
    const QJsonObject title
        = r.object(fit, QStringLiteral("job_title"), QStringLiteral("fit.job_title"));
    r.onlyKeys(title, QStringLiteral("fit.job_title"), {"levels", "patterns"});
    const QJsonObject levels
        = r.object(title, QStringLiteral("levels"), QStringLiteral("fit.job_title.levels"));
    r.onlyKeys(levels, QStringLiteral("fit.job_title.levels"),
        {"c_level", "vp", "director", "manager", "individual", "student_other"});
    for (TitleLevel l : allTitleLevels)
        m.levelPoints[size_t(l)] = points(r, levels, titleLevelKey(l),
            QStringLiteral("fit.job_title.levels.") + titleLevelKey(l));
    const QJsonArray patterns
        = r.array(title, QStringLiteral("patterns"), QStringLiteral("fit.job_title.patterns"));
    for (qsizetype i = 0; i < patterns.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("fit.job_title.patterns[%1]").arg(i);
        const QJsonObject o = patterns[i].toObject();
        if (!patterns[i].isObject())
            r.fail(path, ScoringModel::tr("must be an object"));
        r.onlyKeys(o, path, {"match", "level"});
        TitlePattern p;
        p.match = r.text(o, QStringLiteral("match"), path + QStringLiteral(".match"), true);
        const QString level
            = r.text(o, QStringLiteral("level"), path + QStringLiteral(".level"), true);
        if (!r.failed()) {
            const auto l = titleLevelFromKey(level);
            if (!l)
                r.fail(path + QStringLiteral(".level"),
                    ScoringModel::tr(
                        "'%1' is not a level (c_level, vp, director, manager, individual, "
                        "student_other)")
                        .arg(level));
            p.level = l.value_or(TitleLevel::Individual);
        }
        m.titlePatterns.push_back(p);
    }
}

// A numeric rule's bound, if given: a JSON number.
std::optional<double> bound(Reader &r, const QJsonObject &o, const char *key, const QString &path)
{
    const QString name = QLatin1String(key);
    if (!o.contains(name) || o.value(name).isNull())
        return std::nullopt;
    return r.number(o, name, JsonReader::at(path, name));
}

// What a rule looks at: "name" (or "attribute") for a custom attribute, or "field".
void readRuleSubject(Reader &r, const QJsonObject &o, const QString &path, AttributeRule &a)
{
    const bool byName = o.contains(QStringLiteral("name"));
    const bool byAttribute = o.contains(QStringLiteral("attribute"));
    const bool byField = o.contains(QStringLiteral("field"));
    if (int(byName) + int(byAttribute) + int(byField) > 1) {
        r.fail(path,
            ScoringModel::tr("give one of name, attribute (a custom attribute) or field (a "
                             "profile field), not several"));
        return;
    }
    if (!byField) {
        const QString key = byAttribute ? QStringLiteral("attribute") : QStringLiteral("name");
        a.name = r.text(o, key, JsonReader::at(path, key), true);
        return;
    }
    const QString field = r.text(o, QStringLiteral("field"), path + QStringLiteral(".field"), true);
    const auto f = ruleFieldFromKey(field);
    if (!r.failed() && (!f || *f == RuleField::Attribute)) {
        QStringList keys;
        for (RuleField known : allRuleFields) {
            if (known != RuleField::Attribute)
                keys << ruleFieldKey(known);
        }
        r.fail(path + QStringLiteral(".field"),
            ScoringModel::tr("'%1' is not a profile field (%2)")
                .arg(field, keys.join(QStringLiteral(", "))));
    }
    a.field = f.value_or(RuleField::Source);
}

// The attribute and field rules; each subject, value and range once.
void readAttributeRules(Reader &r, const QJsonObject &fit, ScoringModel &m)
{
    // Optional: models saved before attribute rules existed have none.
    if (r.failed() || !fit.contains(QStringLiteral("attributes")))
        return;
    const QJsonArray attrs
        = r.array(fit, QStringLiteral("attributes"), QStringLiteral("fit.attributes"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < attrs.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("fit.attributes[%1]").arg(i);
        if (!attrs[i].isObject()) {
            r.fail(path, ScoringModel::tr("must be an object"));
            break;
        }
        const QJsonObject o = attrs[i].toObject();
        r.onlyKeys(o, path, {"name", "attribute", "field", "value", "min", "max", "points"});
        AttributeRule a;
        readRuleSubject(r, o, path, a);
        a.value = r.text(o, QStringLiteral("value"), path + QStringLiteral(".value"), false);
        a.min = bound(r, o, "min", path);
        a.max = bound(r, o, "max", path);
        a.points = points(r, o, QStringLiteral("points"), path + QStringLiteral(".points"));
        if (!r.failed() && a.numeric() && !a.value.isEmpty())
            r.fail(path + QStringLiteral(".value"),
                ScoringModel::tr("a rule has either a value or min/max, not both"));
        if (!r.failed() && a.min && a.max && *a.max <= *a.min)
            r.fail(path + QStringLiteral(".max"),
                ScoringModel::tr("must be greater than min (%1)").arg(*a.min));
        const QString key = QString::number(int(a.field)) + QChar(0) + a.name.toCaseFolded()
            + QChar(0) + a.value.toCaseFolded() + QChar(0)
            + (a.min ? QString::number(*a.min) : QString()) + QChar(0)
            + (a.max ? QString::number(*a.max) : QString());
        if (!r.failed() && seen.contains(key)) {
            const QString subject = a.field == RuleField::Attribute
                ? ScoringModel::tr("attribute '%1'").arg(a.name)
                : ScoringModel::tr("field %1").arg(ruleFieldKey(a.field));
            r.fail(path + QStringLiteral(".value"),
                a.numeric() ? ScoringModel::tr("%1 with this range is listed twice").arg(subject)
                    : a.value.isEmpty()
                    ? ScoringModel::tr("%1 (any value) is listed twice").arg(subject)
                    : ScoringModel::tr("%1 = '%2' is listed twice").arg(subject, a.value));
        }
        seen.insert(key);
        m.attributes.push_back(a);
    }
}

// The warm, MQL and hot thresholds: none below 0, hot not below warm.
void readThresholds(Reader &r, const QJsonObject &json, ScoringModel &m)
{
    const QJsonObject t
        = r.object(json, QStringLiteral("thresholds"), QStringLiteral("thresholds"));
    r.onlyKeys(t, QStringLiteral("thresholds"), {"warm", "mql", "hot"});
    m.warm = r.number(t, QStringLiteral("warm"), QStringLiteral("thresholds.warm"));
    m.mql = r.number(t, QStringLiteral("mql"), QStringLiteral("thresholds.mql"));
    m.hot = r.number(t, QStringLiteral("hot"), QStringLiteral("thresholds.hot"));
    for (const auto &[name, v] :
        {std::pair {"warm", m.warm}, std::pair {"mql", m.mql}, std::pair {"hot", m.hot}})
        checked(r, v, QStringLiteral("thresholds.") + QLatin1String(name), 0,
            ScoringModel::MaxThreshold);
    if (!r.failed() && m.hot < m.warm)
        r.fail(QStringLiteral("thresholds.hot"),
            ScoringModel::tr("must be ≥ thresholds.warm (%1)").arg(m.warm));
}

} // namespace

Result<ScoringModel> ScoringModel::fromJson(const QJsonObject &json)
{
    Reader r;
    ScoringModel m;
    r.onlyKeys(json, QString(), {"activities", "decay", "fit", "thresholds"});
    readActivities(r, json, m);
    const QJsonObject decay = r.object(json, QStringLiteral("decay"), QStringLiteral("decay"));
    r.onlyKeys(decay, QStringLiteral("decay"), {"half_life_days"});
    m.halfLifeDays
        = r.number(decay, QStringLiteral("half_life_days"), QStringLiteral("decay.half_life_days"));
    if (!r.failed() && m.halfLifeDays <= 0)
        r.fail(QStringLiteral("decay.half_life_days"), tr("must be > 0"));
    checked(r, m.halfLifeDays, QStringLiteral("decay.half_life_days"), 0, MaxHalfLifeDays);

    const QJsonObject fit = r.object(json, QStringLiteral("fit"), QStringLiteral("fit"));
    r.onlyKeys(fit, QStringLiteral("fit"),
        {"job_title", "industry", "company_size", "country", "attributes"});
    readTitleFit(r, fit, m);
    m.industries = valuePoints(r, fit, QStringLiteral("industry"), QStringLiteral("fit.industry"));
    m.companySizes
        = valuePoints(r, fit, QStringLiteral("company_size"), QStringLiteral("fit.company_size"));
    m.countries = valuePoints(r, fit, QStringLiteral("country"), QStringLiteral("fit.country"));
    readAttributeRules(r, fit, m);
    readThresholds(r, json, m);
    if (r.error)
        return *r.error;
    return m;
}

ScoringModel ScoringModel::defaults()
{
    QFile f(QStringLiteral(":/scoring/default_model.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("The default scoring model is not embedded in bantam_core");
    auto m = fromJsonBytes(f.readAll());
    if (!m)
        qFatal("The default scoring model is invalid: %s", qPrintable(m.error().message));
    return m.value();
}

} // namespace bantam
