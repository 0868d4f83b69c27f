// PredictiveTrainer: fits the learned lead score on closed outcomes with liblinear's
// L2-regularised logistic regression, and evaluates it on a held-out share of the leads that
// training never sees, side by side with the rule model's scores of the same leads. Pure code:
// the examples come from the caller; the same examples give the same model.
//
// - Hold-out: a lead is held out when a stable hash of its id falls below the share, so the
//   split never changes between runs and does not depend on the order of the rows.
// - Features (from the training share only): each value of a profile field, source, campaign or
//   custom attribute that at least minCount training leads carry, one-hot; an attribute whose
//   values are at least 90 % numbers (English or German notation) as one standardised number
//   instead (a missing one counts as the mean); the decayed count of each activity type at the
//   time the outcome was reached, standardised. Standardised values are clipped to ±5.
//   Excluded names (field keys, attribute names, activity types; any case) are left out.
// - Too little data: below minClosed leads with an outcome, or below minPositives positives or
//   negatives, there is no model but a message saying how many more are needed.
// - Leakage: when one feature alone ranks the held-out leads almost perfectly (ROC AUC ≥ 0.95),
//   or the whole model does (≥ 0.97, too good to be true for leads), the evaluation names the
//   strongest single feature: such a column is usually filled in after the outcome (a call
//   logged by sales once the lead was theirs, a "reason closed" field).
#pragma once

#include "domain/predictinput.h"
#include "result.h"
#include "scoring/predictivemodel.h"

#include <QCoreApplication>

#include <array>
#include <functional>
#include <vector>

namespace bantam {

struct TrainingExample
{
    qint64 leadId = 0;
    PredictInput input;
    qint64 at = 0; // when the outcome was reached: activities count up to then
    bool positive = false;
    double ruleScore = 0; // the rule model's score of the lead, for the comparison
};

struct TrainOptions
{
    PredictTarget target = PredictTarget::Sql;
    QStringList excluded;
    int holdoutPercent = 30; // 5–50
    int minCount = 10; // a value becomes a feature from this many training leads
    int minClosed = 200;
    int minPositives = 40; // and as many negatives
    double halfLifeDays = 30;
    // liblinear's C; 0: chosen from CandidateRegularisation by the log-loss on a validation
    // quarter of the training leads (the held-out leads stay unseen)
    double regularisation = 0;
};

struct DecileRow
{
    qint64 leads = 0;
    double predicted = 0; // mean predicted chance, 0–1
    double actual = 0; // share of positives, 0–1
};

// How well one score ranks and predicts the held-out leads. Deciles from the highest score.
struct ScoreEvaluation
{
    double auc = 0.5;
    double brier = 0.25;
    // Mean negative log-likelihood of the outcomes (natural log; chances clamped to 1e-6 from 0
    // and 1): what an overconfident score is punished for most.
    double logLoss = 0.693147;
    std::array<DecileRow, 10> deciles {};
};

struct TrainingEvaluation
{
    qint64 trainingLeads = 0;
    qint64 trainingPositives = 0;
    qint64 holdoutLeads = 0;
    qint64 holdoutPositives = 0;
    ScoreEvaluation learned;
    // The rule model's score on the same leads; its Brier score reads score / 100 (clamped to
    // 0–100) as a probability, which the rule score never claimed to be.
    ScoreEvaluation rules;
    double regularisation = 1; // the C the model was fitted with
    QString leakingFeature; // empty: no single feature decides almost everything
    double leakingAuc = 0;
};

struct TrainingResult
{
    PredictiveModel model;
    TrainingEvaluation evaluation;
    bool cancelled = false;
};

class PredictiveTrainer
{
    Q_DECLARE_TR_FUNCTIONS(PredictiveTrainer)

public:
    // False cancels (checked between the steps).
    using Cancel = std::function<bool()>;

    static Result<TrainingResult> train(const std::vector<TrainingExample> &examples,
        const TrainOptions &options, const Cancel &keepGoing = {});

    static constexpr double LeakingFeatureAuc = 0.95;
    static constexpr double LeakingModelAuc = 0.97;

    static constexpr std::array<double, 7> CandidateRegularisation {0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    // The most leads of each part (fit, validation) the candidates are compared on.
    static constexpr size_t CandidateSample = 50000;

    // A stable hash of the lead id, 0-99: the held-out share is below the percentage.
    static int hashPercent(qint64 leadId);
    static bool inHoldout(qint64 leadId, int percent);
    // ROC AUC of scores against labels (ties count half); 0.5 without both classes.
    static double rocAuc(const std::vector<std::pair<double, bool>> &scored);
    // Brier score and deciles of predicted probabilities (0–1), with the AUC.
    static ScoreEvaluation evaluate(const std::vector<std::pair<double, bool>> &predicted);
};

} // namespace bantam
