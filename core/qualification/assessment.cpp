#include "qualification/assessment.h"

#include <cmath>

namespace bantam {

namespace {

// The weakest of the known statuses: not met before partly before met; unknown if none known.
CriterionStatus weakest(const QList<CriterionStatus> &statuses)
{
    CriterionStatus out = CriterionStatus::Unknown;
    for (CriterionStatus s : statuses) {
        if (s == CriterionStatus::Unknown)
            continue;
        if (out == CriterionStatus::Unknown || int(s) < int(out))
            out = s;
    }
    return out;
}

bool positive(CriterionStatus s)
{
    return s == CriterionStatus::Met || s == CriterionStatus::Partly;
}

} // namespace

QString qualificationStageName(int stage)
{
    switch (stage) {
    case 1:
        return QCoreApplication::translate("Qualification", "1 — contact only");
    case 2:
        return QCoreApplication::translate(
            "Qualification", "2 — target person in a fitting company");
    case 3:
        return QCoreApplication::translate("Qualification", "3 — need identified");
    case 4:
        return QCoreApplication::translate(
            "Qualification", "4 — requirements and buying process known");
    case 5:
        return QCoreApplication::translate(
            "Qualification", "5 — budget, authority, need and timing qualified");
    }
    return QString::number(stage);
}

QString Assessment::nextStepText() const
{
    switch (nextStep) {
    case NextStep::PromoteToSql:
        return QCoreApplication::translate(
            "Qualification", "Promote to SQL and book the first sales appointment.");
    case NextStep::FollowUpCall:
        if (answered == 0)
            return QCoreApplication::translate(
                "Qualification", "Reach the contact and go through the questionnaire.");
        return QCoreApplication::translate("Qualification", "Call again to clarify: %1.")
            .arg(openCriteria.join(QLatin1String(", ")));
    case NextStep::NurtureInMarketing:
        return QCoreApplication::translate("Qualification",
            "No need identified yet: reject back to marketing for "
            "nurturing.");
    case NextStep::Disqualify:
        return QCoreApplication::translate(
            "Qualification", "Not our target group: disqualify the lead.");
    }
    return {};
}

QString Assessment::nextStepText(Stage pipelineStage) const
{
    switch (pipelineStage) {
    case Stage::Sql:
        if (nextStep == NextStep::PromoteToSql)
            return QCoreApplication::translate(
                "Qualification", "Already an SQL: book the first sales appointment.");
        break;
    case Stage::Won:
    case Stage::Lost:
    case Stage::Disqualified:
        return QCoreApplication::translate(
            "Qualification", "The lead is closed (%1): nothing to do unless it is reopened.")
            .arg(stageName(pipelineStage));
    default:
        break;
    }
    return nextStepText();
}

namespace {

// The answers, re-evaluated against the current questionnaire (an answer a later version no
// longer accepts counts as not given): points, score and the status of each answered question.
QMap<QString, CriterionStatus> evaluateAnswers(
    const Questionnaire &questionnaire, const QMap<QString, StoredAnswer> &answers, Assessment &a)
{
    QMap<QString, CriterionStatus> answered;
    for (const Question &q : questionnaire.questions) {
        const auto found = answers.constFind(q.key);
        if (found == answers.cend())
            continue;
        auto e = questionnaire.evaluate(q.key, found->value, found->answeredOn);
        if (!e)
            continue;
        ++a.answered;
        a.points += e->points;
        answered.insert(q.key, e->status);
    }
    a.score = a.maxPoints > 0 ? int(std::lround(100.0 * a.points / a.maxPoints)) : 0;
    return answered;
}

// The base criteria (budget, authority, need, timing) and each question's status: set by hand,
// else the weakest of the answers. A question not answered takes the status the rep gave its
// criterion by hand.
void assessBase(const Questionnaire &questionnaire, const QMap<QString, CriterionStatus> &answered,
    const QMap<QString, CriterionStatus> &manual, Assessment &a)
{
    for (const QString &b : baseCriteria) {
        if (manual.contains(b)) {
            a.base.insert(b, manual.value(b));
            continue;
        }
        QList<CriterionStatus> from;
        for (const Question &q : questionnaire.questions) {
            if (q.criterion == b && answered.contains(q.key))
                from << answered.value(q.key);
        }
        a.base.insert(b, weakest(from));
    }
    for (const Question &q : questionnaire.questions) {
        CriterionStatus s = answered.value(q.key, CriterionStatus::Unknown);
        if (!answered.contains(q.key) && !q.criterion.isEmpty() && manual.contains(q.criterion))
            s = manual.value(q.criterion);
        a.questions.insert(q.key, s);
    }
}

// The framework's criteria from the base criteria (or by hand), its verdict and what is open.
void assessFramework(
    const Framework &framework, const QMap<QString, CriterionStatus> &manual, Assessment &a)
{
    for (const FrameworkCriterion &c : framework.criteria) {
        if (manual.contains(c.key)) {
            a.criteria.insert(c.key, manual.value(c.key));
            continue;
        }
        QList<CriterionStatus> from;
        bool anyUnknown = false;
        for (const QString &b : c.from) {
            from << a.base.value(b, CriterionStatus::Unknown);
            anyUnknown = anyUnknown || from.back() == CriterionStatus::Unknown;
        }
        CriterionStatus s = weakest(from);
        // Partly known is not known: "met" needs every base criterion it draws on.
        if (anyUnknown && s != CriterionStatus::NotMet)
            s = CriterionStatus::Unknown;
        a.criteria.insert(c.key, s);
    }
    a.verdict = framework.verdict(a.criteria);
    for (const FrameworkCriterion &c : framework.criteria) {
        if (a.criteria.value(c.key) != CriterionStatus::Met)
            a.openCriteria << c.name.text();
    }
}

// Stage: each level from 2 to 4 needs all its questions answered positively (met or partly), on
// top of the levels below; 5 needs budget, authority, need and timing met. Then the next step.
void assessStageAndNextStep(const Questionnaire &questionnaire, Assessment &a)
{
    auto levelReached = [&](int level) {
        for (const Question &q : questionnaire.questions) {
            if (q.level == level && !positive(a.questions.value(q.key)))
                return false;
        }
        return true;
    };
    a.stage = 1;
    for (int level = 2; level <= 4 && levelReached(level); ++level)
        a.stage = level;
    if (a.stage == 4) {
        bool all = true;
        for (const QString &b : baseCriteria)
            all = all && a.base.value(b) == CriterionStatus::Met;
        if (all)
            a.stage = 5;
    }

    auto levelFailed = [&](int level) {
        for (const Question &q : questionnaire.questions) {
            if (q.level == level && a.questions.value(q.key) == CriterionStatus::NotMet)
                return true;
        }
        return false;
    };
    if (levelFailed(2))
        a.nextStep = NextStep::Disqualify;
    else if (a.verdict.salesReady)
        a.nextStep = NextStep::PromoteToSql;
    else if (a.stage < 3 && levelFailed(3))
        a.nextStep = NextStep::NurtureInMarketing;
    else
        a.nextStep = NextStep::FollowUpCall;
}

} // namespace

Assessment assess(const Questionnaire &questionnaire, const Framework &framework,
    const QMap<QString, StoredAnswer> &answers, const QMap<QString, CriterionStatus> &manual)
{
    Assessment a;
    a.maxPoints = questionnaire.maxPoints();
    for (auto it = manual.cbegin(); it != manual.cend(); ++it)
        a.manual.insert(it.key());
    const QMap<QString, CriterionStatus> answered = evaluateAnswers(questionnaire, answers, a);
    assessBase(questionnaire, answered, manual, a);
    assessFramework(framework, manual, a);
    assessStageAndNextStep(questionnaire, a);
    return a;
}

} // namespace bantam
