// Tests ScoringService on a real database: full recompute with versions and restore, promotion
// to MQL exactly once (never a demotion), atomicity of a recompute that fails or is cancelled
// midway, the impact preview, incremental rescoring, explanations equal to the stored score,
// and who may change the model.
#include "domain/storedtext.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/eventrecorder.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

// A reader whose language is German, for the one message the tests read (the app's .qm files
// are not part of the tests).
class GermanReader : public QTranslator
{
public:
    GermanReader() { QCoreApplication::installTranslator(this); }
    ~GermanReader() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ScoringService") == 0
            && qstrcmp(source, "Score %1 reached the MQL threshold %2 (scoring model version %3)")
                == 0)
            return QStringLiteral(
                "Score %1 hat die MQL-Schwelle %2 erreicht (Scoring-Modell Version %3)");
        if (qstrcmp(context, "ScoringService") == 0
            && qstrcmp(source, "Default model shipped with Bantam") == 0)
            return QStringLiteral("Mit Bantam ausgeliefertes Standardmodell");
        return {};
    }
};

} // namespace

class TestScoringService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recomputeScoresEveryLead_data();
    void recomputeScoresEveryLead();
    void explanationEqualsStoredScore();
    void promotesOnceThroughPipeline();
    void recomputeWritesAsRescoringOneByOne();
    void firstScoringRemakesTheScoreIndexesAsTheyWere();
    void neverDemotes();
    void failureMidwayKeepsPreviousVersion_data();
    void failureMidwayKeepsPreviousVersion();
    void cancelKeepsPreviousVersion_data();
    void cancelKeepsPreviousVersion();
    void versionsAndRestore();
    void previewWritesNothing();
    void previewUnderLearnedDriverPromotesNobody();
    void previewComparesLikeWithLike();
    void addActivitiesRescoresThatLead();
    void createAndProfileEditRescore();
    void attributeRules_data();
    void attributeRules();
    void numericRulesOnWebBehaviour();
    void previewListsWhatTheModelDoesNotRecognise();
    void trendShowsAFall();
    void onlyMarketingAndAdminsEditTheModel();
    void invalidModelIsRefused();

private:
    Lead lead(const QString &title, Stage stage = Stage::Lead);
    void activity(qint64 leadId, const char *type, double daysAgo);
    int scoreOf(qint64 leadId) const;
    QString bandOf(qint64 leadId) const;
    Stage stageOf(qint64 leadId) const;
    int scalar(const QString &sql) const;
    ScoringService service(int threads = 2) const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Services> m_services; // the pipeline and routing a ScoringService needs
    User m_marketing, m_admin, m_rep;
};

void TestScoringService::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_bus = std::make_unique<EventBus>();
    m_services = std::make_unique<Services>(m_t->db(), *m_bus, *m_clock);
    Builders b(m_t->db(), *m_clock);
    m_marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    m_admin = b.user(QStringLiteral("admin"), Role::Admin);
    m_rep = b.user(QStringLiteral("kschulz"), Role::Rep);
}

void TestScoringService::cleanup()
{
    m_services.reset();
    m_bus.reset();
    m_t.reset();
}

ScoringService TestScoringService::service(int threads) const
{
    ScoringService s(m_t->db(), *m_bus, *m_clock, m_services->pipeline());
    s.setThreads(threads);
    return s;
}

Lead TestScoringService::lead(const QString &title, Stage stage)
{
    LeadProfile p;
    p.firstName = QStringLiteral("Anna");
    p.lastName = QStringLiteral("Test");
    p.email = QStringLiteral("anna%1@example.com")
                  .arg(scalar(QStringLiteral("SELECT COUNT(*) FROM leads")));
    p.jobTitle = title;
    p.industry = QStringLiteral("Manufacturing"); // 10 in the default model
    p.companySize = QStringLiteral("1-9"); // 0
    p.country = QStringLiteral("FR"); // not in the model: 0
    return Builders(m_t->db(), *m_clock).lead().profile(p).stage(stage).score(0).insert();
}

void TestScoringService::activity(qint64 leadId, const char *type, double daysAgo)
{
    Activity a;
    a.leadId = leadId;
    a.type = QString::fromLatin1(type);
    a.at = m_clock->now().addSecs(-qint64(daysAgo * 86400));
    QVERIFY(TimelineRepository(m_t->db()).insertActivity(a));
}

int TestScoringService::scalar(const QString &sql) const
{
    QSqlQuery q(m_t->db().connection());
    if (!q.exec(sql) || !q.next())
        return -999;
    return q.value(0).toInt();
}

int TestScoringService::scoreOf(qint64 leadId) const
{
    return scalar(QStringLiteral("SELECT score FROM leads WHERE id = %1").arg(leadId));
}

QString TestScoringService::bandOf(qint64 leadId) const
{
    QSqlQuery q(m_t->db().connection());
    q.exec(QStringLiteral("SELECT band FROM lead_scores WHERE lead_id = %1").arg(leadId));
    return q.next() ? q.value(0).toString() : QString();
}

Stage TestScoringService::stageOf(qint64 leadId) const
{
    return LeadRepository(m_t->db()).byId(leadId)->stage;
}

void TestScoringService::recomputeScoresEveryLead_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads") << 2;
}

void TestScoringService::recomputeScoresEveryLead()
{
    QFETCH(int, threads);
    // Default model: CEO 20 + Manufacturing 10; a webinar today 15 => 45 (warm, below MQL 50).
    const Lead ceo = lead(QStringLiteral("CEO"));
    activity(ceo.id, "webinar", 0);
    // Werkstudent −15 + 10 => −5 (cold).
    const Lead student = lead(QStringLiteral("Werkstudent"));
    // Head of IT 12 + 10 + pricing page 30 days ago (10 × 0.5 = 5) => 27 (cold).
    const Lead head = lead(QStringLiteral("Head of IT"), Stage::Sql);
    activity(head.id, "pricing_page", 30);

    auto r = service(threads).recompute(m_marketing);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->leads, 3);
    QCOMPARE(r->version, 1); // the default model, saved as version 1 by the first recompute
    QCOMPARE(r->promoted, 0);
    QVERIFY(!r->cancelled);
    QCOMPARE(scoreOf(ceo.id), 45);
    QCOMPARE(bandOf(ceo.id), QStringLiteral("warm"));
    QCOMPARE(scoreOf(student.id), 0); // −15 + 10: clamped at 0
    QCOMPARE(bandOf(student.id), QStringLiteral("cold"));
    QCOMPARE(scoreOf(head.id), 27);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores WHERE model_version = 1")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models WHERE active = 1")), 1);
}

void TestScoringService::explanationEqualsStoredScore()
{
    QList<qint64> ids;
    const char *titles[] = {"CEO", "IT-Leiter", "Werkstudent", "Sachbearbeiterin", "Unbekannt"};
    const char *types[]
        = {"page_visit", "email_open", "pricing_page", "download", "unsubscribe", "webinar"};
    for (int i = 0; i < 15; ++i) {
        const Lead l = lead(QString::fromLatin1(titles[i % 5]), Stage::Sql);
        for (int k = 0; k < i; ++k)
            activity(l.id, types[(i + k) % 6], 0.7 * k + i * 1.3);
        ids << l.id;
    }
    QVERIFY(service().recompute(m_admin));
    m_clock->advanceDays(3); // explanations reproduce the score when it was computed
    for (qint64 id : ids) {
        auto x = service().explain(id);
        QVERIFY(x);
        QVERIFY(x->scored);
        QVERIFY(!x->stale);
        QCOMPARE(x->explanation.score, scoreOf(id));
        int tenths = x->explanation.roundingTenths + x->explanation.clampTenths;
        for (const Contribution &c : x->explanation.contributions)
            tenths += c.tenths;
        QCOMPARE(tenths, scoreOf(id) * 10);
    }
}

void TestScoringService::promotesOnceThroughPipeline()
{
    EventRecorder events(*m_bus);
    // CEO 20 + 10 + demo request 35 => 65: reaches MQL (50).
    const Lead hot = lead(QStringLiteral("CEO"));
    activity(hot.id, "demo_request", 0);
    const Lead cold = lead(QStringLiteral("Student"));

    auto r = service().recompute(m_marketing);
    QVERIFY(r);
    QCOMPARE(r->promoted, 1);
    QCOMPARE(stageOf(hot.id), Stage::Mql);
    QCOMPARE(stageOf(cold.id), Stage::Lead);
    const Lead promoted = LeadRepository(m_t->db()).byId(hot.id).value();
    QVERIFY(promoted.fastTrack);
    QCOMPARE(events.stageChanges().size(), size_t(1));
    QCOMPARE(events.stageChanges()[0].leadId, hot.id);
    QCOMPARE(events.stageChanges()[0].to, Stage::Mql);
    QCOMPARE(events.stageChanges()[0].actorId, 0);
    auto history = TimelineRepository(m_t->db()).historyOf(hot.id);
    QVERIFY(history);
    QCOMPARE(history->back().action, QStringLiteral("promote"));
    QVERIFY(!history->back().actorId);
    QCOMPARE(storedtext::render(history->back().note),
        QStringLiteral("Score 65 reached the MQL threshold 50 (scoring model version 1)"));
    {
        // Written in an English session, read by a German reader: in German.
        GermanReader german;
        QCOMPARE(storedtext::render(history->back().note),
            QStringLiteral("Score 65 hat die MQL-Schwelle 50 erreicht (Scoring-Modell Version 1)"));
    }

    // Again: nothing new.
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(events.stageChanges().size(), size_t(1));

    // Sales rejects it back to marketing; the score still reaches MQL, but it is not pushed back.
    StageChange reject;
    reject.leadId = hot.id;
    reject.action = PipelineAction::Reject;
    reject.reason = QStringLiteral("too_early");
    QVERIFY(m_services->pipeline().change(m_admin, reject));
    QCOMPARE(stageOf(hot.id), Stage::Lead);
    QVERIFY(service().recompute(m_marketing));
    Activity more;
    more.leadId = hot.id;
    more.type = QStringLiteral("trial_signup");
    more.at = m_clock->now();
    QVERIFY(service().addActivities({more}));
    QCOMPARE(stageOf(hot.id), Stage::Lead);
    QCOMPARE(events.stageChanges().size(), size_t(2)); // only the rejection
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM stage_history WHERE lead_id = %1 AND action = 'promote'")
                        .arg(hot.id)),
        1);
}

namespace {

// The same small database built twice: leads in every stage, some that reach MQL (one of them
// by a fast-track activity), others that stay below; users with the same ids in both.
void buildScoringFixture(const Database &db, const FakeClock &clock)
{
    Builders b(db, clock);
    b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    b.user(QStringLiteral("kschulz"), Role::Rep);
    b.user(QStringLiteral("jwolf"), Role::Rep);
    const char *titles[] = {"CEO", "IT-Leiter", "Werkstudent", "Head of IT", "Einkauf"};
    const Stage stages[] = {Stage::Lead, Stage::Lead, Stage::Lead, Stage::Mql, Stage::Sql};
    const char *types[] = {"demo_request", "pricing_page", "webinar", "page_visit", "unsubscribe",
        "trial_signup", "email_click"};
    for (int i = 0; i < 24; ++i) {
        LeadProfile p;
        p.firstName = QStringLiteral("Vor%1").arg(i);
        p.lastName = QStringLiteral("Nach%1").arg(i);
        p.email = QStringLiteral("p%1@example.com").arg(i);
        p.jobTitle = QString::fromLatin1(titles[i % 5]);
        p.industry = QStringLiteral("Manufacturing");
        p.companySize = i % 2 ? QStringLiteral("250-999") : QStringLiteral("1-9");
        p.country = QStringLiteral("DE");
        const Lead l = b.lead().profile(p).stage(stages[i % 5]).score(0).insert();
        for (int k = 0; k < i % 4 + 1; ++k) {
            Activity a;
            a.leadId = l.id;
            a.type = QString::fromLatin1(types[(i * 3 + k) % 7]);
            a.at = clock.now().addSecs(-qint64((k * 5 + i % 3) * 86400));
            QVERIFY(TimelineRepository(db).insertActivity(a));
        }
    }
}

// What scoring and its promotions leave in the database, row by row (ids of the rows that only
// number them left out; the audit of the model's activation is the full recompute's own).
QStringList scoringRows(const Database &db)
{
    QStringList out;
    const char *queries[] = {
        "SELECT id, stage, score, fast_track, mql_at, version, owner_id, stage_changed_at, "
        "updated_at, accepted_at, unassigned_reason FROM leads ORDER BY id",
        "SELECT lead_id, band, score_week_ago, model_version, scored_at FROM lead_scores "
        "ORDER BY lead_id",
        "SELECT lead_id, action, from_stage, to_stage, changed_at, actor_id, reason_code, note, "
        "recontact_on FROM stage_history ORDER BY lead_id, id",
        "SELECT at, actor_id, entity, entity_id, field, old_value, new_value, reason FROM "
        "audit_log WHERE entity = 'lead' ORDER BY entity_id, id",
        "SELECT lead_id, policy_id, owner_id, started_at, due_at, stopped_at, outcome FROM "
        "sla_clocks ORDER BY lead_id, id",
        "SELECT lead_id, user_id FROM assignments ORDER BY lead_id, id",
    };
    for (const char *sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(QString::fromLatin1(sql))) {
            out << q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

void TestScoringService::recomputeWritesAsRescoringOneByOne()
{
    // A full recompute writes its scores in bulk and promotes every lead that reached MQL in one
    // batch; rescoring each lead on its own (the incremental path) writes and promotes one lead
    // at a time. Both leave the same rows.
    // Two new databases built alike (init()'s has other users).
    TestDatabase bulk, other;
    QVERIFY2(bulk.isValid(), qPrintable(bulk.errorMessage()));
    QVERIFY2(other.isValid(), qPrintable(other.errorMessage()));
    EventBus bulkBus, otherBus;
    Services bulkServices(bulk.db(), bulkBus, *m_clock),
        otherServices(other.db(), otherBus, *m_clock);
    buildScoringFixture(bulk.db(), *m_clock);
    buildScoringFixture(other.db(), *m_clock);
    const User marketing = UserRepository(bulk.db()).byLogin(QStringLiteral("mkoch")).value();

    ScoringService all(bulk.db(), bulkBus, *m_clock, bulkServices.pipeline());
    auto r = all.recompute(marketing);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QVERIFY(r->promoted >= 3);

    ScoringService single(other.db(), otherBus, *m_clock, otherServices.pipeline());
    qint64 promoted = 0;
    for (qint64 id = 1; id <= 24; ++id) {
        auto one = single.rescore({id});
        QVERIFY2(one, qPrintable(one ? QString() : one.error().message));
        promoted += one->promoted;
    }
    QCOMPARE(promoted, r->promoted);
    auto count = [](const Database &db, const char *sql) {
        QSqlQuery q(db.connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(count(bulk.db(), "SELECT COUNT(*) FROM stage_history WHERE action = 'promote'"),
        r->promoted);
    QVERIFY(count(bulk.db(), "SELECT COUNT(*) FROM sla_clocks") > 0);
    QVERIFY(count(bulk.db(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'lead'") > 0);
    const QStringList bulkRows = scoringRows(bulk.db()), singleRows = scoringRows(other.db());
    QCOMPARE(bulkRows.size(), singleRows.size());
    for (qsizetype i = 0; i < bulkRows.size(); ++i)
        QCOMPARE(bulkRows[i], singleRows[i]);
}

// Scoring leads that were never scored (demo data, a large load) makes the indexes that hold the
// score again after the writes: afterwards they are there as before, with statistics where the
// file keeps them, and a cancelled run leaves them as they were.
void TestScoringService::firstScoringRemakesTheScoreIndexesAsTheyWere()
{
    if (TestDatabase::onServer())
        QSKIP("the indexes are kept up row by row on a team database");
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        const Lead l = lead(i % 3 ? QStringLiteral("CEO") : QStringLiteral("Student"));
        activity(l.id, "webinar", i);
        ids << l.id;
    }
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM lead_scores"))); // loaded without scores
    QVERIFY(q.exec(QStringLiteral("UPDATE leads SET score = 0")));
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    auto indexes = [this] { return indexDefinitions(m_t->db(), QStringLiteral("leads")); };
    const QStringList before = indexes();
    QVERIFY(before.size() > 10);
    const QString statistics
        = QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE idx IN ('idx_leads_score', "
                         "'idx_leads_stage_score', 'idx_leads_report_score')");
    QCOMPARE(scalar(statistics), 3);

    // Cancelled after its first chunk was written: nothing changed, the indexes included.
    auto cancelled = service(1).recompute(m_marketing, [](qint64, qint64) { return false; });
    QVERIFY(cancelled);
    QVERIFY(cancelled->cancelled);
    QCOMPARE(indexes(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores")), 0);

    // The connection's page cache and temp store, which the index builds change for their
    // sort, are as they were afterwards.
    const auto settings = [this] {
        return QStringList {queryValue(m_t->db(), QStringLiteral("PRAGMA cache_size")).toString(),
            queryValue(m_t->db(), QStringLiteral("PRAGMA temp_store")).toString()};
    };
    const QStringList connection = settings();

    auto done = service().recompute(m_marketing);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(indexes(), before);
    QCOMPARE(scalar(statistics), 3);
    QCOMPARE(settings(), connection);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores")), 12);
    // The scores are in the index the list sorts by.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM leads INDEXED BY idx_leads_score WHERE "
                                   "score > 0")),
        scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE score + 0 > 0")));
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE score + 0 > 0")) >= 8);

    // Again with a temporary table on the connection (an earlier routing run keeps one): it
    // keeps its rows, whatever the index builds do with the temp store.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM lead_scores")));
    QVERIFY(q.exec(QStringLiteral("UPDATE leads SET score = 0")));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE kept_between_runs (x INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kept_between_runs VALUES (7)")));
    auto again = service().recompute(m_marketing);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(indexes(), before);
    QCOMPARE(settings(), connection);
    QCOMPARE(scalar(QStringLiteral("SELECT x FROM kept_between_runs")), 7);
}

void TestScoringService::neverDemotes()
{
    const Lead mql = lead(QStringLiteral("Student"), Stage::Mql);
    activity(mql.id, "unsubscribe", 0);
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(scoreOf(mql.id), 0); // −15 + 10 − 20, clamped
    QCOMPARE(stageOf(mql.id), Stage::Mql);
}

void TestScoringService::failureMidwayKeepsPreviousVersion_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<QString>("statement"); // the write the simulated failure strikes
    QTest::addColumn<bool>("onNewLead"); // the never-scored lead's, or the 21st lead's
    QTest::newRow("one thread, a lead's score")
        << 1 << QStringLiteral("UPDATE OF score ON leads WHEN NEW.id") << false;
    QTest::newRow("two threads, a lead's score")
        << 2 << QStringLiteral("UPDATE OF score ON leads WHEN NEW.id") << false;
    QTest::newRow("one thread, a stored score")
        << 1 << QStringLiteral("UPDATE ON lead_scores WHEN NEW.lead_id") << false;
    QTest::newRow("two threads, a new lead's stored score")
        << 2 << QStringLiteral("INSERT ON lead_scores WHEN NEW.lead_id") << true;
}

void TestScoringService::failureMidwayKeepsPreviousVersion()
{
    QFETCH(int, threads);
    QFETCH(QString, statement);
    QFETCH(bool, onNewLead);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        const Lead l = lead(i % 2 ? QStringLiteral("CEO") : QStringLiteral("Student"), Stage::Sql);
        activity(l.id, "webinar", i);
        ids << l.id;
    }
    QVERIFY(service(threads).recompute(m_marketing)); // version 1
    QList<int> before;
    for (qint64 id : ids)
        before << scoreOf(id);

    // Version 2 doubles the webinar; writing the 21st lead's score fails (a storage error the
    // database raises halfway through the leads).
    ScoringModel v2 = ScoringModel::defaults();
    for (ActivityRule &a : v2.activities) {
        if (a.key == QLatin1String("webinar"))
            a.points = 30;
    }
    const Lead fresh = lead(QStringLiteral("CEO"), Stage::Sql); // not scored yet
    const qint64 victim = onNewLead ? fresh.id : ids[20];
    QStringList trigger;
    if (TestDatabase::onServer()) {
        // The same trigger in PostgreSQL's words: "EVENT ON table WHEN column" -> a row trigger.
        const QString event = statement.section(QStringLiteral(" WHEN "), 0, 0);
        const QString column = statement.section(QStringLiteral(" WHEN "), 1);
        trigger << QStringLiteral("CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql "
                                  "AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$")
                << QStringLiteral("CREATE TRIGGER fail_midway BEFORE %1 FOR EACH ROW WHEN "
                                  "(%2 = %3) EXECUTE FUNCTION fail_midway()")
                       .arg(event, column)
                       .arg(victim);
    } else {
        trigger << QStringLiteral("CREATE TRIGGER fail_midway BEFORE %1 = %2 "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                       .arg(statement)
                       .arg(victim);
    }
    for (const QString &t : trigger) {
        QVERIFY2(
            m_t->db().connection().exec(t).lastError().type() == QSqlError::NoError, qPrintable(t));
    }
    auto r = service(threads).saveModel(m_marketing, v2, QStringLiteral("double webinars"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("simulated failure")),
        qPrintable(r.error().message));

    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(scoreOf(ids[i]), before[i]);
    QCOMPARE(scoreOf(fresh.id), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores WHERE model_version = 1")), 40);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores")), 40);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM scoring_models WHERE active = 1")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models")), 1);

    // Without the fault, the same save goes through.
    m_t->db().connection().exec(TestDatabase::onServer()
            ? QStringLiteral("DROP TRIGGER fail_midway ON %1")
                  .arg(statement.section(QStringLiteral(" ON "), 1).section(QLatin1Char(' '), 0, 0))
            : QStringLiteral("DROP TRIGGER fail_midway"));
    r = service(threads).saveModel(m_marketing, v2, QStringLiteral("double webinars"));
    QVERIFY(r);
    QCOMPARE(r->version, 2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM lead_scores WHERE model_version = 2")), 41);
    QCOMPARE(scoreOf(fresh.id), 30);
    QCOMPARE(bandOf(fresh.id), QStringLiteral("warm"));
    QCOMPARE(before[1], 45); // CEO 20 + 10 + webinar a day ago 15 × 0.5^(1/30)
    QCOMPARE(scoreOf(ids[1]), 59); // the same with 30 for the webinar
}

void TestScoringService::cancelKeepsPreviousVersion_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("cancelAtCall");
    QTest::newRow("one thread, while reading") << 1 << 1;
    QTest::newRow("two threads, first report") << 2 << 1;
}

void TestScoringService::cancelKeepsPreviousVersion()
{
    QFETCH(int, threads);
    QFETCH(int, cancelAtCall);
    const Lead l = lead(QStringLiteral("CEO"), Stage::Sql);
    activity(l.id, "webinar", 0);
    QVERIFY(service(threads).recompute(m_marketing));
    QCOMPARE(scoreOf(l.id), 45);

    ScoringModel v2 = ScoringModel::defaults();
    v2.levelPoints[size_t(TitleLevel::CLevel)] = 1;
    int calls = 0;
    auto r = service(threads).saveModel(
        m_marketing, v2, QString(), [&](qint64, qint64) { return ++calls < cancelAtCall; });
    QVERIFY(r);
    QVERIFY(r->cancelled);
    QCOMPARE(scoreOf(l.id), 45);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM scoring_models WHERE active = 1")), 1);
}

void TestScoringService::versionsAndRestore()
{
    const Lead l = lead(QStringLiteral("CEO"), Stage::Sql);
    activity(l.id, "webinar", 0);
    QVERIFY(service().recompute(m_marketing)); // v1: 45
    ScoringModel v2 = ScoringModel::defaults();
    v2.levelPoints[size_t(TitleLevel::CLevel)] = 5;
    auto saved = service().saveModel(m_marketing, v2, QStringLiteral("less for titles"));
    QVERIFY(saved);
    QCOMPARE(saved->version, 2);
    QCOMPARE(scoreOf(l.id), 30);

    auto versions = service().versions();
    QVERIFY(versions);
    QCOMPARE(versions->size(), size_t(2));
    QCOMPARE(versions->at(0).version, 2);
    QVERIFY(versions->at(0).active);
    QCOMPARE(versions->at(0).note, QStringLiteral("less for titles"));
    QCOMPARE(versions->at(0).createdByName, QStringLiteral("mkoch"));
    QVERIFY(!versions->at(1).active);
    // The default's note is stored as a code and reads in the reader's language, as does the
    // English text older versions stored; a note a person typed stays as typed.
    QCOMPARE(storedtext::render(versions->at(1).note),
        QStringLiteral("Default model shipped with Bantam"));
    {
        GermanReader german;
        QCOMPARE(storedtext::render(versions->at(1).note),
            QStringLiteral("Mit Bantam ausgeliefertes Standardmodell"));
        QCOMPARE(storedtext::render(QStringLiteral("Default model shipped with Bantam")),
            QStringLiteral("Mit Bantam ausgeliefertes Standardmodell"));
        QCOMPARE(storedtext::render(versions->at(0).note), QStringLiteral("less for titles"));
    }

    auto restored = service().restore(m_admin, 1);
    QVERIFY(restored);
    QCOMPARE(restored->version, 1);
    QCOMPARE(scoreOf(l.id), 45);
    QCOMPARE(service().activeModel()->version, 1);
    QCOMPARE(service().versions()->size(), size_t(2)); // restoring adds no version
    auto missing = service().restore(m_admin, 7);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

// Issue 18: on a database scored weeks ago, the unchanged model "would change" every score whose
// activities have aged since. The preview compares the candidate with the active model at the
// same moment and reports the aged scores apart.
void TestScoringService::previewComparesLikeWithLike()
{
    const Lead a = lead(QStringLiteral("CEO")); // 30 + webinar 15 = 45 today
    activity(a.id, "webinar", 0);
    const Lead b = lead(QStringLiteral("CEO")); // 30, nothing to age
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(scoreOf(a.id), 45);
    m_clock->advanceDays(60); // the webinar is worth a quarter now

    auto active = service().activeModel();
    QVERIFY(active);
    auto same = service().preview(active->model);
    QVERIFY(same);
    QCOMPARE(same->leads, 2);
    QCOMPARE(same->scoreChanges, 0);
    QCOMPARE(same->bandChanges, 0);
    QCOMPARE(same->drifted, 1); // a: 45 stored, about 34 now

    ScoringModel candidate = active->model;
    candidate.hot = 32; // a (about 34 now) becomes hot, b (30) stays warm; no score moves
    auto other = service().preview(candidate);
    QVERIFY(other);
    QCOMPARE(other->scoreChanges, 0);
    QCOMPARE(other->bandChanges, 1);
    QCOMPARE(other->drifted, 1);
    QCOMPARE(scoreOf(a.id), 45); // nothing written
    Q_UNUSED(b);
}

void TestScoringService::previewWritesNothing()
{
    const Lead a = lead(QStringLiteral("CEO")); // 30 + webinar 15 = 45: warm
    activity(a.id, "webinar", 0);
    const Lead b = lead(QStringLiteral("Student")); // -5, clamped to 0: cold
    const Lead c = lead(QStringLiteral("CEO"), Stage::Sql); // 30: warm, not promotable
    QVERIFY(service().recompute(m_marketing));

    ScoringModel candidate = ScoringModel::defaults();
    candidate.mql = 40;
    candidate.hot = 44;
    auto p = service().preview(candidate);
    QVERIFY(p);
    QCOMPARE(p->leads, 3);
    QCOMPARE(p->promoted, 1); // a (45 >= 40); c is in SQL already
    QCOMPARE(p->bandChanges, 1); // a becomes hot
    QCOMPARE(p->bands[0], 1);
    QCOMPARE(p->bands[1], 1);
    QCOMPARE(p->bands[2], 1);
    QCOMPARE(stageOf(a.id), Stage::Lead);
    QCOMPARE(bandOf(a.id), QStringLiteral("warm"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models")), 1);
    Q_UNUSED(b);
    Q_UNUSED(c);
}

// With the learned chance driving handover, a rule-model edit hands nobody over: the preview says
// so (no promotions counted) instead of counting leads whose rule score would reach the MQL
// threshold, and saving the model indeed promotes nobody.
void TestScoringService::previewUnderLearnedDriverPromotesNobody()
{
    const Lead a = lead(QStringLiteral("CEO")); // 30 + webinar 15 = 45: warm
    activity(a.id, "webinar", 0);
    QVERIFY(service().recompute(m_marketing));
    ScoringModel candidate = ScoringModel::defaults();
    candidate.mql = 40;
    auto byRules = service().preview(candidate);
    QVERIFY(byRules);
    QVERIFY(!byRules->learnedDriver);
    QCOMPARE(byRules->promoted, 1); // a reaches 40 by its rule score

    ScoreDriverSetting learned;
    learned.driver = ScoreDriver::Learned;
    QVERIFY(service().setScoreDriver(m_marketing, learned)); // no chances: nobody promoted
    auto byChance = service().preview(candidate);
    QVERIFY(byChance);
    QVERIFY(byChance->learnedDriver);
    QCOMPARE(byChance->promoted, 0);
    QCOMPARE(byChance->leads, 1);
    QCOMPARE(byChance->bands[1], 1); // the rule score's bands are still shown

    auto saved = service().saveModel(m_marketing, candidate, QStringLiteral("lower MQL"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->promoted, 0);
    QCOMPARE(stageOf(a.id), Stage::Lead);
}

void TestScoringService::addActivitiesRescoresThatLead()
{
    const Lead a = lead(QStringLiteral("CEO"));
    const Lead other = lead(QStringLiteral("CEO"));
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(scoreOf(a.id), 30);
    // The other lead's activity arrives behind scoring's back: it keeps its stored score.
    activity(other.id, "webinar", 0);

    Activity visit;
    visit.leadId = a.id;
    visit.type = QStringLiteral("pricing_page");
    visit.at = m_clock->now();
    auto r = service().addActivities({visit});
    QVERIFY(r);
    QCOMPARE(r->leads, 1);
    QCOMPARE(r->promoted, 0);
    QCOMPARE(scoreOf(a.id), 40);
    QCOMPARE(bandOf(a.id), QStringLiteral("warm"));
    QCOMPARE(scoreOf(other.id), 30);

    Activity form = visit;
    form.type = QStringLiteral("contact_form");
    r = service().addActivities({form});
    QVERIFY(r);
    QCOMPARE(r->promoted, 1);
    QCOMPARE(scoreOf(a.id), 65);
    QCOMPARE(stageOf(a.id), Stage::Mql);
    QVERIFY(LeadRepository(m_t->db()).byId(a.id)->fastTrack);
}

void TestScoringService::createAndProfileEditRescore()
{
    const ScoringService scoring = service();
    const LeadService leads(m_t->db(), *m_bus, *m_clock, m_services->routing(), scoring);
    LeadProfile p;
    p.lastName = QStringLiteral("Berger");
    p.jobTitle = QString::fromUtf8("Geschäftsführer");
    p.industry = QStringLiteral("Manufacturing"); // 10
    p.companySize = QStringLiteral("250-999"); // 10
    p.country = QStringLiteral("DE"); // 5
    auto created = leads.create(m_marketing, p);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    // C-level 20 + 10 + 10 + 5, with no activity yet.
    QCOMPARE(created->score, 45);
    QCOMPARE(scoreOf(created->id), 45);
    QCOMPARE(bandOf(created->id), QStringLiteral("warm"));
    QCOMPARE(scalar(QStringLiteral("SELECT model_version FROM lead_scores WHERE lead_id = %1")
                        .arg(created->id)),
        1);
    QCOMPARE(created->stage, Stage::Lead); // below MQL 50

    p.jobTitle = QStringLiteral("Werkstudent");
    auto edited = leads.updateProfile(m_marketing, created->id, p, created->version);
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QCOMPARE(edited->score, 10); // student/other −15 instead of C-level 20
    QCOMPARE(scoreOf(created->id), 10);
    QCOMPARE(bandOf(created->id), QStringLiteral("cold"));
    auto x = scoring.explain(created->id);
    QVERIFY(x);
    QVERIFY(x->scored);
    QVERIFY(!x->stale);
    QCOMPARE(x->explanation.contributions.front().label, QStringLiteral("Werkstudent"));
    QCOMPARE(x->explanation.contributions.front().tenths, -150);
    int tenths = x->explanation.roundingTenths + x->explanation.clampTenths;
    for (const Contribution &c : x->explanation.contributions)
        tenths += c.tenths;
    QCOMPARE(tenths, 100);

    // With an MQL threshold of 40, a new lead whose fit alone reaches it is promoted at once.
    ScoringModel lower = ScoringModel::defaults();
    lower.mql = 40;
    QVERIFY(scoring.saveModel(m_marketing, lower, QString()));
    QCOMPARE(stageOf(created->id), Stage::Lead); // 10: not promoted by the recompute
    p.jobTitle = QStringLiteral("CEO");
    p.email = QStringLiteral("ceo@example.com");
    created = leads.create(m_marketing, p);
    QVERIFY(created);
    QCOMPARE(created->score, 45);
    QCOMPARE(created->stage, Stage::Mql);
    QCOMPARE(storedtext::render(TimelineRepository(m_t->db()).historyOf(created->id)->back().note),
        QStringLiteral("Score 45 reached the MQL threshold 40 (scoring model version 2)"));
}

void TestScoringService::attributeRules_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads") << 2;
}

void TestScoringService::attributeRules()
{
    QFETCH(int, threads);
    const ImportRepository attributes(m_t->db());
    const Lead a = lead(QStringLiteral("CEO")); // 30 without attributes
    QVERIFY(
        attributes.setAttribute(a.id, QStringLiteral("Messe-Stand"), QStringLiteral("A12"), true));
    QVERIFY(attributes.setAttribute(a.id, QStringLiteral("Quelle"), QStringLiteral("Messe"), true));
    const Lead b = lead(QStringLiteral("CEO"));
    // Another import spelt the column differently.
    QVERIFY(
        attributes.setAttribute(b.id, QStringLiteral("messe-stand "), QStringLiteral("B7"), true));
    const Lead c = lead(QStringLiteral("CEO"));
    QVERIFY(attributes.setAttribute(c.id, QStringLiteral("Quelle"), QStringLiteral("A12"), true));
    QVERIFY(service(threads).recompute(m_marketing));
    QCOMPARE(scoreOf(a.id), 30);

    ScoringModel m = ScoringModel::defaults();
    m.attributes = {{QStringLiteral("Messe-Stand"), QStringLiteral("a12"), 15},
        {QStringLiteral("Messe-Stand"), QString(), 5}};
    auto p = service(threads).preview(m);
    QVERIFY(p);
    QCOMPARE(p->scoreChanges, 2); // a and b
    QCOMPARE(p->promoted, 1); // a: 30 + 15 + 5 = 50
    QCOMPARE(p->bands[size_t(ScoreBand::Warm)], 3);
    QCOMPARE(scoreOf(a.id), 30);

    auto r = service(threads).saveModel(m_marketing, m, QStringLiteral("Messe"));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->scoresChanged, 2);
    QCOMPARE(r->promoted, 1);
    QCOMPARE(scoreOf(a.id), 50);
    QCOMPARE(stageOf(a.id), Stage::Mql);
    QCOMPARE(scoreOf(b.id), 35);
    QCOMPARE(scoreOf(c.id), 30);

    auto x = service().explain(a.id);
    QVERIFY(x);
    QVERIFY(!x->stale);
    QStringList lines;
    int tenths = x->explanation.roundingTenths + x->explanation.clampTenths;
    for (const Contribution &contribution : x->explanation.contributions) {
        tenths += contribution.tenths;
        if (contribution.kind == Contribution::Kind::Attribute)
            lines << describeContribution(contribution) + QLatin1Char(' ')
                    + formatTenths(contribution.tenths);
    }
    QCOMPARE(lines,
        QStringList({QStringLiteral("Attribute Messe-Stand = A12 +15.0"),
            QStringLiteral("Attribute Messe-Stand = A12 (any value) +5.0")}));
    QCOMPARE(tenths, 500);

    // An attribute arriving later counts when the lead is rescored.
    QVERIFY(
        attributes.setAttribute(c.id, QStringLiteral("Messe-Stand"), QStringLiteral("A12"), true));
    auto rescored = service().rescore({c.id});
    QVERIFY(rescored);
    QCOMPARE(rescored->promoted, 1);
    QCOMPARE(scoreOf(c.id), 50);
    QCOMPARE(stageOf(c.id), Stage::Mql);
}

// An education company's export: no standard profile fields, only web-behaviour columns with
// numbers in both notations. The default model gives every lead 0; rules on the columns rank them.
void TestScoringService::numericRulesOnWebBehaviour()
{
    const ImportRepository attributes(m_t->db());
    struct Row
    {
        const char *time, *views, *origin;
        int score;
    };
    // time ≥ 600: +20; 2 ≤ views < 5: +10; Lead Origin = Lead Add Form: +25; time < 60: −10.
    const Row rows[] = {{"1.532", "3,5", "Lead Add Form", 55}, {"1,532.0", "6", "API", 20},
        {"600", "2", "Landing Page Submission", 30}, {"12", "1", "API", 0},
        {"", "", "Lead Add Form", 25}};
    std::vector<qint64> ids;
    for (const Row &r : rows) {
        LeadProfile p;
        p.lastName = QStringLiteral("L%1").arg(ids.size());
        const Lead l = Builders(m_t->db(), *m_clock).lead().profile(p).score(0).insert();
        ids.push_back(l.id);
        const std::pair<const char *, const char *> values[]
            = {{"Total Time Spent on Website", r.time}, {"Page Views Per Visit", r.views},
                {"Lead Origin", r.origin}};
        for (const auto &[name, value] : values) {
            if (*value)
                QVERIFY(attributes.setAttribute(
                    l.id, QString::fromLatin1(name), QString::fromLatin1(value), true));
        }
    }
    QVERIFY(service().recompute(m_marketing));
    for (qint64 id : ids)
        QCOMPARE(scoreOf(id), 0);

    QJsonObject json = ScoringModel::defaults().toJson();
    QJsonObject fit = json.value(QStringLiteral("fit")).toObject();
    fit.insert(QStringLiteral("attributes"),
        QJsonDocument::fromJson(R"([
        {"attribute": "Total Time Spent on Website", "min": 600, "points": 20},
        {"attribute": "Total Time Spent on Website", "max": 60, "points": -10},
        {"attribute": "Page Views Per Visit", "min": 2, "max": 5, "points": 10},
        {"attribute": "Lead Origin", "value": "Lead Add Form", "points": 25}])")
            .array());
    json.insert(QStringLiteral("fit"), fit);
    auto m = ScoringModel::fromJson(json);
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->attributes.size(), size_t(4));
    auto saved = service().saveModel(m_marketing, m.value(), QStringLiteral("web behaviour"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    for (size_t i = 0; i < std::size(rows); ++i)
        QCOMPARE(scoreOf(ids[i]), rows[i].score);

    // −10 for a short visit is clamped at 0, and the explanation says so.
    auto x = service().explain(ids[3]);
    QVERIFY(x);
    QCOMPARE(x->explanation.score, 0);
    QCOMPARE(x->explanation.clampTenths, 100);
    x = service().explain(ids[0]);
    QVERIFY(x);
    QStringList lines;
    for (const Contribution &c : x->explanation.contributions) {
        if (c.kind == Contribution::Kind::Attribute)
            lines << describeContribution(c) + QLatin1Char(' ') + formatTenths(c.tenths);
    }
    QCOMPARE(lines,
        QStringList({QStringLiteral("Attribute Total Time Spent on Website = 1.532 (at least "
                                    "600) +20.0"),
            QStringLiteral("Attribute Page Views Per Visit = 3,5 (from 2 to below 5) +10.0"),
            QStringLiteral("Attribute Lead Origin = Lead Add Form +25.0")}));
}

// The impact preview names what a model misses, most leads first: here the titles, sizes and
// industries of a US B2B export that the shipped model has no entry for.
void TestScoringService::previewListsWhatTheModelDoesNotRecognise()
{
    auto add = [this](const char *title, const char *size, const char *industry, int count) {
        for (int i = 0; i < count; ++i) {
            LeadProfile p;
            p.lastName = QStringLiteral("B2B");
            p.jobTitle = QString::fromLatin1(title);
            p.companySize = QString::fromLatin1(size);
            p.industry = QString::fromLatin1(industry);
            Builders(m_t->db(), *m_clock).lead().profile(p).insert();
        }
    };
    add("C - Level", "51-200", "Manufacturing", 4); // all recognised
    add("Staff", "10,001+", "Computer Software", 3);
    add("Evangelist", "Self-employed", "Computer Software", 2);
    add("evangelist ", "self-employed", "computer software", 1); // the same, spelt otherwise
    add("Wizard", "", "Higher Education", 1);
    add("", "k. A.", "", 1);
    auto p = service().preview(ScoringModel::defaults());
    QVERIFY(p);
    QCOMPARE(p->leads, 12);
    using U = UnrecognisedValue;
    QCOMPARE(p->unrecognisedTitles,
        std::vector<U>({{QStringLiteral("Evangelist"), 3}, {QStringLiteral("Wizard"), 1}}));
    QCOMPARE(p->unrecognisedSizes,
        std::vector<U>({{QStringLiteral("Self-employed"), 3}, {QStringLiteral("k. A."), 1}}));
    QCOMPARE(p->unrecognisedIndustries,
        std::vector<U>(
            {{QStringLiteral("Computer Software"), 6}, {QStringLiteral("Higher Education"), 1}}));

    // Once the model knows them, they are no longer listed.
    ScoringModel m = ScoringModel::defaults();
    m.industries.push_back({QStringLiteral("Computer Software"), 8});
    m.titlePatterns.push_back({QStringLiteral("evangelist"), TitleLevel::Individual});
    p = service().preview(m);
    QVERIFY(p);
    QCOMPARE(p->unrecognisedTitles, std::vector<U>({{QStringLiteral("Wizard"), 1}}));
    QCOMPARE(p->unrecognisedIndustries, std::vector<U>({{QStringLiteral("Higher Education"), 1}}));
}

void TestScoringService::trendShowsAFall()
{
    const Lead l = lead(QStringLiteral("CEO"), Stage::Sql);
    activity(l.id, "webinar", 10); // 15 × 0.5^(10/30) now, 15 × 0.5^(3/30) a week ago
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(scoreOf(l.id), 42);
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT score_week_ago FROM lead_scores WHERE lead_id = %1").arg(l.id)),
        44);
    const Lead fetched = LeadRepository(m_t->db()).byId(l.id).value();
    QCOMPARE(fetched.scoreTrend(), -2);
    QCOMPARE(fetched.scoreBand, QStringLiteral("warm"));

    // 20 days on, a recompute moves score and week-ago score (the band stays warm).
    m_clock->advanceDays(20);
    QVERIFY(service().recompute(m_marketing));
    QCOMPARE(scoreOf(l.id), 38); // 30 + 15 × 0.5^(30/30) = 37.5
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT score_week_ago FROM lead_scores WHERE lead_id = %1").arg(l.id)),
        39); // 30 + 15 × 0.5^(23/30)
    QCOMPARE(
        scalar(QStringLiteral("SELECT scored_at FROM lead_scores WHERE lead_id = %1").arg(l.id)),
        int(m_clock->now().toSecsSinceEpoch()));
}

void TestScoringService::onlyMarketingAndAdminsEditTheModel()
{
    lead(QStringLiteral("CEO"));
    auto r = service().saveModel(m_rep, ScoringModel::defaults(), QString());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QVERIFY2(r.error().message.contains(QStringLiteral("only marketing managers and admins")),
        qPrintable(r.error().message));
    QVERIFY(!service().recompute(m_rep));
    QVERIFY(!service().restore(m_rep, 1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models")), 0);
    QVERIFY(service().saveModel(m_marketing, ScoringModel::defaults(), QString()));
}

void TestScoringService::invalidModelIsRefused()
{
    ScoringModel bad = ScoringModel::defaults();
    bad.halfLifeDays = 0;
    auto r = service().saveModel(m_admin, bad, QString());
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("decay.half_life_days"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_models")), 0);
}

QTEST_GUILESS_MAIN(TestScoringService)
#include "tst_scoringservice.moc"
