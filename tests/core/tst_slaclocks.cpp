// SLA clocks as a rep and a team lead live them: started by the handover, states over simulated
// time, stopped by the events the policy names and by no others, reassignment keeping or
// restarting a clock, escalation of breaches, and a rebuild from history that gives the same
// clocks as the live hooks.
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "people/directory.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "services.h"
#include "sla/slaservice.h"
#include "sla/slatracker.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/slarepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kBerlin).toUTC();
}

} // namespace

class TestSlaClocks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock {berlin(2026, 3, 3, 10)}; // Tuesday, 10:00 in Berlin
    EventBus m_bus;
    std::unique_ptr<Services> m_services;
    User m_marketer, m_rep, m_rep2, m_lead, m_admin;
    qint64 m_team = 0;

    const Database &db() const { return m_db->db(); }
    const PipelineService &pipeline() const { return m_services->pipeline(); }
    const LeadService &leads() const { return m_services->leads(); }
    const SlaService &sla() const { return m_services->sla(); }

    Lead newLead(bool fastTrack = false)
    {
        return Builders(db(), m_clock).lead().owner(m_rep).fastTrack(fastTrack).insert();
    }

    void move(const User &actor, qint64 leadId, PipelineAction action, const QString &reason = {})
    {
        StageChange c;
        c.leadId = leadId;
        c.action = action;
        c.reason = reason;
        auto r = pipeline().change(actor, c);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    }

    void log(const User &actor, qint64 leadId, const QString &type)
    {
        auto r = leads().logActivity(actor, leadId, type, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    }

    QString codeOf(const SlaClock &c) const
    {
        const auto policies = SlaRepository(db()).policies().value();
        for (const SlaPolicy &p : policies) {
            if (p.id == c.policyId)
                return p.code;
        }
        return {};
    }

    // The lead's clocks of one policy, oldest first.
    std::vector<SlaClock> clocks(qint64 leadId, const QString &code) const
    {
        std::vector<SlaClock> out;
        const auto all = SlaRepository(db()).clocksOf(leadId).value();
        for (const SlaClock &c : all) {
            if (codeOf(c) == code)
                out.push_back(c);
        }
        return out;
    }

    SlaPolicy policy(const QString &code) const
    {
        const auto policies = SlaRepository(db()).policies().value();
        for (const SlaPolicy &p : policies) {
            if (p.code == code)
                return p;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_services.reset();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        m_services = std::make_unique<Services>(db(), m_bus, m_clock);
        m_clock.set(berlin(2026, 3, 3, 10));
        Builders b(db(), m_clock);
        m_team = b.team(QStringLiteral("Nord"));
        m_marketer = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
        m_rep = b.user(QStringLiteral("kschulz"), Role::Rep, m_team);
        m_rep2 = b.user(QStringLiteral("nyilmaz"), Role::Rep, m_team);
        m_lead = b.user(QStringLiteral("tbauer"), Role::TeamLead, m_team);
        m_admin = b.user(QStringLiteral("admin"), Role::Admin);
    }

    void defaultsShip()
    {
        const auto policies = SlaRepository(db()).policies().value();
        QCOMPARE(policies.size(), size_t(4));
        QCOMPARE(policy(QStringLiteral("mql_first_touch")).allowedText(),
            QStringLiteral("4 business hours"));
        QCOMPARE(policy(QStringLiteral("mql_first_touch_fast")).allowedText(),
            QStringLiteral("1 business hour"));
        QCOMPARE(policy(QStringLiteral("sql_next_step")).allowedText(),
            QStringLiteral("2 business days"));
        QCOMPARE(policy(QStringLiteral("untouched")).allowedText(), QStringLiteral("7 days"));
        const BusinessCalendar c = SlaRepository(db()).calendar().value();
        QCOMPARE(c.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(c.holidays().size(), size_t(45));
        QCOMPARE(c.hours(1), (WorkingHours {540, 1020}));
        QVERIFY(!c.hours(6).isWorkingDay());
    }

    void handoverStartsFirstTouchAndStatesFollowTime()
    {
        const Lead lead = newLead();
        QVERIFY(SlaRepository(db()).clocksOf(lead.id).value().empty()); // a plain lead has none
        move(m_marketer, lead.id, PipelineAction::Promote);
        const auto first = clocks(lead.id, QStringLiteral("mql_first_touch"));
        QCOMPARE(first.size(), size_t(1));
        const SlaClock c = first[0];
        QCOMPARE(c.ownerId, std::optional<qint64>(m_rep.id));
        QCOMPARE(c.startedAt, berlin(2026, 3, 3, 10));
        QCOMPARE(c.dueAt, berlin(2026, 3, 3, 14));
        QCOMPARE(c.dueSoonAt, berlin(2026, 3, 3, 13)); // 25% of 4 hours left
        QCOMPARE(c.stateAt(berlin(2026, 3, 3, 12, 59)), SlaState::OnTrack);
        QCOMPARE(c.stateAt(berlin(2026, 3, 3, 13)), SlaState::DueSoon);
        QCOMPARE(c.stateAt(berlin(2026, 3, 3, 14)), SlaState::Breached);
        // The untouched clock runs beside it: seven calendar days.
        const auto idle = clocks(lead.id, QStringLiteral("untouched"));
        QCOMPARE(idle.size(), size_t(1));
        QCOMPARE(idle[0].dueAt, berlin(2026, 3, 10, 10));
        QVERIFY(clocks(lead.id, QStringLiteral("mql_first_touch_fast")).empty());
    }

    void handoverInTheEveningIsDueNextMorning()
    {
        m_clock.set(berlin(2026, 3, 6, 18)); // Friday after work
        const Lead lead = newLead(true);
        move(m_marketer, lead.id, PipelineAction::Promote);
        const auto fast = clocks(lead.id, QStringLiteral("mql_first_touch_fast"));
        QCOMPARE(fast.size(), size_t(1));
        QVERIFY(clocks(lead.id, QStringLiteral("mql_first_touch")).empty()); // the first match only
        QCOMPARE(fast[0].dueAt, berlin(2026, 3, 9, 10)); // Monday, one business hour after opening
        QCOMPARE(fast[0].dueSoonAt, berlin(2026, 3, 9, 9, 45));
        QCOMPARE(fast[0].stateAt(berlin(2026, 3, 9, 9, 30)), SlaState::OnTrack);
    }

    void callStopsOnTimeAndLate()
    {
        const Lead a = newLead(), b = newLead();
        move(m_marketer, a.id, PipelineAction::Promote);
        move(m_marketer, b.id, PipelineAction::Promote);
        m_clock.set(berlin(2026, 3, 3, 12, 30));
        log(m_rep, a.id, QStringLiteral("call"));
        m_clock.set(berlin(2026, 3, 4, 9, 30)); // the next morning: 7.5 business hours after
        log(m_rep, b.id, QStringLiteral("email"));
        const SlaClock onTime = clocks(a.id, QStringLiteral("mql_first_touch"))[0];
        QCOMPARE(onTime.outcome, ClockOutcome::Met);
        QCOMPARE(onTime.stateAt(m_clock.now()), SlaState::MetOnTime);
        QCOMPARE(onTime.elapsedSecs, std::optional<qint64>(150 * 60));
        QCOMPARE(onTime.stoppedBy, QStringLiteral("call"));
        const SlaClock late = clocks(b.id, QStringLiteral("mql_first_touch"))[0];
        QCOMPARE(late.stateAt(m_clock.now()), SlaState::MetLate);
        QCOMPARE(late.elapsedSecs, std::optional<qint64>(450 * 60));
        // The touch also restarted the untouched clock from the call.
        const auto idle = clocks(a.id, QStringLiteral("untouched"));
        QCOMPARE(idle.size(), size_t(2));
        QCOMPARE(idle[0].outcome, ClockOutcome::Met);
        QVERIFY(idle[1].isOpen());
        QCOMPARE(idle[1].startedAt, berlin(2026, 3, 3, 12, 30));
    }

    // Call mode logs a call through the qualification service; the clock stops as for a call
    // logged in My queue.
    void callFromCallModeStopsTheClock()
    {
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        m_clock.set(berlin(2026, 3, 3, 12, 30));
        auto call = m_services->qualification().startCall(m_rep, lead.id);
        QVERIFY2(call.ok(), qPrintable(call ? QString() : call.error().message));
        m_clock.set(berlin(2026, 3, 3, 12, 32));
        auto ended
            = m_services->qualification().endCall(m_rep, call->id, CallOutcome::Reached, {}, {});
        QVERIFY2(ended.ok(), qPrintable(ended ? QString() : ended.error().message));
        const SlaClock c = clocks(lead.id, QStringLiteral("mql_first_touch"))[0];
        QCOMPARE(c.outcome, ClockOutcome::Met);
        QCOMPARE(c.stateAt(m_clock.now()), SlaState::MetOnTime);
        QCOMPARE(c.stoppedBy, QStringLiteral("call"));
    }

    void onlyNamedEventsStopClocks()
    {
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        log(m_rep, lead.id, QStringLiteral("note")); // a note is no touch
        QVERIFY(clocks(lead.id, QStringLiteral("mql_first_touch"))[0].isOpen());
        QVERIFY(clocks(lead.id, QStringLiteral("untouched"))[0].isOpen());
        // Marketing behaviour (imported activities) never stops a sales clock.
        auto rules = SlaRules::load(SlaRepository(db())).value();
        auto open = SlaRepository(db()).openClocks(lead.id).value();
        SlaLeadFacts facts {lead.id, Stage::Mql, m_rep.id, false, 0};
        rules.activityLogged(facts, QStringLiteral("page_visit"), m_clock.now(), open);
        rules.activityLogged(facts, QStringLiteral("email_open"), m_clock.now(), open);
        QVERIFY(std::all_of(
            open.begin(), open.end(), [](const SlaClock &c) { return c.isOpen() && !c.changed; }));

        // Accepting is the first touch; the SQL clock starts on qualifying and ignores notes.
        m_clock.advanceSecs(1800);
        move(m_rep, lead.id, PipelineAction::Accept);
        const SlaClock first = clocks(lead.id, QStringLiteral("mql_first_touch"))[0];
        QCOMPARE(first.stoppedBy, QStringLiteral("accept"));
        QCOMPARE(first.stateAt(m_clock.now()), SlaState::MetOnTime);
        QVERIFY(clocks(lead.id, QStringLiteral("sql_next_step")).empty());
        m_clock.set(berlin(2026, 3, 5, 11)); // Thursday
        move(m_rep, lead.id, PipelineAction::Qualify);
        auto next = clocks(lead.id, QStringLiteral("sql_next_step"));
        QCOMPARE(next.size(), size_t(1));
        QCOMPARE(next[0].dueAt, berlin(2026, 3, 9, 11)); // two business days: Friday, Monday
        log(m_rep, lead.id, QStringLiteral("note"));
        QVERIFY(clocks(lead.id, QStringLiteral("sql_next_step"))[0].isOpen());
        m_clock.set(berlin(2026, 3, 9, 16));
        log(m_rep, lead.id, QStringLiteral("meeting"));
        next = clocks(lead.id, QStringLiteral("sql_next_step"));
        QCOMPARE(next[0].stateAt(m_clock.now()), SlaState::MetLate);
        // Won: the lead is closed, nothing runs any more.
        move(m_rep, lead.id, PipelineAction::Win);
        QVERIFY(SlaRepository(db()).openClocks(lead.id).value().empty());
    }

    void leavingTheStageWithoutANamedActionCancels()
    {
        SlaPolicy p = policy(QStringLiteral("mql_first_touch"));
        p.stopActions = {QStringLiteral("accept")}; // a rejection no longer counts as an answer
        QVERIFY(sla().savePolicy(m_admin, p).ok());
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        move(m_rep, lead.id, PipelineAction::Reject, QStringLiteral("not_icp"));
        const SlaClock c = clocks(lead.id, QStringLiteral("mql_first_touch"))[0];
        QCOMPARE(c.outcome, ClockOutcome::Cancelled);
        QCOMPARE(c.stateAt(m_clock.now()), SlaState::Cancelled);
        // Back in marketing's hands: the untouched clock is gone too (Lead is not its stage).
        QVERIFY(SlaRepository(db()).openClocks(lead.id).value().empty());
        // A second handover starts a new first-touch clock.
        m_clock.advanceDays(1);
        move(m_marketer, lead.id, PipelineAction::Promote);
        QCOMPARE(clocks(lead.id, QStringLiteral("mql_first_touch")).size(), size_t(2));
    }

    void reassignmentKeepsTheClockRunning()
    {
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        const SlaClock before = clocks(lead.id, QStringLiteral("mql_first_touch"))[0];
        m_clock.advanceSecs(3600);
        Lead reassigned = LeadRepository(db()).byId(lead.id).value();
        reassigned.ownerId = m_rep2.id;
        {
            Transaction tx(db());
            QVERIFY(SlaTracker(db()).ownerChanged(reassigned, m_clock.now()).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto after = clocks(lead.id, QStringLiteral("mql_first_touch"));
        QCOMPARE(after.size(), size_t(1));
        QCOMPARE(after[0].id, before.id);
        QCOMPARE(after[0].ownerId, std::optional<qint64>(m_rep2.id));
        QCOMPARE(after[0].dueAt, before.dueAt);
        QVERIFY(after[0].isOpen());
    }

    void reassignmentRestartsWhenThePolicySaysSo()
    {
        SlaPolicy p = policy(QStringLiteral("mql_first_touch"));
        p.restartOnReassign = true;
        QVERIFY(sla().savePolicy(m_admin, p).ok());
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        m_clock.set(berlin(2026, 3, 3, 15)); // already breached for the first rep
        Lead reassigned = LeadRepository(db()).byId(lead.id).value();
        reassigned.ownerId = m_rep2.id;
        {
            Transaction tx(db());
            QVERIFY(SlaTracker(db()).ownerChanged(reassigned, m_clock.now()).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto first = clocks(lead.id, QStringLiteral("mql_first_touch"));
        QCOMPARE(first.size(), size_t(2));
        QCOMPARE(first[0].outcome, ClockOutcome::Cancelled);
        QCOMPARE(first[0].ownerId, std::optional<qint64>(m_rep.id));
        QCOMPARE(first[0].stoppedBy, QStringLiteral("reassigned"));
        QCOMPARE(first[1].ownerId, std::optional<qint64>(m_rep2.id));
        QCOMPARE(first[1].dueAt, berlin(2026, 3, 4, 11)); // 2 hours today, 2 tomorrow
        // The untouched policy does not restart: it follows the new owner.
        const auto idle = clocks(lead.id, QStringLiteral("untouched"));
        QCOMPARE(idle.size(), size_t(1));
        QCOMPARE(idle[0].ownerId, std::optional<qint64>(m_rep2.id));
    }

    void breachesEscalateOnce()
    {
        std::vector<SlaBreached> seen;
        auto connection = m_bus.onSlaBreached([&](const SlaBreached &e) { seen.push_back(e); });
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        const SlaService &service = sla();
        QCOMPARE(service.escalate().value(), qint64(0));
        m_clock.set(berlin(2026, 3, 3, 14));
        QCOMPARE(service.escalate().value(), qint64(1));
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].leadId, lead.id);
        QCOMPARE(seen[0].policyCode, QStringLiteral("mql_first_touch"));
        QCOMPARE(seen[0].ownerId, m_rep.id);
        QCOMPARE(seen[0].teamId, m_team);
        QCOMPARE(seen[0].dueAt, berlin(2026, 3, 3, 14).toSecsSinceEpoch());
        m_clock.advanceSecs(3600);
        QCOMPARE(service.escalate().value(), qint64(0)); // recorded once
        QCOMPARE(seen.size(), size_t(1));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT lead_id, owner_id, team_id FROM sla_breaches"))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), lead.id);
        QCOMPARE(q.value(2).toLongLong(), m_team);
        // The team lead of the owner's team finds the breach in the inbox, once.
        auto items = Inbox(db()).items(m_lead.id, true, 10, 0);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), size_t(1));
        QCOMPARE(items->front().kind, InboxItem::Kind::SlaBreached);
        QCOMPARE(items->front().leadId, std::optional<qint64>(lead.id));
        QVERIFY2(items->front().text().contains(m_rep.name), qPrintable(items->front().text()));
        QCOMPARE(Inbox(db()).unreadCount(m_rep.id).value(), qint64(0)); // not the rep
    }

    // Who hears of a breach when the owner's team has no team lead: every team lead; with no
    // team lead at all, the administrators (the rule routing uses for leads it cannot place).
    void breachNoticesFallBackToTeamLeadsThenAdmins()
    {
        const qint64 sued = Builders(db(), m_clock).team(QStringLiteral("Süd"));
        const User southRep = Builders(db(), m_clock).user(QStringLiteral("sued"), Role::Rep, sued);
        const Lead south = Builders(db(), m_clock).lead().owner(southRep).insert();
        move(m_marketer, south.id, PipelineAction::Promote);
        m_clock.set(berlin(2026, 3, 3, 14));
        QCOMPARE(sla().escalate().value(), qint64(1));
        const Inbox inbox = m_services->inbox();
        QCOMPARE(inbox.unreadCount(m_lead.id).value(), qint64(1)); // Nord's lead, for want of one
        QCOMPARE(inbox.unreadCount(m_admin.id).value(), qint64(0));

        // Without any active team lead, the administrators are told.
        User former = m_lead;
        former.active = false;
        QVERIFY(m_services->directory().updateUser(m_admin, former).ok());
        const Lead next = Builders(db(), m_clock).lead().owner(southRep).insert();
        move(m_marketer, next.id, PipelineAction::Promote);
        m_clock.set(berlin(2026, 3, 4, 14));
        QVERIFY(sla().escalate().value() >= 1);
        auto items = inbox.items(m_admin.id, true, 10, 0);
        QVERIFY(items.ok());
        const bool told = std::any_of(items->begin(), items->end(), [&next](const InboxItem &i) {
            return i.kind == InboxItem::Kind::SlaBreached && i.leadId == next.id;
        });
        QVERIFY(told);
        QCOMPARE(inbox.unreadCount(m_lead.id).value(), qint64(1)); // nothing new for the former
    }

    void autoReassigningPolicyRoutesTheBreachedLeadAgain()
    {
        SlaPolicy p = policy(QStringLiteral("mql_first_touch"));
        p.autoReassign = true;
        QVERIFY(sla().savePolicy(m_admin, p).ok());
        // The rules send every lead to the second rep.
        RoutingRule rule;
        rule.name = QStringLiteral("All to rep 2");
        rule.targetUserId = m_rep2.id;
        QVERIFY(RoutingRules(db(), m_clock).add(m_admin, rule).ok());
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        const SlaService &service = sla();
        m_clock.set(berlin(2026, 3, 3, 14));
        auto escalated = service.escalate();
        QVERIFY2(escalated.ok(), escalated.ok() ? "" : qPrintable(escalated.error().message));
        QCOMPARE(escalated.value(), qint64(1));
        auto after = LeadRepository(db()).byId(lead.id);
        QCOMPARE(after->ownerId, std::optional<qint64>(m_rep2.id));
        // The release is in the audit log with the reason.
        QSqlQuery q(db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT old_value, reason FROM audit_log WHERE entity = 'lead' "
                                  "AND field = 'owner' AND COALESCE(new_value, '') = ''"))
            && q.next());
        QCOMPARE(q.value(0).toString(), m_rep.login);
        QCOMPARE(q.value(1).toString(), QStringLiteral("Service level breached"));
    }

    void settingsNeedTheRightRole()
    {
        const SlaService &service = sla();
        SlaPolicy p = policy(QStringLiteral("untouched"));
        p.allowed = 5;
        QCOMPARE(service.savePolicy(m_lead, p).error().kind, Error::Kind::Forbidden);
        p.allowed = 0;
        const auto invalid = service.savePolicy(m_admin, p);
        QCOMPARE(invalid.error().field, QStringLiteral("allowed"));
        QCOMPARE(service.setMqlTarget(m_rep, QStringLiteral("2026-03"), 100).error().kind,
            Error::Kind::Forbidden);
        QVERIFY(service.setMqlTarget(m_marketer, QStringLiteral("2026-03"), 100).ok());
        QCOMPARE(service.setMqlTarget(m_marketer, QStringLiteral("2026-13"), 100).error().field,
            QStringLiteral("month"));
        QCOMPARE(
            service.setTimeZone(m_admin, "Mars/Olympus").error().field, QStringLiteral("timeZone"));
        QVERIFY(
            service.addHoliday(m_admin, QDate(2026, 3, 4), QStringLiteral("Betriebsausflug")).ok());
        // The new holiday moves due times at once.
        const Lead lead = newLead();
        move(m_marketer, lead.id, PipelineAction::Promote);
        QCOMPARE(
            clocks(lead.id, QStringLiteral("mql_first_touch"))[0].dueAt, berlin(2026, 3, 3, 14));
        m_clock.set(berlin(2026, 3, 3, 16));
        const Lead later = newLead();
        move(m_marketer, later.id, PipelineAction::Promote);
        QCOMPARE(
            clocks(later.id, QStringLiteral("mql_first_touch"))[0].dueAt, berlin(2026, 3, 5, 12));
        QCOMPARE(
            service.removeHoliday(m_admin, QDate(2026, 3, 5)).error().kind, Error::Kind::NotFound);
    }

    void rebuildGivesTheLiveClocks()
    {
        const Lead a = newLead(), b = newLead(true), c = newLead();
        move(m_marketer, a.id, PipelineAction::Promote);
        move(m_marketer, b.id, PipelineAction::Promote);
        move(m_marketer, c.id, PipelineAction::Promote);
        m_clock.advanceSecs(5400);
        log(m_rep, a.id, QStringLiteral("call"));
        m_clock.advanceSecs(60); // the replay orders events of the same second stage changes first
        move(m_rep, a.id, PipelineAction::Qualify);
        m_clock.advanceDays(3);
        log(m_rep, a.id, QStringLiteral("meeting"));
        move(m_rep, b.id, PipelineAction::Disqualify, QStringLiteral("no_budget"));
        m_clock.advanceDays(6);
        auto snapshot = [&] {
            QStringList rows;
            for (const Lead &l : {a, b, c}) {
                const auto all = SlaRepository(db()).clocksOf(l.id).value();
                for (const SlaClock &k : all) {
                    rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                .arg(l.id)
                                .arg(codeOf(k), k.startedAt.toString(Qt::ISODate),
                                    k.dueAt.toString(Qt::ISODate),
                                    k.stoppedAt.toString(Qt::ISODate), clockOutcomeKey(k.outcome))
                                .arg(k.elapsedSecs.value_or(-1));
                }
            }
            return rows;
        };
        const QStringList live = snapshot();
        // a: first touch, four untouched (promote, call, qualify, meeting), next step; b and c:
        // two.
        QCOMPARE(live.size(), 10);
        auto rebuilt = sla().rebuild(m_admin);
        QVERIFY(rebuilt.ok());
        QCOMPARE(rebuilt->leads, qint64(3));
        QCOMPARE(rebuilt->clocks, qint64(10));
        QCOMPARE(snapshot(), live);
        QCOMPARE(sla().rebuild(m_rep).error().kind, Error::Kind::Forbidden);
    }

    void othersWriteWhileTheRebuildRuns()
    {
        if (TestDatabase::onServer())
            QSKIP("SQLite's one writer at a time; a server locks rows");
        const Lead a = newLead();
        move(m_marketer, a.id, PipelineAction::Promote);
        // Another program on the same file, which does not wait for the lock at all: its write
        // works between the rebuild's batches (before, the rebuild held one transaction).
        auto other = Database::openSqlite(m_db->path());
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        QSqlQuery q(other.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QStringList failures;
        int writes = 0;
        auto rebuilt = sla().rebuild(m_admin, [&](qint64, qint64) {
            q.prepare(QStringLiteral("INSERT INTO activities (lead_id, type, occurred_at, "
                                     "detail) VALUES (:lead, 'note', :at, 'during the rebuild')"));
            q.bindValue(QStringLiteral(":lead"), a.id);
            q.bindValue(QStringLiteral(":at"), m_clock.now().toSecsSinceEpoch());
            ++writes;
            if (!q.exec())
                failures << q.lastError().text();
            return true;
        });
        QVERIFY2(rebuilt.ok(), rebuilt.ok() ? "" : qPrintable(rebuilt.error().message));
        QVERIFY(writes > 0);
        QCOMPARE(failures, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSlaClocks)
#include "tst_slaclocks.moc"
