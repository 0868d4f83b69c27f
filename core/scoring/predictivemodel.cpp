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
}

std::vector<PredictTerm> Predictor::terms(const PredictInput &in, qint64 now) const
{
    std::vector<PredictTerm> out;
    out.reserve(in.attributes.size() + size_t(m_activities.size()) + m_fieldValues.size());
    const auto &features = m_model.features;
    for (size_t field = 0; field < m_fieldValues.size(); ++field) {
        const QHash<QString, size_t> &values = m_fieldValues[field];
        if (values.isEmpty())
            continue;
        const auto it
            = values.constFind(predictFold(predictFieldValue(in, m_fieldKeys[qsizetype(field)])));
        if (it != values.constEnd())
            out.push_back({*it, 1, 1, features[*it].weight});
    }
    for (const auto &[name, value] : in.attributes) {
        auto slot = m_attributeNames.constFind(name);
        if (slot == m_attributeNames.constEnd())
            slot = m_attributeNames.constFind(predictFold(name));
        if (slot == m_attributeNames.constEnd())
            continue;
        const Attribute &a = m_attributes[*slot];
        if (!a.values.isEmpty()) {
            const auto it = a.values.constFind(predictFold(value));
            if (it != a.values.constEnd())
                out.push_back({*it, 1, 1, features[*it].weight});
        }
        if (!a.number)
            continue;
        const PredictFeature &f = features[*a.number];
        if (const auto v = readNumber(value)) {
            const double x = clip((*v - f.mean) / f.scale);
            if (x != 0)
                out.push_back({*a.number, *v, x, f.weight * x});
        }
    }
    // A missing number counts as the mean: x = 0, no term.
    if (!m_activities.isEmpty()) {
        constexpr size_t OnStack = 32;
        std::array<double, OnStack> small {};
        std::vector<double> large;
        double *counts = small.data();
        if (size_t(m_activities.size()) > OnStack) {
            large.assign(size_t(m_activities.size()), 0.0);
            counts = large.data();
        }
        const double halfLifeSecs = m_model.halfLifeDays * 86400;
        for (const auto &[at, type] : in.activities) {
            if (at > now)
                continue;
            const auto it = m_activities.constFind(type);
            if (it == m_activities.constEnd())
                continue;
            counts[it->second]
                += halfLifeSecs > 0 ? std::exp2(-double(now - at) / halfLifeSecs) : 1.0;
        }
        for (auto it = m_activities.constBegin(); it != m_activities.constEnd(); ++it) {
            const PredictFeature &f = features[it->first];
            const double count = counts[it->second];
            const double x = clip((count - f.mean) / f.scale);
            if (x != 0)
                out.push_back({it->first, count, x, f.weight * x});
        }
    }
    std::sort(out.begin(), out.end(),
        [](const PredictTerm &a, const PredictTerm &b) { return a.feature < b.feature; });
    // Each feature once (a lead may repeat an attribute name only in corrupt data).
    out.erase(
        std::unique(out.begin(), out.end(),
            [](const PredictTerm &a, const PredictTerm &b) { return a.feature == b.feature; }),
        out.end());
    return out;
}

double Predictor::logOdds(const PredictInput &input, qint64 now) const
{
    double sum = m_model.bias;
    for (const PredictTerm &t : terms(input, now))
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
