// Learned-score benchmark, in memory (no database): N closed leads with 30 custom attributes
// (10 numeric, 20 categorical with 5–50 values) and about 10 activities of 8 types each,
// outcomes drawn from a known logistic model. Times training (features + liblinear + the
// hold-out evaluation), scoring every lead with the trained model and one lead's explanation
// terms, each beside the anchor of a bare pass over the same rows (touching every attribute
// value and activity once). Reading the rows from the database is not included: see
// bench_scoring for the scan of leads and activities. Prints figures; asserts nothing.
//   build/benchmarks/bench_predictive [--leads N]
#include "scoring/predictivetrainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

using namespace bantam;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int leads = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--leads")); i > 0 && i + 1 < args.size())
        leads = args[i + 1].toInt();

    std::mt19937_64 rnd(1);
    auto uniform = [&rnd]() { return double(rnd() >> 11) * 0x1.0p-53; };
    QStringList names, types;
    for (int a = 0; a < 30; ++a)
        names << QStringLiteral("Attribute %1").arg(a);
    for (int t = 0; t < 8; ++t)
        types << QStringLiteral("type_%1").arg(t);
    const qint64 now = 1'772'000'000;
    std::vector<TrainingExample> examples(static_cast<size_t>(leads));
    for (int i = 0; i < leads; ++i) {
        TrainingExample &e = examples[size_t(i)];
        e.leadId = i + 1;
        e.at = now;
        double logOdds = -1;
        e.input.source = QStringLiteral("source %1").arg(int(uniform() * 12));
        for (int a = 0; a < 30; ++a) {
            if (a < 10) {
                const double v = std::floor(uniform() * 1000);
                e.input.attributes.emplace_back(names[a], QString::number(v));
                logOdds += (a % 2 ? 0.001 : -0.0005) * v;
            } else {
                const int value = int(uniform() * (5 + a * 2));
                e.input.attributes.emplace_back(names[a], QStringLiteral("v%1").arg(value));
                logOdds += value % 3 == 0 ? 0.2 : 0;
            }
        }
        const int activities = int(uniform() * 20);
        for (int k = 0; k < activities; ++k) {
            const int t = int(uniform() * 8);
            e.input.activities.emplace_back(now - qint64(uniform() * 90 * 86400), types[t]);
            logOdds += t < 3 ? 0.15 : -0.05;
        }
        e.positive = uniform() < 1 / (1 + std::exp(-logOdds));
        e.ruleScore = uniform() * 100;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 touched = 0;
    for (const TrainingExample &e : examples) {
        for (const auto &[name, value] : e.input.attributes)
            touched += name.size() + value.size();
        touched += qint64(e.input.activities.size());
    }
    const double anchorMs = double(timer.nsecsElapsed()) / 1e6;

    // CPU time beside the wall time: on a shared machine the wall time mostly measures the load.
    auto cpuMs = []() { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    double cpuAt = cpuMs();
    timer.restart();
    auto trained = PredictiveTrainer::train(examples, TrainOptions {});
    const double trainMs = double(timer.nsecsElapsed()) / 1e6;
    const double trainCpuMs = cpuMs() - cpuAt;
    if (!trained) {
        std::fprintf(stderr, "%s\n", qPrintable(trained.error().message));
        return 1;
    }
    const Predictor predictor(trained->model);
    cpuAt = cpuMs();
    timer.restart();
    double sum = 0;
    for (const TrainingExample &e : examples)
        sum += Predictor::percent(predictor.logOdds(e.input, now));
    const double scoreMs = double(timer.nsecsElapsed()) / 1e6;
    const double scoreCpuMs = cpuMs() - cpuAt;
    timer.restart();
    size_t terms = 0;
    const int explained = std::min(leads, 1000);
    for (int i = 0; i < explained; ++i)
        terms += predictor.terms(examples[size_t(i)].input, now).size();
    const double explainMs = double(timer.nsecsElapsed()) / 1e6 / explained;

    std::printf("leads %d, features %zu, C %.2f, held-out AUC %.3f, log-loss %.4f (rule stand-in "
                "AUC %.3f)\n",
        leads, trained->model.features.size(), trained->evaluation.regularisation,
        trained->evaluation.learned.auc, trained->evaluation.learned.logLoss,
        trained->evaluation.rules.auc);
    std::printf("anchor: bare pass over the rows         %9.1f ms (%lld values)\n", anchorMs,
        static_cast<long long>(touched));
    std::printf("training (features, fit, evaluation)    %9.1f ms  = %.1f x anchor (CPU %.1f ms)\n",
        trainMs, trainMs / anchorMs, trainCpuMs);
    std::printf(
        "scoring every lead                      %9.1f ms  = %.1f x anchor (mean %.1f %%, CPU %.1f "
        "ms)\n",
        scoreMs, scoreMs / anchorMs, sum / leads, scoreCpuMs);
    std::printf("one lead's explanation terms            %9.4f ms  (%.1f terms)\n", explainMs,
        double(terms) / explained);
    return 0;
}
