// `bantam-cli queue` and `bantam-cli callback`: the rep's day by phone — My queue in its order
// (due callbacks first, then the leads with open service-level clocks), and a callback promised
// for a lead at a local time.
#include "cli/commands/commands.h"

#include "callbacks/callbackservice.h"
#include "cli/context.h"
#include "cli/output.h"
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
    // Whoever looks at a queue tells the owners of the callbacks due now (as the GUI does).
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
            : slaStateKey(r.state);
        if (c.json) {
            out.append(QJsonObject {{QStringLiteral("lead"), r.leadId},
                {QStringLiteral("name"), r.leadName}, {QStringLiteral("company"), r.company},
                {QStringLiteral("stage"), stageKey(r.stage)}, {QStringLiteral("score"), r.score},
                {QStringLiteral("chance"), r.chance ? QJsonValue(*r.chance) : QJsonValue()},
                {QStringLiteral("kind"),
                    r.callback ? QStringLiteral("callback") : QStringLiteral("sla")},
                {QStringLiteral("state"), state}, {QStringLiteral("due"), iso(r.dueAt)},
                {QStringLiteral("dueLocal"), localTime(r.dueAt)},
                {QStringLiteral("policy"), r.policy}});
        } else {
            c.out << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(localTime(r.dueAt), state.leftJustified(16),
                             QString::number(r.leadId).rightJustified(7), r.leadName,
                             r.company.isEmpty() ? r.policy : r.company)
                  << '\n';
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
                           "leads with open service levels, most urgent first (local times)"),
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

std::unique_ptr<Command> makeCallbackCommand()
{
    return std::make_unique<CallbackCommand>();
}

} // namespace bantam::cli
