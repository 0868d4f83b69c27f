// Questionnaire: the 10-point qualification questionnaire as data — questions grouped by
// organisation / opportunity / stakeholder, typed answers, points, and what each answer tells
// about a BANT criterion and the qualification stage. Read from and written to JSON (the
// default set ships in resources/qualification/questionnaire.json; edited versions live in the
// database).
#pragma once

#include "domain/criterionstatus.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bantam {

// German and English text of one thing; text() picks the UI language.
struct LocalizedText
{
    QString en;
    QString de;
    QString text() const;
    QJsonObject toJson() const;
    static LocalizedText fromJson(const QJsonValue &value);
    bool operator==(const LocalizedText &) const = default;
};

enum class QuestionGroup { Organisation, Opportunity, Stakeholder };
QString groupKey(QuestionGroup group);
std::optional<QuestionGroup> groupFromKey(const QString &key);
QString groupName(QuestionGroup group); // translated

enum class AnswerType { YesPartlyNoUnknown, Choice, Number, Date, Text };
QString answerTypeKey(AnswerType type); // "yes_partly_no_unknown", "choice", ...
std::optional<AnswerType> answerTypeFromKey(const QString &key);
QString answerTypeName(AnswerType type); // translated

// The base criteria that questions fill; framework templates draw their criteria from them.
inline const QStringList baseCriteria = {QStringLiteral("budget"), QStringLiteral("authority"),
    QStringLiteral("need"), QStringLiteral("timing")};
QString baseCriterionName(const QString &key); // translated "Budget", ...

QJsonObject readDefaultDefinition(const char *resource); // e.g. ":/qualification/frameworks.json"

struct AnswerOption
{
    QString key;
    LocalizedText text;
    CriterionStatus status = CriterionStatus::Unknown;
    std::optional<int> points; // overrides the question's points for the status
    bool operator==(const AnswerOption &) const = default;
};

struct Question
{
    QString key;
    QuestionGroup group = QuestionGroup::Organisation;
    AnswerType type = AnswerType::YesPartlyNoUnknown;
    LocalizedText text;
    LocalizedText hint;
    int pointsMet = 10;
    int pointsPartly = 5;
    QString criterion; // one of baseCriteria, or empty
    int level = 2; // the qualification stage (2..5) this question contributes to
    std::vector<AnswerOption> options; // Choice only
    // Number: at least metFrom is met, at least partlyFrom partly, below not met.
    double metFrom = 1;
    double partlyFrom = 1;
    QString unit; // Number: e.g. "EUR"
    // Date: a date within metWithinDays of the answer is met, within partlyWithinDays partly;
    // a date in the past or further away is not met.
    int metWithinDays = 180;
    int partlyWithinDays = 365;

    // The options a rep picks from with the number keys: the choice options, or the four
    // yes / partly / no / unknown answers. Empty for number, date and text.
    std::vector<AnswerOption> pickOptions() const;
    int maxPoints() const { return pointsMet; }
    bool operator==(const Question &) const = default;
};

// One given answer, validated: the canonical stored value and what it means.
struct EvaluatedAnswer
{
    QString value; // canonical: option key, number as written with '.', ISO date, text
    CriterionStatus status = CriterionStatus::Unknown;
    int points = 0;
};

class Questionnaire
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)

public:
    std::vector<Question> questions;

    const Question *find(const QString &key) const;
    int maxPoints() const;

    // Checks a raw answer (option key; number; ISO date; text) for a question and says what it
    // means. answeredOn is the day it was given (dates count from it). The error names the
    // question.
    Result<EvaluatedAnswer> evaluate(
        const QString &questionKey, const QString &raw, const QDate &answeredOn) const;
    // Reads an answer as the rep typed it (numbers and dates in locale, see typedinput.h) into
    // the canonical form evaluate() takes; other answer types pass unchanged. The error names
    // the question as the rep sees it.
    Result<QString> readTyped(
        const QString &questionKey, const QString &typed, const QLocale &locale) const;
    // The question as the rep sees it in messages: "7 (What is the budget?)".
    QString title(const Question &q) const;
    // What an input field shows for a stored answer: the number or date in locale.
    QString typedValue(
        const QString &questionKey, const QString &value, const QLocale &locale) const;
    // A readable form of a stored answer ("Yes", "12,000 EUR", "1 Jul 2026").
    QString displayValue(const QString &questionKey, const QString &value) const;

    // Parses and validates; the error names the question and field.
    static Result<Questionnaire> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    Result<void> validate() const;
    // The default questionnaire shipped in the resources.
    static Questionnaire defaults();
    // A file of answers as bantam-cli qualify --answers reads it: a JSON object keyed by
    // question, each answer a text or a number (as typed, for readTyped()). The error says what
    // is wrong with the file; the answers themselves are checked when they are recorded.
    static Result<QList<QPair<QString, QString>>> answersFromJson(const QByteArray &bytes);
};

// The default questionnaire and framework templates ship as resources; a missing or invalid one
// is a build error, so it aborts.
template <typename T>
T loadDefaultDefinition(const char *resource)
{
    auto parsed = T::fromJson(readDefaultDefinition(resource));
    if (!parsed)
        qFatal("The default %s is invalid: %s", resource, qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace bantam
