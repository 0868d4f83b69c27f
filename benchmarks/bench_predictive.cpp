// Learned-score benchmark, two modes.
//
// In memory (no database): N closed leads with 30 custom attributes (10 numeric, 20 categorical
// with 5–50 values) and about 10 activities of 8 types each, outcomes drawn from a known logistic
// model. Times training (features + liblinear + the hold-out evaluation), scoring every lead with
// the trained model and one lead's explanation terms, each beside the anchor of a bare pass over
// the same rows (touching every attribute value and activity once).
//   build/benchmarks/bench_predictive [--leads N]
//
// --db FILE|URL: the real path, through the services front door as `bantam-cli score train
// --save` and the GUI take it. Generates the database if it has no leads (--leads N, default
// 1,000,000; --open P per cent of them open, default 40, the rest closed with outcomes; 30
// attributes and --per-lead 10 activities each; the generation is timed apart), then times
//   1. training from the database (reading outcomes, attributes and activities, fit, evaluation),
//   2. saving the model: every open lead scored and its chance written, one transaction,
//   3. one lead's explanation read from the database (median over 200 random leads),
// beside the anchor of a bare scan of the rows read (leads, lead_attributes, activities) through
// the same connection, with the process's CPU time beside the wall time. A team URL works too
// (the generator's SQL is SQLite's and PostgreSQL's alike).
//   build/benchmarks/bench_predictive --db /tmp/pred1m.sqlite [--leads N] [--open P]
// With --saving-only (and a learned version saved before) it times step 2 alone, as a restore of
// the active version.
// Prints figures; asserts nothing.
#include "clock.h"
#include "events/eventbus.h"
#include "people/accounts.h"
#include "scoring/predictiveservice.h"
#include "scoring/predictivetrainer.h"
#include "services.h"
#include "storage/database.h"
#include "storage/sql.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

using namespace bantam;
using bench::exec;
using bench::option;

namespace {

// ---- --db: through the database and the services front door --------------------------------

// "CASE <expr> WHEN 0 THEN 'a' WHEN 1 THEN 'b' … END": a value picked by a number, in SQL that
// SQLite and PostgreSQL both accept.
QString pick(const QString &expr, const QStringList &values)
{
    QString out = QStringLiteral("CASE ") + expr;
    for (qsizetype i = 0; i < values.size(); ++i)
        out += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(values[i]);
    return out + QStringLiteral(" END");
}

// Numeric attribute a (0–9) of the lead with id expression `id`: 0–999, spread by a prime.
QString numberOf(const QString &id, int a)
{
    static const int primes[] = {7919, 7927, 7933, 7937, 7949, 7951, 7963, 7993, 8009, 8011};
    return QStringLiteral("((%1 * %2 + %3) % 1000)").arg(id).arg(primes[a]).arg(104729 * a);
}

// Categorical attribute a (10–29): 5 to 50 values.
int valuesOf(int a)
{
    return 5 + (a - 10) * 45 / 19;
}
QString categoryOf(const QString &id, int a)
{
    return QStringLiteral("((%1 * %2 + %1 / 13) % %3)").arg(id).arg(31 + 2 * a).arg(valuesOf(a));
}

// 1,000,000 leads (a share closed: sql or won as positives, disqualified or lost as negatives,
// with the dates the trainer reads), 30 custom attributes each (10 numeric, 20 categorical with
// 5–50 values) and 10 activities each over the lead's first 60 days, generated inside the
// database with INSERT … SELECT, one statement per table. The outcome follows two numeric
// attributes, one categorical one and noise, so the model has something to find. SQL that
// SQLite and PostgreSQL both accept.
bool generate(const Database &db, qint64 leads, int openPercent, int perLead, qint64 now)
{
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    const QString i = QStringLiteral("i");
    // positive: attribute 0 high, attribute 1 low, attribute 10 value 0, noise
    const QString signal = QStringLiteral("(%1 - %2 + CASE WHEN %3 = 0 THEN 400 ELSE 0 END + "
                                          "((i * 40503) % 1200))")
                               .arg(numberOf(i, 0), numberOf(i, 1), categoryOf(i, 10));
    const QString closed = QStringLiteral("((i * 2654435761) % 100) >= %1").arg(openPercent);
    const QString stage
        = QStringLiteral("CASE WHEN NOT %1 THEN (CASE WHEN i % 2 = 0 THEN 'lead' ELSE 'mql' END) "
                         "WHEN %2 > 700 THEN (CASE WHEN i % 4 = 0 THEN 'won' ELSE 'sql' END) "
                         "ELSE (CASE WHEN i % 3 = 0 THEN 'lost' ELSE 'disqualified' END) END")
              .arg(closed, signal);
    QString rank = QStringLiteral("CASE stage_key");
    for (const Stage s :
        {Stage::Lead, Stage::Mql, Stage::Sql, Stage::Won, Stage::Lost, Stage::Disqualified})
        rank += QStringLiteral(" WHEN '%1' THEN %2").arg(stageKey(s)).arg(stageRank(s));
    rank += QStringLiteral(" END");
    // created 200–299 days ago; SQL after 20 days, won after 40, closed otherwise after 30
    if (!exec(db,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?), "
                "g AS (SELECT i, %1 AS stage_key, CAST(? AS BIGINT) - 86400 * (200 + i % 100) "
                "AS created FROM n) "
                "INSERT INTO leads (first_name, last_name, email, email_key, company, job_title, "
                "industry, company_size, country, source, stage, stage_rank, score, mql_at, "
                "sql_at, won_at, stage_changed_at, created_at, updated_at) "
                "SELECT 'Vor' || i, 'Nach' || i, 'p' || i || '@example.com', "
                "'p' || i || '@example.com', 'Firma ' || (i / 3), %2, %3, %4, %5, %6, stage_key, "
                "%7, (i * 37) % 100, CASE WHEN stage_key = 'lead' THEN NULL ELSE created + 86400 "
                "END, CASE WHEN stage_key IN ('sql', 'won') THEN created + 20 * 86400 END, "
                "CASE WHEN stage_key = 'won' THEN created + 40 * 86400 END, "
                "created + 86400 * CASE stage_key WHEN 'sql' THEN 20 WHEN 'won' THEN 40 "
                "WHEN 'lead' THEN 0 WHEN 'mql' THEN 1 ELSE 30 END, created, created FROM g")
                .arg(stage,
                    pick(QStringLiteral("i % 10"),
                        {QStringLiteral("CEO"), QStringLiteral("Geschäftsführer"),
                            QStringLiteral("IT-Leiter"), QStringLiteral("Head of IT"),
                            QStringLiteral("VP Sales"), QStringLiteral("Marketing Manager"),
                            QStringLiteral("Sachbearbeiterin"), QStringLiteral("Werkstudent"),
                            QStringLiteral("Projektmanager"), QStringLiteral("Einkauf")}),
                    pick(QStringLiteral("i % 5"),
                        {QStringLiteral("Manufacturing"), QStringLiteral("Logistics"),
                            QStringLiteral("IT services"), QStringLiteral("Retail"),
                            QStringLiteral("Energy")}),
                    pick(QStringLiteral("(i / 5) % 5"),
                        {QStringLiteral("1-9"), QStringLiteral("10-49"), QStringLiteral("50-249"),
                            QStringLiteral("250-999"), QStringLiteral("1000+")}),
                    pick(QStringLiteral("(i / 7) % 5"),
                        {QStringLiteral("DE"), QStringLiteral("DE"), QStringLiteral("AT"),
                            QStringLiteral("CH"), QStringLiteral("NL")}),
                    pick(QStringLiteral("(i / 11) % 6"),
                        {QStringLiteral("web"), QStringLiteral("newsletter"),
                            QStringLiteral("trade fair"), QStringLiteral("partner"),
                            QStringLiteral("ads"), QStringLiteral("referral")}),
                    rank),
            {leads, now}))
        return false;
    std::printf("  %lld leads in %.1f s\n", static_cast<long long>(leads), t.elapsed() / 1000.0);
    const qint64 firstId = bench::number(db, QStringLiteral("SELECT MIN(id) FROM leads"));
    if (firstId != 1)
        std::printf("  note: the lead ids start at %lld, not 1: the outcomes no longer follow "
                    "the attributes\n",
            static_cast<long long>(firstId));
    t.restart();
    const QString id = QStringLiteral("l.id");
    QString attributes = QStringLiteral("CASE a.column1");
    for (int a = 0; a < 30; ++a)
        attributes += QStringLiteral(" WHEN %1 THEN %2")
                          .arg(a)
                          .arg(a < 10 ? QStringLiteral("CAST(%1 AS TEXT)").arg(numberOf(id, a))
                                      : QStringLiteral("'v' || %1").arg(categoryOf(id, a)));
    attributes += QStringLiteral(" END");
    QStringList numbers;
    for (int a = 0; a < 30; ++a)
        numbers << QStringLiteral("(%1)").arg(a);
    if (!exec(db,
            QStringLiteral("INSERT INTO lead_attributes (lead_id, name, value) "
                           "SELECT l.id, 'Attribute ' || a.column1, %1 FROM leads l, "
                           "(VALUES %2) AS a ORDER BY l.id, 'Attribute ' || a.column1")
                .arg(attributes, numbers.join(QLatin1Char(',')))))
        return false;
    std::printf("  %lld attribute values in %.1f s\n", static_cast<long long>(leads * 30),
        t.elapsed() / 1000.0);
    t.restart();
    const QStringList types {QStringLiteral("page_visit"), QStringLiteral("page_visit"),
        QStringLiteral("page_visit"), QStringLiteral("pricing_page"),
        QStringLiteral("product_page"), QStringLiteral("download"), QStringLiteral("email_open"),
        QStringLiteral("email_open"), QStringLiteral("email_click"), QStringLiteral("webinar"),
        QStringLiteral("social"), QStringLiteral("call"), QStringLiteral("unsubscribe"),
        QStringLiteral("careers_page"), QStringLiteral("demo_request"),
        QStringLiteral("contact_form")};
    if (!exec(db,
            QStringLiteral(
                "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < ? - 1) "
                "INSERT INTO activities (lead_id, type, occurred_at, detail) "
                "SELECT l.id, %1, l.created_at + (l.id * 7919 + k.j * 104729) % (60 * 86400), '' "
                "FROM leads l, k ORDER BY l.id, k.j")
                .arg(pick(QStringLiteral("(l.id * 7 + k.j * 3) % 16"), types)),
            {perLead}))
        return false;
    std::printf("  %lld activities in %.1f s\n", static_cast<long long>(leads * perLead),
        t.elapsed() / 1000.0);
    if (!tx.commit())
        return false;
    db.optimize();
    return true;
}

// Wall time and the process's CPU time (all threads) since construction.
double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
struct Clocks
{
    QElapsedTimer wall;
    double cpu = processCpuMs();
    Clocks() { wall.start(); }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return processCpuMs() - cpu; }
};

// The floor of reading: the rows the learned score reads, stepped through with every value
// fetched, through the same connection, nothing kept.
Result<qint64> bareScan(const Database &db)
{
    qint64 touched = 0;
    for (const char *sql :
        {"SELECT id, job_title, industry, company_size, country, source, campaign, stage, sql_at, "
         "won_at, stage_changed_at, score FROM leads ORDER BY id",
            "SELECT lead_id, name, value FROM lead_attributes ORDER BY lead_id, name",
            "SELECT lead_id, occurred_at, type FROM activities ORDER BY lead_id, occurred_at"}) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(sql)))
            return sql::errorOf(q, QStringLiteral("the anchor's scan"));
        const int columns = q.record().count();
        while (q.next())
            for (int c = 0; c < columns; ++c)
                touched += q.value(c).toString().size();
    }
    return touched;
}

double peakMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

int runOnDatabase(const QStringList &args, const QString &location)
{
    SystemClock clock;
    EventBus events;
    const auto opened = bench::openAsAdministrator(location, clock);
    if (!opened)
        return 1;
    const Database &db = *opened->db;
    const User &admin = opened->admin;
    if (bench::number(db, QStringLiteral("SELECT COUNT(*) FROM leads")) == 0) {
        const qint64 leads = option(args, "--leads", 1'000'000);
        std::printf("generating %s\n", qPrintable(location));
        QElapsedTimer t;
        t.start();
        if (!generate(db, leads, int(option(args, "--open", 40)),
                int(option(args, "--per-lead", 10)), clock.now().toSecsSinceEpoch()))
            return 1;
        std::printf("  generated in %.1f s (not part of the figures)\n", t.elapsed() / 1000.0);
    }
    std::printf("database: %lld leads (%lld closed), %lld attribute values, %lld activities\n",
        static_cast<long long>(bench::number(db, QStringLiteral("SELECT COUNT(*) FROM leads"))),
        static_cast<long long>(bench::number(db,
            QStringLiteral("SELECT COUNT(*) FROM leads WHERE stage IN "
                           "('sql','won','lost','disqualified')"))),
        static_cast<long long>(
            bench::number(db, QStringLiteral("SELECT COUNT(*) FROM lead_attributes"))),
        static_cast<long long>(
            bench::number(db, QStringLiteral("SELECT COUNT(*) FROM activities"))));

    const Services services(db, events, clock);
    const PredictiveService &predictive = services.predictive();

    Clocks anchorClocks;
    auto touched = bareScan(db);
    const double anchorMs = anchorClocks.wallMs(), anchorCpuMs = anchorClocks.cpuMs();
    if (bench::failed(touched))
        return 1;

    // --saving-only: with a learned version active, only its restore is timed — the same saving
    // (every open lead scored, the chances written in one transaction) without training first.
    if (args.contains(QStringLiteral("--saving-only"))) {
        auto active = predictive.active();
        if (bench::failed(active))
            return 1;
        if (!active.value()) {
            std::fprintf(stderr, "--saving-only needs a learned version saved before\n");
            return 1;
        }
        Clocks restoreClocks;
        auto restored = predictive.restore(admin, active.value()->stored.version);
        const double ms = restoreClocks.wallMs(), cpuMs = restoreClocks.cpuMs();
        if (bench::failed(restored))
            return 1;
        std::printf("anchor: bare scan of leads, attributes, activities  %9.1f ms wall, CPU %9.1f "
                    "ms (%lld characters)\n",
            anchorMs, anchorCpuMs, static_cast<long long>(touched.value()));
        std::printf("SCORING every open lead, chances written           %9.1f ms wall = %.2f x "
                    "anchor, CPU %9.1f ms (%lld leads, version %d)\n",
            ms, ms / anchorMs, cpuMs, static_cast<long long>(restored->leads), restored->version);
        std::printf("peak memory %.0f MB\n", peakMb());
        return 0;
    }

    // As `bantam-cli score train --save`: train (reading included), then save, which scores every
    // open lead and writes the chances in one transaction.
    Clocks trainClocks;
    auto trained = predictive.train(TrainOptions {});
    const double trainMs = trainClocks.wallMs(), trainCpuMs = trainClocks.cpuMs();
    if (bench::failed(trained))
        return 1;
    Clocks saveClocks;
    auto saved = predictive.save(admin, trained.value(), QStringLiteral("bench"));
    const double saveMs = saveClocks.wallMs(), saveCpuMs = saveClocks.cpuMs();
    if (bench::failed(saved))
        return 1;

    // One lead's explanation as `score predict explain ID` reads it, for random leads.
    const auto [minId, maxId]
        = std::pair(bench::number(db, QStringLiteral("SELECT MIN(id) FROM leads")),
            bench::number(db, QStringLiteral("SELECT MAX(id) FROM leads")));
    std::mt19937_64 rnd(7);
    std::vector<double> explainMs, explainCpuMs;
    size_t lines = 0;
    for (int k = 0; k < 200; ++k) {
        const qint64 id = minId + qint64(rnd() % quint64(maxId - minId + 1));
        const Clocks one;
        auto x = predictive.explain(id);
        explainMs.push_back(one.wallMs());
        explainCpuMs.push_back(one.cpuMs());
        if (bench::failed(x))
            return 1;
        lines += x->lines.size();
    }
    std::sort(explainMs.begin(), explainMs.end());
    std::sort(explainCpuMs.begin(), explainCpuMs.end());

    const TrainingEvaluation &e = trained->evaluation;
    std::printf("trained on %lld leads (%lld positive), held out %lld; features %zu, C %.2f, "
                "held-out AUC %.3f (rule score %.3f), log-loss %.4f\n",
        static_cast<long long>(e.trainingLeads), static_cast<long long>(e.trainingPositives),
        static_cast<long long>(e.holdoutLeads), trained->model.features.size(), e.regularisation,
        e.learned.auc, e.rules.auc, e.learned.logLoss);
    std::printf("anchor: bare scan of leads, attributes, activities  %9.1f ms wall, CPU %9.1f "
                "ms (%lld characters)\n",
        anchorMs, anchorCpuMs, static_cast<long long>(touched.value()));
    std::printf("TRAINING from the database (read, fit, evaluate)  %9.1f ms wall = %.2f x anchor, "
                "CPU %9.1f ms\n",
        trainMs, trainMs / anchorMs, trainCpuMs);
    std::printf("SCORING every open lead, chances written           %9.1f ms wall = %.2f x anchor, "
                "CPU %9.1f ms (%lld leads, version %d)\n",
        saveMs, saveMs / anchorMs, saveCpuMs, static_cast<long long>(saved->leads), saved->version);
    std::printf("EXPLANATION of one lead from the database: median %.3f ms wall, CPU %.3f ms; "
                "p95 %.3f ms wall, max %.3f ms (200 leads, %.1f lines)\n",
        explainMs[explainMs.size() / 2], explainCpuMs[explainCpuMs.size() / 2],
        explainMs[explainMs.size() * 95 / 100], explainMs.back(), double(lines) / 200);
    std::printf("peak memory %.0f MB\n", peakMb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int leads = 100000;
    const QStringList args = app.arguments();
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it comes, also into a file
    if (const qsizetype i = args.indexOf(QStringLiteral("--db")); i > 0 && i + 1 < args.size())
        return runOnDatabase(args, args[i + 1]);
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
    if (bench::failed(trained))
        return 1;
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
