#include "scoring/predictiveservice.h"

#include "clock.h"
#include "people/permissions.h"
#include "scoring/scoringmodel.h"
#include "scoring/scoringservice.h"
#include "storage/database.h"
#include "storage/scorerepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <future>

namespace bantam {

namespace {

QJsonObject scoreJson(const ScoreEvaluation &s)
{
    QJsonArray deciles;
    for (const DecileRow &d : s.deciles)
        deciles.append(QJsonObject {{QStringLiteral("leads"), d.leads},
            {QStringLiteral("predicted"), d.predicted}, {QStringLiteral("actual"), d.actual}});
    return QJsonObject {{QStringLiteral("auc"), s.auc}, {QStringLiteral("brier"), s.brier},
        {QStringLiteral("log_loss"), s.logLoss}, {QStringLiteral("deciles"), deciles}};
}

ScoreEvaluation scoreFromJson(const QJsonObject &o)
{
    ScoreEvaluation s;
    s.auc = o.value(QStringLiteral("auc")).toDouble(0.5);
    s.brier = o.value(QStringLiteral("brier")).toDouble(0.25);
    s.logLoss = o.value(QStringLiteral("log_loss")).toDouble(s.logLoss); // not stored before
    const QJsonArray deciles = o.value(QStringLiteral("deciles")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(10, deciles.size()); ++i) {
        const QJsonObject d = deciles.at(i).toObject();
        s.deciles[size_t(i)] = {d.value(QStringLiteral("leads")).toInteger(),
            d.value(QStringLiteral("predicted")).toDouble(),
            d.value(QStringLiteral("actual")).toDouble()};
    }
    return s;
}

// The training examples of a target among the leads: those whose outcome is known. Their inputs
// are moved out of the leads (a million leads' attributes are not copied), which go after.
std::vector<TrainingExample> examplesOf(std::vector<PredictLead> leads, PredictTarget target)
{
    std::vector<TrainingExample> out;
    for (PredictLead &l : leads) {
        TrainingExample e {l.id, std::move(l.input), l.stageChangedAt, false, double(l.score)};
        if (target == PredictTarget::Sql) {
            if (l.sqlAt || l.stage == Stage::Won) {
                e.positive = true;
                e.at = l.sqlAt.value_or(l.wonAt.value_or(l.stageChangedAt));
            } else if (l.stage != Stage::Disqualified && l.stage != Stage::Lost) {
                continue;
            }
        } else {
            if (l.stage == Stage::Won) {
                e.positive = true;
                e.at = l.wonAt.value_or(l.stageChangedAt);
            } else if (l.stage != Stage::Disqualified && l.stage != Stage::Lost) {
                continue;
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

int hundredths(double v)
{
    return int(std::floor(v * 100 + 0.5));
}

} // namespace

QJsonObject evaluationToJson(const TrainingEvaluation &e)
{
    QJsonObject o {{QStringLiteral("training_leads"), e.trainingLeads},
        {QStringLiteral("training_positives"), e.trainingPositives},
        {QStringLiteral("holdout_leads"), e.holdoutLeads},
        {QStringLiteral("holdout_positives"), e.holdoutPositives},
        {QStringLiteral("learned"), scoreJson(e.learned)},
        {QStringLiteral("rules"), scoreJson(e.rules)},
        {QStringLiteral("regularisation"), e.regularisation}};
    if (!e.leakingFeature.isEmpty()) {
        o.insert(QStringLiteral("leaking_feature"), e.leakingFeature);
        o.insert(QStringLiteral("leaking_auc"), e.leakingAuc);
    }
    return o;
}

TrainingEvaluation evaluationFromJson(const QJsonObject &o)
{
    TrainingEvaluation e;
    e.trainingLeads = o.value(QStringLiteral("training_leads")).toInteger();
    e.trainingPositives = o.value(QStringLiteral("training_positives")).toInteger();
    e.holdoutLeads = o.value(QStringLiteral("holdout_leads")).toInteger();
    e.regularisation
        = o.value(QStringLiteral("regularisation")).toDouble(1); // 1 before it was chosen
    e.holdoutPositives = o.value(QStringLiteral("holdout_positives")).toInteger();
    e.learned = scoreFromJson(o.value(QStringLiteral("learned")).toObject());
    e.rules = scoreFromJson(o.value(QStringLiteral("rules")).toObject());
    e.leakingFeature = o.value(QStringLiteral("leaking_feature")).toString();
    e.leakingAuc = o.value(QStringLiteral("leaking_auc")).toDouble();
    return e;
}

PredictiveService::PredictiveService(
    const Database &db, const Clock &clock, const ScoringService &scoring)
    : m_db(db)
    , m_clock(clock)
    , m_scoring(scoring)
{ }

Result<TrainingResult> PredictiveService::train(
    const TrainOptions &options, const Progress &progress) const
{
    auto leads = PredictiveRepository(m_db).leads();
    if (!leads)
        return leads.error();
    const qint64 total = qint64(leads->size());
    if (progress && !progress(total / 2, total)) {
        TrainingResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    const std::vector<TrainingExample> examples
        = examplesOf(std::move(leads).value(), options.target);
    // Activities decay with the rule model's half-life, as its behaviour points do.
    TrainOptions o = options;
    o.halfLifeDays = ScoringModel::defaults().halfLifeDays;
    auto rules = ScoreRepository(m_db).active();
    if (!rules)
        return rules.error();
    if (rules.value())
        if (auto m = ScoringModel::fromJsonBytes(rules.value()->json))
            o.halfLifeDays = m->halfLifeDays;
    auto result = PredictiveTrainer::train(
        examples, o, [&]() { return !progress || progress(total / 2, total); });
    if (result && progress && !result->cancelled)
        progress(total, total);
    return result;
}

Result<PredictSummary> PredictiveService::save(const User &actor, const TrainingResult &trained,
    const QString &note, const Progress &progress) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    if (trained.cancelled)
        return Error::invalid(tr("The training was cancelled: there is no model to save."));
    return store(trained.model, trained.evaluation, std::nullopt, actor.id, note, progress);
}

Result<PredictSummary> PredictiveService::restore(
    const User &actor, int version, const Progress &progress) const
{
    if (auto p = permissions::mayEditScoringModel(actor); !p)
        return p.error();
    auto stored = PredictiveRepository(m_db).version(version);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::notFound(tr("There is no learned score version %1.").arg(version));
    auto model = PredictiveModel::fromJsonBytes(stored.value()->modelJson);
    if (!model)
        return model.error();
    return store(model.value(), {}, version, actor.id, QString(), progress);
}

namespace {

using Chances = std::vector<std::pair<qint64, int>>;

// Scores one share of the open leads as the repository's scan hands them over, into out.
// Every 10,000 leads it asks report() whether to go on; stop ends it from another thread.
class ShareScorer final : public PredictiveRepository::OpenLeadSink
{
public:
    ShareScorer(const Predictor &predictor, qint64 now, const std::atomic<bool> &stop,
        std::atomic<qint64> &done, std::function<bool()> report, Chances &out)
        : m_scan(predictor, now)
        , m_stop(stop)
        , m_done(done)
        , m_report(std::move(report))
        , m_out(out)
    { }
    void lead(const PredictLead &lead) override
    {
        m_id = lead.id;
        m_scan.begin(lead.input);
    }
    void attribute(std::string_view name, std::string_view value) override
    {
        m_scan.attribute(name, value);
    }
    void activity(qint64 at, std::string_view type) override { m_scan.activity(at, type); }
    bool leadDone() override
    {
        m_out.emplace_back(m_id, Predictor::percent(m_scan.logOdds()));
        ++m_done;
        if (m_stop.load(std::memory_order_relaxed))
            return false;
        return ++m_count % 10000 != 0 || m_report();
    }

private:
    Predictor::Scan m_scan;
    const std::atomic<bool> &m_stop;
    std::atomic<qint64> &m_done;
    std::function<bool()> m_report;
    Chances &m_out;
    qint64 m_id = 0;
    qint64 m_count = 0;
};

} // namespace

// Every open lead's chance under the model, in lead id order; nullopt if cancelled. The leads
// are read and scored in two shares of their ids at once: the upper one on a worker thread's own
// connection (it sees the leads as committed; the caller's transaction has written nothing it
// reads), the lower one on the caller's, which reports progress. Each lead is scored as it is
// read and then forgotten; reading is most of the work (at a million leads, about 19 million
// attribute values).
Result<std::optional<std::vector<std::pair<qint64, int>>>> PredictiveService::scoreOpenLeads(
    const PredictiveModel &model, qint64 nowSecs, const Progress &progress) const
{
    const PredictiveRepository repo(m_db);
    auto range = ScoreRepository(m_db).idRange();
    if (!range)
        return range.error();
    auto total = repo.openLeadCount();
    if (!total)
        return total.error();
    // Plain names, not a structured binding: the lambdas below capture them (clang 15).
    const qint64 minId = range->first, maxId = range->second;
    const qint64 middle = minId + (maxId - minId + 1) / 2;
    const Predictor predictor(model);
    std::atomic<bool> stop {false};
    std::atomic<qint64> done {0};
    auto upper = std::async(std::launch::async, [&]() -> Result<Chances> {
        Chances out;
        ShareScorer scorer(
            predictor, nowSecs, stop, done, [] { return true; }, out);
        auto read = PredictiveRepository(m_db).scanOpenLeads(middle, maxId + 1, scorer);
        m_db.closeThreadConnection();
        if (!read)
            return read.error();
        return out;
    });
    const auto cancelUpper = [&] {
        stop = true;
        upper.wait();
    };
    const auto report = [&] { return !progress || progress(done.load(), total.value()); };
    Chances chances;
    ShareScorer scorer(predictor, nowSecs, stop, done, report, chances);
    auto lower = repo.scanOpenLeads(minId, middle, scorer);
    if (!lower || !lower.value()) {
        cancelUpper();
        if (!lower)
            return lower.error();
        return std::optional<Chances>();
    }
    while (upper.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (!report()) {
            cancelUpper();
            return std::optional<Chances>();
        }
    }
    auto rest = upper.get();
    if (!rest)
        return rest.error();
    if (!report())
        return std::optional<Chances>();
    chances.insert(chances.end(), rest->begin(), rest->end());
    return std::optional<Chances>(std::move(chances));
}

Result<PredictSummary> PredictiveService::store(const PredictiveModel &model,
    const TrainingEvaluation &evaluation, std::optional<int> existingVersion, qint64 actorId,
    const QString &note, const Progress &progress) const
{
    const PredictiveRepository repo(m_db);
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    PredictSummary summary;
    if (existingVersion) {
        summary.version = *existingVersion;
    } else {
        StoredPrediction p;
        p.target = predictTargetKey(model.target);
        p.modelJson = model.toJsonBytes();
        p.evaluationJson
            = QJsonDocument(evaluationToJson(evaluation)).toJson(QJsonDocument::Compact);
        p.createdAt = now;
        p.createdBy = actorId;
        p.note = note;
        auto v = repo.insertVersion(p);
        if (!v)
            return v.error();
        summary.version = v.value();
    }
    if (auto a = repo.activate(summary.version); !a)
        return a.error();
    auto chances = scoreOpenLeads(model, now.toSecsSinceEpoch(), progress);
    if (!chances)
        return chances.error();
    if (!chances->has_value()) {
        summary.cancelled = true;
        return summary; // the transaction rolls back
    }
    if (auto r = repo.replaceChances(**chances, summary.version, now); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    summary.leads = qint64((*chances)->size());
    // Where marketing lets the learned chance drive handover, the new chances may hand leads
    // over (a failure leaves them to the next rescore; the version stands).
    if (auto driver = m_scoring.scoreDriver(); driver && driver->driver == ScoreDriver::Learned) {
        if (auto promoted = m_scoring.promoteReachedLeads())
            summary.promoted = promoted.value();
    }
    return summary;
}

Result<std::vector<StoredPrediction>> PredictiveService::versions() const
{
    return PredictiveRepository(m_db).versions();
}

Result<std::optional<PredictionVersion>> PredictiveService::active() const
{
    auto stored = PredictiveRepository(m_db).active();
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<PredictionVersion>();
    auto model = PredictiveModel::fromJsonBytes(stored.value()->modelJson);
    if (!model)
        return model.error();
    PredictionVersion v {*stored.value(), model.value(),
        evaluationFromJson(QJsonDocument::fromJson(stored.value()->evaluationJson).object())};
    return std::optional<PredictionVersion>(std::move(v));
}

Result<std::optional<LeadChance>> PredictiveService::chance(qint64 leadId) const
{
    return PredictiveRepository(m_db).chance(leadId);
}

Result<std::shared_ptr<const Predictor>> PredictiveService::readyPredictor(
    const StoredPrediction &stored) const
{
    {
        const QMutexLocker lock(&m_readyMutex);
        if (m_ready && m_readyJson == stored.modelJson)
            return m_ready;
    }
    auto model = PredictiveModel::fromJsonBytes(stored.modelJson);
    if (!model)
        return model.error();
    auto ready = std::make_shared<const Predictor>(model.value());
    const QMutexLocker lock(&m_readyMutex);
    m_readyJson = stored.modelJson;
    m_ready = ready;
    return ready;
}

Result<PredictExplanation> PredictiveService::explain(qint64 leadId) const
{
    auto active = PredictiveRepository(m_db).active();
    if (!active)
        return active.error();
    if (!active.value())
        return Error::notFound(
            tr("No learned score is active: train one and save it first (score train --save)."));
    auto ready = readyPredictor(*active.value());
    if (!ready)
        return ready.error();
    const Predictor &predictor = *ready.value();
    const PredictiveModel &model = predictor.model();
    const PredictiveRepository repo(m_db);
    auto leads = repo.leads(leadId);
    if (!leads)
        return leads.error();
    if (leads->empty())
        return Error::notFound(tr("There is no lead %1.").arg(leadId));
    PredictExplanation x;
    x.leadId = leadId;
    x.version = active.value()->version;
    x.target = model.target;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    x.logOdds = model.bias;
    x.lines.push_back({tr("Baseline"), QString(), model.bias, hundredths(model.bias)});
    for (const PredictTerm &t : predictor.terms(leads->front().input, now)) {
        const PredictFeature &f = model.features[t.feature];
        QString value;
        if (f.kind == PredictFeature::Kind::AttributeNumber
            || f.kind == PredictFeature::Kind::ActivityCount)
            value = QString::number(t.raw, 'g', 4);
        x.lines.push_back(
            {model.featureLabel(f), value, t.contribution, hundredths(t.contribution)});
        x.logOdds += t.contribution;
    }
    std::stable_sort(
        x.lines.begin() + 1, x.lines.end(), [](const PredictLine &a, const PredictLine &b) {
            return std::abs(a.contribution) > std::abs(b.contribution);
        });
    x.logOddsHundredths = hundredths(x.logOdds);
    int shown = 0;
    for (const PredictLine &l : x.lines)
        shown += l.hundredths;
    if (shown != x.logOddsHundredths)
        x.lines.push_back({tr("Rounding"), QString(), 0, x.logOddsHundredths - shown});
    x.chance = Predictor::percent(x.logOdds);
    auto stored = repo.chance(leadId);
    if (!stored)
        return stored.error();
    if (stored.value())
        x.storedChance = stored.value()->chance;
    return x;
}

} // namespace bantam
