#include "scoring/scoringmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace bantam {

namespace {

const char *const kLevelKeys[]
    = {"c_level", "vp", "director", "manager", "individual", "student_other"};

// Reads one model field after another, stopping at the first problem with its path.
class Reader
{
public:
    std::optional<Error> error;

    bool failed() const { return error.has_value(); }

    void fail(const QString &path, const QString &what)
    {
        if (!error)
            error = Error::invalid(QStringLiteral("%1: %2").arg(path, what), path);
    }

    QJsonObject object(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (v.isUndefined()) {
            fail(path, ScoringModel::tr("missing"));
            return {};
        }
        if (!v.isObject())
            fail(path, ScoringModel::tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &name, const QString &path)
    {
        const QJsonValue v = parent.value(name);
        if (v.isUndefined()) {
            fail(path, ScoringModel::tr("missing"));
            return {};
        }
        if (!v.isArray())
            fail(path, ScoringModel::tr("must be a list"));
        return v.toArray();
    }

    double number(const QJsonObject &parent, const QString &name, const QString &path,
        std::optional<double> fallback = std::nullopt)
    {
        const QJsonValue v = parent.value(name);
        if (v.isUndefined()) {
            if (fallback)
                return *fallback;
            fail(path, ScoringModel::tr("missing"));
            return 0;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(path, ScoringModel::tr("not a number"));
            return 0;
        }
        return v.toDouble();
    }

    QString text(const QJsonObject &parent, const QString &name, const QString &path, bool required)
    {
        const QJsonValue v = parent.value(name);
        if (v.isUndefined()) {
            if (required)
                fail(path, ScoringModel::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path, ScoringModel::tr("must be text"));
            return {};
        }
        QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(path, ScoringModel::tr("must not be empty"));
        return s;
    }

    std::vector<ValuePoints> valuePoints(
        const QJsonObject &parent, const QString &name, const QString &path)
    {
        std::vector<ValuePoints> out;
        const QJsonObject o = object(parent, name, path);
        for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
            const QString p = path + QLatin1Char('.') + it.key();
            if (it.key().trimmed().isEmpty())
                fail(p, ScoringModel::tr("the name must not be empty"));
            if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
                fail(p, ScoringModel::tr("not a number"));
            out.push_back({it.key().trimmed(), it.value().toDouble()});
        }
        return out;
    }
};

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
    for (const AttributeRule &a : attributes)
        attributeRules.append(QJsonObject {{QStringLiteral("name"), a.name},
            {QStringLiteral("value"), a.value}, {QStringLiteral("points"), a.points}});
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
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(tr("not valid JSON at character %1: %2")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString()),
            QStringLiteral("json"));
    if (!doc.isObject())
        return Error::invalid(
            tr("the scoring model must be a JSON object"), QStringLiteral("json"));
    return fromJson(doc.object());
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
        a.points = r.number(o, QStringLiteral("points"), path + QStringLiteral(".points"));
        if (o.contains(QStringLiteral("cap")) && !o.value(QStringLiteral("cap")).isNull()) {
            const QJsonObject cap
                = r.object(o, QStringLiteral("cap"), path + QStringLiteral(".cap"));
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
            a.capCount = int(count);
            a.capDays = int(days);
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
    const QJsonObject levels
        = r.object(title, QStringLiteral("levels"), QStringLiteral("fit.job_title.levels"));
    for (TitleLevel l : allTitleLevels)
        m.levelPoints[size_t(l)] = r.number(
            levels, titleLevelKey(l), QStringLiteral("fit.job_title.levels.") + titleLevelKey(l));
    const QJsonArray patterns
        = r.array(title, QStringLiteral("patterns"), QStringLiteral("fit.job_title.patterns"));
    for (qsizetype i = 0; i < patterns.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("fit.job_title.patterns[%1]").arg(i);
        const QJsonObject o = patterns[i].toObject();
        if (!patterns[i].isObject())
            r.fail(path, ScoringModel::tr("must be an object"));
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

// The custom attribute rules; each name and value once.
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
        AttributeRule a;
        a.name = r.text(o, QStringLiteral("name"), path + QStringLiteral(".name"), true);
        a.value = r.text(o, QStringLiteral("value"), path + QStringLiteral(".value"), false);
        a.points = r.number(o, QStringLiteral("points"), path + QStringLiteral(".points"));
        const QString key = a.name.toCaseFolded() + QChar(0) + a.value.toCaseFolded();
        if (!r.failed() && seen.contains(key))
            r.fail(path + QStringLiteral(".value"),
                a.value.isEmpty()
                    ? ScoringModel::tr("attribute '%1' (any value) is listed twice").arg(a.name)
                    : ScoringModel::tr("attribute '%1' = '%2' is listed twice")
                          .arg(a.name, a.value));
        seen.insert(key);
        m.attributes.push_back(a);
    }
}

// The warm, MQL and hot thresholds: none below 0, hot not below warm.
void readThresholds(Reader &r, const QJsonObject &json, ScoringModel &m)
{
    const QJsonObject t
        = r.object(json, QStringLiteral("thresholds"), QStringLiteral("thresholds"));
    m.warm = r.number(t, QStringLiteral("warm"), QStringLiteral("thresholds.warm"));
    m.mql = r.number(t, QStringLiteral("mql"), QStringLiteral("thresholds.mql"));
    m.hot = r.number(t, QStringLiteral("hot"), QStringLiteral("thresholds.hot"));
    for (const auto &[name, v] :
        {std::pair {"warm", m.warm}, std::pair {"mql", m.mql}, std::pair {"hot", m.hot}}) {
        if (!r.failed() && v < 0)
            r.fail(QStringLiteral("thresholds.") + QLatin1String(name),
                ScoringModel::tr("must be ≥ 0"));
    }
    if (!r.failed() && m.hot < m.warm)
        r.fail(QStringLiteral("thresholds.hot"),
            ScoringModel::tr("must be ≥ thresholds.warm (%1)").arg(m.warm));
}

} // namespace

Result<ScoringModel> ScoringModel::fromJson(const QJsonObject &json)
{
    Reader r;
    ScoringModel m;
    readActivities(r, json, m);
    const QJsonObject decay = r.object(json, QStringLiteral("decay"), QStringLiteral("decay"));
    m.halfLifeDays
        = r.number(decay, QStringLiteral("half_life_days"), QStringLiteral("decay.half_life_days"));
    if (!r.failed() && m.halfLifeDays <= 0)
        r.fail(QStringLiteral("decay.half_life_days"), tr("must be > 0"));

    const QJsonObject fit = r.object(json, QStringLiteral("fit"), QStringLiteral("fit"));
    readTitleFit(r, fit, m);
    m.industries = r.valuePoints(fit, QStringLiteral("industry"), QStringLiteral("fit.industry"));
    m.companySizes
        = r.valuePoints(fit, QStringLiteral("company_size"), QStringLiteral("fit.company_size"));
    m.countries = r.valuePoints(fit, QStringLiteral("country"), QStringLiteral("fit.country"));
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
