#include "qualification/framework.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bantam {

QString Verdict::text() const
{
    const QString counts = QCoreApplication::translate("Qualification", "%1 of %2 met (needs %3)")
                               .arg(met)
                               .arg(total)
                               .arg(atLeast);
    if (salesReady)
        return QCoreApplication::translate("Qualification", "%1: sales-ready").arg(counts);
    if (!missingRequired.isEmpty())
        return QCoreApplication::translate("Qualification", "%1: not sales-ready, %2 must be met")
            .arg(counts, missingRequired.join(QLatin1String(", ")));
    return QCoreApplication::translate("Qualification", "%1: not sales-ready").arg(counts);
}

const FrameworkCriterion *Framework::find(const QString &k) const
{
    for (const FrameworkCriterion &c : criteria) {
        if (c.key == k)
            return &c;
    }
    return nullptr;
}

Verdict Framework::verdict(const QMap<QString, CriterionStatus> &statuses) const
{
    Verdict v;
    v.total = int(criteria.size());
    v.atLeast = rule.atLeast;
    for (const FrameworkCriterion &c : criteria) {
        if (statuses.value(c.key, CriterionStatus::Unknown) == CriterionStatus::Met)
            ++v.met;
    }
    for (const QString &r : rule.required) {
        if (statuses.value(r, CriterionStatus::Unknown) != CriterionStatus::Met) {
            const FrameworkCriterion *c = find(r);
            v.missingRequired << (c ? c->name.text() : r);
        }
    }
    v.salesReady = v.met >= rule.atLeast && v.missingRequired.isEmpty();
    return v;
}

QString Framework::ruleText() const
{
    QString text = QCoreApplication::translate("Qualification", "at least %1 of %2 met")
                       .arg(rule.atLeast)
                       .arg(criteria.size());
    if (!rule.required.isEmpty()) {
        QStringList names;
        for (const QString &r : rule.required) {
            const FrameworkCriterion *c = find(r);
            names << (c ? c->name.text() : r);
        }
        text = QCoreApplication::translate("Qualification", "%1, including all of %2")
                   .arg(text, names.join(QLatin1String(", ")));
    }
    return text;
}

const Framework *FrameworkSet::find(const QString &key) const
{
    for (const Framework &f : frameworks) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const Framework &FrameworkSet::active() const
{
    const Framework *f = find(activeKey);
    return f ? *f : frameworks.front();
}

Result<FrameworkSet> FrameworkSet::fromJson(const QJsonObject &json)
{
    FrameworkSet out;
    out.activeKey = json.value(QStringLiteral("active")).toString().trimmed();
    for (const QJsonValue fv : json.value(QStringLiteral("frameworks")).toArray()) {
        const QJsonObject fo = fv.toObject();
        Framework f;
        f.key = fo.value(QStringLiteral("key")).toString().trimmed();
        f.name = fo.value(QStringLiteral("name")).toString().trimmed();
        f.description = LocalizedText::fromJson(fo.value(QStringLiteral("description")));
        for (const QJsonValue cv : fo.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject co = cv.toObject();
            FrameworkCriterion c;
            c.key = co.value(QStringLiteral("key")).toString().trimmed();
            c.name = LocalizedText::fromJson(co.value(QStringLiteral("name")));
            c.description = LocalizedText::fromJson(co.value(QStringLiteral("description")));
            for (const QJsonValue from : co.value(QStringLiteral("from")).toArray())
                c.from << from.toString().trimmed();
            f.criteria.push_back(c);
        }
        const QJsonObject rule = fo.value(QStringLiteral("rule")).toObject();
        f.rule.atLeast = rule.value(QStringLiteral("atLeast")).toInt(0);
        for (const QJsonValue r : rule.value(QStringLiteral("required")).toArray())
            f.rule.required << r.toString().trimmed();
        out.frameworks.push_back(std::move(f));
    }
    if (auto ok = out.validate(); !ok)
        return ok.error();
    return out;
}

QJsonObject FrameworkSet::toJson() const
{
    QJsonArray list;
    for (const Framework &f : frameworks) {
        QJsonArray criteria;
        for (const FrameworkCriterion &c : f.criteria) {
            criteria.append(QJsonObject {{QStringLiteral("key"), c.key},
                {QStringLiteral("name"), c.name.toJson()},
                {QStringLiteral("description"), c.description.toJson()},
                {QStringLiteral("from"), QJsonArray::fromStringList(c.from)}});
        }
        list.append(QJsonObject {{QStringLiteral("key"), f.key}, {QStringLiteral("name"), f.name},
            {QStringLiteral("description"), f.description.toJson()},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("rule"),
                QJsonObject {{QStringLiteral("atLeast"), f.rule.atLeast},
                    {QStringLiteral("required"), QJsonArray::fromStringList(f.rule.required)}}}});
    }
    return {{QStringLiteral("active"), activeKey}, {QStringLiteral("frameworks"), list}};
}

Result<void> FrameworkSet::validate() const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (frameworks.empty())
        return Error::invalid(tr("There is no framework template."), QStringLiteral("frameworks"));
    QStringList keys;
    for (const Framework &f : frameworks) {
        const QString where = f.key;
        auto field
            = [&](const char *name) { return where + QLatin1Char('.') + QLatin1String(name); };
        if (!keyPattern.match(f.key).hasMatch())
            return Error::invalid(
                tr("'%1' is not a valid framework key (lower-case letters, digits "
                   "and '_').")
                    .arg(f.key),
                QStringLiteral("key"));
        if (keys.contains(f.key))
            return Error::invalid(
                tr("The framework key '%1' is used twice.").arg(f.key), field("key"));
        keys << f.key;
        if (f.name.isEmpty())
            return Error::invalid(tr("Framework '%1' needs a name.").arg(where), field("name"));
        if (f.criteria.empty() || f.criteria.size() > 9)
            return Error::invalid(
                tr("Framework '%1' needs 1 to 9 criteria.").arg(where), field("criteria"));
        QStringList criterionKeys;
        for (const FrameworkCriterion &c : f.criteria) {
            if (!keyPattern.match(c.key).hasMatch() || criterionKeys.contains(c.key))
                return Error::invalid(
                    tr("Framework '%1': the criterion key '%2' is empty, invalid or "
                       "used twice.")
                        .arg(where, c.key),
                    field("criteria"));
            criterionKeys << c.key;
            if (c.name.en.isEmpty() || c.name.de.isEmpty())
                return Error::invalid(
                    tr("Framework '%1': criterion '%2' needs its name in English and "
                       "German.")
                        .arg(where, c.key),
                    field("criteria"));
            for (const QString &from : c.from) {
                if (!baseCriteria.contains(from))
                    return Error::invalid(
                        tr("Framework '%1': criterion '%2' draws on '%3', which is not "
                           "budget, authority, need or timing.")
                            .arg(where, c.key, from),
                        field("criteria"));
            }
        }
        if (f.rule.atLeast < 0 || f.rule.atLeast > int(f.criteria.size()))
            return Error::invalid(
                tr("Framework '%1': the rule needs between 0 and %2 criteria met, "
                   "not %3.")
                    .arg(where)
                    .arg(f.criteria.size())
                    .arg(f.rule.atLeast),
                field("rule"));
        for (const QString &r : f.rule.required) {
            if (!criterionKeys.contains(r))
                return Error::invalid(
                    tr("Framework '%1': the rule requires '%2', which is not one of "
                       "its criteria.")
                        .arg(where, r),
                    field("rule"));
        }
        if (f.rule.atLeast == 0 && f.rule.required.isEmpty())
            return Error::invalid(
                tr("Framework '%1': the rule must require at least one criterion.").arg(where),
                field("rule"));
    }
    if (!find(activeKey))
        return Error::invalid(
            tr("The active framework '%1' is not one of the templates.").arg(activeKey),
            QStringLiteral("active"));
    return {};
}

FrameworkSet FrameworkSet::defaults()
{
    return loadDefaultDefinition<FrameworkSet>(":/qualification/frameworks.json");
}

} // namespace bantam
