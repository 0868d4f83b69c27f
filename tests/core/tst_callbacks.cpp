// Callbacks as a rep lives them, on a fake clock: "call back at 14:30" from a call's outcome is
// not in My queue at 14:29, tops it at 14:30 marked as a callback, is overdue at 14:40, tells
// its owner once (inbox), follows the lead to a new owner, and is done once a call is logged.
#include "callbacks/callbackservice.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "routing/routingservice.h"
#include "services.h"
#include "sla/slareport.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QTest>

#include <memory>

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
