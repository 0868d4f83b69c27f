// Tests the learned (predictive) score: on a generated data set with known true coefficients
// (support/outcomedata.h)
// the trained model recovers their signs and order and ranks held-out leads within 0.02 of the
// true model's ROC AUC; a column that equals the outcome is flagged; too few outcomes give the
// message and no model; training twice gives the same model; numbers in German and English
// notation; and on a real database (both engines): saving computes every open lead's chance in
// one transaction, a cancel writes nothing, and a lead's explanation sums exactly.
#include "domain/storedtext.h"
#include "events/eventbus.h"
#include "people/permissions.h"
#include "scoring/numbertext.h"
#include "scoring/predictiveservice.h"
#include "scoring/predictivetrainer.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/predictiverepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/outcomedata.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <random>

using namespace bantam;
using namespace bantam::testing;

namespace {

double weightOf(const PredictiveModel &m, PredictFeature::Kind kind, const QString &name,
    const QString &value = {})
{
    for (const PredictFeature &f : m.features)
        if (f.kind == kind && f.name == name && f.value == value)
            return f.weight;
    qWarning("no feature %s %s", qPrintable(name), qPrintable(value));
    return std::nan("");
}

} // namespace

class TestPredictiveScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNumbersInGermanAndEnglishNotation_data();
    void readsNumbersInGermanAndEnglishNotation();
    void recoversTrueCoefficients();
    void heldOutAucCloseToTrueModel();
    void meanChanceMatchesTheConversionRate();
    void flagsALeakingColumn();
    void tooFewOutcomesSaysHowManyMore();
    void sameDataSameModel();
    void excludedNamesAreLeftOut();
    void modelSurvivesJson();

    void init();
    void cleanup();
    void saveGivesOpenLeadsTheirChance();
    void explanationSumsExactly();
    void explanationFollowsTheActiveVersion();
    void savedChancesReadExportTextsAsTheExplanationDoes();
    void cancelledSaveWritesNothing();
    void onlyMarketingAndAdminsSave();
    void tooFewOutcomesInTheDatabase();
    void learnedChanceDrivesHandoverWhenMarketingChoosesIt();

private:
    qint64 count(const QString &sql) const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Services> m_services;
    User m_marketing, m_rep;
    std::vector<qint64> m_openLeads;
};

void TestPredictiveScore::readsNumbersInGermanAndEnglishNotation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN: not a number
    const double no = std::nan("");
    QTest::newRow("plain") << "600" << 600.0;
    QTest::newRow("negative") << "-3" << -3.0;
    QTest::newRow("English decimal") << "10.5" << 10.5;
    QTest::newRow("German decimal") << "10,5" << 10.5;
    QTest::newRow("English grouped") << "1,234.5" << 1234.5;
    QTest::newRow("German grouped") << "1.234,5" << 1234.5;
    QTest::newRow("thousands dot") << "1.000" << 1000.0;
    QTest::newRow("millions") << "1.000.000" << 1e6;
    QTest::newRow("leading zero is a decimal") << "0.500" << 0.5;
    QTest::newRow("swiss") << "1'250.75" << 1250.75;
    QTest::newRow("spaces") << " 12 345 " << 12345.0;
    QTest::newRow("text") << "ten" << no;
    QTest::newRow("range") << "51-200" << no;
    QTest::newRow("bad grouping") << "1.23.4" << no;
    QTest::newRow("empty") << "" << no;
}

void TestPredictiveScore::readsNumbersInGermanAndEnglishNotation()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto v = readNumber(text);
    if (std::isnan(expected))
        QVERIFY2(!v, qPrintable(QStringLiteral("read as %1").arg(v.value_or(0))));
    else {
        QVERIFY(v.has_value());
        QCOMPARE(*v, expected);
    }
}

void TestPredictiveScore::recoversTrueCoefficients()
{
    const OutcomeData g = generateOutcomes(8000, 42);
    auto r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const PredictiveModel &m = r->model;
    using K = PredictFeature::Kind;
    const double event
        = weightOf(m, K::FieldValue, QStringLiteral("source"), QStringLiteral("event"));
    const double partner
        = weightOf(m, K::FieldValue, QStringLiteral("source"), QStringLiteral("partner"));
    const double web = weightOf(m, K::FieldValue, QStringLiteral("source"), QStringLiteral("web"));
    const double list
        = weightOf(m, K::FieldValue, QStringLiteral("source"), QStringLiteral("list"));
    // One-hot values against each other: the order of the true effects, and their signs
    // relative to the neutral value (web).
    QVERIFY2(event > partner && partner > web && web > list,
        qPrintable(QStringLiteral("%1 %2 %3 %4").arg(event).arg(partner).arg(web).arg(list)));
    QVERIFY(std::abs((event - web) - 1.2) < 0.3);
    QVERIFY(std::abs((list - web) + 1.0) < 0.3);
    const double yes
        = weightOf(m, K::AttributeValue, QStringLiteral("Budget"), QStringLiteral("yes"));
    const double unknown
        = weightOf(m, K::AttributeValue, QStringLiteral("Budget"), QStringLiteral("unknown"));
    const double no
        = weightOf(m, K::AttributeValue, QStringLiteral("Budget"), QStringLiteral("no"));
    QVERIFY(yes > unknown && unknown > no);
    QVERIFY(yes - unknown > 0 && no - unknown < 0);
    // Numbers and counts are standardised: the weight is per standard deviation. Both positive;
    // the true effects per standard deviation are 0.05 × sd(minutes) ≈ 0.6 and 0.4 × sd(visits)
    // ≈ 0.57.
    const double minutes = weightOf(m, K::AttributeNumber, QStringLiteral("Minutes on site"));
    const double visits = weightOf(m, K::ActivityCount, QStringLiteral("pricing_page"));
    QVERIFY2(minutes > 0.4 && minutes < 0.8, qPrintable(QString::number(minutes)));
    QVERIFY2(visits > 0.4 && visits < 0.75, qPrintable(QString::number(visits)));
}

void TestPredictiveScore::heldOutAucCloseToTrueModel()
{
    const OutcomeData g = generateOutcomes(8000, 7);
    auto r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY(r.ok());
    std::vector<std::pair<double, bool>> truth;
    for (size_t i = 0; i < g.examples.size(); ++i)
        if (PredictiveTrainer::inHoldout(g.examples[i].leadId, 30))
            truth.emplace_back(g.trueLogOdds[i], g.examples[i].positive);
    QCOMPARE(qint64(truth.size()), r->evaluation.holdoutLeads);
    const double trueAuc = PredictiveTrainer::rocAuc(truth);
    const double learnedAuc = r->evaluation.learned.auc;
    QVERIFY2(std::abs(learnedAuc - trueAuc) <= 0.02,
        qPrintable(QStringLiteral("learned %1, true %2").arg(learnedAuc).arg(trueAuc)));
    // The rule model here knows only the source: the learned score ranks better.
    QVERIFY(learnedAuc > r->evaluation.rules.auc + 0.05);
    QVERIFY(r->evaluation.leakingFeature.isEmpty());
    // Calibrated: the top decile converts far more often than the bottom one, as predicted.
    const auto &d = r->evaluation.learned.deciles;
    QVERIFY(d[0].actual > d[9].actual + 0.4);
    QVERIFY(std::abs(d[0].actual - d[0].predicted) < 0.1);
}

// Calibration in the large: where most leads convert (true intercept +1.5, one standardised number
// that matters little), the held-out leads' mean chance is their conversion rate — the model keeps
// its intercept (liblinear's bias), else every chance would lean towards 50 %.
void TestPredictiveScore::meanChanceMatchesTheConversionRate()
{
    std::mt19937_64 rnd(7);
    std::normal_distribution<double> z;
    std::uniform_real_distribution<double> u;
    std::vector<TrainingExample> examples;
    for (int i = 0; i < 4000; ++i) {
        TrainingExample e;
        e.leadId = i + 1;
        e.at = kOutcomeAt;
        const double x = z(rnd);
        e.input.attributes.emplace_back(QStringLiteral("Visits"), QString::number(x, 'f', 3));
        e.positive = u(rnd) < 1 / (1 + std::exp(-(1.5 + 0.3 * x)));
        examples.push_back(e);
    }
    auto r = PredictiveTrainer::train(examples, TrainOptions {});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const TrainingEvaluation &ev = r->evaluation;
    double predicted = 0;
    for (const DecileRow &d : ev.learned.deciles)
        predicted += d.predicted * double(d.leads);
    predicted /= double(ev.holdoutLeads);
    const double actual = double(ev.holdoutPositives) / double(ev.holdoutLeads);
    QVERIFY2(actual > 0.7, qPrintable(QString::number(actual)));
    QVERIFY2(std::abs(predicted - actual) < 0.03,
        qPrintable(QStringLiteral("mean chance %1, conversion %2").arg(predicted).arg(actual)));
    QVERIFY(r->model.bias > 1);
}

void TestPredictiveScore::flagsALeakingColumn()
{
    const OutcomeData g = generateOutcomes(3000, 11, true);
    auto r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY(r.ok());
    QVERIFY2(
        r->evaluation.learned.auc > 0.98, qPrintable(QString::number(r->evaluation.learned.auc)));
    QVERIFY2(r->evaluation.leakingFeature.contains(QLatin1String("Closed won reason")),
        qPrintable(r->evaluation.leakingFeature));
    // Excluding the column: no flag, an honest AUC.
    TrainOptions without;
    without.excluded = {QStringLiteral("closed WON reason")};
    auto honest = PredictiveTrainer::train(g.examples, without);
    QVERIFY(honest.ok());
    QVERIFY(honest->evaluation.leakingFeature.isEmpty());
    QVERIFY(honest->evaluation.learned.auc < 0.9);
}

void TestPredictiveScore::tooFewOutcomesSaysHowManyMore()
{
    OutcomeData g = generateOutcomes(150, 3);
    auto r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("outcomes"));
    QVERIFY2(r.error().message.contains(QLatin1String("150 leads have an outcome")),
        qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("50 more leads with an outcome")),
        qPrintable(r.error().message));
    // Enough leads but too few positives.
    g = generateOutcomes(400, 3);
    int kept = 0;
    for (TrainingExample &e : g.examples)
        if (e.positive && ++kept > 30)
            e.positive = false;
    r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("10 more positive")),
        qPrintable(r.error().message));
}

void TestPredictiveScore::sameDataSameModel()
{
    const OutcomeData g = generateOutcomes(3000, 5);
    auto a = PredictiveTrainer::train(g.examples, TrainOptions {});
    std::vector<TrainingExample> reversed(g.examples.rbegin(), g.examples.rend());
    auto b = PredictiveTrainer::train(reversed, TrainOptions {});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(!a->model.features.empty());
    QVERIFY(a->model == b->model);
    QCOMPARE(a->evaluation.learned.auc, b->evaluation.learned.auc);
}

void TestPredictiveScore::excludedNamesAreLeftOut()
{
    const OutcomeData g = generateOutcomes(2000, 9);
    TrainOptions o;
    o.excluded = {QStringLiteral("Source"), QStringLiteral("pricing_page")};
    auto r = PredictiveTrainer::train(g.examples, o);
    QVERIFY(r.ok());
    for (const PredictFeature &f : r->model.features) {
        QVERIFY(f.name != QLatin1String("source"));
        QVERIFY(f.name != QLatin1String("pricing_page"));
    }
    QVERIFY(!r->model.features.empty()); // Budget and minutes remain
}

void TestPredictiveScore::modelSurvivesJson()
{
    const OutcomeData g = generateOutcomes(1000, 13);
    auto r = PredictiveTrainer::train(g.examples, TrainOptions {});
    QVERIFY(r.ok());
    auto back = PredictiveModel::fromJsonBytes(r->model.toJsonBytes());
    QVERIFY(back.ok());
    const Predictor a(r->model), b(back.value());
    for (size_t i = 0; i < 50; ++i)
        QCOMPARE(
            b.logOdds(g.examples[i].input, kOutcomeAt), a.logOdds(g.examples[i].input, kOutcomeAt));
    // Unknown keys are refused, naming where.
    QJsonObject json = r->model.toJson();
    QJsonArray fs = json.value(QStringLiteral("features")).toArray();
    QJsonObject f = fs.at(1).toObject();
    f.insert(QStringLiteral("wieght"), 1);
    fs.replace(1, f);
    json.insert(QStringLiteral("features"), fs);
    auto bad = PredictiveModel::fromJson(json);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QLatin1String("features[1].wieght: unknown key")),
        qPrintable(bad.error().message));
    // Weights whose terms could overflow to ±infinity (and a chance of NaN %) are refused.
    f.remove(QStringLiteral("wieght"));
    f.insert(QStringLiteral("weight"), 1e308);
    fs.replace(1, f);
    json.insert(QStringLiteral("features"), fs);
    bad = PredictiveModel::fromJson(json);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message,
        QStringLiteral("features[1].weight: must be between -1000000 and 1000000"));
    json = r->model.toJson();
    json.insert(QStringLiteral("bias"), -2e6);
    bad = PredictiveModel::fromJson(json);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("bias: must be between -1000000 and 1000000"));
}

// The database tests.

void TestPredictiveScore::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_bus = std::make_unique<EventBus>();
    m_services = std::make_unique<Services>(m_t->db(), *m_bus, *m_clock);
    Builders b(m_t->db(), *m_clock);
    m_marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    m_rep = b.user(QStringLiteral("rep"), Role::Rep);
    m_openLeads.clear();
}

void TestPredictiveScore::cleanup()
{
    m_services.reset();
    m_bus.reset();
    m_t.reset();
    m_clock.reset();
}

qint64 TestPredictiveScore::count(const QString &sql) const
{
    return queryValue(m_t->db(), sql).toLongLong();
}

void TestPredictiveScore::saveGivesOpenLeadsTheirChance()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 1200, 80);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    auto trained = p.train(TrainOptions {});
    QVERIFY2(trained.ok(), trained.ok() ? "" : qPrintable(trained.error().message));
    QCOMPARE(trained->evaluation.trainingLeads + trained->evaluation.holdoutLeads, qint64(1200));
    QVERIFY(trained->evaluation.learned.auc > 0.65);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM predictive_models")), qint64(0));
    auto saved = p.save(m_marketing, trained.value(), QStringLiteral("first"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->leads, qint64(80));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_chances")), qint64(80));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_chances c JOIN leads l ON "
                                  "l.id = c.lead_id WHERE l.stage <> 'lead'")),
        qint64(0));
    // Chances spread out: an honest score is not the same for everybody.
    QVERIFY(count(QStringLiteral("SELECT MAX(chance) - MIN(chance) FROM lead_chances")) > 30);
    auto versions = p.versions();
    QVERIFY(versions.ok());
    QCOMPARE(int(versions->size()), 1);
    QVERIFY(versions->front().active);
    QCOMPARE(versions->front().note, QStringLiteral("first"));
    // A second version, then back to the first.
    TrainOptions won;
    won.target = PredictTarget::Sql;
    won.holdoutPercent = 20;
    auto again = p.train(won);
    QVERIFY(again.ok());
    QCOMPARE(p.save(m_marketing, again.value(), {})->version, 2);
    auto restored = p.restore(m_marketing, 1);
    QVERIFY(restored.ok());
    QCOMPARE(
        count(QStringLiteral("SELECT version FROM predictive_models WHERE active = 1")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT MIN(model_version) FROM lead_chances")), qint64(1));
}

void TestPredictiveScore::explanationSumsExactly()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 600, 30);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    auto trained = p.train(TrainOptions {});
    QVERIFY(trained.ok());
    QVERIFY(p.save(m_marketing, trained.value(), {}).ok());
    for (qint64 id : m_openLeads) {
        auto x = p.explain(id);
        QVERIFY2(x.ok(), x.ok() ? "" : qPrintable(x.error().message));
        int shown = 0;
        double exact = 0;
        for (const PredictLine &l : x->lines) {
            shown += l.hundredths;
            exact += l.contribution;
        }
        QCOMPARE(shown, x->logOddsHundredths);
        QVERIFY(std::abs(exact - x->logOdds) < 1e-9);
        QCOMPARE(x->chance, Predictor::percent(x->logOdds));
        QVERIFY(x->storedChance.has_value());
        QCOMPARE(*x->storedChance, x->chance);
        QVERIFY(x->lines.size() >= 3); // baseline, source, budget at least
    }
}

// Lead after lead explained with one version, then another version saved (without the source)
// and the first restored: each explanation is the active version's, lines and chance.
void TestPredictiveScore::explanationFollowsTheActiveVersion()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 600, 30);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    const qint64 lead = m_openLeads.front();
    // The version the explanation names, its lines on the source, and whether its chance is the
    // stored one.
    struct Seen
    {
        int version = 0;
        int sourceLines = 0;
        bool chanceStored = false;
    };
    const auto explain = [&]() {
        Seen seen;
        const auto x = p.explain(lead);
        if (!x.ok())
            return seen;
        seen.version = x->version;
        for (const PredictLine &l : x->lines)
            seen.sourceLines += l.label.startsWith(QLatin1String("Source")) ? 1 : 0;
        seen.chanceStored = x->storedChance == x->chance;
        return seen;
    };
    auto first = p.train(TrainOptions {});
    QVERIFY(first.ok());
    QVERIFY(p.save(m_marketing, first.value(), {}).ok());
    Seen seen = explain();
    QCOMPARE(seen.version, 1);
    QCOMPARE(seen.sourceLines, 1);
    QVERIFY(seen.chanceStored);
    TrainOptions withoutSource;
    withoutSource.excluded = {QStringLiteral("Source")};
    auto second = p.train(withoutSource);
    QVERIFY(second.ok());
    QVERIFY(p.save(m_marketing, second.value(), {}).ok());
    seen = explain();
    QCOMPARE(seen.version, 2);
    QCOMPARE(seen.sourceLines, 0);
    QVERIFY(seen.chanceStored);
    QVERIFY(p.restore(m_marketing, 1).ok());
    seen = explain();
    QCOMPARE(seen.version, 1);
    QCOMPARE(seen.sourceLines, 1);
    QVERIFY(seen.chanceStored);
}

// Saving reads the leads' texts as the database's bytes and scores them lead by lead as they are
// read; the explanation reads the same lead as strings. Texts as real exports have them (names
// and values in other cases and with spaces, a German thousands separator, umlauts, a type the
// model does not know, an activity after now), open and closed leads side by side in both shares
// of the ids: every stored chance is the one its explanation shows, and the chances worked out by
// hand come out.
void TestPredictiveScore::savedChancesReadExportTextsAsTheExplanationDoes()
{
    PredictiveModel m;
    m.bias = -1;
    m.halfLifeDays = 30;
    const auto feature = [&m](PredictFeature::Kind kind, const QString &name, const QString &value,
                             double weight, double mean = 0, double scale = 1) {
        PredictFeature f;
        f.kind = kind;
        f.name = name;
        f.value = value;
        f.weight = weight;
        f.mean = mean;
        f.scale = scale;
        m.features.push_back(f);
    };
    using K = PredictFeature::Kind;
    feature(K::FieldValue, QStringLiteral("source"), QStringLiteral("web"), 0.2);
    feature(K::AttributeValue, QStringLiteral("Lead Origin"), QStringLiteral("api"), 0.4);
    feature(K::AttributeValue, QStringLiteral("Land"), QStringLiteral("österreich"), 0.3);
    feature(K::AttributeNumber, QStringLiteral("Total Time"), QString(), 0.5, 100, 1000);
    feature(K::ActivityCount, QStringLiteral("email_open"), QString(), 0.7, 0, 1);

    Builders b(m_t->db(), *m_clock);
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    struct Row
    {
        QString source;
        Stage stage;
        std::vector<std::pair<QString, QString>> attributes;
        std::vector<std::pair<qint64, QString>> activities; // seconds before now, type
    };
    const std::vector<Row> rows {
        // -1 + 0.2 + 0.4 + 0.3 + 0.5 × (1100 − 100) / 1000 = 0.4: 60 %
        {QStringLiteral("Web"), Stage::Lead,
            {{QStringLiteral("lead origin"), QStringLiteral("  API ")},
                {QStringLiteral("Land"), QStringLiteral("ÖSTERREICH")},
                {QStringLiteral("Total Time"), QStringLiteral("1.100")}},
            {}},
        // closed: no chance, its rows lie between the open leads'
        {QStringLiteral("Web"), Stage::Lost,
            {{QStringLiteral("Lead Origin"), QStringLiteral("api")}},
            {{3600, QStringLiteral("email_open")}}},
        // -1 + 0.7 × (1 + 0.5): two opens now and 30 days ago, one tomorrow (not yet), a call
        {QStringLiteral("Messe"), Stage::Mql,
            {{QStringLiteral("Total Time"), QStringLiteral("100")}},
            {{0, QStringLiteral("email_open")}, {30 * 86400, QStringLiteral("email_open")},
                {-86400, QStringLiteral("email_open")}, {60, QStringLiteral("call")}}},
        // nothing the model knows: the bias alone, -1: 27 %
        {QStringLiteral("Messe"), Stage::Sql,
            {{QStringLiteral("Lead Origin"), QStringLiteral("Formular")},
                {QStringLiteral("Total Time"), QStringLiteral("unbekannt")}},
            {}},
    };
    std::vector<qint64> ids;
    QSqlQuery q(m_t->db().connection());
    for (const Row &r : rows) {
        const qint64 id = b.lead().source(r.source).stage(r.stage).insert().id;
        QVERIFY(id > 0);
        ids.push_back(id);
        for (const auto &[name, value] : r.attributes) {
            q.prepare(QStringLiteral(
                "INSERT INTO lead_attributes (lead_id, name, value) VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(name);
            q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        for (const auto &[before, type] : r.activities) {
            q.prepare(QStringLiteral(
                "INSERT INTO activities (lead_id, type, occurred_at) VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(type);
            q.addBindValue(now - before);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    const PredictiveService &p = m_services->predictive();
    auto saved = p.save(m_marketing, TrainingResult {m, {}, false}, QStringLiteral("by hand"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->leads, qint64(3));
    const auto stored = [&](qint64 id) {
        auto c = p.chance(id);
        return c.ok() && c->has_value() ? (*c)->chance : -1;
    };
    QCOMPARE(stored(ids[0]), 60);
    QCOMPARE(stored(ids[1]), -1);
    QCOMPARE(stored(ids[2]), Predictor::percent(-1 + 0.7 * 1.5));
    QCOMPARE(stored(ids[3]), 27);
    for (const qint64 id : {ids[0], ids[2], ids[3]}) {
        auto x = p.explain(id);
        QVERIFY2(x.ok(), x.ok() ? "" : qPrintable(x.error().message));
        QCOMPARE(stored(id), x->chance);
    }
    // The read gives the same rows however many leads it takes at a time.
    struct Rows final : PredictiveRepository::OpenLeadSink
    {
        QStringList seen;
        void lead(const PredictLead &l) override
        {
            seen << QStringLiteral("lead %1 %2").arg(l.id).arg(l.input.source);
        }
        void attribute(std::string_view name, std::string_view value) override
        {
            seen << QString::fromUtf8(name.data(), qsizetype(name.size())) + u'='
                    + QString::fromUtf8(value.data(), qsizetype(value.size()));
        }
        void activity(qint64 at, std::string_view type) override
        {
            seen << QString::number(at) + u' '
                    + QString::fromUtf8(type.data(), qsizetype(type.size()));
        }
        bool leadDone() override { return true; }
    };
    const PredictiveRepository repo(m_t->db());
    Rows whole, oneByOne;
    QVERIFY(repo.scanOpenLeads(ids.front(), ids.back() + 1, whole).ok());
    QVERIFY(repo.scanOpenLeads(ids.front(), ids.back() + 1, oneByOne, 1).ok());
    QCOMPARE(oneByOne.seen, whole.seen);
    QCOMPARE(whole.seen.count(QStringLiteral("lead %1 Messe").arg(ids[2])), 1);
    QVERIFY(whole.seen.contains(QStringLiteral("Land=ÖSTERREICH")));
    QCOMPARE(whole.seen.size(), 3 + (3 + 1 + 2) + 4); // open leads, attributes, activities
}

void TestPredictiveScore::cancelledSaveWritesNothing()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 600, 30);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    auto trained = p.train(TrainOptions {});
    QVERIFY(trained.ok());
    QVERIFY(p.save(m_marketing, trained.value(), {}).ok());
    TrainOptions other;
    other.holdoutPercent = 40;
    auto second = p.train(other);
    QVERIFY(second.ok());
    auto cancelled = p.save(m_marketing, second.value(), {}, [](qint64 done, qint64 total) {
        return done < total; // cancels at the very end, after every chance was computed
    });
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->cancelled);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM predictive_models")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT MAX(model_version) FROM lead_chances")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM lead_chances")), qint64(30));
}

void TestPredictiveScore::onlyMarketingAndAdminsSave()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 400, 5);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    auto trained = p.train(TrainOptions {});
    QVERIFY(trained.ok());
    auto refused = p.save(m_rep, trained.value(), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM predictive_models")), qint64(0));
}

void TestPredictiveScore::tooFewOutcomesInTheDatabase()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 120, 10);
    QVERIFY(!m_openLeads.empty());
    auto trained = m_services->predictive().train(TrainOptions {});
    QVERIFY(!trained.ok());
    QVERIFY2(trained.error().message.contains(QLatin1String("80 more leads with an outcome")),
        qPrintable(trained.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM predictive_models")), qint64(0));
    auto x = m_services->predictive().explain(m_openLeads.front());
    QVERIFY(!x.ok());
    QCOMPARE(x.error().kind, Error::Kind::NotFound);
}

// The score driver: by default the rule score hands leads over and the learned chance is advisory;
// marketing may let the learned chance drive (audited, not a rep), then the leads whose chance
// reaches the threshold (a chance, 0.6 here) become MQLs, and their history says the learned
// chance drove it. Back to rules, nothing is undone and nothing more is promoted by chance.
void TestPredictiveScore::learnedChanceDrivesHandoverWhenMarketingChoosesIt()
{
    m_openLeads = writeOutcomes(m_t->db(), *m_clock, 1200, 80);
    QVERIFY(!m_openLeads.empty());
    const PredictiveService &p = m_services->predictive();
    const ScoringService &scoring = m_services->scoring();
    auto trained = p.train(TrainOptions {});
    QVERIFY(trained.ok());
    auto saved = p.save(m_marketing, trained.value(), {});
    QVERIFY(saved.ok());
    QCOMPARE(saved->promoted, qint64(0)); // advisory: the rule score drives
    QCOMPARE(scoring.scoreDriver()->driver, ScoreDriver::Rules);
    QCOMPARE(scoring.scoreDriver()->learnedMql, 0.5);
    const QString mqls = QStringLiteral("SELECT COUNT(*) FROM leads WHERE stage = 'mql'");
    QCOMPARE(count(mqls), qint64(0));
    const qint64 reaching
        = count(QStringLiteral("SELECT COUNT(*) FROM lead_chances WHERE chance >= 60"));
    QVERIFY(reaching > 0);
    QVERIFY(reaching < qint64(m_openLeads.size()));

    ScoreDriverSetting learned;
    learned.driver = ScoreDriver::Learned;
    learned.learnedMql = 0.6;
    auto refused = scoring.setScoreDriver(m_rep, learned);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(scoring.scoreDriver()->driver, ScoreDriver::Rules);
    learned.learnedMql = 60; // points, not a chance
    auto invalid = scoring.setScoreDriver(m_marketing, learned);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().field, QStringLiteral("threshold"));

    learned.learnedMql = 0.6;
    auto promoted = scoring.setScoreDriver(m_marketing, learned);
    QVERIFY2(promoted.ok(), promoted.ok() ? "" : qPrintable(promoted.error().message));
    QCOMPARE(promoted.value(), reaching);
    QCOMPARE(count(mqls), reaching);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM leads l JOIN lead_chances c ON c.lead_id "
                                  "= l.id WHERE l.stage = 'mql' AND c.chance < 60")),
        qint64(0));
    QCOMPARE(scoring.scoreDriver()->driver, ScoreDriver::Learned);
    QCOMPARE(scoring.scoreDriver()->learnedMql, 0.6);
    // Audited: who changed which setting from what to what.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                  "'scoring_settings' AND field = 'driver' AND old_value = "
                                  "'rules' AND new_value = 'learned' AND actor_id = %1")
                       .arg(m_marketing.id)),
        qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                  "'scoring_settings' AND field = 'learned_mql' AND new_value = "
                                  "'0.6'")),
        qint64(1));
    // The history says what drove the handover, in the reader's language.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT note FROM stage_history WHERE to_stage = 'mql' ORDER BY "
                                  "id LIMIT 1")));
    QVERIFY(q.next());
    const QString note = storedtext::render(q.value(0).toString());
    QVERIFY2(note.startsWith(QLatin1String("Learned chance ")), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("reached the MQL threshold 60 % (learned score version 1; "
                                         "the learned chance drives handover)")),
        qPrintable(note));

    // Back to the rules: the MQLs stay, and the rule score (all 0 here) promotes nobody more.
    ScoreDriverSetting rules;
    auto back = scoring.setScoreDriver(m_marketing, rules);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), qint64(0));
    QCOMPARE(count(mqls), reaching);
    QCOMPARE(scoring.scoreDriver()->driver, ScoreDriver::Rules);
}

QTEST_GUILESS_MAIN(TestPredictiveScore)
#include "tst_predictivescore.moc"
