// Tests PipelineService: the transition table (every allowed move, every forbidden one), the
// reasons and re-contact dates moves need, who may move which lead, optimistic locking, the
// history rows and the LeadStageChanged events.
#include "events/eventbus.h"
#include "pipeline/pipelineservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/timelinerepository.h"
#include "support/builders.h"
#include "support/eventrecorder.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

Q_DECLARE_METATYPE(bantam::Stage)
Q_DECLARE_METATYPE(bantam::PipelineAction)
Q_DECLARE_METATYPE(bantam::Error::Kind)

namespace {

// The pipeline as SPEC.md describes it, written out independently of transitions.cpp so that a
// change to the table there shows up here.
struct Move
{
    PipelineAction action;
    Stage from;
    Stage to;
    ReasonRule reason;
    const char *reasonKind;
    bool recontact;
};

constexpr PipelineAction allActions[] = {PipelineAction::Promote, PipelineAction::Accept,
    PipelineAction::Qualify, PipelineAction::Reject, PipelineAction::Disqualify,
    PipelineAction::Recycle, PipelineAction::Win, PipelineAction::Lose, PipelineAction::Reopen};

const Move specifiedMoves[] = {
    {PipelineAction::Promote, Stage::Lead, Stage::Mql, ReasonRule::Optional, "", false},
    {PipelineAction::Accept, Stage::Mql, Stage::Mql, ReasonRule::Optional, "", false},
    {PipelineAction::Qualify, Stage::Mql, Stage::Sql, ReasonRule::Optional, "", false},
    {PipelineAction::Qualify, Stage::Lead, Stage::Sql, ReasonRule::RequiredText, "", false},
    {PipelineAction::Reject, Stage::Mql, Stage::Lead, ReasonRule::FromList, "reject", false},
    {PipelineAction::Disqualify, Stage::Lead, Stage::Disqualified, ReasonRule::FromList,
        "disqualify", false},
    {PipelineAction::Disqualify, Stage::Mql, Stage::Disqualified, ReasonRule::FromList,
        "disqualify", false},
    {PipelineAction::Disqualify, Stage::Sql, Stage::Disqualified, ReasonRule::FromList,
        "disqualify", false},
    {PipelineAction::Recycle, Stage::Mql, Stage::Lead, ReasonRule::FromList, "recycle", true},
    {PipelineAction::Recycle, Stage::Sql, Stage::Lead, ReasonRule::FromList, "recycle", true},
    {PipelineAction::Win, Stage::Sql, Stage::Won, ReasonRule::Optional, "", false},
    {PipelineAction::Lose, Stage::Sql, Stage::Lost, ReasonRule::FromList, "lost", false},
    {PipelineAction::Reopen, Stage::Disqualified, Stage::Lead, ReasonRule::RequiredText, "", false},
    {PipelineAction::Reopen, Stage::Lost, Stage::Lead, ReasonRule::RequiredText, "", false},
};

const Move *specified(PipelineAction action, Stage from)
{
    for (const Move &m : specifiedMoves) {
        if (m.action == action && m.from == from)
            return &m;
    }
    return nullptr;
}

QByteArray tag(PipelineAction action, Stage from)
{
    return (actionKey(action) + QStringLiteral(" from ") + stageKey(from)).toUtf8();
}

// Every field of two leads that a stage change could touch; empty when they are the same.
QString difference(const Lead &a, const Lead &b)
{
    QStringList d;
    if (a.stage != b.stage)
        d << QStringLiteral("stage %1 != %2").arg(stageKey(a.stage), stageKey(b.stage));
    if (a.version != b.version)
        d << QStringLiteral("version %1 != %2").arg(a.version).arg(b.version);
    if (a.ownerId != b.ownerId)
        d << QStringLiteral("owner");
    if (a.updatedAt != b.updatedAt)
        d << QStringLiteral("updatedAt");
    if (a.stageChangedAt != b.stageChangedAt)
        d << QStringLiteral("stageChangedAt");
    if (a.acceptedAt != b.acceptedAt)
        d << QStringLiteral("acceptedAt");
    if (a.recontactOn != b.recontactOn)
        d << QStringLiteral("recontactOn");
    if (!(a.profile == b.profile))
        d << QStringLiteral("profile");
    return d.join(QLatin1String(", "));
}

} // namespace

class TestPipelineService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void transitionTableIsTheSpecifiedOne();
    void allowedMove_data();
    void allowedMove();
    void forbiddenMove_data();
    void forbiddenMove();
    void acceptTwiceIsRefused();
    void rejectSendsBackToMarketingAndNeedsNewAccept();

    void listReasonRequired_data();
    void listReasonRequired();
    void listReasonByCodeOrLabel_data();
    void listReasonByCodeOrLabel();
    void requiredTextReason_data();
    void requiredTextReason();
    void recycleNeedsFutureRecontactDate_data();
    void recycleNeedsFutureRecontactDate();

    void repMayWorkOnlyOnOwnLeads();
    void repCannotPromote();
    void marketingCannotWinOrLose_data();
    void marketingCannotWinOrLose();
    void marketingMayPromoteAndDisqualifyLeads();
    void teamLeadActsWithinTeamOnly();
    void inactiveUserIsRefused_data();
    void inactiveUserIsRefused();
    void allowedMovesFollowRoles();

    void staleVersionIsRefused();
    void unknownLeadIsNotFound();

    void actionForTarget_data();
    void actionForTarget();

private:
    Lead reload(qint64 id) const;
    int historyRows(qint64 leadId) const;
    // Asserts that a refused change left no trace: same lead, no history, no event.
    void verifyUntouched(const Lead &before, const char *file, int line);
    QString someReason(const QString &kind) const;

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<Builders> m_make;
    std::unique_ptr<Services> m_services;
    const PipelineService *m_pipeline = nullptr; // m_services' pipeline

    qint64 m_nord = 0, m_sued = 0;
    User m_admin, m_marketing, m_leadNord, m_repNord, m_repNord2, m_repSued, m_inactiveRep,
        m_inactiveAdmin;
};

#define VERIFY_UNTOUCHED(before)                                                                   \
    do {                                                                                           \
        verifyUntouched(before, __FILE__, __LINE__);                                               \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void TestPipelineService::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_bus = std::make_unique<EventBus>();
    m_events = std::make_unique<EventRecorder>(*m_bus);
    m_make = std::make_unique<Builders>(m_tdb->db(), *m_clock);
    m_services = std::make_unique<Services>(m_tdb->db(), *m_bus, *m_clock);
    m_pipeline = &m_services->pipeline();

    m_nord = m_make->team(QStringLiteral("Nord"));
    m_sued = m_make->team(QStringLiteral("Süd"));
    m_admin = m_make->user(QStringLiteral("admin"), Role::Admin);
    m_marketing = m_make->user(QStringLiteral("mkoch"), Role::MarketingManager);
    m_leadNord = m_make->user(QStringLiteral("tbauer"), Role::TeamLead, m_nord);
    m_repNord = m_make->user(QStringLiteral("kschulz"), Role::Rep, m_nord);
    m_repNord2 = m_make->user(QStringLiteral("lfischer"), Role::SeniorRep, m_nord);
    m_repSued = m_make->user(QStringLiteral("eschmitt"), Role::Rep, m_sued);
    m_inactiveRep = m_make->user(QStringLiteral("former"), Role::Rep, m_nord, false);
    m_inactiveAdmin = m_make->user(QStringLiteral("oldadmin"), Role::Admin, std::nullopt, false);
    QVERIFY(!QTest::currentTestFailed());
    // Leads are created at the clock's start; changes happen an hour later.
    m_clock->advanceSecs(3600);
}

void TestPipelineService::cleanup()
{
    m_pipeline = nullptr;
    m_services.reset();
    m_make.reset();
    m_events.reset();
    m_bus.reset();
    m_tdb.reset();
    m_clock.reset();
}

Lead TestPipelineService::reload(qint64 id) const
{
    auto lead = LeadRepository(m_tdb->db()).byId(id);
    if (!lead) {
        QTest::qFail(qPrintable(lead.error().message), __FILE__, __LINE__);
        return {};
    }
    return lead.value();
}

int TestPipelineService::historyRows(qint64 leadId) const
{
    QSqlQuery q(m_tdb->db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM stage_history WHERE lead_id = :id"));
    q.bindValue(QStringLiteral(":id"), leadId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestPipelineService::verifyUntouched(const Lead &before, const char *file, int line)
{
    const Lead after = reload(before.id);
    const QString diff = difference(before, after);
    if (!diff.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("lead changed: ") + diff), file, line);
    else if (historyRows(before.id) != 0)
        QTest::qFail("a history row was written", file, line);
    else if (!m_events->stageChanges().empty())
        QTest::qFail("a LeadStageChanged event was published", file, line);
}

QString TestPipelineService::someReason(const QString &kind) const
{
    auto list = ReasonRepository(m_tdb->db()).list(kind);
    return list && !list->empty() ? list->back().code : QString();
}

void TestPipelineService::transitionTableIsTheSpecifiedOne()
{
    const auto &table = transitionTable();
    QCOMPARE(table.size(), std::size(specifiedMoves));
    for (const Transition &t : table) {
        const Move *m = specified(t.action, t.from);
        QVERIFY2(m, tag(t.action, t.from).constData());
        QCOMPARE(t.to, m->to);
        QCOMPARE(int(t.reason), int(m->reason));
        QCOMPARE(t.reasonKind, QString::fromLatin1(m->reasonKind));
        QCOMPARE(t.needsRecontactDate, m->recontact);
    }
}

void TestPipelineService::allowedMove_data()
{
    QTest::addColumn<PipelineAction>("action");
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("reasonKind");
    QTest::addColumn<bool>("recontact");
    for (const Move &m : specifiedMoves) {
        QTest::newRow(tag(m.action, m.from).constData())
            << m.action << m.from << m.to << int(m.reason) << QString::fromLatin1(m.reasonKind)
            << m.recontact;
    }
}

void TestPipelineService::allowedMove()
{
    QFETCH(PipelineAction, action);
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(int, rule);
    QFETCH(QString, reasonKind);
    QFETCH(bool, recontact);

    // A lead of a rep, created an hour ago; leads that reached SQL were accepted back then.
    const QDateTime created = m_clock->now().addSecs(-3600);
    const Lead before = m_make->lead()
                            .name(QStringLiteral("Jonas"), QStringLiteral("Weber"))
                            .createdAt(created)
                            .stage(from)
                            .owner(m_repNord)
                            .accepted(from == Stage::Sql)
                            .insert();
    QVERIFY(before.id > 0);

    StageChange change;
    change.leadId = before.id;
    change.action = action;
    change.expectedVersion = before.version;
    QString expectedCode, expectedNote;
    switch (ReasonRule(rule)) {
    case ReasonRule::Optional:
        change.note = QStringLiteral("Spoke with her on Monday");
        expectedNote = change.note;
        break;
    case ReasonRule::RequiredText:
        change.reason = QStringLiteral("Budget confirmed on the phone");
        expectedNote = change.reason;
        break;
    case ReasonRule::FromList:
        change.reason = someReason(reasonKind);
        QVERIFY(!change.reason.isEmpty());
        expectedCode = change.reason;
        break;
    }
    const QDate recontactOn = m_clock->today().addDays(30);
    if (recontact)
        change.recontactOn = recontactOn;

    const QDateTime now = m_clock->now();
    auto result = m_pipeline->change(m_admin, change);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->stage, to);
    QCOMPARE(result->version, before.version + 1);

    // What is stored.
    const Lead after = reload(before.id);
    QCOMPARE(after.stage, to);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.updatedAt, now);
    QCOMPARE(after.stageChangedAt, from == to ? created : now);
    QCOMPARE(after.ownerId, before.ownerId);
    QCOMPARE(after.profile, before.profile);
    QCOMPARE(after.recontactOn, recontact ? recontactOn : QDate());
    QDateTime expectedAccepted = before.acceptedAt;
    if (action == PipelineAction::Accept
        || (action == PipelineAction::Qualify && from == Stage::Mql))
        expectedAccepted = now;
    else if (to == Stage::Lead)
        expectedAccepted = QDateTime(); // back with marketing: the next handover needs an accept
    QCOMPARE(after.acceptedAt, expectedAccepted);

    // Exactly one history row, saying what happened, when, by whom and why.
    QCOMPARE(historyRows(before.id), 1);
    auto history = TimelineRepository(m_tdb->db()).historyOf(before.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), size_t(1));
    const HistoryEntry &h = history->front();
    QCOMPARE(h.action, actionKey(action));
    QVERIFY(h.from.has_value());
    QCOMPARE(*h.from, from);
    QCOMPARE(h.to, to);
    QCOMPARE(h.at, now);
    QCOMPARE(h.actorId, std::optional<qint64>(m_admin.id));
    QCOMPARE(h.reasonCode, expectedCode);
    QCOMPARE(h.note, expectedNote);
    QCOMPARE(h.recontactOn, recontact ? recontactOn : QDate());

    // Exactly one event, published after the commit.
    QCOMPARE(m_events->stageChanges().size(), size_t(1));
    const LeadStageChanged &e = m_events->stageChanges().front();
    QCOMPARE(e.leadId, before.id);
    QCOMPARE(e.from, from);
    QCOMPARE(e.to, to);
    QCOMPARE(e.action, actionKey(action));
    QCOMPARE(e.actorId, m_admin.id);
}

void TestPipelineService::forbiddenMove_data()
{
    QTest::addColumn<PipelineAction>("action");
    QTest::addColumn<Stage>("from");
    int rows = 0;
    for (PipelineAction action : allActions) {
        for (Stage from : allStages) {
            if (specified(action, from))
                continue;
            QTest::newRow(tag(action, from).constData()) << action << from;
            ++rows;
        }
    }
    QCOMPARE(rows, int(std::size(allActions) * allStages.size() - std::size(specifiedMoves)));
}

void TestPipelineService::forbiddenMove()
{
    QFETCH(PipelineAction, action);
    QFETCH(Stage, from);

    const Lead before
        = m_make->lead().stage(from).owner(m_repNord).accepted(from == Stage::Sql).insert();
    QVERIFY(before.id > 0);
    StageChange change;
    change.leadId = before.id;
    change.action = action;
    // Everything any move could need, so only the table can refuse it.
    change.reason = QStringLiteral("no_budget");
    change.note = QStringLiteral("tried anyway");
    change.recontactOn = m_clock->today().addDays(30);
    change.expectedVersion = before.version;

    auto result = m_pipeline->change(m_admin, change);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, QStringLiteral("stage"));
    QVERIFY2(result.error().message.contains(QString::number(before.id)),
        qPrintable(result.error().message));
    VERIFY_UNTOUCHED(before);
}

void TestPipelineService::acceptTwiceIsRefused()
{
    const Lead lead = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    StageChange accept {lead.id, PipelineAction::Accept, {}, {}, {}, std::nullopt};
    auto first = m_pipeline->change(m_repNord, accept);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->acceptedAt, m_clock->now());

    m_clock->advanceSecs(600);
    m_events->clear();
    const Lead accepted = reload(lead.id);
    auto second = m_pipeline->change(m_repNord, accept);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Invalid);
    QVERIFY2(second.error().message.contains(QLatin1String("already")),
        qPrintable(second.error().message));

    const Lead after = reload(lead.id);
    QCOMPARE(difference(accepted, after), QString());
    QCOMPARE(historyRows(lead.id), 1);
    QVERIFY(m_events->stageChanges().empty());

    // The moves offered no longer include accept.
    for (const Transition &t : m_pipeline->allowedMoves(m_repNord, after))
        QVERIFY(t.action != PipelineAction::Accept);
}

void TestPipelineService::rejectSendsBackToMarketingAndNeedsNewAccept()
{
    const Lead lead = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    auto accepted
        = m_pipeline->change(m_repNord, {lead.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY(accepted.ok());
    auto rejected = m_pipeline->change(
        m_repNord, {lead.id, PipelineAction::Reject, QStringLiteral("too_early"), {}, {}, {}});
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : qPrintable(rejected.error().message));
    QCOMPARE(rejected->stage, Stage::Lead);
    auto promoted
        = m_pipeline->change(m_marketing, {lead.id, PipelineAction::Promote, {}, {}, {}, {}});
    QVERIFY(promoted.ok());
    QVERIFY(!reload(lead.id).acceptedAt.isValid());
    auto again = m_pipeline->change(m_repNord, {lead.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(historyRows(lead.id), 4);
    QCOMPARE(m_events->stageChanges().size(), size_t(4));
    QCOMPARE(reload(lead.id).version, lead.version + 4);
}

void TestPipelineService::listReasonRequired_data()
{
    QTest::addColumn<PipelineAction>("action");
    QTest::addColumn<Stage>("from");
    QTest::addColumn<QString>("reason");
    for (const Move &m : specifiedMoves) {
        if (m.reason != ReasonRule::FromList)
            continue;
        const QByteArray t = tag(m.action, m.from);
        QTest::addRow("%s, no reason", t.constData()) << m.action << m.from << QString();
        QTest::addRow("%s, blank reason", t.constData())
            << m.action << m.from << QStringLiteral("  ");
        QTest::addRow("%s, unknown reason", t.constData())
            << m.action << m.from << QStringLiteral("because I say so");
    }
    // A reason from another list does not count.
    QTest::newRow("disqualify with a recycle reason")
        << PipelineAction::Disqualify << Stage::Lead << QStringLiteral("not_now");
    QTest::newRow("lose with a disqualify reason")
        << PipelineAction::Lose << Stage::Sql << QStringLiteral("no_budget");
}

void TestPipelineService::listReasonRequired()
{
    QFETCH(PipelineAction, action);
    QFETCH(Stage, from);
    QFETCH(QString, reason);

    const Lead before
        = m_make->lead().stage(from).owner(m_repNord).accepted(from == Stage::Sql).insert();
    StageChange change {before.id, action, reason, QStringLiteral("a note is not a reason"),
        m_clock->today().addDays(7), before.version};
    auto result = m_pipeline->change(m_admin, change);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, QStringLiteral("reason"));
    // The message lists the codes to choose from.
    auto list = ReasonRepository(m_tdb->db()).list(findTransition(action, from)->reasonKind);
    QVERIFY(list.ok() && !list->empty());
    QVERIFY2(
        result.error().message.contains(list->front().code), qPrintable(result.error().message));
    VERIFY_UNTOUCHED(before);
}

void TestPipelineService::listReasonByCodeOrLabel_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("no_budget") << QStringLiteral("no_budget");
    QTest::newRow("code, other case") << QStringLiteral("NO_BUDGET") << QStringLiteral("no_budget");
    QTest::newRow("English label") << QStringLiteral("No budget") << QStringLiteral("no_budget");
    QTest::newRow("English label, lower case, spaces")
        << QStringLiteral("  student / job seeker ") << QStringLiteral("student");
    QTest::newRow("German label") << QStringLiteral("Kein Budget") << QStringLiteral("no_budget");
    QTest::newRow("German label with umlaut")
        << QStringLiteral("Wettbewerber gewählt") << QStringLiteral("competitor");
}

void TestPipelineService::listReasonByCodeOrLabel()
{
    QFETCH(QString, given);
    QFETCH(QString, code);
    const Lead lead = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    auto result
        = m_pipeline->change(m_repNord, {lead.id, PipelineAction::Disqualify, given, {}, {}, {}});
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->stage, Stage::Disqualified);
    auto history = TimelineRepository(m_tdb->db()).historyOf(lead.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(history->front().reasonCode, code); // stored as the code, whatever was typed
}

void TestPipelineService::requiredTextReason_data()
{
    QTest::addColumn<PipelineAction>("action");
    QTest::addColumn<Stage>("from");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("storedNote");
    for (const Move &m : specifiedMoves) {
        if (m.reason != ReasonRule::RequiredText)
            continue;
        const QByteArray t = tag(m.action, m.from);
        QTest::addRow("%s, nothing", t.constData())
            << m.action << m.from << QString() << QString() << false << QString();
        QTest::addRow("%s, blanks", t.constData()) << m.action << m.from << QStringLiteral("   ")
                                                   << QStringLiteral(" ") << false << QString();
        QTest::addRow("%s, reason", t.constData())
            << m.action << m.from << QStringLiteral(" New budget approved ") << QString() << true
            << QStringLiteral("New budget approved");
        QTest::addRow("%s, reason and note", t.constData())
            << m.action << m.from << QStringLiteral("New budget") << QStringLiteral("CFO called")
            << true << QStringLiteral("New budget — CFO called");
        QTest::addRow("%s, note only", t.constData())
            << m.action << m.from << QString() << QStringLiteral("CFO called") << true
            << QStringLiteral("CFO called");
    }
}

void TestPipelineService::requiredTextReason()
{
    QFETCH(PipelineAction, action);
    QFETCH(Stage, from);
    QFETCH(QString, reason);
    QFETCH(QString, note);
    QFETCH(bool, ok);
    QFETCH(QString, storedNote);

    const Lead before = m_make->lead().stage(from).owner(m_repNord).insert();
    auto result
        = m_pipeline->change(m_admin, {before.id, action, reason, note, {}, before.version});
    if (!ok) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.error().field, QStringLiteral("reason"));
        VERIFY_UNTOUCHED(before);
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    auto history = TimelineRepository(m_tdb->db()).historyOf(before.id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(history->front().note, storedNote);
    QCOMPARE(history->front().reasonCode, QString());
}

void TestPipelineService::recycleNeedsFutureRecontactDate_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<int>("inDays"); // re-contact date relative to today; INT_MIN = none
    QTest::addColumn<bool>("ok");
    for (Stage from : {Stage::Mql, Stage::Sql}) {
        const QByteArray s = stageKey(from).toUtf8();
        QTest::addRow("%s, no date", s.constData()) << from << INT_MIN << false;
        QTest::addRow("%s, yesterday", s.constData()) << from << -1 << false;
        QTest::addRow("%s, today", s.constData()) << from << 0 << false;
        QTest::addRow("%s, tomorrow", s.constData()) << from << 1 << true;
        QTest::addRow("%s, next year", s.constData()) << from << 365 << true;
    }
}

void TestPipelineService::recycleNeedsFutureRecontactDate()
{
    QFETCH(Stage, from);
    QFETCH(int, inDays);
    QFETCH(bool, ok);

    const Lead before = m_make->lead().stage(from).owner(m_repNord).accepted(true).insert();
    const QDate date = inDays == INT_MIN ? QDate() : m_clock->today().addDays(inDays);
    auto result = m_pipeline->change(m_repNord,
        {before.id, PipelineAction::Recycle, QStringLiteral("budget_next_year"), {}, date, {}});
    if (!ok) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(result.error().field, QStringLiteral("recontact"));
        VERIFY_UNTOUCHED(before);
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const Lead after = reload(before.id);
    QCOMPARE(after.stage, Stage::Lead);
    QCOMPARE(after.recontactOn, date);
    QVERIFY(!after.acceptedAt.isValid());
    auto history = TimelineRepository(m_tdb->db()).historyOf(before.id);
    QVERIFY(history.ok());
    QCOMPARE(history->front().recontactOn, date);
    QCOMPARE(history->front().reasonCode, QStringLiteral("budget_next_year"));
}

void TestPipelineService::repMayWorkOnlyOnOwnLeads()
{
    const Lead other = m_make->lead().stage(Stage::Mql).owner(m_repNord2).insert();
    auto refused
        = m_pipeline->change(m_repNord, {other.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    // The message says whose lead it is.
    QVERIFY2(
        refused.error().message.contains(m_repNord2.name), qPrintable(refused.error().message));
    VERIFY_UNTOUCHED(other);

    // Unassigned leads are not a rep's either.
    const Lead unassigned = m_make->lead().stage(Stage::Mql).insert();
    auto refused2
        = m_pipeline->change(m_repNord, {unassigned.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY(!refused2.ok());
    QCOMPARE(refused2.error().kind, Error::Kind::Forbidden);
    VERIFY_UNTOUCHED(unassigned);

    // The same move on the rep's own lead goes through.
    const Lead own = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    auto done = m_pipeline->change(m_repNord, {own.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
}

void TestPipelineService::repCannotPromote()
{
    const Lead own = m_make->lead().stage(Stage::Lead).owner(m_repNord).insert();
    for (const User &rep : {m_repNord, m_repNord2}) {
        auto refused = m_pipeline->change(rep, {own.id, PipelineAction::Promote, {}, {}, {}, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    }
    VERIFY_UNTOUCHED(own);
}

void TestPipelineService::marketingCannotWinOrLose_data()
{
    QTest::addColumn<PipelineAction>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("win") << PipelineAction::Win << QString();
    QTest::newRow("lose") << PipelineAction::Lose << QStringLiteral("price");
}

void TestPipelineService::marketingCannotWinOrLose()
{
    QFETCH(PipelineAction, action);
    QFETCH(QString, reason);
    const Lead sql = m_make->lead().stage(Stage::Sql).owner(m_repNord).accepted().insert();
    auto refused = m_pipeline->change(m_marketing, {sql.id, action, reason, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    VERIFY_UNTOUCHED(sql);
}

void TestPipelineService::marketingMayPromoteAndDisqualifyLeads()
{
    const Lead a = m_make->lead().stage(Stage::Lead).insert();
    auto promoted
        = m_pipeline->change(m_marketing, {a.id, PipelineAction::Promote, {}, {}, {}, {}});
    QVERIFY2(promoted.ok(), promoted.ok() ? "" : qPrintable(promoted.error().message));
    QCOMPARE(reload(a.id).stage, Stage::Mql);

    const Lead b = m_make->lead().stage(Stage::Lead).insert();
    auto disq = m_pipeline->change(
        m_marketing, {b.id, PipelineAction::Disqualify, QStringLiteral("student"), {}, {}, {}});
    QVERIFY2(disq.ok(), disq.ok() ? "" : qPrintable(disq.error().message));
    QCOMPARE(reload(b.id).stage, Stage::Disqualified);

    // An MQL is in sales' hands: marketing may not disqualify it.
    const Lead c = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    auto refused = m_pipeline->change(
        m_marketing, {c.id, PipelineAction::Disqualify, QStringLiteral("student"), {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
}

void TestPipelineService::teamLeadActsWithinTeamOnly()
{
    const Lead ofTeam = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    auto done
        = m_pipeline->change(m_leadNord, {ofTeam.id, PipelineAction::Qualify, {}, {}, {}, {}});
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(reload(ofTeam.id).stage, Stage::Sql);
    QCOMPARE(m_events->stageChanges().size(), size_t(1));
    QCOMPARE(m_events->stageChanges().front().actorId, m_leadNord.id);
    m_events->clear();

    const Lead ofOtherTeam = m_make->lead().stage(Stage::Mql).owner(m_repSued).insert();
    auto refused
        = m_pipeline->change(m_leadNord, {ofOtherTeam.id, PipelineAction::Qualify, {}, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(m_repSued.name), qPrintable(refused.error().message));
    VERIFY_UNTOUCHED(ofOtherTeam);
}

void TestPipelineService::inactiveUserIsRefused_data()
{
    QTest::addColumn<bool>("admin");
    QTest::newRow("deactivated rep, own lead") << false;
    QTest::newRow("deactivated admin") << true;
}

void TestPipelineService::inactiveUserIsRefused()
{
    QFETCH(bool, admin);
    const User actor = admin ? m_inactiveAdmin : m_inactiveRep;
    const Lead lead = m_make->lead().stage(Stage::Mql).owner(m_inactiveRep).insert();
    auto refused = m_pipeline->change(actor, {lead.id, PipelineAction::Accept, {}, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QVERIFY2(refused.error().message.contains(actor.login), qPrintable(refused.error().message));
    VERIFY_UNTOUCHED(lead);
    QVERIFY(m_pipeline->allowedMoves(actor, lead).empty());
}

void TestPipelineService::allowedMovesFollowRoles()
{
    auto keys = [](const std::vector<Transition> &moves) {
        QStringList out;
        for (const Transition &t : moves)
            out << actionKey(t.action);
        out.sort();
        return out;
    };
    const Lead lead = m_make->lead().stage(Stage::Lead).owner(m_repNord).insert();
    QCOMPARE(keys(m_pipeline->allowedMoves(m_admin, lead)),
        (QStringList {
            QStringLiteral("disqualify"), QStringLiteral("promote"), QStringLiteral("qualify")}));
    QCOMPARE(keys(m_pipeline->allowedMoves(m_marketing, lead)),
        (QStringList {QStringLiteral("disqualify"), QStringLiteral("promote")}));
    QCOMPARE(keys(m_pipeline->allowedMoves(m_repNord, lead)),
        (QStringList {QStringLiteral("disqualify"), QStringLiteral("qualify")}));
    QVERIFY(m_pipeline->allowedMoves(m_repSued, lead).empty());

    const Lead won = m_make->lead().stage(Stage::Won).owner(m_repNord).insert();
    QVERIFY(m_pipeline->allowedMoves(m_admin, won).empty());
    QVERIFY(PipelineService::movesFrom(won).empty());
}

void TestPipelineService::staleVersionIsRefused()
{
    const Lead lead = m_make->lead().stage(Stage::Mql).owner(m_repNord).insert();
    // Someone else accepts the lead after the rep loaded it.
    auto other = m_pipeline->change(
        m_leadNord, {lead.id, PipelineAction::Accept, {}, {}, {}, lead.version});
    QVERIFY(other.ok());
    m_events->clear();
    const Lead current = reload(lead.id);
    QCOMPARE(current.version, lead.version + 1);

    auto stale = m_pipeline->change(
        m_repNord, {lead.id, PipelineAction::Qualify, {}, {}, {}, lead.version});
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(difference(current, reload(lead.id)), QString());
    QCOMPARE(historyRows(lead.id), 1);
    QVERIFY(m_events->stageChanges().empty());

    // With the version just read it works.
    auto fresh = m_pipeline->change(
        m_repNord, {lead.id, PipelineAction::Qualify, {}, {}, {}, current.version});
    QVERIFY2(fresh.ok(), fresh.ok() ? "" : qPrintable(fresh.error().message));
    QCOMPARE(reload(lead.id).version, lead.version + 2);
}

void TestPipelineService::unknownLeadIsNotFound()
{
    auto result = m_pipeline->change(m_admin, {4711, PipelineAction::Promote, {}, {}, {}, {}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::NotFound);
    QVERIFY(result.error().message.contains(QLatin1String("4711")));
    QVERIFY(m_events->stageChanges().empty());
}

void TestPipelineService::actionForTarget_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("withDate");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<PipelineAction>("expected");

    using A = PipelineAction;
    using S = Stage;
    QTest::newRow("lead -> mql") << S::Lead << false << S::Mql << false << true << A::Promote;
    QTest::newRow("lead -> sql") << S::Lead << false << S::Sql << false << true << A::Qualify;
    QTest::newRow("lead -> disqualified")
        << S::Lead << false << S::Disqualified << false << true << A::Disqualify;
    QTest::newRow("mql -> lead without date = reject")
        << S::Mql << false << S::Lead << false << true << A::Reject;
    QTest::newRow("mql -> lead with date = recycle")
        << S::Mql << false << S::Lead << true << true << A::Recycle;
    QTest::newRow("accepted mql -> lead without date = reject")
        << S::Mql << true << S::Lead << false << true << A::Reject;
    QTest::newRow("mql -> sql") << S::Mql << false << S::Sql << false << true << A::Qualify;
    QTest::newRow("mql -> disqualified")
        << S::Mql << true << S::Disqualified << false << true << A::Disqualify;
    QTest::newRow("sql -> lead with date = recycle")
        << S::Sql << true << S::Lead << true << true << A::Recycle;
    QTest::newRow("sql -> lead without date = recycle")
        << S::Sql << true << S::Lead << false << true << A::Recycle;
    QTest::newRow("sql -> won") << S::Sql << true << S::Won << false << true << A::Win;
    QTest::newRow("sql -> lost") << S::Sql << true << S::Lost << false << true << A::Lose;
    QTest::newRow("disqualified -> lead")
        << S::Disqualified << false << S::Lead << false << true << A::Reopen;
    QTest::newRow("lost -> lead") << S::Lost << true << S::Lead << false << true << A::Reopen;
    // Refused: no such move, or the same stage (accepting is asked for by name).
    QTest::newRow("lead -> won") << S::Lead << false << S::Won << false << false << A::Promote;
    QTest::newRow("lead -> lead") << S::Lead << false << S::Lead << false << false << A::Promote;
    QTest::newRow("mql -> mql") << S::Mql << false << S::Mql << false << false << A::Promote;
    QTest::newRow("mql -> won") << S::Mql << false << S::Won << false << false << A::Promote;
    QTest::newRow("sql -> mql") << S::Sql << true << S::Mql << false << false << A::Promote;
    QTest::newRow("won -> lead") << S::Won << true << S::Lead << false << false << A::Promote;
    QTest::newRow("won -> lost") << S::Won << true << S::Lost << false << false << A::Promote;
    QTest::newRow("disqualified -> mql")
        << S::Disqualified << false << S::Mql << false << false << A::Promote;
}

void TestPipelineService::actionForTarget()
{
    QFETCH(Stage, from);
    QFETCH(bool, accepted);
    QFETCH(Stage, to);
    QFETCH(bool, withDate);
    QFETCH(bool, ok);
    QFETCH(PipelineAction, expected);

    Lead lead;
    lead.id = 42;
    lead.stage = from;
    if (accepted)
        lead.acceptedAt = m_clock->now();
    auto action = PipelineService::actionForTarget(lead, to, withDate);
    if (!ok) {
        QVERIFY(!action.ok());
        QCOMPARE(action.error().kind, Error::Kind::Invalid);
        QCOMPARE(action.error().field, QStringLiteral("stage"));
        QVERIFY2(action.error().message.contains(stageName(from))
                && action.error().message.contains(stageName(to)),
            qPrintable(action.error().message));
        return;
    }
    QVERIFY2(action.ok(), action.ok() ? "" : qPrintable(action.error().message));
    QCOMPARE(actionKey(action.value()), actionKey(expected));
}

QTEST_GUILESS_MAIN(TestPipelineService)
#include "tst_pipelineservice.moc"
