// Is liblinear's C = 1 overconfident? The learned score's held-out log-loss, Brier score and ROC
// AUC for C from 0.01 to 10, on the generated outcome data with its known true model
// (tests/support/outcomedata.h) at several sizes, plain and with 30 noise attributes (10 numeric,
// 20 categorical with 5-40 values) that have nothing to do with the outcome — the shape of a real
// export, where most columns do not matter. Each figure is the mean over the seeds, printed beside
// the anchor run with C = 1 in the same process (the ratio) and the true model's log-loss on the
// same held-out leads (the floor nobody beats but by luck). Prints figures; asserts nothing.
//   build/benchmarks/bench_regularisation [--seeds 5]
#include "scoring/predictivetrainer.h"
#include "support/outcomedata.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <random>

using namespace bantam;
using namespace bantam::testing;

namespace {

struct Figures
{
    double logLoss = 0, brier = 0, auc = 0;
};

// Noise attributes drawn from their own generator: the outcome does not depend on them.
void addNoise(std::vector<TrainingExample> &examples, quint64 seed)
{
    std::mt19937_64 rnd(seed * 7919 + 1);
    auto uniform = [&rnd]() { return double(rnd() >> 11) * 0x1.0p-53; };
    for (TrainingExample &e : examples) {
        for (int a = 0; a < 30; ++a) {
            const QString name = QStringLiteral("Noise %1").arg(a);
            if (a < 10)
                e.input.attributes.emplace_back(name, QString::number(int(uniform() * 1000)));
            else
                e.input.attributes.emplace_back(
                    name, QStringLiteral("v%1").arg(int(uniform() * (5 + (a - 10) * 2))));
        }
    }
}

// The true model's mean log-loss on the held-out leads of the default 30 % share.
double trueLogLoss(const OutcomeData &g)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < g.examples.size(); ++i) {
        if (!PredictiveTrainer::inHoldout(g.examples[i].leadId, 30))
            continue;
        const double p = 1 / (1 + std::exp(-g.trueLogOdds[i]));
        sum -= std::log(g.examples[i].positive ? p : 1 - p);
        ++n;
    }
    return n > 0 ? sum / n : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seeds = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--seeds")); i > 0 && i + 1 < args.size())
        seeds = args[i + 1].toInt();
    // 0: chosen by the trainer (validation log-loss on a quarter of the training leads).
    const double cs[] = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 0};
    const int sizes[] = {300, 1000, 3000, 10000};

    std::printf(
        "held-out share 30 %%, %d seeds each; ratio: log-loss / log-loss with C = 1\n", seeds);
    std::printf("%-6s %-6s %7s  %8s %7s %7s %7s  %s\n", "leads", "noise", "C", "log-loss", "ratio",
        "Brier", "AUC", "true model log-loss");
    for (const bool noise : {false, true}) {
        for (const int leads : sizes) {
            std::vector<Figures> mean(std::size(cs));
            double chosen = 0; // the mean C the trainer chose
            double floor = 0;
            for (int s = 0; s < seeds; ++s) {
                OutcomeData g = generateOutcomes(leads, quint64(100 + s));
                if (noise)
                    addNoise(g.examples, quint64(100 + s));
                floor += trueLogLoss(g) / seeds;
                for (size_t k = 0; k < std::size(cs); ++k) {
                    TrainOptions options;
                    options.regularisation = cs[k];
                    auto r = PredictiveTrainer::train(g.examples, options);
                    if (!r) {
                        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                        return 1;
                    }
                    mean[k].logLoss += r->evaluation.learned.logLoss / seeds;
                    mean[k].brier += r->evaluation.learned.brier / seeds;
                    mean[k].auc += r->evaluation.learned.auc / seeds;
                    if (cs[k] == 0)
                        chosen += r->evaluation.regularisation / seeds;
                }
            }
            size_t anchor = 0;
            for (size_t k = 0; k < std::size(cs); ++k)
                anchor = cs[k] == 1 ? k : anchor;
            size_t best = 0;
            for (size_t k = 0; k < std::size(cs); ++k) {
                if (cs[k] > 0)
                    best = mean[k].logLoss < mean[best].logLoss ? k : best;
                if (cs[k] == 0)
                    std::printf(
                        "%-6d %-6s %7s  %8.4f %7.3f %7.4f %7.4f  %.4f  (mean chosen C %.3f)\n",
                        leads, noise ? "30" : "-", "chosen", mean[k].logLoss,
                        mean[k].logLoss / mean[anchor].logLoss, mean[k].brier, mean[k].auc, floor,
                        chosen);
                else
                    std::printf("%-6d %-6s %7.2f  %8.4f %7.3f %7.4f %7.4f  %.4f\n", leads,
                        noise ? "30" : "-", cs[k], mean[k].logLoss,
                        mean[k].logLoss / mean[anchor].logLoss, mean[k].brier, mean[k].auc, floor);
            }
            std::printf("       best fixed C %.2f\n", cs[best]);
        }
    }
    return 0;
}
