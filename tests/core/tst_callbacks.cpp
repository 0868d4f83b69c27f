// Callbacks as a rep lives them, on a fake clock: "call back at 14:30" from a call's outcome is
// not in My queue at 14:29, tops it at 14:30 marked as a callback, is overdue at 14:40, tells
// its owner once (inbox), follows the lead to a new owner, and is done once a call is logged.
// Re-contact dates the same way: a recycled lead is back on its date, not the day before — in its
// owner's queue, or through the routing rules when the owner is inactive, absent or full. And the
// call cadence: attempts spaced by the policy (4 business hours, another time of day), a lead
// whose next attempt is not due yet not at the top, the sixth unreached attempt ends it.
#include "cadence/cadencerules.h"
#include "cadence/cadenceservice.h"
#include "callbacks/callbackservice.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "phone/callers.h"
#include "phone/dialing.h"
#include "phone/localtime.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "recontact/recontactservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "services.h"
#include "sla/slareport.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/slarepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QTest>

#include <memory>
#include <set>
#include <thread>

using namespace bantam;
using namespace bantam::testing;

namespace {

QDateTime utc(int h, int min)
{
    return QDateTime(QDate(2027, 1, 12), QTime(h, min), Qt::UTC);
}

} // namespace

class TestCallbacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock {utc(13, 0)}; // Tuesday
    EventBus m_bus;
    std::unique_ptr<Services> m_services;
    User m_marketer, m_rep, m_rep2, m_teamLead;
    Lead m_waiting, m_promised;

    const Database &db() const { return m_db->db(); }

    // A lead handed over to the rep (its first-touch clock runs).
    Lead handedOver(const QString &last)
    {
        Lead l = Builders(db(), m_clock)
                     .lead()
                     .name(QStringLiteral("Eva"), last)
                     .phone(QStringLiteral("+49 30 1234567"))
                     .owner(m_rep)
                     .insert();
        StageChange c;
        c.leadId = l.id;
        c.action = PipelineAction::Promote;
        auto r = m_services->pipeline().change(m_marketer, c);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return l;
    }

    std::vector<SlaClockRow> queueOf(const User &u) const
    {
        auto rows = m_services->slaReports().queue(u.id, m_clock.now(), 0, 100);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        return rows.value();
    }

    qint64 countOf(const User &u) const
    {
        return m_services->slaReports().queueCount(u.id, m_clock.now()).value();
    }

    // The rep calls the lead and promises to call back at the time.
    void promiseCallback(const Lead &lead, const QDateTime &at)
    {
        const QualificationService &q = m_services->qualification();
        auto call = q.startCall(m_rep, lead.id);
        QVERIFY2(call.ok(), qPrintable(call ? QString() : call.error().message));
        m_clock.advanceSecs(78);
        auto ended = q.endCall(
            m_rep, call->id, CallOutcome::CallBack, at, QStringLiteral("after her meeting"));
        QVERIFY2(ended.ok(), qPrintable(ended ? QString() : ended.error().message));
    }

    qint64 missedCallbacksOf(const User &u) const
    {
        const auto status = m_services->slaReports().status(m_clock.now());
        if (!status)
            qFatal("%s", qPrintable(status.error().message));
        for (const SlaStatusRow &r : status->rows) {
            if (r.scope == QLatin1String("rep") && r.id == std::optional<qint64>(u.id))
                return r.missedCallbacks;
        }
        return 0;
    }

    int callbackInboxItems(const User &u) const
    {
        int n = 0;
        const auto items = Inbox(db()).items(u.id, false, 50);
        if (!items)
            qFatal("%s", qPrintable(items.error().message));
        for (const InboxItem &i : items.value())
            n += i.kind == InboxItem::Kind::CallbackDue ? 1 : 0;
        return n;
    }

    // One call of the rep with the lead, 30 s long, with the outcome.
    void call(const Lead &lead, CallOutcome outcome)
    {
        const QualificationService &q = m_services->qualification();
        auto c = q.startCall(m_rep, lead.id);
        QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message));
        m_clock.advanceSecs(30);
        auto ended = q.endCall(m_rep, c->id, outcome, {}, {});
        QVERIFY2(ended.ok(), qPrintable(ended ? QString() : ended.error().message));
    }

    // Not on a temporary queue: the row would point into freed memory (AddressSanitizer found it).
    const SlaClockRow *rowOf(std::vector<SlaClockRow> &&rows, qint64 leadId) const = delete;
    const SlaClockRow *rowOf(const std::vector<SlaClockRow> &rows, qint64 leadId) const
    {
        for (const SlaClockRow &r : rows) {
            if (r.leadId == leadId)
                return &r;
        }
        return nullptr;
    }

    // The rep recycles the lead ("not now") with a re-contact date.
    void recycle(const Lead &lead, const QDate &on)
    {
        auto r = m_services->qualification().recycle(
            m_rep, lead.id, QStringLiteral("not_now"), on, QStringLiteral("after the fair"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->stage, Stage::Lead);
    }

    int recontactInboxItems() const
    {
        return queryValue(
            db(), QStringLiteral("SELECT count(*) FROM inbox WHERE kind = 'recontact_returned'"))
            .toInt();
    }

    bool inQueue(const User &u, qint64 leadId) const
    {
        for (const SlaClockRow &r : queueOf(u)) {
            if (r.leadId == leadId)
                return true;
        }
        return false;
    }

    Lead reread(qint64 id) const { return LeadRepository(db()).byId(id).value(); }

    // The stage history's newest row as the reader sees it.
    QString lastReturnText(qint64 leadId) const
    {
        auto items = TimelineRepository(db()).forLead(leadId, 10);
        for (const TimelineItem &t : items.value()) {
            if (t.kind != TimelineItem::Kind::StageChange)
                continue;
            const auto why = recontactReturnFromCode(t.reasonCode);
            return why ? recontactReturnText(*why, t.recontactOn) : QString();
        }
        return {};
    }

    // A rule that hands the team's leads out by round robin (for the leads routed back).
    void teamRule()
    {
        RoutingRule rule;
        rule.name = QStringLiteral("Nord");
        rule.targetTeamId = m_rep.teamId;
        rule.method = RoutingMethod::RoundRobin;
        auto added = m_services->routingRules().add(m_teamLead, rule);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    }

private Q_SLOTS:
    void init()
    {
        m_services.reset();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        m_clock.set(utc(13, 0));
        m_services = std::make_unique<Services>(db(), m_bus, m_clock);
        Builders b(db(), m_clock);
        const qint64 team = b.team(QStringLiteral("Nord"));
        m_marketer = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
        m_rep = b.user(QStringLiteral("kschulz"), Role::Rep, team);
        m_rep2 = b.user(QStringLiteral("nyilmaz"), Role::Rep, team);
        m_teamLead = b.user(QStringLiteral("tbauer"), Role::TeamLead, team);
        m_waiting = handedOver(QStringLiteral("Waiting"));
        m_promised = handedOver(QStringLiteral("Promised"));
    }

    void callbackTopsTheQueueAtItsTime()
    {
        promiseCallback(m_promised, utc(14, 30));
        // The call answered the promised lead's first touch: the other lead's is due first, the
        // promised one waits further down (its "untouched" clock) and is no callback yet.
        m_clock.set(utc(14, 29));
        auto rows = queueOf(m_rep);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows.front().leadId, m_waiting.id);
        for (const SlaClockRow &r : rows)
            QVERIFY(!r.callback);
        QCOMPARE(countOf(m_rep), 2);
        QVERIFY(m_services->callbacks().tellDue()->empty());

        m_clock.set(utc(14, 30));
        rows = queueOf(m_rep);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows.front().leadId, m_promised.id);
        QVERIFY(rows.front().callback);
        QCOMPARE(rows.front().state, SlaState::DueSoon);
        QCOMPARE(rows.front().dueAt, utc(14, 30));
        QCOMPARE(rows.front().policy, QStringLiteral("Callback"));
        QCOMPARE(rows.back().leadId, m_waiting.id);
        QCOMPARE(countOf(m_rep), 2);
        // Its owner is told once: an inbox entry at its time, however many clients look.
        auto told = m_services->callbacks().tellDue();
        QCOMPARE(told->size(), size_t(1));
        QCOMPARE(told->front().ownerId, m_rep.id);
        QCOMPARE(told->front().callback.note, QStringLiteral("after her meeting"));
        QVERIFY(m_services->callbacks().tellDue()->empty());
        QCOMPARE(callbackInboxItems(m_rep), 1);

        QCOMPARE(missedCallbacksOf(m_rep), 0); // due, not missed yet

        m_clock.set(utc(14, 40));
        rows = queueOf(m_rep);
        QCOMPARE(rows.front().leadId, m_promised.id);
        QCOMPARE(rows.front().state, SlaState::Breached); // overdue
        // The SLA dashboard (and `sla status`) counts it as a missed callback of its owner.
        QCOMPARE(missedCallbacksOf(m_rep), 1);
        QCOMPARE(missedCallbacksOf(m_rep2), 0);
        const ReportTable t
            = slaStatusTable(m_services->slaReports().status(m_clock.now()).value());
        QCOMPARE(t.rows.back().at(t.keys.indexOf(QStringLiteral("missedCallbacks"))).toLongLong(),
            qint64(1));
    }

    void callbackFollowsReassignment()
    {
        promiseCallback(m_promised, utc(14, 30));
        auto moved = m_services->routing().reassign(
            m_teamLead, {m_promised.id}, m_rep2.id, QStringLiteral("Holiday"));
        QVERIFY2(moved.ok(), qPrintable(moved ? QString() : moved.error().message));
        m_clock.set(utc(14, 30));
        auto rows = queueOf(m_rep2);
        QVERIFY(!rows.empty());
        QCOMPARE(rows.front().leadId, m_promised.id);
        QVERIFY(rows.front().callback);
        for (const SlaClockRow &r : queueOf(m_rep))
            QVERIFY(r.leadId != m_promised.id);
        QCOMPARE(m_services->callbacks().tellDue()->front().ownerId, m_rep2.id);
        QCOMPARE(callbackInboxItems(m_rep2), 1);
        QCOMPARE(callbackInboxItems(m_rep), 0);
    }

    void aLoggedCallKeepsThePromise()
    {
        promiseCallback(m_promised, utc(14, 30));
        m_clock.set(utc(14, 35));
        QVERIFY(queueOf(m_rep).front().callback);
        QVERIFY(m_services->leads().logActivity(m_rep, m_promised.id, QStringLiteral("call"), {}));
        QCOMPARE(queueOf(m_rep).front().leadId, m_waiting.id);
        for (const SlaClockRow &r : queueOf(m_rep))
            QVERIFY(!r.callback);
        QVERIFY(m_services->callbacks().openOf(m_promised.id)->empty());
    }

    void recycledLeadReturnsToItsOwnerOnItsDate()
    {
        recycle(m_promised, QDate(2027, 2, 1));
        QVERIFY(!inQueue(m_rep, m_promised.id));

        m_clock.set(QDateTime(QDate(2027, 1, 31), QTime(23, 59), Qt::UTC)); // the day before
        QVERIFY(m_services->recontacts().returnDue()->empty());
        QCOMPARE(reread(m_promised.id).stage, Stage::Lead);
        QVERIFY(!inQueue(m_rep, m_promised.id));

        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(6, 0), Qt::UTC));
        auto back = m_services->recontacts().returnDue();
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->size(), size_t(1));
        QCOMPARE(back->front().why, RecontactReturn::ToOwner);
        QCOMPARE(back->front().ownerId, std::optional<qint64>(m_rep.id));
        const Lead l = reread(m_promised.id);
        QCOMPARE(l.stage, Stage::Mql);
        QCOMPARE(l.ownerId, std::optional<qint64>(m_rep.id));
        QVERIFY(!l.recontactOn.isValid());
        QVERIFY(inQueue(m_rep, m_promised.id));
        QCOMPARE(lastReturnText(m_promised.id),
            recontactReturnText(RecontactReturn::ToOwner, QDate(2027, 2, 1)));
        QVERIFY(lastReturnText(m_promised.id)
                    .contains(QLocale().toString(QDate(2027, 2, 1), QLocale::ShortFormat)));
        // Its owner sees in the inbox that it came back, and why, in the reader's language.
        const auto inbox = Inbox(db()).items(m_rep.id, true, 50).value();
        const InboxItem *back1 = nullptr;
        for (const InboxItem &i : inbox) {
            if (i.kind == InboxItem::Kind::RecontactReturned)
                back1 = &i;
        }
        QVERIFY(back1);
        QCOMPARE(back1->leadId, std::optional<qint64>(m_promised.id));
        QCOMPARE(back1->text(),
            QStringLiteral("Lead %1 is back in your queue. ").arg(m_promised.id)
                + recontactReturnText(RecontactReturn::ToOwner, QDate(2027, 2, 1)));
        // Once: the next check (another client, the CLI) finds nothing.
        QVERIFY(m_services->recontacts().returnDue()->empty());
        QCOMPARE(recontactInboxItems(), 1);
    }

    void recycledLeadOfAnAbsentOwnerIsRouted()
    {
        teamRule();
        recycle(m_promised, QDate(2027, 2, 1));
        User away = m_rep;
        away.absentFrom = QDate(2027, 1, 30);
        away.absentTo = QDate(2027, 2, 5);
        QVERIFY(UserRepository(db()).update(away));

        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(7, 0), Qt::UTC));
        auto back = m_services->recontacts().returnDue();
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->size(), size_t(1));
        QCOMPARE(back->front().why, RecontactReturn::OwnerAbsent);
        const Lead l = reread(m_promised.id);
        QCOMPARE(l.stage, Stage::Mql);
        QVERIFY(l.ownerId.has_value());
        QVERIFY(*l.ownerId != m_rep.id);
        QCOMPARE(back->front().ownerId, l.ownerId);
        QVERIFY(!inQueue(m_rep, m_promised.id));
        QCOMPARE(lastReturnText(m_promised.id),
            recontactReturnText(RecontactReturn::OwnerAbsent, QDate(2027, 2, 1)));
        // The new owner is told why it came to them; the absent one is not told it is back.
        const auto inbox = Inbox(db()).items(*l.ownerId, true, 50).value();
        bool told = false;
        for (const InboxItem &i : inbox) {
            told = told
                || (i.kind == InboxItem::Kind::RecontactReturned
                    && i.text().endsWith(
                        recontactReturnText(RecontactReturn::OwnerAbsent, QDate(2027, 2, 1))));
        }
        QVERIFY(told);
        QCOMPARE(recontactInboxItems(), 1);
    }

    // Two clients (two Services on one database, each on its own connection and thread) return
    // the same due leads at the same moment: each lead comes back once — one history row, one
    // inbox entry, released from an absent owner once — and neither client fails.
    void twoClientsReturnEachLeadOnce()
    {
        teamRule();
        Builders b(db(), m_clock);
        User away = b.user(QStringLiteral("abwesend"), Role::Rep, m_rep.teamId);
        std::vector<qint64> ids;
        for (int i = 0; i < 24; ++i) {
            const Lead l = handedOver(QStringLiteral("Twice%1").arg(i));
            if (i % 3 == 0) {
                QVERIFY(m_services->routing().reassign(
                    m_teamLead, {l.id}, away.id, QStringLiteral("Holiday cover")));
            }
            auto r = m_services->qualification().recycle(i % 3 == 0 ? m_teamLead : m_rep, l.id,
                QStringLiteral("not_now"), QDate(2027, 2, 1), {});
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
            ids.push_back(l.id);
        }
        away.absentFrom = QDate(2027, 1, 30);
        away.absentTo = QDate(2027, 2, 5);
        QVERIFY(UserRepository(db()).update(away));
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(7, 0), Qt::UTC));

        Services other(db(), m_bus, m_clock);
        Result<std::vector<RecontactResult>> results[2]
            = {std::vector<RecontactResult>(), std::vector<RecontactResult>()};
        const Services *clients[2] = {m_services.get(), &other};
        auto run = [&](int i) {
            results[i] = clients[i]->recontacts().returnDue();
            db().closeThreadConnection();
        };
        std::thread a(run, 0), c(run, 1);
        a.join();
        c.join();
        QVERIFY2(results[0].ok(), qPrintable(results[0] ? QString() : results[0].error().message));
        QVERIFY2(results[1].ok(), qPrintable(results[1] ? QString() : results[1].error().message));
        std::set<qint64> returned;
        for (const auto &r : results) {
            for (const RecontactResult &one : r.value())
                QVERIFY2(returned.insert(one.leadId).second, "a lead returned twice");
        }
        QCOMPARE(returned, std::set<qint64>(ids.begin(), ids.end()));
        for (size_t i = 0; i < ids.size(); ++i) {
            const qint64 id = ids[i];
            const Lead l = reread(id);
            QCOMPARE(l.stage, Stage::Mql);
            QVERIFY(l.ownerId.has_value());
            QVERIFY(*l.ownerId != away.id);
            const QString where = QStringLiteral(" WHERE lead_id = %1").arg(id);
            QCOMPARE(queryValue(db(),
                         QStringLiteral("SELECT count(*) FROM stage_history") + where
                             + QStringLiteral(" AND reason_code LIKE 'recontact%'"))
                         .toInt(),
                1);
            QCOMPARE(queryValue(db(),
                         QStringLiteral("SELECT count(*) FROM inbox") + where
                             + QStringLiteral(" AND kind = 'recontact_returned'"))
                         .toInt(),
                1);
            // Released from the absent owner once (the audited release), the others never.
            QCOMPARE(queryValue(db(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'lead' "
                                        "AND field = 'owner' AND reason = 'Back on its "
                                        "re-contact date' AND entity_id = %1")
                             .arg(id))
                         .toInt(),
                i % 3 == 0 ? 1 : 0);
        }
    }

    void recycledLeadOfAnInactiveOwnerIsRouted()
    {
        teamRule();
        recycle(m_promised, QDate(2027, 2, 1));
        User gone = m_rep;
        gone.active = false;
        QVERIFY(UserRepository(db()).update(gone));

        m_clock.set(QDateTime(QDate(2027, 2, 3), QTime(9, 0), Qt::UTC)); // days later: still back
        auto back = m_services->recontacts().returnDue();
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->size(), size_t(1));
        QCOMPARE(back->front().why, RecontactReturn::OwnerInactive);
        const Lead l = reread(m_promised.id);
        QCOMPARE(l.stage, Stage::Mql);
        QVERIFY(l.ownerId.has_value());
        QVERIFY(*l.ownerId != m_rep.id);
        QVERIFY(inQueue(UserRepository(db()).byId(*l.ownerId).value(), m_promised.id));
    }

    void attemptsSpacedByThePolicy()
    {
        // Tuesday 14:00 in Berlin (the SLA calendar's zone, 09:00-17:00): no answer.
        call(m_promised, CallOutcome::NoAnswer);
        // Four business hours later: three on Tuesday, one on Wednesday from 09:00 — a morning,
        // another time of day than Tuesday's afternoon.
        const QDateTime next(QDate(2027, 1, 13), QTime(9, 0, 30), Qt::UTC); // 10:00:30 Berlin
        auto rows = queueOf(m_rep);
        const SlaClockRow *promised = rowOf(rows, m_promised.id);
        QVERIFY(promised);
        QCOMPARE(promised->attempts, 1);
        QCOMPARE(promised->attemptsOf, 6);
        QCOMPARE(promised->lastOutcome, std::optional(CallOutcome::NoAnswer));
        QCOMPARE(promised->nextAttemptAt, next);
        // Not due yet: behind every lead that can be called now, whatever its clock says.
        QVERIFY(promised->attemptNotYetDue);
        QCOMPARE(rows.back().leadId, m_promised.id);
        QCOMPARE(rows.front().leadId, m_waiting.id);

        m_clock.set(next.addSecs(-1));
        const auto queue = queueOf(m_rep);
        QVERIFY(rowOf(queue, m_promised.id)->attemptNotYetDue);
        m_clock.set(next);
        rows = queueOf(m_rep);
        QVERIFY(!rowOf(rows, m_promised.id)->attemptNotYetDue);

        // Different times of day: an attempt at 16:00 (afternoon) would next be due on
        // Wednesday at 12:00, afternoon again — so Thursday morning.
        CadencePolicy policy = m_services->cadence().policies()->front();
        const BusinessCalendar calendar = SlaRepository(db()).calendar().value();
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime at16(QDate(2027, 1, 12), QTime(16, 0), berlin);
        QCOMPARE(nextAttemptAfter(policy, calendar, at16),
            QDateTime(QDate(2027, 1, 14), QTime(9, 0), berlin));
        policy.varyTimeOfDay = false;
        QCOMPARE(nextAttemptAfter(policy, calendar, at16),
            QDateTime(QDate(2027, 1, 13), QTime(12, 0), berlin));
    }

    void sixthUnreachedAttemptEndsTheCadence()
    {
        for (int i = 1; i <= 6; ++i) {
            call(m_promised, i % 2 ? CallOutcome::NoAnswer : CallOutcome::Voicemail);
            auto state = m_services->cadence().stateOf(reread(m_promised.id));
            QVERIFY(state.value().has_value());
            QCOMPARE(state.value()->attempts, i);
            QCOMPARE(state.value()->isOver(m_clock.now()), i == 6);
            QCOMPARE(state.value()->nextAt.isValid(), i < 6);
            if (i < 6)
                m_clock.set(state.value()->nextAt); // called as soon as the policy lets
        }
        // Done: the lead leaves the queue once its service levels are met, and no attempt is due.
        const auto queue = queueOf(m_rep); // kept: row points into it
        const SlaClockRow *row = rowOf(queue, m_promised.id);
        QVERIFY(!row || !row->nextAttemptAt.isValid());
    }

    // A lead that waited three weeks for its first call still gets its six attempts: the
    // policy's business days count from the first attempt.
    void cadenceDaysCountFromTheFirstAttempt()
    {
        m_clock.advanceDays(21);
        call(m_promised, CallOutcome::NoAnswer);
        auto state = m_services->cadence().stateOf(reread(m_promised.id));
        QCOMPARE(state.value()->attempts, 1);
        QVERIFY(!state.value()->isOver(m_clock.now()));
        QVERIFY(state.value()->nextAt.isValid());
        m_clock.advanceDays(15); // ten business days later, without five more calls: over
        QVERIFY(state.value()->isOver(m_clock.now()));
    }

    void reachedEndsTheCadence()
    {
        call(m_promised, CallOutcome::NoAnswer);
        call(m_promised, CallOutcome::Reached);
        auto state = m_services->cadence().stateOf(reread(m_promised.id));
        QVERIFY(state.value()->reached);
        QVERIFY(!state.value()->isOver(m_clock.now()));
        QVERIFY(!state.value()->nextAt.isValid());
    }

    // One path for a call, whichever screen logs it: a call logged with My queue's Log call
    // button (or bantam-cli log) is an attempt of the cadence, counts in the day's calls and
    // stops the first-touch clock, as one from call mode does.
    void aCallLoggedInMyQueueIsAnAttempt()
    {
        const LeadService &leads = m_services->leads();
        QVERIFY(leads.logActivity(m_rep, m_promised.id, QStringLiteral("call"), {}));
        auto state = m_services->cadence().stateOf(reread(m_promised.id));
        QVERIFY(state.value().has_value());
        QCOMPARE(state.value()->attempts, 1);
        QVERIFY(!state.value()->lastOutcome.has_value()); // logged without its outcome
        QVERIFY(state.value()->nextAt > m_clock.now());
        auto today = m_services->qualification().callsToday(m_rep);
        QCOMPARE(today->made, 1);
        QCOMPARE(today->reached, 0);
        const auto queue = queueOf(m_rep); // kept: row points into it
        const SlaClockRow *row = rowOf(queue, m_promised.id);
        QVERIFY(row);
        QCOMPARE(row->attempts, 1);
        QCOMPARE(row->attemptsOf, 6);
        QVERIFY(row->attemptNotYetDue);

        // Call mode's next attempt counts on from there; a call logged from the command line
        // with its outcome ends the cadence like call mode's "Reached".
        m_clock.set(state.value()->nextAt);
        call(m_promised, CallOutcome::Voicemail);
        QCOMPARE(m_services->cadence().stateOf(reread(m_promised.id)).value()->attempts, 2);
        QVERIFY(leads.logActivity(m_rep, m_promised.id, QStringLiteral("call"),
            QStringLiteral("she will think about it"), CallOutcome::Reached));
        state = m_services->cadence().stateOf(reread(m_promised.id));
        QVERIFY(state.value()->reached);
        QCOMPARE(state.value()->lastOutcome, std::optional(CallOutcome::Reached));
        today = m_services->qualification().callsToday(m_rep); // Wednesday's
        QCOMPARE(today->made, 2);
        QCOMPARE(today->reached, 1);
        // Only a call has an outcome.
        auto refused = leads.logActivity(
            m_rep, m_promised.id, QStringLiteral("email"), {}, CallOutcome::Reached);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("outcome"));
    }

    void cadenceIsChangedByTeamLeadsOnly()
    {
        CadencePolicy p = m_services->cadence().policies()->front();
        p.attempts = 4;
        auto refused = m_services->cadence().save(m_rep, p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        p.attempts = 0;
        auto invalid = m_services->cadence().save(m_teamLead, p);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().field, QStringLiteral("attempts"));
        p.attempts = 4;
        QVERIFY(m_services->cadence().save(m_teamLead, p).ok());
        QCOMPARE(m_services->cadence().policies()->front().attempts, 4);
    }

    // --open-caller's lookup: "030 1234567" read in DE is the +49 30 1234567 both leads have.
    void callerFoundFromTheNationalNumber()
    {
        const Lead other = Builders(db(), m_clock)
                               .lead()
                               .name(QStringLiteral("Otto"), QStringLiteral("Other"))
                               .phone(QStringLiteral("040 7654321"))
                               .insert();
        auto both
            = Callers::leadsWithNumber(db(), QStringLiteral("030 1234567"), QStringLiteral("DE"));
        QVERIFY2(both.ok(), qPrintable(both ? QString() : both.error().message));
        QCOMPARE(both->size(), size_t(2));
        auto one = Callers::leadsWithNumber(
            db(), QStringLiteral("+49 (40) 765-4321"), QStringLiteral("AT"));
        QCOMPARE(one->size(), size_t(1));
        QCOMPARE(one->front().id, other.id);
        QVERIFY(
            Callers::leadsWithNumber(db(), QStringLiteral("+49 89 111111"), QStringLiteral("DE"))
                ->empty());
        QVERIFY(!Callers::leadsWithNumber(db(), QStringLiteral("call me"), QStringLiteral("DE")));
    }

    void dialingHandsTheNumberOver()
    {
        DialSettings d;
        QCOMPARE(d.url(QStringLiteral("030 1234567"), QStringLiteral("DE")).value(),
            QStringLiteral("tel:+49301234567"));
        d.with = DialWith::Sip;
        QCOMPARE(d.url(QStringLiteral("+49 30 1234567"), QStringLiteral("US")).value(),
            QStringLiteral("sip:+49301234567"));
        d.with = DialWith::Callto;
        QCOMPARE(d.url(QStringLiteral("+49 30 1234567"), QStringLiteral("DE")).value(),
            QStringLiteral("callto:+49301234567"));
        d.with = DialWith::Template;
        d.urlTemplate
            = QStringLiteral("https://pbx.example.com/call?to={e164}&d={digits}&n={national}");
        QCOMPARE(d.url(QStringLiteral("030 1234567"), QStringLiteral("DE")).value(),
            QStringLiteral(
                "https://pbx.example.com/call?to=%2B49301234567&d=49301234567&n=030%201234567"));
        // Stored team-wide by team leads, checked: a template needs a placeholder.
        d.urlTemplate = QStringLiteral("https://pbx.example.com/call");
        auto refused = m_services->cadence().saveDialSettings(m_teamLead, d);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("template"));
        d.urlTemplate = QStringLiteral("https://pbx.example.com/call?to={e164}");
        QVERIFY(!m_services->cadence().saveDialSettings(m_rep, d));
        QVERIFY(m_services->cadence().saveDialSettings(m_teamLead, d).ok());
        QCOMPARE(m_services->cadence().dialSettings()->urlTemplate, d.urlTemplate);
    }

    // The lead's local time from its number (or country); the calling window holds back the
    // leads outside it: a lead in New Zealand at 13:00 UTC (02:00 there) goes behind the others.
    void localTimeAndCallingWindow()
    {
        const QDateTime at(QDate(2027, 1, 12), QTime(13, 0), Qt::UTC);
        const LocalTime berlin = LocalTime::of(QStringLiteral("+49 30 1234567"), QString());
        QCOMPARE(berlin.region(), QStringLiteral("DE"));
        QVERIFY2(berlin.text(at).startsWith(QStringLiteral("14:00")), qPrintable(berlin.text(at)));
        QVERIFY(berlin.inWindow(at, CallingWindow()));
        const LocalTime byCountry = LocalTime::of(QString(), QStringLiteral("AT"));
        QCOMPARE(byCountry.region(), QStringLiteral("AT"));
        const LocalTime us = LocalTime::of(QStringLiteral("+1 212 555 0100"), QString());
        QVERIFY(us.zones().size() > 1); // no area-code mapper in Debian's libphonenumber
        QVERIFY(!LocalTime::of(QString(), QString()).isKnown());

        Lead far = Builders(db(), m_clock)
                       .lead()
                       .name(QStringLiteral("Kiri"), QStringLiteral("Far"))
                       .phone(QStringLiteral("+64 9 123 4567"))
                       .owner(m_rep)
                       .insert();
        StageChange c;
        c.leadId = far.id;
        c.action = PipelineAction::Promote;
        m_clock.set(at.addSecs(-3600)); // handed over an hour before the others: due first
        QVERIFY(m_services->pipeline().change(m_marketer, c).ok());
        m_clock.set(at);
        auto rows = queueOf(m_rep);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows.back().leadId, far.id);
        QVERIFY(rows.back().outsideCallingWindow);
        QVERIFY(!rows.front().outsideCallingWindow);
        CallingWindow all;
        all.from = QTime(0, 0);
        all.to = QTime(23, 59);
        QVERIFY(m_services->cadence().saveCallingWindow(m_teamLead, all).ok());
        rows = queueOf(m_rep);
        QCOMPARE(rows.front().leadId, far.id); // inside the window it is the most urgent
        QVERIFY(!rows.front().outsideCallingWindow);
        all.to = QTime(0, 30);
        QVERIFY(!m_services->cadence().saveCallingWindow(m_teamLead, all)); // under an hour
    }

    void scheduledByHand()
    {
        const CallbackService &callbacks = m_services->callbacks();
        auto past = callbacks.schedule(m_rep, m_promised.id, utc(12, 0), {});
        QVERIFY(!past);
        QCOMPARE(past.error().kind, Error::Kind::Invalid);
        auto notTheirs = callbacks.schedule(m_rep2, m_promised.id, utc(15, 0), {});
        QVERIFY(!notTheirs);
        QCOMPARE(notTheirs.error().kind, Error::Kind::Forbidden);
        auto ok = callbacks.schedule(m_rep, m_promised.id, utc(15, 0), QStringLiteral("offer"));
        QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(callbacks.openOf(m_promised.id)->size(), size_t(1));
        m_clock.set(utc(15, 0));
        QCOMPARE(queueOf(m_rep).front().leadId, m_promised.id);
    }
};

QTEST_GUILESS_MAIN(TestCallbacks)
#include "tst_callbacks.moc"
