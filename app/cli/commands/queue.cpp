// `bantam-cli queue`, `callback` and `recontact`: the rep's day by phone — My queue in its order
// (due callbacks first, then the leads with open service-level clocks), a callback promised for a
// lead at a local time, and the recycled leads returned on their re-contact date (for a
// scheduler; `queue` returns them too).
#include "cli/commands/commands.h"

#include "callbacks/callbackservice.h"
#include "cli/context.h"
#include "cli/output.h"
#include "recontact/recontactservice.h"
#include "services.h"
#include "sla/slareport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bantam::cli {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int queue(Context &c)
{
    if (!c.positional.isEmpty())
        throw UsageError {QStringLiteral("'queue' takes no arguments: queue [--json]")};
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    // Whoever looks at a queue returns the recycled leads due and tells the owners of the
    // callbacks due now (as the GUI does).
    if (auto back = c.services().recontacts().returnDue(); !back)
        return c.fail(back.error());
    if (auto told = c.services().callbacks().tellDue(); !told)
        return c.fail(told.error());
    const QDateTime now = c.clock.now();
    const SlaReports &reports = c.services().slaReports();
    constexpr int limit = 500;
    auto rows = reports.queue(me->id, now, 0, limit);
    if (!rows)
        return c.fail(rows.error());
    QJsonArray out;
    for (const SlaClockRow &r : rows.value()) {
        const QString state = r.callback
            ? (r.state == SlaState::Breached ? QStringLiteral("callback_overdue")
                                             : QStringLiteral("callback_due"))
            : r.cadenceOnly
            ? (r.attemptNotYetDue ? QStringLiteral("attempt_later") : QStringLiteral("attempt_due"))
            : slaStateKey(r.state);
        // "2/6 no_answer next 2027-01-12 14:00": the call cadence, when the lead has one.
        QString attempts;
        if (r.attemptsOf > 0) {
            attempts = QStringLiteral("%1/%2").arg(r.attempts).arg(r.attemptsOf);
            if (r.lastOutcome)
                attempts += QLatin1Char(' ') + callOutcomeKey(*r.lastOutcome);
            if (r.nextAttemptAt.isValid())
                attempts += QStringLiteral(" next ") + localTime(r.nextAttemptAt);
        }
        if (c.json) {
            out.append(QJsonObject {{QStringLiteral("lead"), r.leadId},
                {QStringLiteral("name"), r.leadName}, {QStringLiteral("company"), r.company},
                {QStringLiteral("stage"), stageKey(r.stage)}, {QStringLiteral("score"), r.score},
                {QStringLiteral("chance"), r.chance ? QJsonValue(*r.chance) : QJsonValue()},
                {QStringLiteral("kind"),
                    r.callback ? QStringLiteral("callback") : QStringLiteral("sla")},
                {QStringLiteral("state"), state}, {QStringLiteral("due"), iso(r.dueAt)},
                {QStringLiteral("dueLocal"), localTime(r.dueAt)},
                {QStringLiteral("policy"), r.policy},
                {QStringLiteral("attempts"),
                    r.attemptsOf > 0 ? QJsonValue(r.attempts) : QJsonValue()},
                {QStringLiteral("attemptsOf"),
                    r.attemptsOf > 0 ? QJsonValue(r.attemptsOf) : QJsonValue()},
                {QStringLiteral("lastOutcome"),
                    r.lastOutcome ? QJsonValue(callOutcomeKey(*r.lastOutcome)) : QJsonValue()},
                {QStringLiteral("nextAttempt"),
                    r.nextAttemptAt.isValid() ? QJsonValue(iso(r.nextAttemptAt)) : QJsonValue()},
                {QStringLiteral("leadLocalTime"), r.localTime},
                {QStringLiteral("outsideCallingWindow"), r.outsideCallingWindow},
                {QStringLiteral("nextAttemptLocal"),
                    r.nextAttemptAt.isValid() ? QJsonValue(localTime(r.nextAttemptAt))
                                              : QJsonValue()}});
        } else {
            c.out << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(localTime(r.dueAt), state.leftJustified(16),
                             QString::number(r.leadId).rightJustified(7), r.leadName,
                             r.company.isEmpty() ? r.policy : r.company);
            if (!attempts.isEmpty())
                c.out << "  [" << attempts << ']';
            if (!r.localTime.isEmpty())
                c.out << "  (lead's time " << r.localTime
                      << (r.outsideCallingWindow ? ", outside the calling window)" : ")");
            c.out << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    else if (rows->empty())
        c.out << "Your queue is empty.\n";
    return Ok;
}

// "2027-01-12 14:30" (local time) or ISO 8601.
QDateTime parseLocal(const QString &text)
{
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"}) {
        const QDateTime t = QDateTime::fromString(text.trimmed(), QLatin1String(format));
        if (t.isValid())
            return t;
    }
    return QDateTime::fromString(text.trimmed(), Qt::ISODate);
}

int callback(Context &c)
{
    if (c.positional.size() != 1 || !c.has(QStringLiteral("at")))
        throw UsageError {
            QStringLiteral("usage: callback ID --at \"YYYY-MM-DD HH:MM\" [--note TEXT]")};
    const qint64 id = leadId(c.positional[0]);
    const QString atText = c.value(QStringLiteral("at"));
    const QDateTime at = parseLocal(atText);
    if (!at.isValid())
        return c.fail(Error::invalid(
            QStringLiteral("--at: '%1' is not a date and time like \"2027-01-12 14:30\"")
                .arg(atText),
            QStringLiteral("--at")));
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    auto r
        = c.services().callbacks().schedule(*me, id, at.toUTC(), c.value(QStringLiteral("note")));
    if (!r)
        return c.fail(r.error());
    if (c.json)
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("id"), r->id}, {QStringLiteral("lead"), id},
                {QStringLiteral("due"), iso(r->dueAt)},
                {QStringLiteral("dueLocal"), localTime(r->dueAt)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Callback for lead " << id << " at " << localTime(r->dueAt) << ".\n";
    return Ok;
}

int recontact(Context &c)
{
    if (!c.positional.isEmpty())
        throw UsageError {QStringLiteral("'recontact' takes no arguments: recontact [--json]")};
    if (!c.open())
        return Failed;
    auto back = c.services().recontacts().returnDue();
    if (!back)
        return c.fail(back.error());
    QJsonArray out;
    for (const RecontactResult &r : back.value()) {
        if (c.json) {
            out.append(QJsonObject {{QStringLiteral("lead"), r.leadId},
                {QStringLiteral("name"), r.leadName},
                {QStringLiteral("due"), r.due.toString(Qt::ISODate)},
                {QStringLiteral("reason"), recontactReturnCode(r.why)},
                {QStringLiteral("owner"), r.ownerId ? QJsonValue(*r.ownerId) : QJsonValue()},
                {QStringLiteral("ownerName"), r.ownerName}});
        } else {
            c.out << QStringLiteral("%1  %2  -> %3  %4")
                         .arg(QString::number(r.leadId).rightJustified(7), r.leadName,
                             r.ownerName.isEmpty() ? QStringLiteral("(unassigned)") : r.ownerName,
                             recontactReturnText(r.why, r.due))
                  << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    else
        c.out << back->size() << " recycled leads back on their re-contact date.\n";
    return Ok;
}

class RecontactCommand : public Command
{
public:
    RecontactCommand()
        : Command(QStringLiteral("recontact"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QString(),
            QStringLiteral("return the recycled leads whose re-contact date has come: to their "
                           "owner's queue, or through the routing rules when the owner is "
                           "inactive, absent or full (for a scheduler; queue and the window do it "
                           "too)"),
            {}}};
    }

    QList<Option> options() const override { return {}; }

    int run(Context &c) const override { return recontact(c); }
};

class QueueCommand : public Command
{
public:
    QueueCommand()
        : Command(QStringLiteral("queue"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QString(),
            QStringLiteral("My queue of the user given with --as: due callbacks first, then the "
                           "leads with open service levels and those whose next call attempt is "
                           "due, most urgent first, then the leads outside the calling window "
                           "and the attempts not yet due (your local times; [attempts/of last "
                           "outcome next attempt]; the lead's local time)"),
            {}}};
    }

    QList<Option> options() const override { return {}; }

    int run(Context &c) const override { return queue(c); }
};

class CallbackCommand : public Command
{
public:
    CallbackCommand()
        : Command(QStringLiteral("callback"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("ID --at \"YYYY-MM-DD HH:MM\" [--note TEXT]"),
            QStringLiteral("promise a callback of a lead at a local time; at that time it tops "
                           "its owner's queue"),
            {QStringLiteral("at"), QStringLiteral("note")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("at"), QStringLiteral("TIME"),
                    QStringLiteral("when, in local time: \"2027-01-12 14:30\"")},
            {QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("what was promised")}};
    }

    int run(Context &c) const override { return callback(c); }
};

} // namespace

std::unique_ptr<Command> makeQueueCommand()
{
    return std::make_unique<QueueCommand>();
}

std::unique_ptr<Command> makeRecontactCommand()
{
    return std::make_unique<RecontactCommand>();
}

std::unique_ptr<Command> makeCallbackCommand()
{
    return std::make_unique<CallbackCommand>();
}

} // namespace bantam::cli
