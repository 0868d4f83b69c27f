// What a rep records while qualifying a lead: the questionnaire's answers as stored, the
// criteria judged by hand, and the structured BANT facts of the form.
#pragma once

#include "domain/criterionstatus.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bantam {

struct StoredAnswer
{
    QString value; // canonical, as Questionnaire::evaluate() returned it
    QDate answeredOn; // dates in date answers count from this day
};

// A criterion the rep judged by hand (status) or commented on (notes).
struct CriterionEntry
{
    QString key;
    std::optional<CriterionStatus> status; // nullopt: follow the questionnaire's answers
    QString notes;
};

// The structured BANT fields of the form.
struct QualificationFacts
{
    std::optional<qint64> budgetAmount; // whole currency units
    QString budgetCurrency; // ISO 4217, e.g. "EUR"
    std::optional<bool> budgetApproved;
    QString decisionMaker;
    QString decisionMakerRole;
    std::optional<bool> contactDecides; // is the contact the decision maker?
    QString pain;
    QString useCase;
    QDate targetDate;
    QString urgency; // "", "low", "medium", "high"
    QString notes;
    bool operator==(const QualificationFacts &) const = default;
};

} // namespace bantam
