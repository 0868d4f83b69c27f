// ScoringService: the one owner of lead scores. Keeps the scoring model's versions, recomputes
// every lead when a version is saved or restored (all leads in one transaction: a cancelled or
// failed recompute leaves every lead on the previous version's scores and that version
// active), previews a candidate model's impact without writing, rescores single leads when
// activities arrive, explains a lead's score, and promotes leads whose score reaches the MQL
// threshold through the pipeline service — once: only leads in stage Lead that have never been
// an MQL (a lead sales rejected or recycled is not pushed back automatically). Marketing may let
// the learned chance drive that handover instead (scoreDriver()); the history says which did.
// Scores can fall (decay, negative points); nobody is demoted automatically.
#pragma once

#include "domain/scoredriver.h"
#include "domain/user.h"
#include "pipeline/pipelineservice.h"
#include "result.h"
#include "scoring/scoringengine.h"
#include "storage/scorerepository.h"

#include <QCoreApplication>

#include <functional>

namespace bantam {

class Clock;
class Database;
class EventBus;
struct Activity;

struct ModelVersion
{
    int version = 0; // 0: the built-in default, not saved yet
    ScoringModel model;
    StoredModel stored; // metadata (empty for version 0)
};

struct RecomputeSummary
{
    int version = 0;
    qint64 leads = 0;
    qint64 scoresChanged = 0;
    qint64 promoted = 0;
    bool cancelled = false; // nothing was written
};

// A profile value the model gives no points for (no taxonomy pattern, size band or industry
// entry), with how many leads have it.
struct UnrecognisedValue
{
    QString value;
    qint64 leads = 0;
    bool operator==(const UnrecognisedValue &) const = default;
};

struct ImpactPreview
{
    static constexpr size_t MaxUnrecognised = 10;

    qint64 leads = 0;
    qint64 promoted = 0; // leads that would move from Lead to MQL
    // The learned chance drives handover and routing bands (the score driver): saving the rule
    // model promotes nobody and routes nobody differently, so promoted stays 0.
    bool learnedDriver = false;
    // Both against the active model scoring the same leads at the same moment.
    qint64 bandChanges = 0; // leads whose band would change
    qint64 scoreChanges = 0;
    // Stored scores that differ from the active model's score now (activities have aged since
    // they were computed, or data changed); any save refreshes them, whatever the model.
    qint64 drifted = 0;
    std::array<qint64, 3> bands {}; // leads per band (cold, warm, hot) under the candidate
    // The most frequent job titles, company sizes and industries the candidate does not
    // recognise, most leads first (at most MaxUnrecognised each; values differing only in case
    // or surrounding spaces counted together).
    std::vector<UnrecognisedValue> unrecognisedTitles, unrecognisedSizes, unrecognisedIndustries;
    bool cancelled = false;
};

struct LeadExplanation
{
    qint64 leadId = 0;
    Explanation explanation;
    int modelVersion = 0;
    bool scored = false; // false: never scored; the explanation is for now under the active model
    bool stale = false; // the lead's data changed since it was scored (the stored score differs)
    int storedScore = 0;
    int weekAgo = 0;
};

struct RescoreSummary
{
    qint64 leads = 0;
    qint64 promoted = 0;
};

class ScoringService
{
    Q_DECLARE_TR_FUNCTIONS(ScoringService)

public:
    // done/total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Leads their score promotes to MQL move through the pipeline, which routes them.
    ScoringService(const Database &db, const EventBus &events, const Clock &clock,
        const PipelineService &pipeline);
    // Threads reading leads in a full recompute or preview (each with its own connection).
    void setThreads(int threads) { m_threads = std::max(1, threads); }

    Result<ModelVersion> activeModel() const;
    Result<std::vector<StoredModel>> versions() const;
    Result<ScoringModel> model(int version) const;

    // Saves the model as a new version and recomputes every lead with it; the version becomes
    // active only if the recompute commits. Marketing managers and admins only.
    Result<RecomputeSummary> saveModel(const User &actor, const ScoringModel &model,
        const QString &note, const Progress &progress = {}) const;
    // Makes an earlier version active again, recomputing every lead with it.
    Result<RecomputeSummary> restore(
        const User &actor, int version, const Progress &progress = {}) const;
    // Recomputes every lead with the active model at the clock's now (decay moves on).
    Result<RecomputeSummary> recompute(const User &actor, const Progress &progress = {}) const;
    // The same without an actor, for Bantam itself. handover: what happens to the leads it
    // promotes to MQL (see PipelineService::Handover; Keep only for generated demo data).
    Result<RecomputeSummary> recomputeAutomatically(
        PipelineService::Handover handover, const Progress &progress = {}) const;

    // What saving the model would change, without writing anything.
    Result<ImpactPreview> preview(const ScoringModel &model, const Progress &progress = {}) const;

    Result<LeadExplanation> explain(qint64 leadId) const;

    // Which score drives MQL handover (and so the routing of new MQLs): the rule score by
    // default, or the learned chance (domain/scoredriver.h).
    Result<ScoreDriverSetting> scoreDriver() const;
    // Marketing managers and admins; each changed value is audited. learnedMql: a chance between
    // 0.05 and 0.95. Then promotes (and routes) the leads the new setting hands over; gives how
    // many.
    Result<qint64> setScoreDriver(const User &actor, const ScoreDriverSetting &setting) const;
    // Promotes every lead in stage Lead that reached the threshold of the score that drives
    // handover (PredictiveService, after it stored new chances). handover: as in
    // recomputeAutomatically().
    Result<qint64> promoteReachedLeads(
        PipelineService::Handover handover = PipelineService::Handover::Route) const;
    // The leads promoteReachedLeads() would promote now: none, unless Bantam stopped between a
    // scoring's commit and its promotions (health/owedwork.h).
    Result<std::vector<qint64>> promotionOwed() const;

    // Rescores the leads with the active model now, then promotes those that reached MQL.
    Result<RescoreSummary> rescore(const std::vector<qint64> &leadIds) const;
    // Records activities and rescores their leads in one transaction, then promotes.
    Result<RescoreSummary> addActivities(const std::vector<Activity> &activities) const;

    // New leads scored before they are written, so that each is written once (an import's: a
    // lead not written yet has no activities, so its profile, its custom attributes and the
    // active model give its score). Insert each lead with its row's score and fast track, then
    // storeNewScores() writes their lead_scores rows in the same transaction; after the commit,
    // promoteNew() promotes those that reached MQL. Together the same as rescore() right after
    // the insert.
    struct NewScores
    {
        int version = 0;
        QDateTime scoredAt;
        std::vector<ScoreRepository::ScoreRow> rows; // in the order given; lead ids not yet set
        bool mayPromote = false; // a lead may have reached MQL (promoteNew() needs to look)
    };
    // What of a lead's profile the score looks at (no custom attributes).
    static LeadFacts factsOf(const LeadProfile &profile);
    // Inside the caller's transaction (it may save the built-in model as version 1, as rescore()
    // would).
    Result<NewScores> scoreNew(const std::vector<LeadFacts> &leads) const;
    Result<void> storeNewScores(NewScores &scores, const std::vector<qint64> &leadIds) const;
    // After the commit: mayPromote from scoreNew() (false: none reached MQL, nothing to read).
    Result<RescoreSummary> promoteNew(const std::vector<qint64> &leadIds, bool mayPromote) const;
    // Generated leads with their activities (demo data), scored the same way before they are
    // written: activities[i] are leads[i]'s. What a full recompute right after the insert would
    // store, at the clock's now — including the built-in model saved as version 1 (with its
    // audit entry) if no model is saved. Then storeNewScores(), and after the commit
    // promoteReachedLeads().
    Result<NewScores> scoreGenerated(const std::vector<LeadFacts> &leads,
        const std::vector<std::vector<Activity>> &activities) const;

private:
    struct Row;
    Result<RecomputeSummary> recomputeWith(const ScoringModel &model,
        std::optional<int> existingVersion, std::optional<qint64> actorId, const QString &note,
        const Progress &progress, PipelineService::Handover handover) const;
    // Reads and scores every lead in chunks of lead ids and hands each chunk's rows to
    // consume() on the calling thread, in lead id order, as soon as it is ready: with several
    // threads the workers read on (each on its own connection) while the caller writes.
    // report(leads read so far) is called at least once; false cancels. Gives false if
    // cancelled.
    using ChunkConsumer = std::function<Result<void>(const std::vector<Row> &)>;
    Result<bool> scanAll(const ScoringEngine &engine, qint64 now, const ChunkConsumer &consume,
        const std::function<bool(qint64)> &report) const;
    // The active version, saving the built-in default as version 1 if none is saved (inside the
    // caller's transaction).
    Result<ModelVersion> ensureActiveModel() const;
    // New leads scored before their insert with the active model (see scoreNew()); activities:
    // each lead's, or none for leads not written yet.
    Result<NewScores> scoreBeforeInsert(const ModelVersion &active,
        const std::vector<LeadFacts> &leads,
        const std::vector<std::vector<Activity>> *activities) const;
    // Records the activities and rescores the leads in one transaction, then promotes.
    Result<RescoreSummary> record(
        const std::vector<Activity> &activities, const std::vector<qint64> &leadIds) const;
    Result<void> rescoreRange(const ScoringEngine &engine, int version,
        const std::vector<qint64> &leadIds, qint64 lowest, qint64 highest) const;
    Result<void> rescoreInTransaction(
        const ScoringEngine &engine, int version, const std::vector<qint64> &leadIds) const;
    // Leads in stage Lead that reached the threshold of the score that drives handover.
    Result<std::vector<PromotionCandidate>> candidates(
        const ScoringModel &model, const std::vector<qint64> &onlyLeads) const;
    // Promotes the scored leads that reached MQL, then tells the listeners they changed.
    Result<RescoreSummary> promoteScored(
        const ModelVersion &active, const std::vector<qint64> &leadIds) const;
    Result<qint64> promoteReached(const ScoringModel &model, int version,
        const std::vector<qint64> &onlyLeads, PipelineService::Handover handover) const;

    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
    const PipelineService &m_pipeline;
    int m_threads = 2;
};

// The active rule model and the score driver setting as stored, for the services that follow
// them without scoring (routing reads its bands by them); ScoringService gives the same.
Result<ModelVersion> readActiveModel(const Database &db);
Result<ScoreDriverSetting> readScoreDriver(const Database &db);

} // namespace bantam
