#include "scoring/scoringservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "people/permissions.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/timelinerepository.h"

#include <QSet>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace bantam {

namespace {

constexpr qint64 kChunkIds = 20000; // lead ids per unit of work in a full scan

qint64 secondsNow(const Clock &clock)
{
    return clock.now().toSecsSinceEpoch(); // whole seconds: scored_at reproduces the score
}

// The stored attribute names the engine's rules look at (rules compare names ignoring case).
Result<QStringList> ruledAttributeNames(const Database &db, const ScoringEngine &engine)
{
    if (!engine.hasAttributeRules())
        return QStringList();
    auto names = ImportRepository(db).attributeNames();
    if (!names)
        return names.error();
    QStringList out;
    for (const QString &name : names.value()) {
        if (engine.attributeNames().contains(name.trimmed().toCaseFolded()))
            out << name;
    }
    return out;
}

// One lead as scoring reads it, with the custom attributes if the engine has rules for any.
Result<LeadScanItem> scoredLead(const Database &db, const ScoringEngine &engine, qint64 leadId)
{
    auto lead = ScoreRepository(db).lead(leadId);
    if (!lead || !engine.hasAttributeRules())
        return lead;
    auto attrs = ImportRepository(db).attributes(leadId);
    if (!attrs)
        return attrs.error();
    LeadScanItem item = lead.value();
    for (auto it = attrs->cbegin(); it != attrs->cend(); ++it)
        item.facts.attributes.emplace_back(it.key(), it.value());
    return item;
}

} // namespace

struct ScoringService::Row
{
    qint64 id = 0;
    int score = 0;
    int weekAgo = 0;
    int oldScore = 0;
    int oldWeekAgo = 0;
    qint8 band = 0;
    qint8 oldBand = -1; // -1: never scored
    bool fastTrack = false;
    bool oldFastTrack = false;
    bool promotable = false; // in stage Lead and never an MQL
};

ScoringService::ScoringService(
    const Database &db, const EventBus &events, const Clock &clock, const PipelineService &pipeline)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_pipeline(pipeline)
{ }

Result<ModelVersion> ScoringService::activeModel() const
{
    auto stored = ScoreRepository(m_db).active();
    if (!stored)
        return stored.error();
    ModelVersion v;
    if (!stored->has_value()) {
        v.model = ScoringModel::defaults();
        return v;
    }
    auto m = ScoringModel::fromJsonBytes(stored.value()->json);
    if (!m)
        return Error::storage(tr("Scoring model version %1 in the database is damaged: %2")
                                  .arg(stored.value()->version)
                                  .arg(m.error().message));
    v.version = stored.value()->version;
    v.model = m.value();
    v.stored = *stored.value();
    return v;
}

Result<std::vector<StoredModel>> ScoringService::versions() const
{
    return ScoreRepository(m_db).versions();
}

Result<ScoringModel> ScoringService::model(int version) const
{
    if (version == 0)
        return ScoringModel::defaults();
    auto stored = ScoreRepository(m_db).version(version);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::notFound(tr("There is no scoring model version %1.").arg(version));
    auto m = ScoringModel::fromJsonBytes(stored.value()->json);
    if (!m)
        return Error::storage(tr("Scoring model version %1 in the database is damaged: %2")
                                  .arg(version)
                                  .arg(m.error().message));
    return m.value();
}

Result<ModelVersion> ScoringService::ensureActiveModel() const
{
    auto active = activeModel();
    if (!active || active->version != 0)
        return active;
    ScoreRepository scores(m_db);
    auto version = scores.insertVersion(active->model.toJsonBytes(), m_clock.now(), std::nullopt,
        tr("Default model shipped with Bantam"));
    if (!version)
        return version.error();
    if (auto a = scores.activate(version.value()); !a)
        return a.error();
    return activeModel();
}

Result<RecomputeSummary> ScoringService::saveModel(const User &actor, const ScoringModel &model,
    const QString &note, const Progress &progress) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    // The editor's model went through the same validation as a file would.
    auto valid = ScoringModel::fromJson(model.toJson());
    if (!valid)
        return valid.error();
    return recomputeWith(
        valid.value(), std::nullopt, actor.id, note, progress, PipelineService::Handover::Route);
}

Result<RecomputeSummary> ScoringService::restore(
    const User &actor, int version, const Progress &progress) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    if (version <= 0)
        return Error::invalid(tr("Model versions start at 1."), QStringLiteral("version"));
    auto m = model(version);
    if (!m)
        return m.error();
    return recomputeWith(
        m.value(), version, actor.id, QString(), progress, PipelineService::Handover::Route);
}

Result<RecomputeSummary> ScoringService::recompute(
    const User &actor, const Progress &progress) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    return recomputeAutomatically(PipelineService::Handover::Route, progress);
}

Result<RecomputeSummary> ScoringService::recomputeAutomatically(
    PipelineService::Handover handover, const Progress &progress) const
{
    auto active = activeModel();
    if (!active)
        return active.error();
    if (active->version == 0) // the default, saved as version 1 with the recompute
        return recomputeWith(active->model, std::nullopt, std::nullopt,
            tr("Default model shipped with Bantam"), progress, handover);
    return recomputeWith(
        active->model, active->version, std::nullopt, QString(), progress, handover);
}

Result<bool> ScoringService::scanAll(const ScoringEngine &engine, qint64 now,
    const ChunkConsumer &consume, const std::function<bool(qint64)> &report) const
{
    auto range = ScoreRepository(m_db).idRange();
    if (!range)
        return range.error();
    const auto [minId, maxId] = range.value();
    const qint64 chunks = maxId < minId ? 0 : (maxId - minId) / kChunkIds + 1;
    std::vector<std::vector<Row>> results(static_cast<size_t>(chunks));
    std::vector<std::atomic<bool>> ready(static_cast<size_t>(chunks)); // all false
    const QHash<QString, int> &typeIndex = engine.typeIndices();
    auto attributeNames = ruledAttributeNames(m_db, engine);
    if (!attributeNames)
        return attributeNames.error();
    if (chunks == 0)
        return report(0);

    std::atomic<qint64> nextChunk {0};
    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::mutex errorMutex;
    std::optional<Error> error;

    // One chunk of lead ids: read, score, keep the rows. Returns false on an error.
    auto processChunk = [&](const ScoreRepository &repo,
                            QHash<QString, std::optional<TitleLevel>> &titles, qint64 c) {
        const qint64 from = minId + c * kChunkIds;
        std::vector<Row> &rows = results[size_t(c)];
        auto r = repo.scan(from, from + kChunkIds, typeIndex, attributeNames.value(),
            [&](const LeadScanItem &lead, const std::vector<ActivityEvent> &acts) {
                const ScoreResult s = engine.score(
                    engine.fitPoints(lead.facts, &titles), acts.data(), acts.size(), now);
                rows.push_back(Row {lead.id, s.score, s.weekAgo, lead.score, lead.weekAgo,
                    qint8(s.band), lead.band ? qint8(*lead.band) : qint8(-1), s.fastTrack,
                    lead.fastTrack, lead.inLeadStage && !lead.everMql});
            });
        if (!r) {
            std::lock_guard lock(errorMutex);
            if (!error)
                error = r.error();
            stop = true;
            return false;
        }
        done += qint64(rows.size());
        ready[size_t(c)].store(true, std::memory_order_release);
        return true;
    };

    const int threads = int(std::min<qint64>(m_threads, chunks));
    if (threads <= 1) {
        // One thread: read a chunk on the caller's connection, hand it over, report. Reading
        // after the caller wrote earlier chunks is fine: a chunk's reads see only its own
        // leads (and their activities, attributes and stored bands), which are not written
        // before that chunk has been read.
        QHash<QString, std::optional<TitleLevel>> titles;
        const ScoreRepository repo(m_db);
        for (qint64 c = 0; c < chunks; ++c) {
            if (!processChunk(repo, titles, c))
                return *error;
            auto r = consume(results[size_t(c)]);
            std::vector<Row>().swap(results[size_t(c)]);
            if (!r)
                return r.error();
            if (!report(done.load()))
                return false;
        }
        return true;
    }

    // Each worker reads whole chunks on its own connection (WAL readers: they see the
    // database as it was before the caller's transaction wrote anything).
    auto work = [&] {
        QHash<QString, std::optional<TitleLevel>> titles;
        {
            const ScoreRepository repo(m_db);
            while (!stop.load()) {
                const qint64 c = nextChunk.fetch_add(1);
                if (c >= chunks || !processChunk(repo, titles, c))
                    break;
            }
        }
        m_db.closeThreadConnection();
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(work);
    // The calling thread takes the chunks in order as they become ready, and reports.
    std::optional<Error> consumeError;
    bool cancelled = false;
    qint64 next = 0;
    auto lastReport = std::chrono::steady_clock::now();
    while (next < chunks && !stop.load()) {
        if (ready[size_t(next)].load(std::memory_order_acquire)) {
            auto r = consume(results[size_t(next)]);
            std::vector<Row>().swap(results[size_t(next)]);
            ++next;
            if (!r) {
                consumeError = r.error();
                break;
            }
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (std::chrono::steady_clock::now() - lastReport < std::chrono::milliseconds(20))
                continue;
        }
        lastReport = std::chrono::steady_clock::now();
        if (!report(done.load())) {
            cancelled = true;
            break;
        }
    }
    stop = true;
    for (std::thread &t : pool)
        t.join();
    if (error)
        return *error;
    if (consumeError)
        return *consumeError;
    return !cancelled;
}

Result<RecomputeSummary> ScoringService::recomputeWith(const ScoringModel &model,
    std::optional<int> existingVersion, std::optional<qint64> actorId, const QString &note,
    const Progress &progress, PipelineService::Handover handover) const
{
    RecomputeSummary summary;
    const ScoringEngine engine(model);
    const qint64 now = secondsNow(m_clock);
    ScoreRepository scores(m_db);
    {
        // The write lock first: nobody changes leads or activities while they are read. A
        // cancel or failure anywhere below rolls everything back, the new version with it.
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        auto total = scores.leadCount();
        if (!total)
            return total.error();
        summary.leads = total.value();
        const qint64 progressTotal = std::max<qint64>(1, 2 * summary.leads);

        int version = 0;
        if (existingVersion) {
            version = *existingVersion;
        } else {
            auto v = scores.insertVersion(
                model.toJsonBytes(), QDateTime::fromSecsSinceEpoch(now, Qt::UTC), actorId, note);
            if (!v)
                return v.error();
            version = v.value();
        }
        if (auto a = scores.activate(version); !a)
            return a.error();

        // Only what changed is written: every existing lead_scores row gets the version and
        // time in one statement, then band and week-ago score only where they differ, rows
        // only for leads never scored, and leads.score only where the score moved. All in
        // lead id (rowid) order, chunk by chunk while the next chunks are read, in this one
        // transaction.
        const QDateTime scoredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
        if (auto c = scores.stampStates(version, scoredAt); !c)
            return c.error();
        qint64 written = 0;
        std::vector<ScoreRepository::ScoreRow> inserts, updates, changed;
        auto write = [&](const std::vector<Row> &chunk) -> Result<void> {
            inserts.clear();
            updates.clear();
            changed.clear();
            for (const Row &row : chunk) {
                // Fast-track is set by a fast-track activity and never cleared by scoring.
                const bool fast = row.oldFastTrack || row.fastTrack;
                const ScoreRepository::ScoreRow out {
                    row.id, row.score, row.weekAgo, ScoreBand(row.band), fast};
                if (row.oldBand < 0)
                    inserts.push_back(out);
                else if (row.band != row.oldBand || row.weekAgo != row.oldWeekAgo)
                    updates.push_back(out);
                if (row.score != row.oldScore || fast != row.oldFastTrack)
                    changed.push_back(out);
                if (row.score != row.oldScore)
                    ++summary.scoresChanged;
            }
            if (auto w = scores.insertStates(inserts, version, scoredAt); !w)
                return w;
            if (auto w = scores.updateStates(updates); !w)
                return w;
            if (auto w = scores.writeLeadScores(changed); !w)
                return w;
            written += qint64(chunk.size());
            return {};
        };
        auto scanned = scanAll(engine, now, write, [&](qint64 read) {
            return !progress || progress(std::min(read, summary.leads) + written, progressTotal);
        });
        if (!scanned)
            return scanned.error();
        if (!scanned.value()) {
            summary.cancelled = true;
            summary.scoresChanged = 0;
            return summary; // the transaction rolls back
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        summary.version = version;
    }
    if (progress)
        progress(2 * summary.leads, std::max<qint64>(1, 2 * summary.leads));
    // Promotions after the commit, through the pipeline; a crash in between is caught up by the
    // next scoring (the candidates are found from the stored scores).
    auto promoted = promoteReached(model, summary.version, {}, handover);
    if (!promoted)
        return promoted.error();
    summary.promoted = promoted.value();
    m_events.publish(LeadsReloaded {summary.leads});
    return summary;
}

Result<ImpactPreview> ScoringService::preview(
    const ScoringModel &model, const Progress &progress) const
{
    auto valid = ScoringModel::fromJson(model.toJson());
    if (!valid)
        return valid.error();
    const ScoringEngine engine(valid.value());
    ImpactPreview p;
    auto total = ScoreRepository(m_db).leadCount();
    if (!total)
        return total.error();
    auto count = [&](const std::vector<Row> &chunk) -> Result<void> {
        for (const Row &row : chunk) {
            ++p.leads;
            ++p.bands[size_t(row.band)];
            if (row.band != row.oldBand)
                ++p.bandChanges;
            if (row.score != row.oldScore)
                ++p.scoreChanges;
            if (row.promotable && row.score >= valid->mql)
                ++p.promoted;
        }
        return {};
    };
    auto scanned = scanAll(engine, secondsNow(m_clock), count, [&](qint64 read) {
        return !progress
            || progress(std::min(read, total.value()), std::max<qint64>(1, total.value()));
    });
    if (!scanned)
        return scanned.error();
    p.cancelled = !scanned.value();
    return p;
}

Result<LeadExplanation> ScoringService::explain(qint64 leadId) const
{
    ScoreRepository scores(m_db);
    auto state = scores.state(leadId);
    if (!state)
        return state.error();
    LeadExplanation out;
    out.leadId = leadId;
    out.storedScore = state->score;
    out.weekAgo = state->weekAgo;
    ScoringModel m;
    QDateTime at;
    if (state->band && state->scoredAt.isValid()) {
        auto stored = model(state->modelVersion);
        if (!stored)
            return stored.error();
        m = stored.value();
        at = state->scoredAt;
        out.scored = true;
        out.modelVersion = state->modelVersion;
    } else {
        auto active = activeModel();
        if (!active)
            return active.error();
        m = active->model;
        out.modelVersion = active->version;
        at = QDateTime::fromSecsSinceEpoch(secondsNow(m_clock), Qt::UTC);
    }
    const ScoringEngine engine(m);
    auto lead = scoredLead(m_db, engine, leadId);
    if (!lead)
        return lead.error();
    auto acts = scores.activities(leadId, engine.typeIndices());
    if (!acts)
        return acts.error();
    out.explanation = engine.explain(lead->facts, acts.value(), at);
    out.stale = out.scored && out.explanation.score != out.storedScore;
    return out;
}

Result<void> ScoringService::rescoreInTransaction(
    const ScoringEngine &engine, int version, const std::vector<qint64> &leadIds) const
{
    ScoreRepository scores(m_db);
    const qint64 now = secondsNow(m_clock);
    const QHash<QString, int> &typeIndex = engine.typeIndices();
    for (qint64 id : leadIds) {
        auto lead = scoredLead(m_db, engine, id);
        if (!lead)
            return lead.error();
        auto acts = scores.activities(id, typeIndex);
        if (!acts)
            return acts.error();
        const ScoreResult s = engine.score(lead->facts, acts.value(), now);
        LeadScoreState state;
        state.leadId = id;
        state.score = s.score;
        state.band = s.band;
        state.weekAgo = s.weekAgo;
        state.modelVersion = version;
        state.scoredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
        if (auto w = scores.upsertState(state); !w)
            return w;
        const bool fast = lead->fastTrack || s.fastTrack;
        if (s.score != lead->score || fast != lead->fastTrack) {
            if (auto w = scores.writeLeadScore(id, s.score, fast); !w)
                return w;
        }
    }
    return {};
}

Result<RescoreSummary> ScoringService::rescore(const std::vector<qint64> &leadIds) const
{
    return record({}, leadIds);
}

Result<RescoreSummary> ScoringService::addActivities(const std::vector<Activity> &activities) const
{
    std::vector<qint64> leadIds;
    QSet<qint64> seen;
    for (const Activity &act : activities) {
        if (!seen.contains(act.leadId)) {
            seen.insert(act.leadId);
            leadIds.push_back(act.leadId);
        }
    }
    return record(activities, leadIds);
}

Result<RescoreSummary> ScoringService::record(
    const std::vector<Activity> &activities, const std::vector<qint64> &leadIds) const
{
    RescoreSummary summary;
    ModelVersion active;
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        auto a = ensureActiveModel();
        if (!a)
            return a.error();
        active = a.value();
        TimelineRepository timeline(m_db);
        for (const Activity &act : activities) {
            if (auto w = timeline.insertActivity(act); !w)
                return w.error();
        }
        if (auto r = rescoreInTransaction(ScoringEngine(active.model), active.version, leadIds); !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    summary.leads = qint64(leadIds.size());
    auto promoted
        = promoteReached(active.model, active.version, leadIds, PipelineService::Handover::Route);
    if (!promoted)
        return promoted.error();
    summary.promoted = promoted.value();
    for (qint64 id : leadIds)
        m_events.publish(LeadUpdated {id});
    return summary;
}

Result<qint64> ScoringService::promoteReached(const ScoringModel &model, int version,
    const std::vector<qint64> &onlyLeads, PipelineService::Handover handover) const
{
    auto candidates = ScoreRepository(m_db).promotionCandidates(model.mql, onlyLeads);
    if (!candidates)
        return candidates.error();
    if (candidates->empty())
        return qint64(0);
    std::vector<StageChange> changes;
    changes.reserve(candidates->size());
    for (const PromotionCandidate &c : candidates.value()) {
        StageChange change;
        change.leadId = c.leadId;
        change.action = PipelineAction::Promote;
        change.note = tr("Score %1 reached the MQL threshold %2 (scoring model version %3)")
                          .arg(c.score)
                          .arg(model.mql)
                          .arg(version);
        changes.push_back(std::move(change));
    }
    auto moved = m_pipeline.changeAutomatically(changes, handover);
    if (!moved)
        return moved.error();
    return qint64(moved->size());
}

} // namespace bantam
