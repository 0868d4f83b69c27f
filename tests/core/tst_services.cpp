// Tests Services, the one front door to the core: every entry point reaches the same, fully wired
// services. A lead promoted to SQL from call mode (QualificationService::promoteToSql) gets
// exactly the side effects of one promoted with the pipeline's button (PipelineService::change,
// Qualify): the stage history row, the milestones, the SLA clocks, routing (owner, assignments,
// notices), the audit rows and the published events.
#include "events/eventbus.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "routing/routingrules.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "support/builders.h"
#include "support/eventrecorder.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

// The rows a query gives for one lead (bound as :lead), each as its columns joined by '|'.
QStringList rowsOf(const Database &db, const QString &sql, qint64 leadId)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":lead"), leadId);
    QStringList out;
    if (!q.exec()) {
        QTest::qFail(qPrintable(sql), __FILE__, __LINE__);
        return out;
    }
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

// Everything a promotion may leave behind for a lead, without its id.
struct SideEffects
{
    Lead lead;
    std::vector<HistoryEntry> history;
    QStringList clocks, audit, assignments, inbox;
};

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void promotionToSqlIsTheSameFromCallModeAndPipeline_data();
    void promotionToSqlIsTheSameFromCallModeAndPipeline();

private:
    // A lead handed over to sales the way the app does it: promoted to MQL by marketing (which
    // routes it, if a rule takes it) and, when owned, accepted by its owner an hour later.
    Lead handedOver();
    SideEffects sideEffects(qint64 leadId) const;

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Services> m_services;
    User m_admin, m_marketing, m_teamLead, m_rep;
};

void TestServices::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->errorMessage()));
    m_clock = std::make_unique<FakeClock>(); // Tuesday 2026-03-03 09:00 UTC
    m_bus = std::make_unique<EventBus>();
    m_services = std::make_unique<Services>(m_tdb->db(), *m_bus, *m_clock);
    Builders b(m_tdb->db(), *m_clock);
    const qint64 team = b.team(QStringLiteral("Nord"));
    m_admin = b.user(QStringLiteral("admin"), Role::Admin);
    m_marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    m_teamLead = b.user(QStringLiteral("tbauer"), Role::TeamLead, team);
    m_rep = b.user(QStringLiteral("kschulz"), Role::Rep, team);
}

void TestServices::cleanup()
{
    m_services.reset();
    m_bus.reset();
    m_tdb.reset();
    m_clock.reset();
}

Lead TestServices::handedOver()
{
    const Lead lead
        = Builders(m_tdb->db(), *m_clock).lead().name({}, QStringLiteral("Berg")).insert();
    StageChange promote;
    promote.leadId = lead.id;
    promote.action = PipelineAction::Promote;
    auto mql = m_services->pipeline().change(m_marketing, promote);
    if (!mql) {
        QTest::qFail(qPrintable(mql.error().message), __FILE__, __LINE__);
        return {};
    }
    if (!mql->ownerId)
        return mql.value();
    StageChange accept;
    accept.leadId = lead.id;
    accept.action = PipelineAction::Accept;
    auto accepted = m_services->pipeline().change(m_rep, accept);
    if (!accepted)
        QTest::qFail(qPrintable(accepted.error().message), __FILE__, __LINE__);
    return accepted ? accepted.value() : Lead();
}

SideEffects TestServices::sideEffects(qint64 leadId) const
{
    const Database &db = m_tdb->db();
    SideEffects out;
    out.lead = LeadRepository(db).byId(leadId).value();
    out.lead.id = 0;
    out.lead.profile = {};
    out.history = TimelineRepository(db).historyOf(leadId).value();
    for (HistoryEntry &h : out.history)
        h.leadId = 0;
    out.clocks = rowsOf(db,
        QStringLiteral("SELECT p.code, c.owner_id, c.started_at, c.due_soon_at, c.due_at, "
                       "c.stopped_at, c.outcome, c.elapsed_secs, c.stopped_by FROM sla_clocks c "
                       "JOIN sla_policies p ON p.id = c.policy_id WHERE c.lead_id = :lead "
                       "ORDER BY c.id"),
        leadId);
    out.audit = rowsOf(db,
        QStringLiteral("SELECT at, actor_id, field, old_value, new_value, reason FROM audit_log "
                       "WHERE entity = 'lead' AND entity_id = :lead ORDER BY id"),
        leadId);
    out.assignments = rowsOf(db,
        QStringLiteral("SELECT user_id, previous_user_id, assigned_at, actor_id, kind, rule_id, "
                       "reason FROM assignments WHERE lead_id = :lead ORDER BY id"),
        leadId);
    out.inbox = rowsOf(db,
        QStringLiteral("SELECT user_id, created_at, kind, other_user_id, count, detail FROM inbox "
                       "WHERE lead_id = :lead ORDER BY id"),
        leadId);
    return out;
}

void TestServices::promotionToSqlIsTheSameFromCallModeAndPipeline_data()
{
    QTest::addColumn<bool>("routed");
    // The rule gives every handed-over lead to the rep, who accepts it and promotes it.
    QTest::newRow("routed to a rep, accepted") << true;
    // No rule takes it: the MQL waits unassigned, and the administrator promotes it.
    QTest::newRow("unassigned") << false;
}

void TestServices::promotionToSqlIsTheSameFromCallModeAndPipeline()
{
    QFETCH(bool, routed);
    if (routed) {
        RoutingRule all;
        all.name = QStringLiteral("Everything to Karl");
        all.targetUserId = m_rep.id;
        QVERIFY(m_services->routingRules().add(m_admin, all));
    }
    const Lead byCall = handedOver();
    const Lead byButton = handedOver();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(byCall.stage, Stage::Mql);
    QCOMPARE(byCall.ownerId.has_value(), routed);
    QCOMPARE(byButton.ownerId, byCall.ownerId);
    const User &actor = routed ? m_rep : m_admin;

    m_clock->advanceSecs(2 * 3600);
    EventRecorder recorder(*m_bus);
    std::vector<qint64> updated;
    auto connection
        = m_bus->onLeadUpdated([&](const LeadUpdated &e) { updated.push_back(e.leadId); });

    // Call mode: the rule is not met, so the rep overrides it with a reason.
    auto fromCall = m_services->qualification().promoteToSql(
        actor, byCall.id, QStringLiteral("Budget confirmed by e-mail"));
    QVERIFY2(fromCall, qPrintable(fromCall ? QString() : fromCall.error().message));
    const auto callHistory = TimelineRepository(m_tdb->db()).historyOf(byCall.id).value();
    const QString callNote = callHistory.back().note;
    QVERIFY2(callNote.contains(QStringLiteral("Budget confirmed by e-mail")), qPrintable(callNote));

    // The pipeline's "Promote to SQL" with the same words as the reason.
    StageChange qualify;
    qualify.leadId = byButton.id;
    qualify.action = PipelineAction::Qualify;
    qualify.reason = callNote;
    qualify.expectedVersion = byButton.version;
    auto fromButton = m_services->pipeline().change(actor, qualify);
    QVERIFY2(fromButton, qPrintable(fromButton ? QString() : fromButton.error().message));

    // The same lead afterwards: stage, milestones, acceptance, owner, version.
    QCOMPARE(fromCall->stage, Stage::Sql);
    QCOMPARE(fromButton->stage, Stage::Sql);
    QCOMPARE(fromCall->sqlAt, m_clock->now());
    QCOMPARE(fromButton->sqlAt, fromCall->sqlAt);
    QCOMPARE(fromButton->mqlAt, fromCall->mqlAt);
    QCOMPARE(fromButton->acceptedAt, fromCall->acceptedAt);
    QCOMPARE(fromButton->ownerId, fromCall->ownerId);
    QCOMPARE(fromButton->version, fromCall->version);

    const SideEffects call = sideEffects(byCall.id);
    const SideEffects button = sideEffects(byButton.id);
    QCOMPARE(call.lead.stage, button.lead.stage);
    QCOMPARE(call.lead.stageChangedAt, button.lead.stageChangedAt);
    QCOMPARE(call.lead.updatedAt, button.lead.updatedAt);
    QCOMPARE(call.lead.mqlAt, button.lead.mqlAt);
    QCOMPARE(call.lead.sqlAt, button.lead.sqlAt);
    QCOMPARE(call.lead.wonAt, button.lead.wonAt);
    QCOMPARE(call.lead.acceptedAt, button.lead.acceptedAt);
    QCOMPARE(call.lead.ownerId, button.lead.ownerId);
    QCOMPARE(call.lead.version, button.lead.version);

    // One history row each, alike in every field.
    QCOMPARE(call.history.size(), button.history.size());
    const HistoryEntry &c = call.history.back();
    const HistoryEntry &b = button.history.back();
    QCOMPARE(c.action, QStringLiteral("qualify"));
    QCOMPARE(c.from, std::optional<Stage>(Stage::Mql));
    QCOMPARE(c.to, Stage::Sql);
    QCOMPARE(c.actorId, std::optional<qint64>(actor.id));
    QCOMPARE(b.action, c.action);
    QCOMPARE(b.from, c.from);
    QCOMPARE(b.to, c.to);
    QCOMPARE(b.at, c.at);
    QCOMPARE(b.actorId, c.actorId);
    QCOMPARE(b.reasonCode, c.reasonCode);
    QCOMPARE(b.note, c.note);

    // SLA clocks, audit rows, routing and notices: row for row the same.
    QVERIFY(!call.clocks.isEmpty());
    QCOMPARE(button.clocks, call.clocks);
    QVERIFY(call.audit.last().contains(QStringLiteral("|stage|mql|sql|")));
    QCOMPARE(button.audit, call.audit);
    QCOMPARE(call.assignments.size(), routed ? qsizetype(1) : qsizetype(0));
    QCOMPARE(button.assignments, call.assignments);
    QCOMPARE(button.inbox, call.inbox);

    // The same events, in the same order.
    QCOMPARE(recorder.stageChanges().size(), size_t(2));
    const LeadStageChanged &ce = recorder.stageChanges().front();
    const LeadStageChanged &be = recorder.stageChanges().back();
    QCOMPARE(ce.leadId, byCall.id);
    QCOMPARE(be.leadId, byButton.id);
    QCOMPARE(ce.from, Stage::Mql);
    QCOMPARE(ce.to, Stage::Sql);
    QCOMPARE(be.from, ce.from);
    QCOMPARE(be.to, ce.to);
    QCOMPARE(be.action, ce.action);
    QCOMPARE(be.actorId, ce.actorId);
    const auto count
        = [&updated](qint64 id) { return std::count(updated.begin(), updated.end(), id); };
    QCOMPARE(count(byButton.id), count(byCall.id));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
