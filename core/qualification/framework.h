// Framework: a qualification framework template (BANT, CHAMP, ANUM, FAINT, GPCT, MAN-T) as
// data — its criteria, which base criteria (budget, authority, need, timing) each draws on, and
// the rule that makes a lead sales-ready ("at least N met", "all of {…} met"). The default set
// ships in resources/qualification/frameworks.json; edited versions live in the database.
#pragma once

#include "qualification/questionnaire.h"

#include <QMap>

namespace bantam {

struct FrameworkCriterion
{
    QString key;
    LocalizedText name;
    LocalizedText description;
    // The base criteria whose status it takes (the weakest of them) unless the rep sets it.
    QStringList from;
    bool operator==(const FrameworkCriterion &) const = default;
};

struct FrameworkRule
{
    int atLeast = 0; // at least this many criteria met
    QStringList required; // and all of these met
    bool operator==(const FrameworkRule &) const = default;
};

struct Verdict
{
    bool salesReady = false;
    int met = 0;
    int total = 0;
    int atLeast = 0;
    QStringList missingRequired; // criterion keys of the rule's "all of" that are not met
    QString text() const; // "3 of 4 met (needs 3): sales-ready", translated
};

struct Framework
{
    QString key;
    QString name; // "BANT"
    LocalizedText description;
    std::vector<FrameworkCriterion> criteria;
    FrameworkRule rule;

    const FrameworkCriterion *find(const QString &key) const;
    // statuses: the status of each criterion (missing = unknown).
    Verdict verdict(const QMap<QString, CriterionStatus> &statuses) const;
    QString ruleText() const; // "at least 3 of 4 met", translated
    bool operator==(const Framework &) const = default;
};

class FrameworkSet
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkSet)

public:
    std::vector<Framework> frameworks;
    QString activeKey; // the one the organisation qualifies with

    const Framework *find(const QString &key) const;
    const Framework &active() const; // valid() guarantees it exists

    static Result<FrameworkSet> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    Result<void> validate() const;
    static FrameworkSet defaults();
};

} // namespace bantam
