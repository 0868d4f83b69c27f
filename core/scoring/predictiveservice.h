// PredictiveService: the learned score's one owner. Trains a candidate from the database's
// outcomes (writing nothing) and shows its evaluation; saves a candidate as a new version and
// computes every open lead's chance with it — version, activation and chances in one
// transaction, so a cancelled or failed run leaves the previous version and its chances; restores
// an earlier version the same way; explains a lead's chance term by term.
//
// Outcomes (PredictiveTrainer for the rest): target sql — a lead that reached SQL (or was won)
// is positive, at the time it reached SQL; one disqualified or lost without ever reaching SQL is
// negative, at its last stage change. Target won — won is positive, lost or disqualified
// negative. Open leads are never training data; they are what gets scored, at the clock's now.
// The learned score is advisory — it changes no stage and routes nobody — unless marketing lets it
// drive MQL handover (ScoringService::scoreDriver()): then a saved or restored version hands over
// the leads whose new chance reaches the learned threshold, through the ScoringService.
#pragma once

#include "domain/user.h"
#include "result.h"
#include "scoring/predictivetrainer.h"
#include "storage/predictiverepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>

#include <functional>
#include <memory>

namespace bantam {

class Clock;
class Database;
class ScoringService;

struct PredictionVersion
{
    StoredPrediction stored;
    PredictiveModel model;
    TrainingEvaluation evaluation;
};

struct PredictSummary
{
    int version = 0;
    qint64 leads = 0; // open leads given a chance
    qint64 promoted = 0; // leads handed over to sales by their chance (learned driver only)
    bool cancelled = false; // nothing was written
};

struct PredictLine
{
    QString label; // "Source = newsletter", "Baseline", "Rounding"
    QString value; // the lead's value where it is a number or a count
    double contribution = 0; // exact, in log-odds
    int hundredths = 0; // shown
};

struct PredictExplanation
{
    qint64 leadId = 0;
    int version = 0;
    PredictTarget target = PredictTarget::Sql;
    double logOdds = 0; // exact
    int logOddsHundredths = 0; // shown: the sum of the lines' hundredths, exactly
    int chance = 0; // per cent, from the exact log-odds
    std::vector<PredictLine> lines; // the baseline first, a rounding line last where needed
    std::optional<int> storedChance; // what the last computation stored
};

// Evaluation as stored with a version and printed by `score train --json`.
QJsonObject evaluationToJson(const TrainingEvaluation &e);
TrainingEvaluation evaluationFromJson(const QJsonObject &o);

class PredictiveService
{
    Q_DECLARE_TR_FUNCTIONS(PredictiveService)

public:
    // done/total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Promotions by chance (when the learned chance drives handover) go through scoring.
    PredictiveService(const Database &db, const Clock &clock, const ScoringService &scoring);

    // Reads the outcomes and fits a candidate; writes nothing. Too few outcomes: an error saying
    // how many more are needed.
    Result<TrainingResult> train(const TrainOptions &options, const Progress &progress = {}) const;

    // Marketing managers and admins only.
    Result<PredictSummary> save(const User &actor, const TrainingResult &trained,
        const QString &note, const Progress &progress = {}) const;
    Result<PredictSummary> restore(
        const User &actor, int version, const Progress &progress = {}) const;

    Result<std::vector<StoredPrediction>> versions() const;
    // Nothing if no learned score was saved.
    Result<std::optional<PredictionVersion>> active() const;
    Result<PredictExplanation> explain(qint64 leadId) const;
    // The stored chance of a lead; nothing if it has none (closed, or no learned score active).
    Result<std::optional<LeadChance>> chance(qint64 leadId) const;

private:
    Result<PredictSummary> store(const PredictiveModel &model, const TrainingEvaluation &evaluation,
        std::optional<int> existingVersion, qint64 actorId, const QString &note,
        const Progress &progress) const;
    Result<std::optional<std::vector<std::pair<qint64, int>>>> scoreOpenLeads(
        const PredictiveModel &model, qint64 nowSecs, const Progress &progress) const;
    // The stored version made ready to score (parsed, look-up tables built), kept while the
    // active version's JSON stays the same: explanations are asked for lead after lead, and
    // parsing a model of several hundred features each time cost most of one.
    Result<std::shared_ptr<const Predictor>> readyPredictor(const StoredPrediction &stored) const;

    const Database &m_db;
    const Clock &m_clock;
    const ScoringService &m_scoring;
    mutable QMutex m_readyMutex; // explanations may come from several threads
    mutable QByteArray m_readyJson;
    mutable std::shared_ptr<const Predictor> m_ready;
};

} // namespace bantam
