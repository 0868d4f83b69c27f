// `bantam-cli score ...`: recomputing and explaining lead scores, and the scoring model's versions.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "domain/storedtext.h"
#include "health/owedwork.h"
#include "scoring/predictiveservice.h"
#include "scoring/scoringservice.h"
#include "services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace bantam::cli {

namespace {

// Progress of a recompute on stderr, in tenths, for big databases.
ScoringService::Progress progressPrinter(Context &c)
{
    auto lastShown = std::make_shared<qint64>(0);
    return [&err = c.err, lastShown](qint64 done, qint64 total) {
        if (total >= 200000 && done - *lastShown >= total / 10) {
            *lastShown = done;
            err << "  " << (100 * done / total) << "%\n";
            err.flush();
        }
        return true;
    };
}

// Prints a recompute's summary, then finishes what an earlier crash left owed (the routing of
// leads a killed recompute promoted; health/owedwork.h).
int printRecompute(Context &c, const User &actor, const Result<RecomputeSummary> &r)
{
    if (!r)
        return c.fail(r.error());
    auto owed = finishOwedWork(c.db(), c.services().scoring(), c.services().routing(), actor);
    if (!owed)
        return c.fail(owed.error());
    const qint64 routed = owed->routed + owed->routedUnassigned;
    if (c.json) {
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("version"), r->version},
                                   {QStringLiteral("leads"), r->leads},
                                   {QStringLiteral("scoresChanged"), r->scoresChanged},
                                   {QStringLiteral("promoted"), r->promoted + owed->promoted},
                                   {QStringLiteral("owedRouted"), routed}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Scored " << r->leads << " leads with scoring model version " << r->version << ": "
              << r->scoresChanged << " scores changed, " << r->promoted + owed->promoted
              << " leads promoted to MQL.\n";
        if (routed > 0)
            c.out << "Routed " << routed << " leads whose routing an earlier crash left owed.\n";
    }
    return Ok;
}

// A scoring model from a JSON file; errors name the file and the field.
Result<ScoringModel> modelFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()),
            QStringLiteral("file"));
    auto m = ScoringModel::fromJsonBytes(f.readAll());
    if (!m)
        return Error::invalid(
            QStringLiteral("%1: %2").arg(path, m.error().message), m.error().field);
    return m;
}

int scoreRecompute(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("usage: score recompute")};
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    return printRecompute(c, *user, c.services().scoring().recompute(*user, progressPrinter(c)));
}

// Whether the score an explanation is of drives MQL handover (score driver), said under it.
void printDriver(Context &c, ScoreDriver explained)
{
    auto setting = c.services().scoring().scoreDriver();
    if (!setting)
        return;
    if (setting->driver == explained)
        c.out << "This score drives MQL handover (score driver " << scoreDriverKey(setting->driver)
              << ").\n";
    else
        c.out << "Advisory: MQL handover is driven by " << scoreDriverName(setting->driver)
              << " (score driver " << scoreDriverKey(setting->driver) << ").\n";
}

int scoreExplain(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: score explain ID")};
    const qint64 id = leadId(c.positional[1]);
    if (!c.open())
        return Failed;
    auto x = c.services().scoring().explain(id);
    if (!x)
        return c.fail(x.error());
    const Explanation &e = x->explanation;
    static const char *const kinds[]
        = {"jobTitle", "industry", "companySize", "country", "attribute", "activity", "capped"};
    if (c.json) {
        QJsonArray rows;
        for (const Contribution &part : e.contributions) {
            QJsonObject o {{QStringLiteral("kind"), QLatin1String(kinds[int(part.kind)])},
                {QStringLiteral("label"), part.label}, {QStringLiteral("detail"), part.detail},
                {QStringLiteral("points"), part.tenths / 10.0},
                {QStringLiteral("basePoints"), part.basePoints},
                {QStringLiteral("exactPoints"), part.points},
                {QStringLiteral("text"), describeContribution(part)}};
            if (part.at.isValid()) {
                o.insert(QStringLiteral("at"), iso(part.at));
                o.insert(QStringLiteral("ageDays"), part.ageDays);
                o.insert(QStringLiteral("decay"), part.decay);
            }
            rows.append(o);
        }
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("leadId"), id}, {QStringLiteral("score"), e.score},
                {QStringLiteral("band"), scoreBandKey(e.band)},
                {QStringLiteral("weekAgo"), x->weekAgo},
                {QStringLiteral("modelVersion"), x->modelVersion},
                {QStringLiteral("computedAt"), iso(e.at)}, {QStringLiteral("scored"), x->scored},
                {QStringLiteral("stale"), x->stale},
                {QStringLiteral("storedScore"), x->storedScore},
                {QStringLiteral("contributions"), rows},
                {QStringLiteral("rounding"), e.roundingTenths / 10.0},
                {QStringLiteral("clamp"), e.clampTenths / 10.0}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out << "Lead " << id << ": score " << e.score << " (" << scoreBandKey(e.band)
          << "), scoring model version " << x->modelVersion << ", computed "
          << e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " UTC\n";
    printDriver(c, ScoreDriver::Rules);
    if (!x->scored)
        c.out << "Not scored yet: this is the score the active model gives now.\n";
    if (x->stale)
        c.out << "The stored score is " << x->storedScore
              << "; the lead's data changed since it was computed (run 'score recompute').\n";
    for (const Contribution &part : e.contributions)
        c.out << formatTenths(part.tenths).rightJustified(7) << "  " << describeContribution(part)
              << '\n';
    if (e.roundingTenths != 0)
        c.out << formatTenths(e.roundingTenths).rightJustified(7)
              << "  rounding to a whole score\n";
    if (e.clampTenths != 0)
        c.out << formatTenths(e.clampTenths).rightJustified(7) << "  "
              << (e.clampTenths > 0 ? "raised to the lowest score, 0\n"
                                    : "capped at the highest score, 100\n");
    c.out << QString::number(e.score).rightJustified(7) << "  score\n";
    return Ok;
}

int scorePreview(Context &c)
{
    if (c.positional.size() > 2)
        throw UsageError {QStringLiteral("usage: score preview [FILE.json]")};
    std::optional<ScoringModel> candidate;
    if (c.positional.size() == 2) {
        auto m = modelFile(c.positional[1]);
        if (!m)
            return c.fail(m.error());
        candidate = m.value();
    }
    if (!c.open())
        return Failed;
    if (!candidate) { // the active model: what it misses today
        auto active = c.services().scoring().activeModel();
        if (!active)
            return c.fail(active.error());
        candidate = active->model;
    }
    auto p = c.services().scoring().preview(*candidate);
    if (!p)
        return c.fail(p.error());
    const std::pair<const char *, const std::vector<UnrecognisedValue> *> unrecognised[] = {
        {"titles", &p->unrecognisedTitles},
        {"sizes", &p->unrecognisedSizes},
        {"industries", &p->unrecognisedIndustries},
    };
    if (c.json) {
        QJsonObject missing;
        for (const auto &[name, values] : unrecognised) {
            QJsonArray rows;
            for (const UnrecognisedValue &v : *values)
                rows.append(QJsonObject {
                    {QStringLiteral("value"), v.value}, {QStringLiteral("leads"), v.leads}});
            missing.insert(QLatin1String(name), rows);
        }
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("leads"), p->leads},
                {QStringLiteral("promoted"), p->promoted},
                {QStringLiteral("driver"),
                    scoreDriverKey(p->learnedDriver ? ScoreDriver::Learned : ScoreDriver::Rules)},
                {QStringLiteral("bandChanges"), p->bandChanges},
                {QStringLiteral("scoreChanges"), p->scoreChanges},
                {QStringLiteral("drifted"), p->drifted}, {QStringLiteral("cold"), p->bands[0]},
                {QStringLiteral("warm"), p->bands[1]}, {QStringLiteral("hot"), p->bands[2]},
                {QStringLiteral("unrecognised"), missing}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (p->learnedDriver)
        c.out << "The learned chance drives MQL handover and routing bands (score driver "
                 "learned): under this model no lead would be promoted to MQL or routed "
                 "differently. Of the rule score, ";
    else
        c.out << "Under this model " << p->promoted << " leads would be promoted to MQL, ";
    c.out << p->bandChanges << " would change band and " << p->scoreChanges
          << " would change score (of " << p->leads << "). Bands: " << p->bands[0] << " cold, "
          << p->bands[1] << " warm, " << p->bands[2] << " hot.\n";
    if (p->drifted > 0)
        c.out << p->drifted
              << " stored scores have changed since they were computed (activities age), "
                 "whichever model is saved; a save refreshes them.\n";
    const char *headings[] = {"Job titles", "Company sizes", "Industries"};
    for (size_t i = 0; i < std::size(unrecognised); ++i) {
        const auto &values = *unrecognised[i].second;
        if (values.empty())
            continue;
        c.out << headings[i] << " the model does not recognise (leads):\n";
        for (const UnrecognisedValue &v : values)
            c.out << QString::number(v.leads).rightJustified(9) << "  " << v.value << '\n';
    }
    return Ok;
}

// score model show [--version N]: the active model or an earlier version as JSON.
int modelShow(Context &c, const ScoringService &scoring)
{
    if (c.has(QStringLiteral("version"))) {
        auto m = scoring.model(int(c.number(QStringLiteral("version"), 0, 1, 1'000'000)));
        if (!m)
            return c.fail(m.error());
        c.out << m->toJsonBytes();
    } else {
        auto m = scoring.activeModel();
        if (!m)
            return c.fail(m.error());
        c.out << m->model.toJsonBytes();
    }
    return Ok;
}

int modelVersions(Context &c, const ScoringService &scoring)
{
    auto all = scoring.versions();
    if (!all)
        return c.fail(all.error());
    QJsonArray rows;
    for (const StoredModel &v : all.value()) {
        if (c.json) {
            rows.append(QJsonObject {{QStringLiteral("version"), v.version},
                {QStringLiteral("active"), v.active},
                {QStringLiteral("createdAt"), iso(v.createdAt)},
                {QStringLiteral("createdBy"), v.createdByName},
                {QStringLiteral("note"), storedtext::render(v.note)}});
        } else {
            c.out << pad(QString::number(v.version), 4) << ' ' << (v.active ? "active " : "       ")
                  << v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                  << pad(v.createdByName.isEmpty() ? QStringLiteral("-") : v.createdByName, 18)
                  << ' ' << storedtext::render(v.note) << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (all->empty())
        c.out << "No saved versions yet; the default model is in use.\n";
    return Ok;
}

int modelSave(Context &c, const ScoringService &scoring)
{
    auto m = modelFile(c.positional[2]);
    if (!m)
        return c.fail(m.error());
    const auto user = c.actor();
    if (!user)
        return Failed;
    return printRecompute(c, *user,
        scoring.saveModel(*user, m.value(), c.value(QStringLiteral("note")), progressPrinter(c)));
}

int modelRestore(Context &c, const ScoringService &scoring)
{
    bool ok = false;
    const int version = c.positional[2].toInt(&ok);
    if (!ok || version <= 0)
        throw UsageError {
            QStringLiteral("'%1' is not a model version (a positive number)").arg(c.positional[2])};
    const auto user = c.actor();
    if (!user)
        return Failed;
    return printRecompute(c, *user, scoring.restore(*user, version, progressPrinter(c)));
}

int scoreModel(Context &c)
{
    const QString sub = c.positional.value(1);
    auto arguments = [&c](int n, const char *usage) {
        if (c.positional.size() != n)
            throw UsageError {QStringLiteral("usage: score model %1").arg(QLatin1String(usage))};
    };
    if (sub == QLatin1String("validate")) {
        arguments(3, "validate FILE.json");
        auto m = modelFile(c.positional[2]);
        if (!m)
            return c.fail(m.error());
        c.out << c.positional[2] << ": a valid scoring model with " << m->activities.size()
              << " activity types.\n";
        return Ok;
    }
    if (!c.open())
        return Failed;
    const ScoringService &scoring = c.services().scoring();
    if (sub == QLatin1String("show")) {
        arguments(2, "show [--version N]");
        return modelShow(c, scoring);
    }
    if (sub == QLatin1String("versions")) {
        arguments(2, "versions");
        return modelVersions(c, scoring);
    }
    if (sub == QLatin1String("save")) {
        arguments(3, "save FILE.json [--note TEXT]");
        return modelSave(c, scoring);
    }
    if (sub == QLatin1String("restore")) {
        arguments(3, "restore N");
        return modelRestore(c, scoring);
    }
    throw UsageError {
        QStringLiteral("'score model' needs show, validate, save, versions or restore")};
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

void printEvaluation(Context &c, const TrainingEvaluation &e, PredictTarget target)
{
    c.out << "Learned score, the chance that a lead " << predictTargetName(target)
          << ": trained on " << e.trainingLeads << " leads (" << e.trainingPositives
          << " positive), evaluated on " << e.holdoutLeads << " held-out leads ("
          << e.holdoutPositives
          << " positive) that training never saw; regularisation C = " << e.regularisation
          << " (chosen by the log-loss on a quarter of the training leads).\n\n";
    c.out << pad(QString(), 24) << pad(QStringLiteral("learned"), 10) << "rule model\n";
    c.out << pad(QStringLiteral("ROC AUC"), 24) << pad(fixed(e.learned.auc, 3), 10)
          << fixed(e.rules.auc, 3) << '\n';
    c.out << pad(QStringLiteral("Brier score"), 24) << pad(fixed(e.learned.brier, 3), 10)
          << fixed(e.rules.brier, 3) << "  (rule score / 100 read as a probability)\n";
    c.out << pad(QStringLiteral("Log-loss"), 24) << pad(fixed(e.learned.logLoss, 3), 10)
          << fixed(e.rules.logLoss, 3) << "  (lower is better; punishes overconfidence)\n\n";
    c.out << "Per score decile of the held-out leads, highest first:\n";
    c.out << "decile  leads  learned: predicted  actual   rule model: score/100  actual\n";
    for (size_t d = 0; d < 10; ++d) {
        const DecileRow &l = e.learned.deciles[d];
        const DecileRow &r = e.rules.deciles[d];
        c.out << pad(QString::number(d + 1), 8) << pad(QString::number(l.leads), 7)
              << pad(QString(), 10) << pad(fixed(100 * l.predicted, 0) + QLatin1Char('%'), 11)
              << pad(fixed(100 * l.actual, 0) + QLatin1Char('%'), 9) << pad(QString(), 13)
              << pad(fixed(100 * r.predicted, 0) + QLatin1Char('%'), 8) << fixed(100 * r.actual, 0)
              << "%\n";
    }
    if (!e.leakingFeature.isEmpty())
        c.out << "\nWarning: one feature decides almost everything: \"" << e.leakingFeature
              << "\" ranks the held-out leads with an AUC of " << fixed(e.leakingAuc, 3)
              << " on its own. Check it is not filled in after the outcome (--exclude it).\n";
}

void printTopFeatures(Context &c, const PredictiveModel &m)
{
    std::vector<const PredictFeature *> fs;
    for (const PredictFeature &f : m.features)
        fs.push_back(&f);
    std::stable_sort(fs.begin(), fs.end(), [](const PredictFeature *a, const PredictFeature *b) {
        return std::abs(a->weight) > std::abs(b->weight);
    });
    c.out << "\nStrongest features (log-odds per unit; numbers and counts per standard "
             "deviation):\n";
    for (size_t i = 0; i < std::min<size_t>(10, fs.size()); ++i)
        c.out << "  " << pad(QString::asprintf("%+.2f", fs[i]->weight), 8) << m.featureLabel(*fs[i])
              << '\n';
}

// score train [--target sql|won] [--exclude NAME,...] [--holdout 30] [--save [--note TEXT]]
int scoreTrain(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral(
            "usage: score train [--target sql|won] [--exclude NAME,...] [--holdout 30] [--save]")};
    TrainOptions options;
    if (c.has(QStringLiteral("target"))) {
        const auto t = predictTargetFromKey(c.value(QStringLiteral("target")));
        if (!t)
            throw UsageError {QStringLiteral("--target takes sql or won, not '%1'")
                                  .arg(c.value(QStringLiteral("target")))};
        options.target = *t;
    }
    for (const QString &name :
        c.value(QStringLiteral("exclude")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.excluded << name.trimmed();
    options.holdoutPercent = int(c.number(QStringLiteral("holdout"), 30, 5, 50));
    const bool save = c.has(QStringLiteral("save"));
    std::optional<User> user;
    if (save) {
        user = c.openAsActor();
        if (!user)
            return Failed;
    } else if (!c.open()) {
        return Failed;
    }
    const PredictiveService &predictive = c.services().predictive();
    auto trained = predictive.train(options);
    if (!trained)
        return c.fail(trained.error());
    std::optional<PredictSummary> saved;
    if (save) {
        auto s = predictive.save(
            *user, trained.value(), c.value(QStringLiteral("note")), progressPrinter(c));
        if (!s)
            return c.fail(s.error());
        saved = s.value();
    }
    if (c.json) {
        QJsonObject o {{QStringLiteral("target"), predictTargetKey(options.target)},
            {QStringLiteral("evaluation"), evaluationToJson(trained->evaluation)},
            {QStringLiteral("model"), trained->model.toJson()}};
        if (saved)
            o.insert(QStringLiteral("saved"),
                QJsonObject {{QStringLiteral("version"), saved->version},
                    {QStringLiteral("leads"), saved->leads}});
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printEvaluation(c, trained->evaluation, options.target);
    printTopFeatures(c, trained->model);
    if (saved)
        c.out << "\nSaved as learned score version " << saved->version
              << " and active: " << saved->leads << " open leads have a chance.\n";
    else
        c.out << "\nNot saved: run again with --save to keep it and give every open lead its "
                 "chance.\n";
    return Ok;
}

// score predict explain ID [--json]: each feature's part in a lead's chance, in log-odds.
int scorePredict(Context &c)
{
    if (c.positional.size() != 3 || c.positional[1] != QLatin1String("explain"))
        throw UsageError {QStringLiteral("usage: score predict explain ID")};
    const qint64 id = leadId(c.positional[2]);
    if (!c.open())
        return Failed;
    auto x = c.services().predictive().explain(id);
    if (!x)
        return c.fail(x.error());
    if (c.json) {
        QJsonArray lines;
        for (const PredictLine &l : x->lines)
            lines.append(QJsonObject {{QStringLiteral("label"), l.label},
                {QStringLiteral("value"), l.value}, {QStringLiteral("logOdds"), l.contribution},
                {QStringLiteral("shown"), l.hundredths / 100.0}});
        QJsonObject o {{QStringLiteral("leadId"), id}, {QStringLiteral("version"), x->version},
            {QStringLiteral("target"), predictTargetKey(x->target)},
            {QStringLiteral("chance"), x->chance}, {QStringLiteral("logOdds"), x->logOdds},
            {QStringLiteral("lines"), lines}};
        if (x->storedChance)
            o.insert(QStringLiteral("storedChance"), *x->storedChance);
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out << "Lead " << id << ": chance " << x->chance << " % that it "
          << predictTargetName(x->target) << " (learned score version " << x->version << ")\n";
    printDriver(c, ScoreDriver::Learned);
    for (const PredictLine &l : x->lines)
        c.out << "  " << pad(QString::asprintf("%+.2f", l.hundredths / 100.0), 8) << l.label
              << (l.value.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.value)) << '\n';
    c.out << "  " << pad(QString::asprintf("%+.2f", x->logOddsHundredths / 100.0), 8)
          << "log-odds in all\n";
    if (!x->storedChance)
        c.out << "No chance is stored for this lead (it was closed or added after the last "
                 "computation).\n";
    else if (*x->storedChance != x->chance)
        c.out << "Stored: " << *x->storedChance
              << " % (computed earlier; its data or the time changed since).\n";
    return Ok;
}

// score models: the learned score's versions, newest first.
int scoreModels(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("usage: score models")};
    if (!c.open())
        return Failed;
    auto all = c.services().predictive().versions();
    if (!all)
        return c.fail(all.error());
    QJsonArray rows;
    for (const StoredPrediction &v : all.value()) {
        const TrainingEvaluation e
            = evaluationFromJson(QJsonDocument::fromJson(v.evaluationJson).object());
        if (c.json) {
            rows.append(QJsonObject {{QStringLiteral("version"), v.version},
                {QStringLiteral("active"), v.active}, {QStringLiteral("target"), v.target},
                {QStringLiteral("createdAt"), iso(v.createdAt)},
                {QStringLiteral("createdBy"), v.createdByName}, {QStringLiteral("note"), v.note},
                {QStringLiteral("auc"), e.learned.auc}, {QStringLiteral("ruleAuc"), e.rules.auc}});
        } else {
            c.out << pad(QString::number(v.version), 4) << ' ' << (v.active ? "active " : "       ")
                  << pad(v.target, 4) << v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "  AUC " << fixed(e.learned.auc, 3) << " (rules " << fixed(e.rules.auc, 3)
                  << ")  "
                  << pad(v.createdByName.isEmpty() ? QStringLiteral("-") : v.createdByName, 18)
                  << ' ' << v.note << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (all->empty())
        c.out << "No learned score saved yet (score train --save).\n";
    return Ok;
}

// score driver [rules|learned] [--threshold CHANCE]: which score drives MQL handover; with a
// value, changes it (marketing managers and admins; audited) and hands over the leads it now
// promotes.
int scoreDriver(Context &c)
{
    if (c.positional.size() > 2)
        throw UsageError {
            QStringLiteral("usage: score driver [rules|learned] [--threshold CHANCE]")};
    const bool change = c.positional.size() == 2 || c.has(QStringLiteral("threshold"));
    std::optional<User> user;
    if (change) {
        user = c.openAsActor();
        if (!user)
            return Failed;
    } else if (!c.open()) {
        return Failed;
    }
    const ScoringService &scoring = c.services().scoring();
    auto setting = scoring.scoreDriver();
    if (!setting)
        return c.fail(setting.error());
    qint64 promoted = 0;
    if (change) {
        ScoreDriverSetting next = setting.value();
        if (c.positional.size() == 2) {
            const auto driver = scoreDriverFromKey(c.positional[1].toLower());
            if (!driver)
                throw UsageError {QStringLiteral("score driver takes rules or learned")};
            next.driver = *driver;
        }
        if (c.has(QStringLiteral("threshold"))) {
            bool ok = false;
            next.learnedMql = c.value(QStringLiteral("threshold")).toDouble(&ok);
            if (!ok)
                throw UsageError {QStringLiteral("--threshold is a chance such as 0.5")};
        }
        auto done = scoring.setScoreDriver(*user, next);
        if (!done)
            return c.fail(done.error());
        promoted = done.value();
        setting = next;
    }
    const bool learned = setting->driver == ScoreDriver::Learned;
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("driver"), scoreDriverKey(setting->driver)},
                {QStringLiteral("learnedMql"), setting->learnedMql},
                {QStringLiteral("promoted"), promoted}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return Ok;
    }
    if (learned)
        c.out << "MQL handover is driven by the learned chance: a lead becomes an MQL at a "
                 "chance of "
              << fixed(setting->learnedMql, 2) << " or more.\n";
    else
        c.out << "MQL handover is driven by the rule score (the scoring model's MQL threshold); "
                 "the learned chance is advisory.\n";
    if (change)
        c.out << promoted << " lead(s) handed over to sales now.\n";
    return Ok;
}

class ScoreCommand : public Command
{
public:
    ScoreCommand()
        : Command(QStringLiteral("score"))
    { }

    QList<Form> forms() const override
    {
        return {{{QStringLiteral("recompute")}, {},
                    QStringLiteral("recompute every lead's score with the active model"), {}},
            {{QStringLiteral("explain")}, QStringLiteral("ID"),
                QStringLiteral("each contribution to a lead's score"), {}},
            {{QStringLiteral("preview")}, QStringLiteral("[FILE.json]"),
                QStringLiteral(
                    "how many leads a candidate model (or the active one)\nwould promote or "
                    "move to another band, and the most frequent\njob titles, sizes and "
                    "industries it does not recognise\n(writes nothing)"),
                {}},
            {{QStringLiteral("model"), QStringLiteral("show")}, QStringLiteral("[--version N]"),
                QStringLiteral("the active (or an earlier) scoring model as JSON"),
                {QStringLiteral("version")}},
            {{QStringLiteral("model"), QStringLiteral("validate")}, QStringLiteral("FILE.json"),
                QStringLiteral("check a model file; errors name the field"), {}},
            {{QStringLiteral("model"), QStringLiteral("save")},
                QStringLiteral("FILE.json [--note TEXT]"),
                QStringLiteral("save a new model version and recompute every lead"),
                {QStringLiteral("note")}},
            {{QStringLiteral("model"), QStringLiteral("versions")}, {},
                QStringLiteral("the saved versions, newest first"), {}},
            {{QStringLiteral("model"), QStringLiteral("restore")}, QStringLiteral("N"),
                QStringLiteral("make version N active again (recomputes every lead)"), {}},
            {{QStringLiteral("train")},
                QStringLiteral("[--target sql|won] [--exclude NAME,...] [--holdout 30]\n[--save "
                               "[--note TEXT]]"),
                QStringLiteral("learn a score from the closed leads' outcomes and print\nits "
                               "evaluation on held-out leads beside the rule model's;\n--save "
                               "keeps it and gives every open lead its chance"),
                {QStringLiteral("target"), QStringLiteral("exclude"), QStringLiteral("holdout"),
                    QStringLiteral("save"), QStringLiteral("note")}},
            {{QStringLiteral("predict"), QStringLiteral("explain")}, QStringLiteral("ID"),
                QStringLiteral("each feature's part in a lead's learned chance (log-odds)"), {}},
            {{QStringLiteral("models")}, {},
                QStringLiteral("the learned score's saved versions, newest first"), {}},
            {{QStringLiteral("driver")}, QStringLiteral("[rules|learned] [--threshold CHANCE]"),
                QStringLiteral("which score drives MQL handover: the rule score (default)\nor "
                               "the learned chance, MQL from CHANCE on (default 0.5);\nchanging "
                               "it is for marketing and admins (audited)"),
                {QStringLiteral("threshold")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("version"), QStringLiteral("N"),
                    QStringLiteral("an earlier version of the model")},
            {QStringLiteral("note"), QStringLiteral("TEXT"),
                QStringLiteral("what changed, shown in the versions")},
            {QStringLiteral("target"), QStringLiteral("sql|won"),
                QStringLiteral("what the learned score predicts (default sql)")},
            {QStringLiteral("exclude"), QStringLiteral("NAME,..."),
                QStringLiteral("fields, attributes or activity types to leave out")},
            {QStringLiteral("holdout"), QStringLiteral("PERCENT"),
                QStringLiteral("share of leads held out for the evaluation (5-50, default 30)")},
            {QStringLiteral("save"), {}, QStringLiteral("keep the trained model and activate it")},
            {QStringLiteral("threshold"), QStringLiteral("CHANCE"),
                QStringLiteral("the chance (0.05-0.95) at which the learned score hands a\nlead "
                               "over")}};
    }

    int run(Context &c) const override
    {
        const QString sub = c.positional.value(0);
        if (sub == QLatin1String("recompute"))
            return scoreRecompute(c);
        if (sub == QLatin1String("explain"))
            return scoreExplain(c);
        if (sub == QLatin1String("preview"))
            return scorePreview(c);
        if (sub == QLatin1String("model"))
            return scoreModel(c);
        if (sub == QLatin1String("train"))
            return scoreTrain(c);
        if (sub == QLatin1String("predict"))
            return scorePredict(c);
        if (sub == QLatin1String("models"))
            return scoreModels(c);
        if (sub == QLatin1String("driver"))
            return scoreDriver(c);
        throw UsageError {QStringLiteral(
            "'score' needs recompute, explain, preview, model, train, predict, models or driver")};
    }
};

} // namespace

std::unique_ptr<Command> makeScoreCommand()
{
    return std::make_unique<ScoreCommand>();
}

} // namespace bantam::cli
