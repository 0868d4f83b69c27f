#include "scoring/predictivetrainer.h"

#include "scoring/numbertext.h"

#include <linear.h>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numeric>

namespace bantam {

namespace {

void silent(const char *) { }

// The training leads as liblinear's rows, featurised once: one sparse row per lead (1-based
// feature indices, then the bias as feature n + 1 that liblinear adds itself), labels +1 / −1.
// Fitted on all rows or on a subset of them, with any C, optionally from a starting point.
class LinearProblem
{
public:
    LinearProblem(const PredictiveModel &model, const std::vector<const TrainingExample *> &leads)
        : m_n(int(model.features.size()))
    {
        m_rows.reserve(leads.size());
        m_labels.reserve(leads.size());
        const Predictor featurizer(model);
        for (const TrainingExample *e : leads) {
            const std::vector<PredictTerm> terms = featurizer.terms(e->input, e->at);
            std::vector<feature_node> row;
            row.reserve(terms.size() + 2);
            for (const PredictTerm &t : terms)
                row.push_back({int(t.feature) + 1, t.x});
            row.push_back({m_n + 1, 1.0});
            row.push_back({-1, 0.0});
            m_rows.push_back(std::move(row));
            m_labels.push_back(e->positive ? 1.0 : -1.0);
        }
    }

    size_t size() const { return m_rows.size(); }
    bool positive(size_t row) const { return m_labels[row] > 0; }

    // The log-odds of a row under weights (features, then the bias).
    double logOdds(size_t row, const std::vector<double> &w) const
    {
        double sum = 0;
        for (const feature_node *x = m_rows[row].data(); x->index != -1; ++x)
            sum += w[size_t(x->index - 1)] * x->value;
        return sum;
    }

    // L2-regularised logistic regression with C on the given rows (all when empty), starting from
    // start (empty: from 0); gives the weights of the features, then the bias.
    Result<std::vector<double>> fit(
        double c, const std::vector<size_t> &rows = {}, const std::vector<double> &start = {}) const
    {
        std::vector<feature_node *> x;
        std::vector<double> y;
        const size_t l = rows.empty() ? m_rows.size() : rows.size();
        x.reserve(l);
        y.reserve(l);
        for (size_t i = 0; i < l; ++i) {
            const size_t r = rows.empty() ? i : rows[i];
            x.push_back(const_cast<feature_node *>(m_rows[r].data()));
            y.push_back(m_labels[r]);
        }
        problem prob {};
        prob.l = int(l);
        prob.n = m_n + 1;
        prob.y = y.data();
        prob.x = x.data();
        prob.bias = 1;
        parameter param {};
        param.solver_type = L2R_LR;
        param.eps = 0.001;
        param.C = c;
        // A start is in liblinear's orientation, the weights of its first label: +1 for labels
        // +1 / -1 (liblinear puts +1 first since 2.20), checked after the fit.
        if (!start.empty())
            param.init_sol = const_cast<double *>(start.data());
        set_print_string_function(&silent);
        if (const char *problemText = check_parameter(&prob, &param))
            return Error::invalid(
                PredictiveTrainer::tr("Cannot train: %1").arg(QString::fromUtf8(problemText)));
        std::unique_ptr<::model, void (*)(::model *)> fitted(
            ::train(&prob, &param), [](::model *m) { free_and_destroy_model(&m); });
        if (!fitted)
            return Error::invalid(PredictiveTrainer::tr("Cannot train: the fit failed."));
        std::array<int, 2> order {};
        get_labels(fitted.get(), order.data());
        const int positiveIndex = get_nr_class(fitted.get()) == 2 && order[1] == 1 ? 1 : 0;
        if (!start.empty() && positiveIndex != 0)
            return fit(c, rows); // started in the wrong orientation: once more from 0
        // For two classes liblinear keeps one weight vector for its first label; the other is
        // its negation.
        const double toPositive = positiveIndex == 0 ? 1.0 : -1.0;
        // The bias apart: get_decfun_coef() gives 0 for the bias feature (beyond nr_feature).
        std::vector<double> w(size_t(m_n) + 1);
        for (int i = 0; i < m_n; ++i)
            w[size_t(i)] = toPositive * get_decfun_coef(fitted.get(), i + 1, 0);
        w[size_t(m_n)] = toPositive * get_decfun_bias(fitted.get(), 0);
        return w;
    }

private:
    int m_n;
    std::vector<std::vector<feature_node>> m_rows;
    std::vector<double> m_labels;
};

PredictFeature feature(PredictFeature::Kind kind, const QString &name, const QString &value = {})
{
    PredictFeature f;
    f.kind = kind;
    f.name = name;
    f.value = value;
    return f;
}

// Running mean and variance (Welford), for standardising.
struct Moments
{
    qint64 n = 0;
    double mean = 0, m2 = 0;
    void add(double x)
    {
        ++n;
        const double d = x - mean;
        mean += d / double(n);
        m2 += d * (x - mean);
    }
    double scale() const
    {
        const double sd = n > 1 ? std::sqrt(m2 / double(n - 1)) : 0;
        return sd > 1e-9 ? sd : 1;
    }
};

struct AttributeStats
{
    QString name; // as first seen
    QHash<QString, qint64> values; // folded value -> training leads
    qint64 present = 0, numbers = 0;
    Moments moments;
};

// A hash's keys in order (features come out in a stable order whatever the hash's).
template <typename T>
std::vector<QString> sortedKeys(const QHash<QString, T> &hash)
{
    std::vector<QString> keys;
    keys.reserve(size_t(hash.size()));
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The features of the training share, in a stable order (kind, name, value), weights 0.
std::vector<PredictFeature> buildFeatures(const std::vector<const TrainingExample *> &training,
    const TrainOptions &options, const QSet<QString> &excluded)
{
    std::vector<PredictFeature> features;
    const qint64 minCount = std::max(1, options.minCount);
    for (const QString &key : predictFieldKeys()) {
        if (excluded.contains(key) || excluded.contains(predictFold(predictFieldName(key))))
            continue;
        QHash<QString, qint64> counts;
        for (const TrainingExample *e : training) {
            const QString v = predictFold(predictFieldValue(e->input, key));
            if (!v.isEmpty())
                ++counts[v];
        }
        for (const QString &value : sortedKeys(counts))
            if (counts.value(value) >= minCount)
                features.push_back(feature(PredictFeature::Kind::FieldValue, key, value));
    }
    QHash<QString, AttributeStats> attributes; // by folded name
    QHash<QString, qint64> activityLeads; // type -> training leads with one
    QHash<QString, QString> folds; // attribute name as stored -> folded
    QHash<QString, bool> leftOut; // activity type -> excluded
    std::vector<QString> seen, types;
    for (const TrainingExample *e : training) {
        seen.clear();
        for (const auto &[name, value] : e->input.attributes) {
            auto known = folds.constFind(name);
            if (known == folds.constEnd())
                known = folds.insert(name, predictFold(name));
            const QString &folded = *known;
            const QString v = predictFold(value);
            if (excluded.contains(folded) || v.isEmpty()
                || std::find(seen.begin(), seen.end(), folded) != seen.end())
                continue;
            seen.push_back(folded);
            AttributeStats &a = attributes[folded];
            if (a.name.isEmpty())
                a.name = name.trimmed();
            ++a.values[v];
            ++a.present;
            if (const auto n = readNumber(value)) {
                ++a.numbers;
                a.moments.add(*n);
            }
        }
        types.clear();
        for (const auto &[at, type] : e->input.activities) {
            auto left = leftOut.constFind(type);
            if (left == leftOut.constEnd())
                left = leftOut.insert(type, excluded.contains(predictFold(type)));
            if (at <= e->at && !*left && std::find(types.begin(), types.end(), type) == types.end())
                types.push_back(type);
        }
        for (const QString &t : types)
            ++activityLeads[t];
    }
    for (const QString &folded : sortedKeys(attributes)) {
        const AttributeStats &a = attributes[folded];
        if (a.present >= minCount && a.numbers * 10 >= a.present * 9) {
            PredictFeature f = feature(PredictFeature::Kind::AttributeNumber, a.name);
            f.mean = a.moments.mean;
            f.scale = a.moments.scale();
            features.push_back(f);
            continue;
        }
        for (const QString &value : sortedKeys(a.values))
            if (a.values.value(value) >= minCount)
                features.push_back(feature(PredictFeature::Kind::AttributeValue, a.name, value));
    }
    for (const QString &type : sortedKeys(activityLeads))
        if (activityLeads.value(type) >= minCount)
            features.push_back(feature(PredictFeature::Kind::ActivityCount, type));
    return features;
}

// The activity features' mean and scale: the decayed counts at each lead's outcome time.
void standardiseActivities(
    PredictiveModel &model, const std::vector<const TrainingExample *> &training)
{
    QHash<QString, size_t> index;
    for (size_t i = 0; i < model.features.size(); ++i)
        if (model.features[i].kind == PredictFeature::Kind::ActivityCount)
            index[model.features[i].name] = i;
    if (index.empty())
        return;
    std::vector<Moments> moments(model.features.size());
    std::vector<double> counts(model.features.size());
    const double halfLifeSecs = model.halfLifeDays * 86400;
    for (const TrainingExample *e : training) {
        std::fill(counts.begin(), counts.end(), 0.0);
        for (const auto &[at, type] : e->input.activities) {
            const auto it = index.constFind(type);
            if (at > e->at || it == index.constEnd())
                continue;
            counts[*it] += halfLifeSecs > 0 ? std::exp2(-double(e->at - at) / halfLifeSecs) : 1.0;
        }
        for (const size_t i : index)
            moments[i].add(counts[i]);
    }
    for (const size_t i : index) {
        model.features[i].mean = moments[i].mean;
        model.features[i].scale = moments[i].scale();
    }
}

} // namespace

int PredictiveTrainer::hashPercent(qint64 leadId)
{
    // splitmix64: a well-mixed, stable hash of the id.
    quint64 z = quint64(leadId) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z = z ^ (z >> 31);
    return int(z % 100);
}

bool PredictiveTrainer::inHoldout(qint64 leadId, int percent)
{
    return hashPercent(leadId) < percent;
}

double PredictiveTrainer::rocAuc(const std::vector<std::pair<double, bool>> &scored)
{
    std::vector<std::pair<double, bool>> s = scored;
    std::sort(s.begin(), s.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    double positiveRanks = 0;
    qint64 positives = 0;
    for (size_t i = 0; i < s.size();) {
        size_t j = i;
        while (j < s.size() && s[j].first == s[i].first)
            ++j;
        const double rank = (double(i + 1) + double(j)) / 2; // average rank of the tie group
        for (size_t k = i; k < j; ++k)
            if (s[k].second) {
                positiveRanks += rank;
                ++positives;
            }
        i = j;
    }
    const qint64 negatives = qint64(s.size()) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (positiveRanks - double(positives) * double(positives + 1) / 2)
        / (double(positives) * double(negatives));
}

ScoreEvaluation PredictiveTrainer::evaluate(const std::vector<std::pair<double, bool>> &predicted)
{
    ScoreEvaluation e;
    e.auc = rocAuc(predicted);
    if (predicted.empty())
        return e;
    double brier = 0, logLoss = 0;
    for (const auto &[p, y] : predicted) {
        brier += (p - (y ? 1.0 : 0.0)) * (p - (y ? 1.0 : 0.0));
        const double q = std::clamp(y ? p : 1 - p, 1e-6, 1.0);
        logLoss -= std::log(q);
    }
    e.brier = brier / double(predicted.size());
    e.logLoss = logLoss / double(predicted.size());
    std::vector<size_t> order(predicted.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return predicted[a].first > predicted[b].first; });
    const size_t n = order.size();
    for (size_t d = 0; d < 10; ++d) {
        const size_t from = n * d / 10, to = n * (d + 1) / 10;
        DecileRow &row = e.deciles[d];
        row.leads = qint64(to - from);
        for (size_t i = from; i < to; ++i) {
            row.predicted += predicted[order[i]].first;
            row.actual += predicted[order[i]].second ? 1 : 0;
        }
        if (row.leads > 0) {
            row.predicted /= double(row.leads);
            row.actual /= double(row.leads);
        }
    }
    return e;
}

Result<TrainingResult> PredictiveTrainer::train(const std::vector<TrainingExample> &examples,
    const TrainOptions &options, const Cancel &keepGoing)
{
    if (options.holdoutPercent < 5 || options.holdoutPercent > 50)
        return Error::invalid(tr("The held-out share must be between 5 and 50 per cent, not %1.")
                                  .arg(options.holdoutPercent),
            QStringLiteral("holdout"));
    const qint64 closed = qint64(examples.size());
    const qint64 positives = std::count_if(
        examples.begin(), examples.end(), [](const TrainingExample &e) { return e.positive; });
    const qint64 negatives = closed - positives;
    if (closed < options.minClosed || positives < options.minPositives
        || negatives < options.minPositives) {
        const QString outcome = predictTargetName(options.target);
        return Error::invalid(
            tr("Too few outcomes to learn from: %1 leads have an outcome, %2 of them positive "
               "(%3) and %4 negative. A learned score needs at least %5 leads with an outcome, "
               "%6 of them positive and %6 negative: %7 more leads with an outcome, %8 more "
               "positive and %9 more negative ones are needed.")
                .arg(closed)
                .arg(positives)
                .arg(outcome)
                .arg(negatives)
                .arg(options.minClosed)
                .arg(options.minPositives)
                .arg(std::max<qint64>(0, options.minClosed - closed))
                .arg(std::max<qint64>(0, options.minPositives - positives))
                .arg(std::max<qint64>(0, options.minPositives - negatives)),
            QStringLiteral("outcomes"));
    }

    TrainingResult result;
    auto cancelled = [&]() {
        if (keepGoing && !keepGoing()) {
            result.cancelled = true;
            return true;
        }
        return false;
    };

    // Lead id order, whatever order the caller read them in: the same data, the same model.
    std::vector<const TrainingExample *> all;
    all.reserve(examples.size());
    for (const TrainingExample &e : examples)
        all.push_back(&e);
    std::stable_sort(all.begin(), all.end(),
        [](const TrainingExample *a, const TrainingExample *b) { return a->leadId < b->leadId; });
    std::vector<const TrainingExample *> training, holdout;
    for (const TrainingExample *e : all)
        (inHoldout(e->leadId, options.holdoutPercent) ? holdout : training).push_back(e);

    QSet<QString> excluded;
    for (const QString &name : options.excluded)
        if (!predictFold(name).isEmpty())
            excluded.insert(predictFold(name));
    PredictiveModel &model = result.model;
    model.target = options.target;
    model.halfLifeDays = options.halfLifeDays;
    model.excluded = options.excluded;
    model.features = buildFeatures(training, options, excluded);
    standardiseActivities(model, training);
    if (cancelled())
        return result;

    // C: as given, or chosen by the log-loss on a validation part of the training leads (a
    // quarter of them, by the same stable hash; the held-out leads stay unseen): on exports with
    // many columns that do not matter a fixed C = 1 is overconfident, on narrow data with many
    // leads it regularises too much (benchmarks/bench_regularisation). The training leads are
    // featurised once. With many leads the candidates are fitted and compared on an even sample
    // (CandidateSample of each part, in lead id order), each fit starting from the previous
    // one's weights (C ascending), and the chosen C's weights start the fit on all of them:
    // about one full fit in all instead of eight.
    const LinearProblem problem(model, training);
    double c = options.regularisation;
    std::vector<double> start;
    if (c <= 0) {
        const int from = options.holdoutPercent;
        const int to = from + (100 - from) / 4;
        std::vector<size_t> fitPart, validation;
        for (size_t i = 0; i < training.size(); ++i) {
            const int h = hashPercent(training[i]->leadId);
            (h >= from && h < to ? validation : fitPart).push_back(i);
        }
        const auto thin = [](std::vector<size_t> &rows, size_t most) {
            if (rows.size() <= most)
                return;
            std::vector<size_t> kept;
            kept.reserve(most);
            for (size_t k = 0; k < most; ++k)
                kept.push_back(rows[k * rows.size() / most]);
            rows = std::move(kept);
        };
        thin(fitPart, CandidateSample);
        thin(validation, CandidateSample);
        double bestLoss = std::numeric_limits<double>::infinity();
        c = 1;
        std::vector<double> previous;
        for (const double candidate : CandidateRegularisation) {
            auto w = problem.fit(candidate, fitPart, previous);
            if (!w)
                return w.error();
            double loss = 0;
            for (size_t row : validation) {
                const double p = Predictor::sigmoid(problem.logOdds(row, w.value()));
                loss -= std::log(std::clamp(problem.positive(row) ? p : 1 - p, 1e-6, 1.0));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                c = candidate;
                start = w.value();
            }
            previous = std::move(w).value();
            if (cancelled())
                return result;
        }
    }
    result.evaluation.regularisation = c;
    auto weights = problem.fit(c, {}, start);
    if (!weights)
        return weights.error();
    for (size_t i = 0; i < model.features.size(); ++i)
        model.features[i].weight = weights.value()[i];
    model.bias = weights->back();
    if (cancelled())
        return result;

    // The evaluation on the held-out leads.
    TrainingEvaluation &ev = result.evaluation;
    ev.trainingLeads = qint64(training.size());
    ev.trainingPositives = std::count_if(
        training.begin(), training.end(), [](const TrainingExample *e) { return e->positive; });
    ev.holdoutLeads = qint64(holdout.size());
    const Predictor predictor(model);
    std::vector<std::pair<double, bool>> learned, rules;
    std::vector<std::vector<PredictTerm>> heldTerms;
    for (const TrainingExample *e : holdout) {
        ev.holdoutPositives += e->positive ? 1 : 0;
        heldTerms.push_back(predictor.terms(e->input, e->at));
        double logOdds = model.bias;
        for (const PredictTerm &t : heldTerms.back())
            logOdds += t.contribution;
        learned.emplace_back(Predictor::sigmoid(logOdds), e->positive);
        rules.emplace_back(std::clamp(e->ruleScore, 0.0, 100.0) / 100.0, e->positive);
    }
    ev.learned = evaluate(learned);
    ev.rules = evaluate(rules);

    // Leakage: each of the strongest features alone on the held-out leads.
    std::vector<size_t> strongest(model.features.size());
    std::iota(strongest.begin(), strongest.end(), size_t(0));
    std::stable_sort(strongest.begin(), strongest.end(), [&](size_t a, size_t b) {
        return std::abs(model.features[a].weight) > std::abs(model.features[b].weight);
    });
    strongest.resize(std::min<size_t>(strongest.size(), 20));
    QString best;
    double bestAuc = 0;
    for (size_t f : strongest) {
        const double sign = model.features[f].weight >= 0 ? 1.0 : -1.0;
        std::vector<std::pair<double, bool>> alone;
        alone.reserve(holdout.size());
        for (size_t i = 0; i < holdout.size(); ++i) {
            double xf = 0;
            for (const PredictTerm &t : heldTerms[i])
                if (t.feature == f)
                    xf = t.x;
            alone.emplace_back(sign * xf, holdout[i]->positive);
        }
        const double auc = rocAuc(alone);
        if (auc > bestAuc) {
            bestAuc = auc;
            best = model.featureLabel(model.features[f]);
        }
    }
    // One feature ranking almost perfectly on its own, or a ranking of the whole model that is
    // too good to be true for leads (then its strongest single feature is the first suspect).
    if (bestAuc >= LeakingFeatureAuc || ev.learned.auc >= LeakingModelAuc) {
        ev.leakingFeature = best;
        ev.leakingAuc = bestAuc;
    }
    return result;
}

} // namespace bantam
