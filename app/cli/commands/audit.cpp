// `bantam-cli audit`: the audit log, newest first, filtered by entity, lead, user and days.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "domain/storedtext.h"
#include "services.h"
#include "storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace bantam::cli {

namespace {

int audit(Context &c)
{
    AuditFilter filter;
    filter.entity = c.value(QStringLiteral("entity"));
    if (c.has(QStringLiteral("lead"))) {
        filter.entity = QStringLiteral("lead");
        filter.entityId = leadId(c.value(QStringLiteral("lead")));
    }
    if (const QDate from = c.date(QStringLiteral("from")); from.isValid())
        filter.from = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (const QDate to = c.date(QStringLiteral("to")); to.isValid())
        filter.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
    const int limit = int(c.number(QStringLiteral("limit"), 100, 1, 100000));
    const qint64 offset
        = c.number(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    if (!c.open())
        return Failed;
    if (c.has(QStringLiteral("user"))) {
        const auto u = c.user(c.value(QStringLiteral("user")), QStringLiteral("--user"));
        if (!u)
            return Failed;
        filter.actorId = u->id;
    }
    const AuditLog log = c.services().audit();
    auto total = log.count(filter);
    auto page = log.page(filter, offset, limit);
    if (!total || !page)
        return c.fail(total ? page.error() : total.error());
    QJsonArray rows;
    for (const AuditEntry &e : page.value()) {
        if (c.json) {
            rows.append(QJsonObject {{QStringLiteral("id"), e.id},
                {QStringLiteral("at"), iso(e.at)}, {QStringLiteral("actor"), e.actorName},
                {QStringLiteral("entity"), e.entity},
                {QStringLiteral("entityId"), e.entityId ? QJsonValue(*e.entityId) : QJsonValue()},
                {QStringLiteral("field"), e.field}, {QStringLiteral("old"), e.oldValue},
                {QStringLiteral("new"), e.newValue},
                {QStringLiteral("reason"), storedtext::render(e.reason)}});
        } else {
            c.out << iso(e.at) << ' ' << pad(e.actorName, 16) << ' ' << e.entity << ' '
                  << (e.entityId ? QString::number(*e.entityId) : QString()) << ' ' << e.field
                  << ": '" << e.oldValue << "' -> '" << e.newValue << '\'';
            if (!e.reason.isEmpty())
                c.out << " (" << storedtext::render(e.reason) << ')';
            c.out << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("total"), total.value()},
                                   {QStringLiteral("entries"), rows}})
                     .toJson(QJsonDocument::Indented);
    return Ok;
}

class AuditCommand : public Command
{
public:
    AuditCommand()
        : Command(QStringLiteral("audit"))
    { }

    QList<Form> forms() const override
    {
        return {{{},
            QStringLiteral("[--entity E] [--lead ID] [--user LOGIN] [--from YYYY-MM-DD] [--to "
                           "YYYY-MM-DD]\n[--limit N] [--offset N]"),
            QStringLiteral("the audit log, newest first (--user: who changed)"),
            {QStringLiteral("entity"), QStringLiteral("lead"), QStringLiteral("user"),
                QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                QStringLiteral("offset")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("entity"), QStringLiteral("E"),
                    QStringLiteral("what changed: lead, user, team, rule, ...")},
            {QStringLiteral("lead"), QStringLiteral("ID"),
                QStringLiteral("the changes of one lead")},
            {QStringLiteral("user"), QStringLiteral("LOGIN"),
                QStringLiteral("the changes this user made")},
            {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("from this day (UTC)")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("up to and including this day (UTC)")},
            {QStringLiteral("limit"), QStringLiteral("N"),
                QStringLiteral("at most N entries (default 100)")},
            {QStringLiteral("offset"), QStringLiteral("N"),
                QStringLiteral("skip the first N entries")}};
    }

    int run(Context &c) const override { return audit(c); }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace bantam::cli
