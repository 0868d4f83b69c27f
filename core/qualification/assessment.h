// Assessment: what a lead's questionnaire answers and the rep's criteria judgements add up to —
// the score out of 100, the status of each base criterion (budget, authority, need, timing) and
// of each criterion of the active framework, the framework's verdict, the qualification stage
// 1–5 and the recommended next step. A pure function of its inputs, so every rule is testable.
#pragma once

#include "domain/qualificationrecord.h"
#include "domain/stage.h"
#include "qualification/framework.h"

#include <QDate>
#include <QMap>
#include <QSet>

namespace bantam {

enum class NextStep {
    PromoteToSql, // the rule is met: hand over to sales as an SQL
    FollowUpCall, // promising, but criteria are still open: call again and clarify them
    NurtureInMarketing, // no need identified yet: back to marketing for nurturing
    Disqualify, // not our target (the organisation level is not met)
};

// "1 — contact only", ... translated; stage 1..5.
QString qualificationStageName(int stage);

struct Assessment
{
    int score = 0; // 0..100
    int points = 0;
    int maxPoints = 0;
    int answered = 0; // questions with a valid answer
    QMap<QString, CriterionStatus> questions; // effective status per question key
    QMap<QString, CriterionStatus> base; // budget, authority, need, timing
    QMap<QString, CriterionStatus> criteria; // the framework's criteria
    QSet<QString> manual; // criteria (base or framework) whose status the rep set by hand
    Verdict verdict;
    int stage = 1;
    NextStep nextStep = NextStep::FollowUpCall;
    QStringList openCriteria; // names of the framework's criteria not met, for the next step

    QString nextStepText() const; // translated recommendation
    // The same for a lead in this pipeline stage: an SQL (or a closed lead) is not told to be
    // promoted to SQL.
    QString nextStepText(Stage pipelineStage) const;
};

// manual: the statuses the rep set in the criteria form, by criterion key (base criteria and
// framework criteria share one namespace: "authority" is the same in BANT and CHAMP).
Assessment assess(const Questionnaire &questionnaire, const Framework &framework,
    const QMap<QString, StoredAnswer> &answers, const QMap<QString, CriterionStatus> &manual);

} // namespace bantam
