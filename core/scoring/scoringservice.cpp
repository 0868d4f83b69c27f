#include "scoring/scoringservice.h"

#include "clock.h"
#include "domain/storedtext.h"
#include "events/eventbus.h"
#include "people/permissions.h"
#include "pipeline/pipelineservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/importrepository.h"
#include "storage/settingstable.h"
#include "storage/timelinerepository.h"

#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <cstdlib>

namespace bantam {

namespace {

constexpr qint64 kChunkIds = 20000; // lead ids per unit of work in a full scan
// From this many leads on, a rescore reads them with a scan of their id range if they are dense
// in it.
constexpr size_t kBulkRescore = 64;

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

using TitleCache = QHash<QString, std::optional<TitleLevel>>;

// The most frequent values of a profile field the engine does not recognise.
Result<std::vector<UnrecognisedValue>> unrecognised(const Database &db,
    ScoreRepository::ProfileField field, const std::function<bool(const QString &)> &known)
{
    auto counts = ScoreRepository(db).valueCounts(field);
    if (!counts)
        return counts.error();
    // Values differing in case or spaces are one; the spelling most leads have is shown.
    QHash<QString, size_t> byKey;
    std::vector<UnrecognisedValue> out;
    std::vector<qint64> shownCount;
    for (const auto &[value, leads] : counts.value()) {
        const QString key = value.trimmed().toCaseFolded();
        if (key.isEmpty() || known(value))
            continue;
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            byKey.insert(key, out.size());
            out.push_back({value.trimmed(), leads});
            shownCount.push_back(leads);
            continue;
        }
        UnrecognisedValue &u = out[it.value()];
        u.leads += leads;
        if (leads > shownCount[it.value()]) {
            shownCount[it.value()] = leads;
            u.value = value.trimmed();
        }
    }
    std::sort(out.begin(), out.end(), [](const UnrecognisedValue &a, const UnrecognisedValue &b) {
        return a.leads != b.leads ? a.leads > b.leads : a.value < b.value;
    });
    if (out.size() > ImpactPreview::MaxUnrecognised)
        out.resize(ImpactPreview::MaxUnrecognised);
    return out;
}

// A full scan split into chunks of kChunkIds lead ids: each chunk is read and scored (by the
// caller, or by workers on their own connections), its rows kept until the caller consumes the
// chunks in order. Row is ScoringService's row of a scored lead.
template <typename Row>
class ChunkedScan
{
public:
    ChunkedScan(const Database &db, const ScoringEngine &engine, qint64 now, qint64 minId,
        qint64 chunks, const QStringList &attributeNames)
        : m_db(db)
        , m_engine(engine)
        , m_now(now)
        , m_minId(minId)
        , m_attributeNames(attributeNames)
        , m_results(static_cast<size_t>(chunks))
        , m_ready(static_cast<size_t>(chunks)) // all false
    { }

    qint64 chunks() const { return qint64(m_results.size()); }
    qint64 done() const { return m_done.load(); }
    const std::optional<Error> &error() const { return m_error; }

    // One chunk of lead ids: read, score, keep the rows. Returns false on an error.
    bool process(const ScoreRepository &repo, TitleCache &titles, qint64 c)
    {
        const qint64 from = m_minId + c * kChunkIds;
        std::vector<Row> &rows = m_results[size_t(c)];
        auto r = repo.scan(from, from + kChunkIds, m_engine.typeIndices(), m_attributeNames,
            [&](const LeadScanItem &lead, const std::vector<ActivityEvent> &acts) {
                const ScoreResult s = m_engine.score(
                    m_engine.fitPoints(lead.facts, &titles), acts.data(), acts.size(), m_now);
                rows.push_back(Row {lead.id, s.score, s.weekAgo, lead.score, lead.weekAgo,
                    qint8(s.band), lead.band ? qint8(*lead.band) : qint8(-1), s.fastTrack,
                    lead.fastTrack, lead.inLeadStage && !lead.everMql});
            });
        if (!r) {
            std::lock_guard lock(m_errorMutex);
            if (!m_error)
                m_error = r.error();
            m_stop = true;
            return false;
        }
        m_done += qint64(rows.size());
        m_ready[size_t(c)].store(true, std::memory_order_release);
        return true;
    }

    // Hands chunk c's rows to consume and frees them.
    template <typename Consume>
    Result<void> consume(qint64 c, const Consume &consume)
    {
        auto r = consume(m_results[size_t(c)]);
        std::vector<Row>().swap(m_results[size_t(c)]);
        return r;
    }

    // One thread: read a chunk on the caller's connection, hand it over, report. Reading after
    // the caller wrote earlier chunks is fine: a chunk's reads see only its own leads (and their
    // activities, attributes and stored bands), which are not written before that chunk has been
    // read.
    template <typename Consume, typename Report>
    Result<bool> runOnCaller(const Consume &consume, const Report &report)
    {
        TitleCache titles;
        const ScoreRepository repo(m_db);
        for (qint64 c = 0; c < chunks(); ++c) {
            if (!process(repo, titles, c))
                return *m_error;
            if (auto r = this->consume(c, consume); !r)
                return r.error();
            if (!report(done()))
                return false;
        }
        return true;
    }

    // Workers read whole chunks on their own connections (WAL readers: they see the database as
    // it was before the caller's transaction wrote anything); the calling thread takes the
    // chunks in order as they become ready, and reports.
    template <typename Consume, typename Report>
    Result<bool> runInParallel(int threads, const Consume &consume, const Report &report)
    {
        std::vector<std::thread> pool;
        pool.reserve(size_t(threads));
        for (int i = 0; i < threads; ++i)
            pool.emplace_back([this] { work(); });
        std::optional<Error> consumeError;
        bool cancelled = false;
        qint64 next = 0;
        auto lastReport = std::chrono::steady_clock::now();
        while (next < chunks() && !m_stop.load()) {
            if (m_ready[size_t(next)].load(std::memory_order_acquire)) {
                auto r = this->consume(next, consume);
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
            if (!report(done())) {
                cancelled = true;
                break;
            }
        }
        m_stop = true;
        for (std::thread &t : pool)
            t.join();
        if (m_error)
            return *m_error;
        if (consumeError)
            return *consumeError;
        return !cancelled;
    }

private:
    void work()
    {
        TitleCache titles;
        {
            const ScoreRepository repo(m_db);
            while (!m_stop.load()) {
                const qint64 c = m_nextChunk.fetch_add(1);
                if (c >= chunks() || !process(repo, titles, c))
                    break;
            }
        }
        m_db.closeThreadConnection();
    }

    const Database &m_db;
    const ScoringEngine &m_engine;
    const qint64 m_now;
    const qint64 m_minId;
    const QStringList &m_attributeNames;
    std::vector<std::vector<Row>> m_results;
    std::vector<std::atomic<bool>> m_ready;
    std::atomic<qint64> m_nextChunk {0};
    std::atomic<qint64> m_done {0};
    std::atomic<bool> m_stop {false};
    std::mutex m_errorMutex;
    std::optional<Error> m_error;
};

// Saves the model as a new version unless it has one, and makes that version the active one.
// A change of the active version is in the audit log (who saved or restored which version).
Result<int> activateVersion(const Database &db, const ScoreRepository &scores,
    const ScoringModel &model, std::optional<int> existingVersion, std::optional<qint64> actorId,
    const QString &note, qint64 now)
{
    auto before = scores.active();
    if (!before)
        return before.error();
    const int previous = before.value() ? before.value()->version : 0;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    int version = 0;
    if (existingVersion) {
        version = *existingVersion;
    } else {
        auto v = scores.insertVersion(model.toJsonBytes(), at, actorId, note);
        if (!v)
            return v.error();
        version = v.value();
    }
    if (auto a = scores.activate(version); !a)
        return a.error();
    if (version != previous) {
        if (auto a = AuditLog(db).recordChange(actorId, at, QStringLiteral("score_model"), version,
                QStringLiteral("active_version"), previous ? QString::number(previous) : QString(),
                QString::number(version), note);
            !a)
            return a.error();
    }
    return version;
}

// A full recompute's writes, chunk by chunk: band and week-ago score only where they differ,
// rows only for leads never scored, and leads.score only where the score moved. Row is
// ScoringService's row of a scored lead.
template <typename Row>
class ChangedScoresWriter
{
public:
    ChangedScoresWriter(const ScoreRepository &scores, int version, const QDateTime &scoredAt,
        RecomputeSummary &summary)
        : m_scores(scores)
        , m_version(version)
        , m_scoredAt(scoredAt)
        , m_summary(summary)
    { }

    qint64 written() const { return m_written; }

    Result<void> write(const std::vector<Row> &chunk)
    {
        m_inserts.clear();
        m_updates.clear();
        m_changed.clear();
        for (const Row &row : chunk) {
            // Fast-track is set by a fast-track activity and never cleared by scoring.
            const bool fast = row.oldFastTrack || row.fastTrack;
            const ScoreRepository::ScoreRow out {
                row.id, row.score, row.weekAgo, ScoreBand(row.band), fast};
            if (row.oldBand < 0)
                m_inserts.push_back(out);
            else if (row.band != row.oldBand || row.weekAgo != row.oldWeekAgo)
                m_updates.push_back(out);
            if (row.score != row.oldScore || fast != row.oldFastTrack)
                m_changed.push_back(out);
            if (row.score != row.oldScore)
                ++m_summary.scoresChanged;
        }
        if (auto w = m_scores.insertStates(m_inserts, m_version, m_scoredAt); !w)
            return w;
        if (auto w = m_scores.updateStates(m_updates); !w)
            return w;
        if (auto w = m_scores.writeLeadScores(m_changed); !w)
            return w;
        m_written += qint64(chunk.size());
        return {};
    }

private:
    const ScoreRepository &m_scores;
    const int m_version;
    const QDateTime m_scoredAt;
    RecomputeSummary &m_summary;
    qint64 m_written = 0;
    std::vector<ScoreRepository::ScoreRow> m_inserts, m_updates, m_changed;
};

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

Result<ModelVersion> readActiveModel(const Database &db)
{
    auto stored = ScoreRepository(db).active();
    if (!stored)
        return stored.error();
    ModelVersion v;
    if (!stored->has_value()) {
        v.model = ScoringModel::defaults();
        return v;
    }
    auto m = ScoringModel::fromJsonBytes(stored.value()->json);
    if (!m)
        return Error::storage(
            ScoringService::tr("Scoring model version %1 in the database is damaged: %2")
                .arg(stored.value()->version)
                .arg(m.error().message));
    v.version = stored.value()->version;
    v.model = m.value();
    v.stored = *stored.value();
    return v;
}

Result<ModelVersion> ScoringService::activeModel() const
{
    return readActiveModel(m_db);
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
        storedtext::encode("scoring_default_model"));
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
            storedtext::encode("scoring_default_model"), progress, handover);
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
    auto attributeNames = ruledAttributeNames(m_db, engine);
    if (!attributeNames)
        return attributeNames.error();
    if (chunks == 0)
        return report(0);
    ChunkedScan<Row> scan(m_db, engine, now, minId, chunks, attributeNames.value());
    const int threads = int(std::min<qint64>(m_threads, chunks));
    if (threads <= 1)
        return scan.runOnCaller(consume, report);
    return scan.runInParallel(threads, consume, report);
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

        auto version = activateVersion(m_db, scores, model, existingVersion, actorId, note, now);
        if (!version)
            return version.error();

        // Only what changed is written: every existing lead_scores row gets the version and
        // time in one statement, then the changes (ChangedScoresWriter). All in lead id (rowid)
        // order, chunk by chunk while the next chunks are read, in this one transaction.
        const QDateTime scoredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
        if (auto c = scores.stampStates(version.value(), scoredAt); !c)
            return c.error();
        // Most leads never scored (demo data, the first scoring after a large load): nearly
        // every score is new, and the indexes that hold it are made again after the writes
        // instead of kept up row by row (a million leads in the sqlite3 shell: 13 instead of 22
        // CPU seconds). In this transaction: a cancel or failure rolls them back too.
        auto scored = scores.scoredCount();
        if (!scored)
            return scored.error();
        std::optional<DeferredIndexes> scoreIndexes;
        if (2 * (summary.leads - scored.value()) > summary.leads) {
            auto dropped = DeferredIndexes::dropHolding(
                m_db, QStringLiteral("leads"), {QStringLiteral("score")});
            if (!dropped)
                return dropped.error();
            scoreIndexes = std::move(dropped.value());
        }
        ChangedScoresWriter<Row> writer(scores, version.value(), scoredAt, summary);
        auto write = [&writer](const std::vector<Row> &chunk) { return writer.write(chunk); };
        auto scanned = scanAll(engine, now, write, [&](qint64 read) {
            return !progress
                || progress(std::min(read, summary.leads) + writer.written(), progressTotal);
        });
        if (!scanned)
            return scanned.error();
        if (!scanned.value()) {
            summary.cancelled = true;
            summary.scoresChanged = 0;
            return summary; // the transaction rolls back
        }
        if (scoreIndexes) {
            if (auto r = scoreIndexes->restore(m_db); !r)
                return r.error();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        summary.version = version.value();
    }
    if (progress)
        progress(2 * summary.leads, std::max<qint64>(1, 2 * summary.leads));
    // Promotions after the commit, through the pipeline; a crash in between is caught up by the
    // next scoring or by health/owedwork.h (the candidates are found from the stored scores).
    if (qgetenv("BANTAM_TEST_CRASH_AT") == "recomputed")
        std::abort(); // the crash trials' window: scores committed, promotions not done
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
    auto active = activeModel();
    if (!active)
        return active.error();
    auto driver = scoreDriver();
    if (!driver)
        return driver.error();
    const ScoringEngine engine(valid.value());
    ImpactPreview p;
    p.learnedDriver = driver->driver == ScoreDriver::Learned;
    auto total = ScoreRepository(m_db).leadCount();
    if (!total)
        return total.error();
    // Like with like: the candidate and the active model both score every lead at the same
    // moment. Stored scores were computed earlier and activities have aged since, so comparing
    // with them would count decay as the candidate's doing; that difference is reported apart
    // (drifted). An unchanged model needs one scan only.
    const qint64 now = secondsNow(m_clock);
    const bool unchanged = active->model == valid.value();
    const int scans = unchanged ? 1 : 2;
    const qint64 steps = std::max<qint64>(1, scans * total.value());
    struct Baseline
    {
        qint64 id;
        int score;
        qint8 band;
    };
    std::vector<Baseline> baseline;
    if (!unchanged) {
        baseline.reserve(size_t(total.value()));
        const ScoringEngine activeEngine(active->model);
        auto keep = [&](const std::vector<Row> &chunk) -> Result<void> {
            for (const Row &row : chunk) {
                baseline.push_back({row.id, row.score, row.band});
                if (row.score != row.oldScore)
                    ++p.drifted;
            }
            return {};
        };
        auto scanned = scanAll(activeEngine, now, keep, [&](qint64 read) {
            return !progress || progress(std::min(read, total.value()), steps);
        });
        if (!scanned)
            return scanned.error();
        if (!scanned.value()) {
            p.cancelled = true;
            return p;
        }
    }
    size_t next = 0; // chunks arrive in lead id order in both scans
    auto count = [&](const std::vector<Row> &chunk) -> Result<void> {
        for (const Row &row : chunk) {
            ++p.leads;
            ++p.bands[static_cast<quint8>(row.band)]; // a scored band: 0..2
            int before = row.score;
            qint8 beforeBand = row.band;
            if (unchanged) {
                if (row.score != row.oldScore)
                    ++p.drifted;
            } else {
                while (next < baseline.size() && baseline[next].id < row.id)
                    ++next;
                if (next < baseline.size() && baseline[next].id == row.id) {
                    before = baseline[next].score;
                    beforeBand = baseline[next].band;
                } else { // added between the two scans: against what is stored
                    before = row.oldScore;
                    beforeBand = row.oldBand;
                }
            }
            if (row.band != beforeBand)
                ++p.bandChanges;
            if (row.score != before)
                ++p.scoreChanges;
            if (!p.learnedDriver && row.promotable && row.score >= valid->mql)
                ++p.promoted;
        }
        return {};
    };
    const qint64 offset = unchanged ? 0 : total.value();
    auto scanned = scanAll(engine, now, count, [&](qint64 read) {
        return !progress || progress(offset + std::min(read, total.value()), steps);
    });
    if (!scanned)
        return scanned.error();
    p.cancelled = !scanned.value();
    if (p.cancelled)
        return p;
    using Field = ScoreRepository::ProfileField;
    const std::pair<Field, std::vector<UnrecognisedValue> *> lists[] = {
        {Field::JobTitle, &p.unrecognisedTitles},
        {Field::CompanySize, &p.unrecognisedSizes},
        {Field::Industry, &p.unrecognisedIndustries},
    };
    for (const auto &[field, list] : lists) {
        auto values = unrecognised(m_db, field, [&engine, field = field](const QString &v) {
            switch (field) {
            case Field::JobTitle:
                return engine.titleLevel(v).has_value();
            case Field::CompanySize:
                return engine.sizeBand(v) != nullptr;
            case Field::Industry:
                return engine.knowsIndustry(v);
            }
            return false;
        });
        if (!values)
            return values.error();
        *list = std::move(values.value());
    }
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
    if (leadIds.size() >= kBulkRescore) {
        const auto [lowest, highest] = std::minmax_element(leadIds.begin(), leadIds.end());
        if (*highest - *lowest < qint64(leadIds.size()) * 4)
            return rescoreRange(engine, version, leadIds, *lowest, *highest);
    }
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

// Many leads close together in id order (an import batch): read with the full recompute's scan
// of their id range and written with its bulk statements, instead of a few statements per lead.
Result<void> ScoringService::rescoreRange(const ScoringEngine &engine, int version,
    const std::vector<qint64> &leadIds, qint64 lowest, qint64 highest) const
{
    ScoreRepository scores(m_db);
    const qint64 now = secondsNow(m_clock);
    auto attributeNames = ruledAttributeNames(m_db, engine);
    if (!attributeNames)
        return attributeNames.error();
    QSet<qint64> wanted(leadIds.begin(), leadIds.end());
    std::vector<ScoreRepository::ScoreRow> states, changed;
    states.reserve(wanted.size());
    auto scanned = scores.scan(lowest, highest + 1, engine.typeIndices(), attributeNames.value(),
        [&](const LeadScanItem &lead, const std::vector<ActivityEvent> &acts) {
            if (!wanted.remove(lead.id))
                return;
            const ScoreResult s = engine.score(lead.facts, acts, now);
            ScoreRepository::ScoreRow row;
            row.leadId = lead.id;
            row.score = s.score;
            row.weekAgo = s.weekAgo;
            row.band = s.band;
            row.fastTrack = lead.fastTrack || s.fastTrack;
            states.push_back(row);
            if (s.score != lead.score || row.fastTrack != lead.fastTrack)
                changed.push_back(row);
        });
    if (!scanned)
        return scanned;
    if (!wanted.isEmpty())
        return Error::notFound(tr("There is no lead with the id %1.")
                                   .arg(*std::min_element(wanted.begin(), wanted.end())));
    if (auto w = scores.upsertStates(states, version, QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
        !w)
        return w;
    return scores.writeLeadScores(changed);
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
    return promoteScored(active, leadIds);
}

Result<RescoreSummary> ScoringService::promoteScored(
    const ModelVersion &active, const std::vector<qint64> &leadIds) const
{
    RescoreSummary summary;
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

LeadFacts ScoringService::factsOf(const LeadProfile &profile)
{
    LeadFacts f;
    f.jobTitle = profile.jobTitle;
    f.industry = profile.industry;
    f.companySize = profile.companySize;
    f.country = profile.country;
    f.source = profile.source;
    f.campaign = profile.campaign;
    return f;
}

Result<ScoringService::NewScores> ScoringService::scoreNew(
    const std::vector<LeadFacts> &leads) const
{
    auto active = ensureActiveModel();
    if (!active)
        return active.error();
    return scoreBeforeInsert(active.value(), leads, nullptr);
}

Result<ScoringService::NewScores> ScoringService::scoreGenerated(
    const std::vector<LeadFacts> &leads, const std::vector<std::vector<Activity>> &activities) const
{
    Q_ASSERT(leads.size() == activities.size());
    auto found = activeModel();
    if (!found)
        return found.error();
    ModelVersion active = std::move(found).value();
    if (active.version == 0) {
        // Saved as recomputeAutomatically() saves the built-in model: noted and audited.
        auto version = activateVersion(m_db, ScoreRepository(m_db), active.model, std::nullopt,
            std::nullopt, storedtext::encode("scoring_default_model"), secondsNow(m_clock));
        if (!version)
            return version.error();
        active.version = version.value();
    }
    return scoreBeforeInsert(active, leads, &activities);
}

Result<ScoringService::NewScores> ScoringService::scoreBeforeInsert(const ModelVersion &active,
    const std::vector<LeadFacts> &leads, const std::vector<std::vector<Activity>> *activities) const
{
    auto driver = scoreDriver();
    if (!driver)
        return driver.error();
    const ScoringEngine engine(active.model);
    const qint64 now = secondsNow(m_clock);
    NewScores out;
    out.version = active.version;
    out.scoredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    // The learned driver promotes by a stored chance, which only PredictiveService writes.
    out.mayPromote = driver->driver == ScoreDriver::Learned;
    out.rows.reserve(leads.size());
    TitleCache titles;
    std::vector<std::pair<qint64, const QString *>> timed;
    std::vector<ActivityEvent> events;
    for (size_t i = 0; i < leads.size(); ++i) {
        events.clear();
        if (activities) {
            // In the order a full recompute reads them: by time, then by type.
            timed.clear();
            for (const Activity &a : (*activities)[i])
                timed.emplace_back(a.at.toSecsSinceEpoch(), &a.type);
            std::sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) {
                return a.first != b.first ? a.first < b.first : *a.second < *b.second;
            });
            for (const auto &[at, type] : timed)
                events.push_back({at, engine.typeIndex(*type)});
        }
        const ScoreResult s
            = engine.score(engine.fitPoints(leads[i], &titles), events.data(), events.size(), now);
        ScoreRepository::ScoreRow row;
        row.score = s.score;
        row.weekAgo = s.weekAgo;
        row.band = s.band;
        row.fastTrack = s.fastTrack;
        out.rows.push_back(row);
        out.mayPromote = out.mayPromote || s.score >= active.model.mql;
    }
    return out;
}

Result<void> ScoringService::storeNewScores(
    NewScores &scores, const std::vector<qint64> &leadIds) const
{
    Q_ASSERT(leadIds.size() == scores.rows.size());
    for (size_t i = 0; i < leadIds.size(); ++i)
        scores.rows[i].leadId = leadIds[i];
    return ScoreRepository(m_db).insertStates(scores.rows, scores.version, scores.scoredAt);
}

Result<RescoreSummary> ScoringService::promoteNew(
    const std::vector<qint64> &leadIds, bool mayPromote) const
{
    if (mayPromote) {
        auto active = activeModel();
        if (!active)
            return active.error();
        return promoteScored(active.value(), leadIds);
    }
    for (qint64 id : leadIds)
        m_events.publish(LeadUpdated {id});
    return RescoreSummary {qint64(leadIds.size()), 0};
}

Result<std::vector<PromotionCandidate>> ScoringService::candidates(
    const ScoringModel &model, const std::vector<qint64> &onlyLeads) const
{
    auto driver = scoreDriver();
    if (!driver)
        return driver.error();
    const ScoreRepository scores(m_db);
    if (driver->driver == ScoreDriver::Learned)
        return scores.chanceCandidates(qRound(driver->learnedMql * 100), onlyLeads);
    return scores.promotionCandidates(model.mql, onlyLeads);
}

Result<std::vector<qint64>> ScoringService::promotionOwed() const
{
    auto active = activeModel();
    if (!active)
        return active.error();
    auto found = candidates(active->model, {});
    if (!found)
        return found.error();
    std::vector<qint64> ids;
    ids.reserve(found->size());
    for (const PromotionCandidate &c : found.value())
        ids.push_back(c.leadId);
    return ids;
}

Result<qint64> ScoringService::promoteReached(const ScoringModel &model, int version,
    const std::vector<qint64> &onlyLeads, PipelineService::Handover handover) const
{
    auto driver = scoreDriver();
    if (!driver)
        return driver.error();
    const bool learned = driver->driver == ScoreDriver::Learned;
    const int minChance = qRound(driver->learnedMql * 100);
    auto candidates = this->candidates(model, onlyLeads);
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
        change.note = learned
            ? storedtext::encode("chance_reached_mql",
                {QString::number(c.score), QString::number(minChance), QString::number(c.version)})
            : storedtext::encode("score_reached_mql",
                {QString::number(c.score), QString::number(model.mql), QString::number(version)});
        changes.push_back(std::move(change));
    }
    auto moved = m_pipeline.changeAutomatically(changes, handover);
    if (!moved)
        return moved.error();
    return qint64(moved->size());
}

Result<ScoreDriverSetting> readScoreDriver(const Database &db)
{
    auto values = SettingsTable(db, "scoring_settings").all();
    if (!values)
        return values.error();
    ScoreDriverSetting s;
    s.driver = scoreDriverFromKey(values->value(QStringLiteral("driver"))).value_or(s.driver);
    bool ok = false;
    const double mql = values->value(QStringLiteral("learned_mql")).toDouble(&ok);
    if (ok)
        s.learnedMql = mql;
    return s;
}

Result<ScoreDriverSetting> ScoringService::scoreDriver() const
{
    return readScoreDriver(m_db);
}

Result<qint64> ScoringService::setScoreDriver(
    const User &actor, const ScoreDriverSetting &setting) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    if (!(setting.learnedMql >= 0.05 && setting.learnedMql <= 0.95))
        return Error::invalid(tr("The learned MQL threshold is a chance between 0.05 and 0.95 "
                                 "(not %1).")
                                  .arg(setting.learnedMql),
            QStringLiteral("threshold"));
    const QDateTime now = m_clock.now();
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        const SettingsTable table(m_db, "scoring_settings");
        const AuditLog audit(m_db);
        const std::pair<QString, QString> values[] = {
            {QStringLiteral("driver"), scoreDriverKey(setting.driver)},
            {QStringLiteral("learned_mql"), QString::number(setting.learnedMql, 'g', 3)},
        };
        for (const auto &[key, value] : values) {
            auto before = table.set(key, value, now, actor.id);
            if (!before)
                return before.error();
            if (auto a = audit.recordChange(actor.id, now, QStringLiteral("scoring_settings"), 0,
                    key, before.value(), value);
                !a)
                return a.error();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    return promoteReachedLeads();
}

Result<qint64> ScoringService::promoteReachedLeads(PipelineService::Handover handover) const
{
    auto active = activeModel();
    if (!active)
        return active.error();
    return promoteReached(active->model, active->version, {}, handover);
}

} // namespace bantam
