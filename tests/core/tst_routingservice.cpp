// Tests RoutingService, RoutingRules, Directory and the audit log on a real database: preview
// equals apply, the round-robin state surviving a restart, automatic routing of created,
// promoted and imported leads, reassignment permissions per role with inbox entries, audit rows
// for every kind of change, and the audit table refusing UPDATE and DELETE.
#include "events/eventbus.h"
#include "io/leadimport.h"
#include "leads/leadservice.h"
#include "people/accounts.h"
#include "people/directory.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

Q_DECLARE_METATYPE(bantam::Error::Kind)

class TestRoutingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void previewEqualsApply();
    void scoreBandsFollowTheScoreDriver();
    void learnedDriverDecidesWhoGetsTheLastPlaceAndTheHotFlag();
    void applyWritesAssignmentsAuditAndUnassignedReasons();
    void cancelledRunAssignsNobody_data();
    void cancelledRunAssignsNobody();
    void largeRunRemakesTheOwnerIndexesAsTheyWere();
    void routingStateSurvivesRestart();
    void onlyTeamLeadsAndAdminsRoute();
    void newLeadsAreRoutedAutomatically();
    void newLeadIsScoredBeforeItIsRouted();
    void promotedToMqlIsRouted();
    void importedLeadsAreRouted();
    void reassignPermissions_data();
    void reassignPermissions();
    void reassignNeedsReasonKeepsStageAndTellsBothOwners();
    void largeReassignmentLetsOthersWriteBetweenItsChunks();
    void auditRowsForEveryChangeKind();
    void auditLogRefusesUpdateAndDelete();
    void lastActiveAdminStaysAnActiveAdmin();
    void importRefusesTyposNamingTheirPath_data();
    void importRefusesTyposNamingTheirPath();
    void recoverAdminAfterALockout();
    void rulesMoveAndJsonRoundTrip();

private:
    qint64 ownerOf(qint64 leadId) const
    {
        auto l = LeadRepository(m_tdb->db()).byId(leadId);
        return l && l->ownerId ? *l->ownerId : 0;
    }
    RoutingRule teamRule(const QString &name, RoutingMethod method = RoutingMethod::RoundRobin)
    {
        RoutingRule r;
        r.name = name;
        r.targetTeamId = m_nord;
        r.method = method;
        return r;
    }
    qint64 auditCount(const QString &entity, const QString &field) const
    {
        QSqlQuery q(m_tdb->db().connection());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = :e AND field = :f"));
        q.bindValue(QStringLiteral(":e"), entity);
        q.bindValue(QStringLiteral(":f"), field);
        q.exec();
        q.next();
        return q.value(0).toLongLong();
    }

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<Builders> m_build;
    std::unique_ptr<Services> m_services;
    const RoutingService *m_routing = nullptr; // m_services' routing
    qint64 m_nord = 0, m_sued = 0;
    User m_admin, m_leadNord, m_leadSued, m_anna, m_ben, m_cara, m_dora, m_marketing;
};

void TestRoutingService::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_events = std::make_unique<EventBus>();
    m_build = std::make_unique<Builders>(m_tdb->db(), *m_clock);
    m_services = std::make_unique<Services>(m_tdb->db(), *m_events, *m_clock);
    m_routing = &m_services->routing();
    m_nord = m_build->team(QStringLiteral("Nord"));
    m_sued = m_build->team(QStringLiteral("Süd"));
    m_admin = m_build->user(QStringLiteral("admin"), Role::Admin);
    m_leadNord = m_build->user(QStringLiteral("tlnord"), Role::TeamLead, m_nord);
    m_leadSued = m_build->user(QStringLiteral("tlsued"), Role::TeamLead, m_sued);
    m_anna = m_build->user(QStringLiteral("anna"), Role::Rep, m_nord);
    m_ben = m_build->user(QStringLiteral("ben"), Role::SeniorRep, m_nord);
    m_cara = m_build->user(QStringLiteral("cara"), Role::Rep, m_nord);
    m_dora = m_build->user(QStringLiteral("dora"), Role::Rep, m_sued);
    m_marketing = m_build->user(QStringLiteral("mkt"), Role::MarketingManager);
}

void TestRoutingService::cleanup()
{
    m_routing = nullptr;
    m_services.reset();
    m_build.reset();
    m_events.reset();
    m_clock.reset();
    m_tdb.reset();
}

void TestRoutingService::previewEqualsApply()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule hot = teamRule(QStringLiteral("hot"));
    hot.hotToSenior = true;
    hot.scoreBands = {ScoreBand::Hot};
    QVERIFY(rules.add(m_leadNord, hot));
    RoutingRule de = teamRule(QStringLiteral("DACH"), RoutingMethod::LeastLoaded);
    de.countries = {QStringLiteral("DE"), QStringLiteral("AT")};
    QVERIFY(rules.add(m_leadNord, de));
    m_build->lead().owner(m_anna).insert(); // anna has one open lead already
    std::vector<qint64> ids;
    const int scores[] = {90, 10, 50, 75, 20, 5, 99, 60};
    const char *countries[] = {"DE", "AT", "FR", "DE", "DE", "AT", "US", "DE"};
    for (int i = 0; i < 8; ++i)
        ids.push_back(
            m_build->lead().score(scores[i]).country(QLatin1String(countries[i])).insert().id);

    auto preview = m_routing->preview(m_leadNord);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->leads.size(), size_t(8));
    QVERIFY(!preview->applied);
    for (qint64 id : ids)
        QCOMPARE(ownerOf(id), 0); // a preview writes nothing
    auto applied = m_routing->apply(m_leadNord);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QVERIFY(applied->applied);
    QCOMPARE(applied->outcome.perRep, preview->outcome.perRep);
    QCOMPARE(applied->outcome.decisions.size(), preview->outcome.decisions.size());
    for (size_t i = 0; i < preview->outcome.decisions.size(); ++i) {
        const RoutingDecision &d = preview->outcome.decisions[i];
        QCOMPARE(applied->outcome.decisions[i].leadId, d.leadId);
        QCOMPARE(applied->outcome.decisions[i].userId, d.userId);
        QCOMPARE(ownerOf(d.leadId), d.userId.value_or(0));
    }
    // What the rules say: the hot leads (99, 90, 75) all to the senior rep; FR and US nobody.
    for (qint64 id : {ids[0], ids[3], ids[6]})
        QCOMPARE(ownerOf(id), m_ben.id);
    QCOMPARE(ownerOf(ids[2]), 0);
    QCOMPARE(ownerOf(ids[1]) != 0, true);
    QCOMPARE(preview->outcome.unassigned, 1); // FR with score 50; the US lead is hot (rule 1)
}

// With the learned chance driving handover and routing, a rule's score band is judged on the
// lead's chance (0-100 %, against the rule model's warm 30 and hot 70); a lead without a chance
// is cold. The same leads match other rules than under the rule score.
void TestRoutingService::scoreBandsFollowTheScoreDriver()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule hot;
    hot.name = QStringLiteral("hot to ben");
    hot.targetUserId = m_ben.id;
    hot.scoreBands = {ScoreBand::Hot};
    QVERIFY(rules.add(m_leadNord, hot));
    RoutingRule warm;
    warm.name = QStringLiteral("warm to anna");
    warm.targetUserId = m_anna.id;
    warm.scoreBands = {ScoreBand::Warm};
    QVERIFY(rules.add(m_leadNord, warm));
    // rule score, chance (-1: none)
    const std::pair<int, int> leads[] = {{90, 10}, {10, 80}, {50, 40}, {80, -1}};
    std::vector<qint64> ids;
    for (const auto &[score, chance] : leads) {
        ids.push_back(m_build->lead().score(score).insert().id);
        if (chance < 0)
            continue;
        QSqlQuery q(m_tdb->db().connection());
        q.prepare(QStringLiteral("INSERT INTO lead_chances (lead_id, chance, model_version, "
                                 "scored_at) VALUES (?, ?, 1, 0)"));
        q.addBindValue(ids.back());
        q.addBindValue(chance);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto owners = [&](const RoutingRun &run) {
        std::map<qint64, qint64> to;
        for (const RoutingDecision &d : run.outcome.decisions)
            to[d.leadId] = d.userId.value_or(0);
        return std::vector<qint64> {to[ids[0]], to[ids[1]], to[ids[2]], to[ids[3]]};
    };

    auto byScore = m_routing->preview(m_leadNord);
    QVERIFY2(byScore, qPrintable(byScore ? QString() : byScore.error().message));
    QVERIFY(!byScore->bands.byChance);
    QCOMPARE(owners(byScore.value()), (std::vector<qint64> {m_ben.id, 0, m_anna.id, m_ben.id}));

    ScoreDriverSetting learned;
    learned.driver = ScoreDriver::Learned;
    learned.learnedMql = 0.95; // above every chance here: nobody is handed over meanwhile
    auto set = m_services->scoring().setScoreDriver(m_marketing, learned);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set.value(), 0);
    auto byChance = m_routing->preview(m_leadNord);
    QVERIFY(byChance);
    QVERIFY(byChance->bands.byChance);
    QCOMPARE(byChance->bands.warm, 30.0);
    QCOMPARE(byChance->bands.hot, 70.0);
    QCOMPARE(owners(byChance.value()), (std::vector<qint64> {0, m_ben.id, m_anna.id, 0}));
    // Applied: the same, and the assignment history marks the chance-hot lead as hot.
    auto applied = m_routing->apply(m_leadNord);
    QVERIFY(applied);
    QCOMPARE(owners(applied.value()), owners(byChance.value()));
    QCOMPARE(ownerOf(ids[1]), m_ben.id);
    QCOMPARE(ownerOf(ids[0]), 0);
    QCOMPARE(queryValue(m_tdb->db(),
                 QStringLiteral("SELECT hot FROM assignments WHERE lead_id = %1").arg(ids[1]))
                 .toInt(),
        1);

    // Back to the rule score: the leads whose rule score reaches the MQL threshold are handed
    // over and routed right away, by their score band again (hot: ben).
    auto back = m_services->scoring().setScoreDriver(m_marketing, ScoreDriverSetting {});
    QVERIFY(back);
    QCOMPARE(back.value(), 3); // scores 90, 80 and 50 (anna keeps hers)
    QCOMPARE(ownerOf(ids[0]), m_ben.id);
    QCOMPARE(ownerOf(ids[3]), m_ben.id);
    QCOMPARE(ownerOf(ids[2]), m_anna.id);
}

// Under the learned driver the lead with the better chance is routed first (it gets a rep's last
// free place, not the lead with the better rule score), and a manual reassignment records the
// lead as hot by its chance, as routing does.
void TestRoutingService::learnedDriverDecidesWhoGetsTheLastPlaceAndTheHotFlag()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule toBen;
    toBen.name = QStringLiteral("all to ben");
    toBen.targetUserId = m_ben.id;
    QVERIFY(rules.add(m_leadNord, toBen));
    User ben = m_ben;
    ben.capacityOpen = 1;
    QVERIFY(Directory(m_tdb->db(), *m_clock).updateUser(m_leadNord, ben));
    auto chance = [this](qint64 leadId, int value) {
        QSqlQuery q(m_tdb->db().connection());
        q.prepare(QStringLiteral("INSERT INTO lead_chances (lead_id, chance, model_version, "
                                 "scored_at) VALUES (?, ?, 1, 0)"));
        q.addBindValue(leadId);
        q.addBindValue(value);
        return q.exec();
    };
    const qint64 ruleFavourite = m_build->lead().score(90).insert().id;
    const qint64 chanceFavourite = m_build->lead().score(20).insert().id;
    QVERIFY(chance(ruleFavourite, 15));
    QVERIFY(chance(chanceFavourite, 85));

    auto byScore = m_routing->preview(m_leadNord);
    QVERIFY(byScore);
    QCOMPARE(byScore->outcome.decisions.front().leadId, ruleFavourite);
    QCOMPARE(byScore->outcome.decisions.front().userId.value_or(0), m_ben.id);

    ScoreDriverSetting learned;
    learned.driver = ScoreDriver::Learned;
    learned.learnedMql = 0.95;
    QVERIFY(m_services->scoring().setScoreDriver(m_marketing, learned));
    auto applied = m_routing->apply(m_leadNord);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(ownerOf(chanceFavourite), m_ben.id);
    QCOMPARE(ownerOf(ruleFavourite), 0); // ben is full

    // The team lead hands the rule favourite (rule score 90, hot by it; chance 15 %) to anna,
    // and the chance favourite (rule score 20; chance 85 %, hot by it) from ben to anna.
    QVERIFY(m_routing->reassign(m_leadNord, {ruleFavourite, chanceFavourite}, m_anna.id,
        QStringLiteral("Urlaubsvertretung")));
    auto hotOf = [this](qint64 leadId) {
        return queryValue(m_tdb->db(),
            QStringLiteral("SELECT hot FROM assignments WHERE lead_id = %1 AND kind = 'reassign'")
                .arg(leadId))
            .toInt();
    };
    QCOMPARE(hotOf(ruleFavourite), 0);
    QCOMPARE(hotOf(chanceFavourite), 1);
}

void TestRoutingService::applyWritesAssignmentsAuditAndUnassignedReasons()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule de = teamRule(QStringLiteral("DE only"));
    de.countries = {QStringLiteral("DE")};
    QVERIFY(rules.add(m_admin, de));
    const qint64 routed = m_build->lead().country(QStringLiteral("DE")).score(42).insert().id;
    const qint64 lost = m_build->lead().country(QStringLiteral("FR")).insert().id;
    auto run = m_routing->apply(m_leadNord);
    QVERIFY(run);
    QCOMPARE(ownerOf(routed), m_anna.id);
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT user_id, kind, score_at_assignment, actor_id FROM assignments")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_anna.id);
    QCOMPARE(q.value(1).toString(), QStringLiteral("routing"));
    QCOMPARE(q.value(2).toInt(), 42);
    QCOMPARE(q.value(3).toLongLong(), m_leadNord.id);
    QVERIFY(q.exec(QStringLiteral("SELECT unassigned_reason FROM leads WHERE id = %1").arg(lost)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("no_rule"));
    auto audit = AuditLog(m_tdb->db()).page({QStringLiteral("lead"), routed, {}, {}, {}}, 0, 10);
    QVERIFY(audit);
    QCOMPARE(audit->size(), size_t(1));
    QCOMPARE(audit->front().field, QStringLiteral("owner"));
    QCOMPARE(audit->front().newValue, QStringLiteral("anna"));
    QCOMPARE(audit->front().actorName, QStringLiteral("tlnord"));
    QVERIFY(audit->front().reason.contains(QStringLiteral("DE only")));
    // Team leads hear once about the lead routing could not place, not on every run.
    Inbox inbox(m_tdb->db());
    QCOMPARE(inbox.unreadCount(m_leadNord.id).value(), 1);
    QVERIFY(m_routing->apply(m_leadNord));
    QCOMPARE(inbox.unreadCount(m_leadNord.id).value(), 1);
    auto items = inbox.items(m_leadNord.id, true, 10);
    QCOMPARE(items->front().kind, InboxItem::Kind::RoutingFailed);
    QCOMPARE(items->front().leadId, lost);
}

void TestRoutingService::cancelledRunAssignsNobody_data()
{
    // Cancel pressed while the leads are read, while they are decided, and after the last write
    // but before the commit: the moment the progress is asked for the n-th time.
    QTest::addColumn<int>("stopAtCall");
    QTest::newRow("before reading") << 1;
    QTest::newRow("while deciding") << 2;
    QTest::newRow("before the commit") << -1; // the last call
}

void TestRoutingService::cancelledRunAssignsNobody()
{
    QFETCH(int, stopAtCall);
    RoutingRules rules(m_tdb->db(), *m_clock);
    QVERIFY(rules.add(m_admin, teamRule(QStringLiteral("all to Nord"))));
    std::vector<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids.push_back(m_build->lead().score(i % 100).insert().id);
    int calls = 0;
    qint64 lastTotal = 0;
    auto whole = m_routing->preview(m_leadNord, {}, std::nullopt, [&](qint64, qint64 total) {
        ++calls;
        lastTotal = total;
        return true;
    });
    QVERIFY(whole && !whole->cancelled);
    QCOMPARE(lastTotal, qint64(2 * ids.size())); // deciding is half of a run's work
    QVERIFY(calls >= 2); // asked before reading and while deciding (every 4,096 leads)
    // Stop at the chosen call (the n-th; -1: the last one, when all is written).
    int seen = 0;
    auto stopped = m_routing->apply(m_leadNord, {}, [&](qint64 done, qint64 total) {
        ++seen;
        return stopAtCall > 0 ? seen != stopAtCall : !(total > 0 && done == total);
    });
    QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().message));
    QVERIFY(stopped->cancelled);
    QVERIFY(!stopped->applied);
    for (qint64 id : ids)
        QCOMPARE(ownerOf(id), 0);
    QCOMPARE(auditCount(QStringLiteral("lead"), QStringLiteral("owner")), 0);
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assignments")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Nothing was left behind that a later run would trip over: it routes every lead.
    auto after = m_routing->apply(m_leadNord);
    QVERIFY(after && after->applied);
    QCOMPARE(after->outcome.assigned, int(ids.size()));
}

void TestRoutingService::largeRunRemakesTheOwnerIndexesAsTheyWere()
{
    // The first routing after a large load hands out most leads: the indexes holding the owner
    // are made again after the writes. Owners, assignments and audit rows are as ever, and the
    // lists and reports find the leads by their new owner through the same indexes.
    if (TestDatabase::onServer())
        QSKIP("the indexes are kept up row by row on a team database");
    RoutingRules rules(m_tdb->db(), *m_clock);
    QVERIFY(rules.add(m_admin, teamRule(QStringLiteral("all to Nord"))));
    constexpr int kNew = 1200;
    {
        Transaction tx(m_tdb->db());
        QVERIFY(tx.isActive());
        for (int i = 0; i < 100; ++i)
            m_build->lead().owner(m_dora).stage(Stage::Mql).insert();
        for (int i = 0; i < kNew; ++i)
            m_build->lead().score(i % 100).insert();
        QVERIFY(tx.commit());
    }
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    const auto scalar
        = [this](const QString &sql) { return queryValue(m_tdb->db(), sql).toLongLong(); };
    const auto indexes = [this] { return indexDefinitions(m_tdb->db(), QStringLiteral("leads")); };
    const QStringList before = indexes();
    QVERIFY(before.contains(
        QStringLiteral("idx_leads_owner_stage: CREATE INDEX idx_leads_owner_stage ON "
                       "leads(owner_id, stage)")));
    const QString schema = QStringLiteral("PRAGMA schema_version");
    const qint64 schemaBefore = scalar(schema);
    const QString unowned = QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL");

    // Cancelled after the writes, before the commit: no owner, the indexes as they were.
    auto stopped = m_routing->apply(
        m_leadNord, {}, [](qint64 done, qint64 total) { return !(total > 0 && done == total); });
    QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().message));
    QVERIFY(stopped->cancelled);
    QCOMPARE(scalar(unowned), qint64(kNew));
    QCOMPARE(indexes(), before);
    QCOMPARE(scalar(schema), schemaBefore);

    auto applied = m_routing->apply(m_leadNord);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied->outcome.assigned, kNew);
    QCOMPARE(scalar(unowned), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments")), qint64(kNew));
    QCOMPARE(auditCount(QStringLiteral("lead"), QStringLiteral("owner")), qint64(kNew));
    QCOMPARE(indexes(), before);
    QVERIFY(scalar(schema) > schemaBefore); // the indexes were made again
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE idx IN "
                                   "('idx_leads_owner_stage', 'idx_leads_report_source', "
                                   "'idx_leads_report_score', 'idx_leads_updated')")),
        4);
    for (const User &rep : {m_anna, m_ben, m_cara}) {
        const qint64 owned = scalar(
            QStringLiteral("SELECT count(*) FROM leads WHERE owner_id + 0 = %1").arg(rep.id));
        QCOMPARE(owned, qint64(kNew / 3)); // round robin over the three reps of Nord
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM leads INDEXED BY "
                                       "idx_leads_owner_stage WHERE owner_id = %1")
                            .arg(rep.id)),
            owned);
    }
    QSqlQuery check(m_tdb->db().connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // A small run (a few leads of many) keeps the indexes up as it writes: no schema change.
    const qint64 schemaAfter = scalar(schema);
    for (int i = 0; i < 5; ++i)
        m_build->lead().insert();
    auto small = m_routing->apply(m_leadNord);
    QVERIFY(small && small->applied);
    QCOMPARE(scalar(unowned), 0);
    QCOMPARE(scalar(schema), schemaAfter);
}

void TestRoutingService::routingStateSurvivesRestart()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    QVERIFY(rules.add(m_admin, teamRule(QStringLiteral("all"))));
    const qint64 a = m_build->lead().insert().id;
    const qint64 b = m_build->lead().insert().id;
    QVERIFY(m_routing->apply(m_admin));
    QCOMPARE(ownerOf(a), m_anna.id);
    QCOMPARE(ownerOf(b), m_ben.id);

    // A new process: another Database and RoutingService on the same file.
    m_routing = nullptr;
    m_services.reset();
    m_build.reset();
    m_tdb->close();
    QVERIFY(m_tdb->reopen());
    m_build = std::make_unique<Builders>(m_tdb->db(), *m_clock);
    m_services = std::make_unique<Services>(m_tdb->db(), *m_events, *m_clock);
    m_routing = &m_services->routing();
    const LeadService &leads = m_services->leads();
    LeadProfile p;
    p.lastName = QStringLiteral("Neu");
    auto c = leads.create(m_marketing, p);
    QVERIFY(c);
    QCOMPARE(c->ownerId, m_cara.id); // continues after ben, not from the start
    auto d = leads.create(m_marketing, p);
    QCOMPARE(d->ownerId, m_anna.id);
}

void TestRoutingService::onlyTeamLeadsAndAdminsRoute()
{
    for (const User &u : {m_anna, m_ben, m_marketing}) {
        auto r = m_routing->apply(u);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(!m_routing->preview(u));
    }
    QVERIFY(m_routing->apply(m_leadSued));
    QVERIFY(m_routing->preview(m_admin));
}

void TestRoutingService::newLeadsAreRoutedAutomatically()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    QVERIFY(rules.add(m_admin, teamRule(QStringLiteral("all"))));
    const LeadService &leads = m_services->leads();
    LeadProfile p;
    p.lastName = QStringLiteral("Schmidt");
    auto created = leads.create(m_marketing, p);
    QVERIFY(created);
    QCOMPARE(created->ownerId, m_anna.id);
    QCOMPARE(ownerOf(created->id), m_anna.id);
}

void TestRoutingService::newLeadIsScoredBeforeItIsRouted()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule warmOnly = teamRule(QStringLiteral("warm and hot"));
    warmOnly.scoreBands = {ScoreBand::Warm, ScoreBand::Hot};
    QVERIFY(rules.add(m_admin, warmOnly));
    LeadProfile p;
    p.lastName = QStringLiteral("Schmidt");
    p.jobTitle = QStringLiteral("CEO"); // 20
    p.industry = QStringLiteral("IT services"); // 10: 30 is warm in the default model
    auto created = m_services->leads().create(m_marketing, p);
    QVERIFY(created);
    QCOMPARE(created->score, 30);
    QCOMPARE(created->ownerId, m_anna.id);
    // Cold (nothing in its profile scores), a lead is not taken by the warm rule.
    p.lastName = QStringLiteral("Schulz");
    p.jobTitle.clear();
    p.industry.clear();
    auto unscored = m_services->leads().create(m_marketing, p);
    QVERIFY(unscored);
    QCOMPARE(ownerOf(unscored->id), 0);
}

void TestRoutingService::promotedToMqlIsRouted()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule mqlOnly = teamRule(QStringLiteral("warm and hot"));
    mqlOnly.scoreBands = {ScoreBand::Warm, ScoreBand::Hot};
    QVERIFY(rules.add(m_admin, mqlOnly));
    const Lead lead = m_build->lead().score(55).insert();
    const PipelineService &pipeline = m_services->pipeline();
    StageChange c;
    c.leadId = lead.id;
    c.action = PipelineAction::Promote;
    auto moved = pipeline.change(m_marketing, c);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(moved->stage, Stage::Mql);
    QCOMPARE(moved->ownerId, m_anna.id);
}

void TestRoutingService::importedLeadsAreRouted()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    RoutingRule at = teamRule(QStringLiteral("AT"));
    at.countries = {QStringLiteral("AT")};
    QVERIFY(rules.add(m_admin, at));
    const QString path = m_tdb->filePath(QStringLiteral("leads.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("first_name,last_name,email,country\n"
            "Eva,Berg,eva@example.at,AT\n"
            "Tom,Wolf,tom@example.de,DE\n"
            "Ida,Graf,ida@example.at,AT\n");
    f.close();
    const LeadImporter &importer = m_services->leadImporter();
    auto r = importer.run(m_marketing, path, ImportOptions {});
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->newLeads, 3);
    QCOMPARE(r->routed, 2);
    LeadFilter unassigned;
    unassigned.unassignedOnly = true;
    QCOMPARE(LeadRepository(m_tdb->db()).count(unassigned).value(), 1);
    LeadFilter anna;
    anna.ownerId = m_anna.id;
    QCOMPARE(LeadRepository(m_tdb->db()).count(anna).value(), 1);
}

void TestRoutingService::reassignPermissions_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("owner"); // "" = unassigned
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin across teams") << "admin"
                                        << "anna"
                                        << "dora" << true;
    QTest::newRow("team lead within team") << "tlnord"
                                           << "anna"
                                           << "ben" << true;
    QTest::newRow("team lead takes unassigned") << "tlnord"
                                                << ""
                                                << "cara" << true;
    QTest::newRow("team lead: lead of another team") << "tlnord"
                                                     << "dora"
                                                     << "anna" << false;
    QTest::newRow("team lead: target in another team") << "tlnord"
                                                       << "anna"
                                                       << "dora" << false;
    QTest::newRow("rep: own lead to teammate") << "anna"
                                               << "anna"
                                               << "cara" << true;
    QTest::newRow("rep: someone else's lead") << "anna"
                                              << "ben"
                                              << "anna" << false;
    QTest::newRow("rep: unassigned lead") << "anna"
                                          << ""
                                          << "anna" << false;
    QTest::newRow("rep: own lead out of team") << "anna"
                                               << "anna"
                                               << "dora" << false;
    QTest::newRow("senior rep: someone else's lead") << "ben"
                                                     << "cara"
                                                     << "ben" << false;
    QTest::newRow("marketing manager") << "mkt"
                                       << "anna"
                                       << "ben" << false;
}

void TestRoutingService::reassignPermissions()
{
    QFETCH(QString, actor);
    QFETCH(QString, owner);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    UserRepository users(m_tdb->db());
    const User a = users.byLogin(actor).value();
    const User t = users.byLogin(target).value();
    std::optional<qint64> ownerId;
    if (!owner.isEmpty())
        ownerId = users.byLogin(owner)->id;
    const qint64 id = m_build->lead().owner(ownerId).insert().id;
    auto r = m_routing->reassign(a, {id}, t.id, QStringLiteral("Urlaubsvertretung"));
    if (allowed) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), 1);
        QCOMPARE(ownerOf(id), t.id);
    } else {
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(r.error().message.contains(QString::number(id))
            || r.error().message.contains(t.name) || r.error().message.contains(a.name));
        QCOMPARE(ownerOf(id), ownerId.value_or(0));
    }
}

void TestRoutingService::reassignNeedsReasonKeepsStageAndTellsBothOwners()
{
    const Lead one = m_build->lead().owner(m_anna).stage(Stage::Mql).insert();
    const Lead two = m_build->lead().owner(m_cara).stage(Stage::Sql).insert();
    const Lead dora = m_build->lead().owner(m_dora).insert();
    auto noReason = m_routing->reassign(m_leadNord, {one.id}, m_ben.id, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    // All or nothing: one lead outside the team refuses the whole batch.
    auto mixed = m_routing->reassign(m_leadNord, {one.id, dora.id}, m_ben.id, QStringLiteral("x"));
    QVERIFY(!mixed);
    QCOMPARE(ownerOf(one.id), m_anna.id);

    auto r = m_routing->reassign(
        m_leadNord, {one.id, two.id}, m_ben.id, QStringLiteral("Anna im Urlaub"));
    QVERIFY(r);
    QCOMPARE(r.value(), 2);
    auto after = LeadRepository(m_tdb->db()).byId(one.id);
    QCOMPARE(after->stage, Stage::Mql);
    QCOMPARE(LeadRepository(m_tdb->db()).byId(two.id)->stage, Stage::Sql);
    QCOMPARE(after->version, one.version + 1);
    Inbox inbox(m_tdb->db());
    QCOMPARE(inbox.unreadCount(m_ben.id).value(), 2);
    auto annas = inbox.items(m_anna.id, true, 10);
    QCOMPARE(annas->size(), size_t(1));
    QCOMPARE(annas->front().kind, InboxItem::Kind::ReassignedFrom);
    QCOMPARE(annas->front().text(),
        QStringLiteral("Lead %1 was reassigned from you to ben. Anna im Urlaub").arg(one.id));
    QVERIFY(inbox.markRead(m_anna.id, std::nullopt, m_clock->now()));
    QCOMPARE(inbox.unreadCount(m_anna.id).value(), 0);
    auto bens = inbox.items(m_ben.id, false, 10);
    QCOMPARE(bens->front().kind, InboxItem::Kind::ReassignedTo);
    // The audit log has who, old and new owner and the reason.
    auto audit = AuditLog(m_tdb->db()).page({QStringLiteral("lead"), one.id, {}, {}, {}}, 0, 10);
    QCOMPARE(audit->size(), size_t(1));
    QCOMPARE(audit->front().oldValue, QStringLiteral("anna"));
    QCOMPARE(audit->front().newValue, QStringLiteral("ben"));
    QCOMPARE(audit->front().reason, QStringLiteral("Anna im Urlaub"));
    QCOMPARE(audit->front().actorId, m_leadNord.id);
}

void TestRoutingService::largeReassignmentLetsOthersWriteBetweenItsChunks()
{
    // More than one chunk of 500 leads.
    constexpr int kLeads = 600;
    std::vector<qint64> ids;
    {
        Transaction tx(m_tdb->db());
        QVERIFY(tx.isActive());
        for (int i = 0; i < kLeads; ++i)
            ids.push_back(m_build->lead().owner(m_anna).stage(Stage::Mql).insert().id);
        QVERIFY(tx.commit());
    }
    const auto count = [this](const QString &statement) {
        QSqlQuery q(m_tdb->db().connection());
        if (!q.exec(statement) || !q.next())
            return qint64(-1);
        return q.value(0).toLongLong();
    };
    const QString bensLeads
        = QStringLiteral("SELECT count(*) FROM leads WHERE owner_id = %1").arg(m_ben.id);

    // Still all or nothing: one lead outside the team refuses the whole batch.
    const Lead dora = m_build->lead().owner(m_dora).insert();
    std::vector<qint64> mixed = ids;
    mixed.push_back(dora.id);
    auto refused = m_routing->reassign(m_leadNord, mixed, m_ben.id, QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QCOMPARE(count(bensLeads), 0);

    // Another program on the same file, which does not wait for the lock at all, writes
    // between the chunks (before, the reassignment held one transaction for all leads).
    std::unique_ptr<Database> other;
    if (!TestDatabase::onServer()) {
        auto opened = Database::openSqlite(m_tdb->db().path());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        other = std::move(opened).value();
        QSqlQuery q(other->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    }
    QStringList failures;
    std::vector<qint64> progress;
    auto moved = m_routing->reassign(
        m_leadNord, ids, m_ben.id, QStringLiteral("Anna im Urlaub"), m_anna.id, [&](qint64 done) {
            progress.push_back(done);
            if (!other)
                return;
            QSqlQuery q(other->connection());
            q.prepare(QStringLiteral("INSERT INTO activities (lead_id, type, occurred_at, detail) "
                                     "VALUES (:lead, 'note', :at, 'during the reassignment')"));
            q.bindValue(QStringLiteral(":lead"), dora.id);
            q.bindValue(QStringLiteral(":at"), m_clock->now().toSecsSinceEpoch());
            if (!q.exec())
                failures << q.lastError().text();
        });
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved.value(), qint64(kLeads));
    QCOMPARE(progress, (std::vector<qint64> {500, 600}));
    QCOMPARE(failures, QStringList());
    // The same as all at once: every lead is ben's, with its assignment and audit row, and
    // nothing is left owed.
    QCOMPARE(count(bensLeads), qint64(kLeads));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assignments WHERE kind = 'reassign' AND "
                                  "user_id = %1")
                       .arg(m_ben.id)),
        qint64(kLeads));
    QCOMPARE(auditCount(QStringLiteral("lead"), QStringLiteral("owner")), qint64(kLeads));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reassignment_jobs")), 0);
    QCOMPARE(Inbox(m_tdb->db()).unreadCount(m_ben.id).value(), kLeads);
}

void TestRoutingService::auditRowsForEveryChangeKind()
{
    // Stage (pipeline, same transaction as the history row).
    const Lead lead = m_build->lead().owner(m_anna).insert();
    const PipelineService &pipeline = m_services->pipeline();
    StageChange c;
    c.leadId = lead.id;
    c.action = PipelineAction::Disqualify;
    c.reason = QStringLiteral("no_budget");
    QVERIFY(pipeline.change(m_anna, c));
    auto stage = AuditLog(m_tdb->db()).page({QStringLiteral("lead"), lead.id, {}, {}, {}}, 0, 5);
    QCOMPARE(stage->size(), size_t(1));
    QCOMPARE(stage->front().field, QStringLiteral("stage"));
    QCOMPARE(stage->front().oldValue, QStringLiteral("lead"));
    QCOMPARE(stage->front().newValue, QStringLiteral("disqualified"));
    QCOMPARE(stage->front().reason, QStringLiteral("no_budget"));
    // Owner (reassignment; routing in applyWritesAssignmentsAuditAndUnassignedReasons).
    const qint64 other = m_build->lead().owner(m_anna).insert().id;
    QVERIFY(m_routing->reassign(m_admin, {other}, m_cara.id, QStringLiteral("r")));
    QCOMPARE(auditCount(QStringLiteral("lead"), QStringLiteral("owner")), 1);

    // Users: a role change is a permission change; capacities by the team lead.
    Directory people(m_tdb->db(), *m_clock);
    User anna = m_anna;
    anna.role = Role::SeniorRep;
    QCOMPARE(people.updateUser(m_leadNord, anna).error().kind, Error::Kind::Forbidden);
    QVERIFY(people.updateUser(m_admin, anna));
    QCOMPARE(auditCount(QStringLiteral("user"), QStringLiteral("role")), 1);
    User cara = m_cara;
    cara.capacityOpen = 40;
    cara.absentFrom = QDate(2026, 3, 9);
    cara.absentTo = QDate(2026, 3, 13);
    QVERIFY(people.updateUser(m_leadNord, cara));
    QCOMPARE(people.updateUser(m_leadSued, cara).error().kind, Error::Kind::Forbidden);
    QCOMPARE(auditCount(QStringLiteral("user"), QStringLiteral("capacity_open")), 1);
    QCOMPARE(auditCount(QStringLiteral("user"), QStringLiteral("absent_from")), 1);
    QCOMPARE(UserRepository(m_tdb->db()).byId(m_cara.id)->absentTo, QDate(2026, 3, 13));
    User neu;
    neu.login = QStringLiteral("neu");
    neu.name = QStringLiteral("Neue Kollegin");
    neu.teamId = m_sued;
    QVERIFY(people.addUser(m_admin, neu));
    // Logins differ in more than case: "Neu" is taken by "neu".
    User twin = neu;
    twin.login = QStringLiteral("Neu");
    auto refusedTwin = people.addUser(m_admin, twin);
    QVERIFY(!refusedTwin);
    QCOMPARE(refusedTwin.error().kind, Error::Kind::Conflict);
    QVERIFY2(refusedTwin.error().message.contains(QLatin1String("'neu'")),
        qPrintable(refusedTwin.error().message));
    QCOMPARE(auditCount(QStringLiteral("user"), QStringLiteral("login")), 1);
    // Teams and territories.
    auto team = people.addTeam(m_admin, QStringLiteral("West"));
    QVERIFY(team);
    QVERIFY(people.renameTeam(m_admin, team->id, QStringLiteral("West 2")));
    QCOMPARE(auditCount(QStringLiteral("team"), QStringLiteral("name")), 2);
    QCOMPARE(people.addTeam(m_leadNord, QStringLiteral("X")).error().kind, Error::Kind::Forbidden);
    auto t = people.saveTerritory(
        m_admin, {0, QStringLiteral("Bayern"), {QStringLiteral("de")}, {QStringLiteral("8")}});
    QVERIFY(t);
    QCOMPARE(t->countries, QStringList {QStringLiteral("DE")});
    QCOMPARE(auditCount(QStringLiteral("territory"), QStringLiteral("countries")), 1);
    // Routing rules.
    RoutingRules rules(m_tdb->db(), *m_clock);
    auto rule = rules.add(m_leadNord, teamRule(QStringLiteral("r1")));
    QVERIFY(rule);
    RoutingRule changed = rule.value();
    changed.method = RoutingMethod::LeastLoaded;
    QVERIFY(rules.update(m_leadNord, changed));
    QVERIFY(rules.remove(m_leadNord, changed.id));
    QCOMPARE(auditCount(QStringLiteral("routing_rule"), QStringLiteral("definition")), 3);
    QCOMPARE(
        rules.add(m_anna, teamRule(QStringLiteral("r2"))).error().kind, Error::Kind::Forbidden);
    // Filtering by who made the change.
    AuditFilter byTl;
    byTl.actorId = m_leadNord.id;
    QCOMPARE(AuditLog(m_tdb->db()).count(byTl).value(),
        3 + 3); // cara's three fields, three rule changes
}

void TestRoutingService::auditLogRefusesUpdateAndDelete()
{
    const qint64 id = m_build->lead().owner(m_anna).insert().id;
    QVERIFY(m_routing->reassign(m_admin, {id}, m_ben.id, QStringLiteral("why")));
    AuditLog audit(m_tdb->db());
    QCOMPARE(audit.count({}).value(), 1);
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'changed'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(audit.count({}).value(), 1);
    QCOMPARE(audit.page({}, 0, 1)->front().reason, QStringLiteral("why"));
}

void TestRoutingService::rulesMoveAndJsonRoundTrip()
{
    RoutingRules rules(m_tdb->db(), *m_clock);
    auto a = rules.add(m_admin, teamRule(QStringLiteral("a")));
    RoutingRule named;
    named.name = QStringLiteral("b");
    named.targetUserId = m_ben.id;
    named.sources = {QStringLiteral("Partner")};
    auto b = rules.add(m_admin, named);
    auto c = rules.add(m_admin, teamRule(QStringLiteral("c"), RoutingMethod::WeightedRoundRobin));
    QVERIFY(a && b && c);
    QVERIFY(rules.move(m_admin, c->id, -1));
    auto names = [&rules] {
        QStringList n;
        const auto listed = rules.list(); // kept: a range over a temporary's value() dangles
        for (const RoutingRule &r : listed.value())
            n << r.name;
        return n;
    };
    QCOMPARE(
        names(), (QStringList {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    QVERIFY(rules.move(m_admin, a->id, -1)); // already first: stays
    QCOMPARE(names().first(), QStringLiteral("a"));
    auto exported = rules.exportJson();
    QVERIFY(exported);
    QCOMPARE(exported->at(2).toObject().value(QStringLiteral("targetUser")).toString(),
        QStringLiteral("ben"));
    QCOMPARE(exported->at(1).toObject().value(QStringLiteral("targetTeam")).toString(),
        QStringLiteral("Nord"));
    QJsonArray reversed;
    for (qsizetype i = exported->size() - 1; i >= 0; --i)
        reversed.append(exported->at(i));
    QCOMPARE(rules.importJson(m_leadNord, reversed).value(), 3);
    QCOMPARE(
        names(), (QStringList {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    QCOMPARE(rules.list()->front().targetUserId, m_ben.id);
    QCOMPARE(rules.list()->front().sources, QStringList {QStringLiteral("Partner")});
    // A file naming an unknown team is refused whole.
    QJsonArray bad {QJsonObject {{QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("targetTeam"), QStringLiteral("Ost")}}};
    auto refused = rules.importJson(m_admin, bad);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("Ost")));
    QCOMPARE(names().size(), 3);
}

QTEST_GUILESS_MAIN(TestRoutingService)
void TestRoutingService::importRefusesTyposNamingTheirPath_data()
{
    QTest::addColumn<QString>("key"); // changed in the second rule; "-" removes nothing
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("country as text")
        << QStringLiteral("countries") << QJsonValue(QStringLiteral("AT"))
        << QStringLiteral("rules[1].countries: expected a list of country codes");
    QTest::newRow("unknown key") << QStringLiteral("methd")
                                 << QJsonValue(QStringLiteral("least_loaded"))
                                 << QStringLiteral("rules[1].methd: unknown key");
    QTest::newRow("unknown method")
        << QStringLiteral("method") << QJsonValue(QStringLiteral("fastest"))
        << QStringLiteral("rules[1].method: 'fastest' is not a routing method");
    QTest::newRow("unknown band") << QStringLiteral(
        "scoreBands") << QJsonValue(QJsonArray {QStringLiteral("hot"), QStringLiteral("boiling")})
                                  << QStringLiteral(
                                         "rules[1].scoreBands: 'boiling' is not a score band");
    QTest::newRow("active as text") << QStringLiteral("active") << QJsonValue(QStringLiteral("yes"))
                                    << QStringLiteral("rules[1].active: must be true or false");
    QTest::newRow("languages as numbers")
        << QStringLiteral("languages") << QJsonValue(QJsonArray {1, 2})
        << QStringLiteral("rules[1].languages: expected a list of language codes");
}

void TestRoutingService::importRefusesTyposNamingTheirPath()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    RoutingRules rules(m_tdb->db(), *m_clock);
    QVERIFY(rules.add(m_admin, teamRule(QStringLiteral("first"))));
    RoutingRule second = teamRule(QStringLiteral("second"));
    second.countries = {QStringLiteral("DE")};
    QVERIFY(rules.add(m_admin, second));
    auto exported = rules.exportJson();
    QVERIFY(exported);
    QVERIFY(rules.importJson(m_admin, exported.value())); // its own export is fine
    QJsonArray edited = exported.value();
    QJsonObject o = edited[1].toObject();
    o.insert(key, value);
    edited[1] = o;
    auto refused = rules.importJson(m_admin, edited);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(message), qPrintable(refused.error().message));
    QCOMPARE(rules.list()->size(), size_t(2)); // the old rules stay
    QCOMPARE(rules.list()->at(1).countries, QStringList {QStringLiteral("DE")});
}

void TestRoutingService::lastActiveAdminStaysAnActiveAdmin()
{
    Directory people(m_tdb->db(), *m_clock);
    User demoted = m_admin;
    demoted.role = Role::Rep;
    auto refused = people.updateUser(m_admin, demoted);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("at least one active admin")),
        qPrintable(refused.error().message));
    QCOMPARE(refused.error().field, QStringLiteral("role"));
    User inactive = m_admin;
    inactive.active = false;
    refused = people.updateUser(m_admin, inactive);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("active"));
    QCOMPARE(UserRepository(m_tdb->db()).byId(m_admin.id)->role, Role::Admin);
    QVERIFY(UserRepository(m_tdb->db()).byId(m_admin.id)->active);
    QCOMPARE(auditCount(QStringLiteral("user"), QStringLiteral("role")), 0);

    // With a second admin the first may step down; then the second is the last one.
    User second = m_ben;
    second.role = Role::Admin;
    QVERIFY(people.updateUser(m_admin, second));
    QVERIFY(people.updateUser(m_admin, demoted));
    second = UserRepository(m_tdb->db()).byId(m_ben.id).value();
    second.active = false;
    QVERIFY(!people.updateUser(second, second));
    // Other changes to the last admin still work.
    second.active = true;
    second.name = QStringLiteral("Ben Admin");
    QVERIFY(people.updateUser(second, second));
}

void TestRoutingService::recoverAdminAfterALockout()
{
    // A database from before the rule, whose only admin was deactivated.
    QSqlQuery q(m_tdb->db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE users SET active = 0 WHERE role = 'admin'")));
    auto ensured = ensureAdministrator(m_tdb->db(), *m_clock);
    QVERIFY(!ensured); // says how to recover instead of failing on the login "admin"
    QVERIFY2(ensured.error().message.contains(QLatin1String("users recover-admin")),
        qPrintable(ensured.error().message));
    QVERIFY(!recoverAdministrator(m_tdb->db(), *m_clock, QStringLiteral("nobody")));

    // The file's owner (the test) or the server's setup login (the test's) may.
    auto recovered = recoverAdministrator(m_tdb->db(), *m_clock, QStringLiteral("anna"));
    QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
    QCOMPARE(recovered->role, Role::Admin);
    QVERIFY(recovered->active);
    auto audit = AuditLog(m_tdb->db()).page({QStringLiteral("user"), m_anna.id, {}, {}, {}}, 0, 5);
    QCOMPARE(audit->size(), size_t(1));
    QCOMPARE(audit->front().field, QStringLiteral("role"));
    QCOMPARE(audit->front().newValue, QStringLiteral("admin"));
    QVERIFY(!audit->front().actorId);
    QVERIFY(!audit->front().reason.isEmpty());
    QCOMPARE(ensureAdministrator(m_tdb->db(), *m_clock)->login, QStringLiteral("anna"));
}

#include "tst_routingservice.moc"
