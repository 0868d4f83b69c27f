// `bantam-cli inbox`: the notifications of the user given with --as.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "services.h"
#include "storage/inbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int inbox(Context &c)
{
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    const Inbox box = c.services().inbox();
    auto items = box.items(me->id, !c.has(QStringLiteral("all")), 200);
    if (!items)
        return c.fail(items.error());
    QJsonArray rows;
    for (const InboxItem &i : items.value()) {
        if (c.json)
            rows.append(QJsonObject {{QStringLiteral("id"), i.id},
                {QStringLiteral("at"), iso(i.at)}, {QStringLiteral("kind"), inboxKindKey(i.kind)},
                {QStringLiteral("lead"), i.leadId ? QJsonValue(*i.leadId) : QJsonValue()},
                {QStringLiteral("text"), i.text()}, {QStringLiteral("read"), i.readAt.isValid()}});
        else
            c.out << iso(i.at) << (i.readAt.isValid() ? "   " : " * ") << i.text() << '\n';
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (items->empty())
        c.out << "No notifications.\n";
    if (c.has(QStringLiteral("mark-read"))) {
        if (auto r = box.markRead(me->id, std::nullopt, c.clock.now()); !r)
            return c.fail(r.error());
    }
    return Ok;
}

class InboxCommand : public Command
{
public:
    InboxCommand()
        : Command(QStringLiteral("inbox"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("[--all] [--mark-read]"),
            QStringLiteral("your notifications (--as), unread only unless --all"),
            {QStringLiteral("all"), QStringLiteral("mark-read")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("all"), QString(), QStringLiteral("read ones too")},
            {QStringLiteral("mark-read"), QString(),
                QStringLiteral("mark them all read after showing them")}};
    }

    int run(Context &c) const override { return inbox(c); }
};

} // namespace

std::unique_ptr<Command> makeInboxCommand()
{
    return std::make_unique<InboxCommand>();
}

} // namespace bantam::cli
