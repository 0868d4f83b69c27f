#include "scoring/predictivemodel.h"

#include "jsonreader.h"
#include "scoring/numbertext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>

namespace bantam {

namespace {

const char *const kFieldKeys[]
    = {"job_title", "industry", "company_size", "country", "source", "campaign"};

QString kindKey(PredictFeature::Kind kind)
{
    switch (kind) {
    case PredictFeature::Kind::FieldValue:
        return QStringLiteral("field");
    case PredictFeature::Kind::AttributeValue:
        return QStringLiteral("attribute");
    case PredictFeature::Kind::AttributeNumber:
        return QStringLiteral("number");
    case PredictFeature::Kind::ActivityCount:
        break;
    }
    return QStringLiteral("activities");
}

std::optional<PredictFeature::Kind> kindFromKey(const QString &key)
{
    for (auto k : {PredictFeature::Kind::FieldValue, PredictFeature::Kind::AttributeValue,
             PredictFeature::Kind::AttributeNumber, PredictFeature::Kind::ActivityCount})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

double clip(double x)
{
    return std::clamp(x, -PredictiveModel::Clip, PredictiveModel::Clip);
}

} // namespace

QString predictFieldValue(const PredictInput &in, const QString &key)
{
    if (key == QLatin1String("job_title"))
        return in.jobTitle;
    if (key == QLatin1String("industry"))
        return in.industry;
    if (key == QLatin1String("company_size"))
        return in.companySize;
    if (key == QLatin1String("country"))
        return in.country;
    if (key == QLatin1String("source"))
        return in.source;
    return in.campaign;
}

QString predictFold(const QString &value)
{
    return value.trimmed().toCaseFolded();
}

QString predictTargetKey(PredictTarget target)
{
    return target == PredictTarget::Won ? QStringLiteral("won") : QStringLiteral("sql");
}

std::optional<PredictTarget> predictTargetFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("sql"))
        return PredictTarget::Sql;
    if (k == QLatin1String("won"))
        return PredictTarget::Won;
    return std::nullopt;
}

QString predictTargetName(PredictTarget target)
{
    return target == PredictTarget::Won ? PredictiveModel::tr("is won")
                                        : PredictiveModel::tr("reaches SQL");
}

QStringList predictFieldKeys()
{
    QStringList keys;
    for (const char *k : kFieldKeys)
        keys << QLatin1String(k);
    return keys;
}

QString predictFieldName(const QString &key)
{
    if (key == QLatin1String("job_title"))
        return PredictiveModel::tr("Job title");
    if (key == QLatin1String("industry"))
        return PredictiveModel::tr("Industry");
    if (key == QLatin1String("company_size"))
        return PredictiveModel::tr("Company size");
    if (key == QLatin1String("country"))
        return PredictiveModel::tr("Country");
    if (key == QLatin1String("source"))
        return PredictiveModel::tr("Source");
    if (key == QLatin1String("campaign"))
        return PredictiveModel::tr("Campaign");
    return key;
}

QString PredictiveModel::featureLabel(const PredictFeature &f) const
{
    switch (f.kind) {
    case PredictFeature::Kind::FieldValue:
        return tr("%1 = %2").arg(predictFieldName(f.name), f.value);
    case PredictFeature::Kind::AttributeValue:
        return tr("%1 = %2").arg(f.name, f.value);
    case PredictFeature::Kind::AttributeNumber:
        return tr("%1 (number)").arg(f.name);
    case PredictFeature::Kind::ActivityCount:
        break;
    }
    return tr("Activities: %1").arg(f.name);
}

QJsonObject PredictiveModel::toJson() const
{
    QJsonArray fs;
    for (const PredictFeature &f : features) {
        QJsonObject o {{QStringLiteral("kind"), kindKey(f.kind)}, {QStringLiteral("name"), f.name},
            {QStringLiteral("weight"), f.weight}};
        if (f.kind == PredictFeature::Kind::FieldValue
            || f.kind == PredictFeature::Kind::AttributeValue)
            o.insert(QStringLiteral("value"), f.value);
        else {
            o.insert(QStringLiteral("mean"), f.mean);
            o.insert(QStringLiteral("scale"), f.scale);
        }
        fs.append(o);
    }
    return QJsonObject {{QStringLiteral("target"), predictTargetKey(target)},
        {QStringLiteral("half_life_days"), halfLifeDays}, {QStringLiteral("bias"), bias},
        {QStringLiteral("excluded"), QJsonArray::fromStringList(excluded)},
        {QStringLiteral("features"), fs}};
}

QByteArray PredictiveModel::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

namespace {

void checkWeight(JsonReader &r, double w, const QString &path)
{
    if (!r.failed() && std::abs(w) > PredictiveModel::MaxWeight)
        r.fail(path,
            PredictiveModel::tr("must be between %1 and %2")
                .arg(QString::number(-PredictiveModel::MaxWeight, 'f', 0),
                    QString::number(PredictiveModel::MaxWeight, 'f', 0)));
}

} // namespace

Result<PredictiveModel> PredictiveModel::fromJson(const QJsonObject &json)
{
    JsonReader r;
    PredictiveModel m;
    r.onlyKeys(json, {}, {"target", "half_life_days", "bias", "excluded", "features"});
    const QString target = r.text(json, QStringLiteral("target"), QStringLiteral("target"), true);
    if (auto t = predictTargetFromKey(target))
        m.target = *t;
    else if (!r.failed())
        r.fail(QStringLiteral("target"), tr("must be \"sql\" or \"won\""));
    m.halfLifeDays
        = r.number(json, QStringLiteral("half_life_days"), QStringLiteral("half_life_days"), 30.0);
    m.bias = r.number(json, QStringLiteral("bias"), QStringLiteral("bias"));
    checkWeight(r, m.bias, QStringLiteral("bias"));
    m.excluded = r.texts(json, QStringLiteral("excluded"), QStringLiteral("excluded"),
        tr("expected a list of names"));
    const QJsonArray fs = r.array(json, QStringLiteral("features"), QStringLiteral("features"));
    for (qsizetype i = 0; i < fs.size() && !r.failed(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("features"), i);
        const QJsonObject o = r.objectAt(fs, i, path);
        r.onlyKeys(o, path, {"kind", "name", "weight", "value", "mean", "scale"});
        PredictFeature f;
        const QString kind
            = r.text(o, QStringLiteral("kind"), JsonReader::at(path, QStringLiteral("kind")), true);
        const auto k = kindFromKey(kind);
        if (!k) {
            if (!r.failed())
                r.fail(JsonReader::at(path, QStringLiteral("kind")), tr("unknown kind"));
            break;
        }
        f.kind = *k;
        f.name
            = r.text(o, QStringLiteral("name"), JsonReader::at(path, QStringLiteral("name")), true);
        f.value = r.text(
            o, QStringLiteral("value"), JsonReader::at(path, QStringLiteral("value")), false);
        f.weight
            = r.number(o, QStringLiteral("weight"), JsonReader::at(path, QStringLiteral("weight")));
        checkWeight(r, f.weight, JsonReader::at(path, QStringLiteral("weight")));
        f.mean = r.number(
            o, QStringLiteral("mean"), JsonReader::at(path, QStringLiteral("mean")), 0.0);
        f.scale = r.number(
            o, QStringLiteral("scale"), JsonReader::at(path, QStringLiteral("scale")), 1.0);
        if (!(f.scale > 0) && !r.failed())
            r.fail(JsonReader::at(path, QStringLiteral("scale")), tr("must be above 0"));
        m.features.push_back(f);
    }
    if (r.error)
        return *r.error;
    return m;
}

Result<PredictiveModel> PredictiveModel::fromJsonBytes(const QByteArray &bytes)
{
    JsonReader r;
    const auto o = r.parseObject(bytes, QStringLiteral("model_json"));
    if (!o)
        return *r.error;
    return fromJson(*o);
}

Predictor::Predictor(const PredictiveModel &model)
    : m_model(model)
    , m_fieldKeys(predictFieldKeys())
    , m_fieldValues(size_t(m_fieldKeys.size()))
{
    auto attribute = [this](const QString &name) -> Attribute & {
        const QString folded = predictFold(name);
        auto it = m_attributeNames.constFind(folded);
        if (it == m_attributeNames.constEnd()) {
            it = m_attributeNames.insert(folded, m_attributes.size());
            m_attributes.emplace_back();
        }
        m_attributeNames.insert(name, *it);
        return m_attributes[*it];
    };
    for (size_t i = 0; i < m_model.features.size(); ++i) {
        const PredictFeature &f = m_model.features[i];
        switch (f.kind) {
        case PredictFeature::Kind::FieldValue:
            if (const qsizetype field = m_fieldKeys.indexOf(f.name); field >= 0)
                m_fieldValues[size_t(field)].insert(f.value, i);
            break;
        case PredictFeature::Kind::AttributeValue:
            attribute(f.name).values.insert(f.value, i);
            break;
        case PredictFeature::Kind::AttributeNumber:
            attribute(f.name).number = i;
            break;
        case PredictFeature::Kind::ActivityCount:
            m_activities.insert(f.name, {i, size_t(m_activities.size())});
            break;
        }
    }
    for (auto it = m_activities.constBegin(); it != m_activities.constEnd(); ++it)
        m_activityOrder.push_back(*it);
}

int Predictor::attributeSlot(const QString &name) const
{
    auto slot = m_attributeNames.constFind(name);
    if (slot == m_attributeNames.constEnd())
        slot = m_attributeNames.constFind(predictFold(name));
    return slot == m_attributeNames.constEnd() ? None : int(*slot);
}

int Predictor::activitySlot(const QString &type) const
{
    const auto it = m_activities.constFind(type);
    return it == m_activities.constEnd() ? None : int(it->second);
}

std::vector<PredictTerm> Predictor::terms(const PredictInput &in, qint64 now) const
{
    Scan scan(*this, now);
    scan.lead(in);
    return scan.finish();
}

double Predictor::logOdds(const PredictInput &input, qint64 now) const
{
    Scan scan(*this, now);
    scan.lead(input);
    return scan.logOdds();
}

Predictor::Scan::Scan(const Predictor &predictor, qint64 now)
    : m_p(predictor)
    , m_now(now)
    , m_halfLifeSecs(predictor.m_model.halfLifeDays * 86400)
    , m_counts(predictor.m_activityOrder.size(), 0.0)
{ }

void Predictor::Scan::lead(const PredictInput &input)
{
    begin(input);
    for (const auto &[name, value] : input.attributes)
        attribute(name, value);
    for (const auto &[at, type] : input.activities)
        activity(at, type);
}

void Predictor::Scan::begin(const PredictInput &profile)
{
    m_terms.clear();
    std::fill(m_counts.begin(), m_counts.end(), 0.0);
    const auto &features = m_p.m_model.features;
    for (size_t field = 0; field < m_p.m_fieldValues.size(); ++field) {
        const QHash<QString, size_t> &values = m_p.m_fieldValues[field];
        if (values.isEmpty())
            continue;
        const auto it = values.constFind(
            predictFold(predictFieldValue(profile, m_p.m_fieldKeys[qsizetype(field)])));
        if (it != values.constEnd())
            m_terms.push_back({*it, 1, 1, features[*it].weight});
    }
}

int Predictor::valueFeature(int slot, const QString &value) const
{
    const QHash<QString, size_t> &values = m_attributes[size_t(slot)].values;
    const auto it = values.constFind(predictFold(value));
    return it == values.constEnd() ? None : int(*it);
}

void Predictor::Scan::valueIn(int feature)
{
    if (feature != None)
        m_terms.push_back({size_t(feature), 1, 1, m_p.m_model.features[size_t(feature)].weight});
}

void Predictor::Scan::numberIn(size_t feature, std::optional<double> value)
{
    if (!value)
        return;
    const PredictFeature &f = m_p.m_model.features[feature];
    const double x = clip((*value - f.mean) / f.scale);
    if (x != 0)
        m_terms.push_back({feature, *value, x, f.weight * x});
}

void Predictor::Scan::attribute(const QString &name, const QString &value)
{
    const int slot = m_p.attributeSlot(name);
    if (slot == None)
        return;
    const Attribute &a = m_p.m_attributes[size_t(slot)];
    if (!a.values.isEmpty())
        valueIn(m_p.valueFeature(slot, value));
    if (a.number)
        numberIn(*a.number, readNumber(value));
}

int Predictor::Scan::cached(std::unordered_map<std::string, int> &cache, std::string_view bytes,
    const std::function<int(const QString &)> &resolve)
{
    m_key.assign(bytes.data(), bytes.size());
    if (const auto it = cache.find(m_key); it != cache.end())
        return it->second;
    const int resolved = resolve(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
    if (m_cachedCount < MostCached) {
        cache.emplace(m_key, resolved);
        ++m_cachedCount;
    }
    return resolved;
}

void Predictor::Scan::attribute(std::string_view name, std::string_view value)
{
    const int slot
        = cached(m_names, name, [this](const QString &n) { return m_p.attributeSlot(n); });
    if (slot == None)
        return;
    const Attribute &a = m_p.m_attributes[size_t(slot)];
    if (!a.values.isEmpty()) {
        if (m_values.empty())
            m_values.resize(m_p.m_attributes.size());
        valueIn(cached(m_values[size_t(slot)], value,
            [this, slot](const QString &v) { return m_p.valueFeature(slot, v); }));
    }
    if (a.number)
        numberIn(*a.number, readNumber(value));
}

void Predictor::Scan::activityIn(qint64 at, int slot)
{
    if (slot == None || at > m_now)
        return;
    m_counts[size_t(slot)]
        += m_halfLifeSecs > 0 ? std::exp2(-double(m_now - at) / m_halfLifeSecs) : 1.0;
}

void Predictor::Scan::activity(qint64 at, const QString &type)
{
    if (at <= m_now)
        activityIn(at, m_p.activitySlot(type));
}

void Predictor::Scan::activity(qint64 at, std::string_view type)
{
    if (at <= m_now)
        activityIn(
            at, cached(m_types, type, [this](const QString &t) { return m_p.activitySlot(t); }));
}

const std::vector<PredictTerm> &Predictor::Scan::finish()
{
    const auto &features = m_p.m_model.features;
    // A missing number counts as the mean: x = 0, no term.
    for (const auto &[feature, slot] : m_p.m_activityOrder) {
        const PredictFeature &f = features[feature];
        const double count = m_counts[slot];
        const double x = clip((count - f.mean) / f.scale);
        if (x != 0)
            m_terms.push_back({feature, count, x, f.weight * x});
    }
    std::sort(m_terms.begin(), m_terms.end(),
        [](const PredictTerm &a, const PredictTerm &b) { return a.feature < b.feature; });
    // Each feature once (a lead may repeat an attribute name only in corrupt data).
    m_terms.erase(
        std::unique(m_terms.begin(), m_terms.end(),
            [](const PredictTerm &a, const PredictTerm &b) { return a.feature == b.feature; }),
        m_terms.end());
    return m_terms;
}

double Predictor::Scan::logOdds()
{
    double sum = m_p.m_model.bias;
    for (const PredictTerm &t : finish())
        sum += t.contribution;
    return sum;
}

double Predictor::sigmoid(double logOdds)
{
    return 1.0 / (1.0 + std::exp(-logOdds));
}

int Predictor::percent(double logOdds)
{
    const double p = sigmoid(logOdds);
    if (std::isnan(p)) // not from a model fromJson() accepts; no undefined conversion either way
        return 0;
    return int(std::floor(100 * p + 0.5));
}

} // namespace bantam
