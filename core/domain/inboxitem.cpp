#include "domain/inboxitem.h"

#include "domain/storedtext.h"

#include <QCoreApplication>

namespace bantam {

QString inboxKindKey(InboxItem::Kind kind)
{
    switch (kind) {
    case InboxItem::Kind::ReassignedTo:
        return QStringLiteral("reassigned_to");
    case InboxItem::Kind::ReassignedFrom:
        return QStringLiteral("reassigned_from");
    case InboxItem::Kind::RoutingFailed:
        return QStringLiteral("routing_failed");
    case InboxItem::Kind::SlaBreached:
        return QStringLiteral("sla_breached");
    case InboxItem::Kind::CallbackDue:
        return QStringLiteral("callback_due");
    case InboxItem::Kind::RecontactReturned:
        return QStringLiteral("recontact_returned");
    }
    return {};
}

QString InboxItem::text() const
{
    const QString lead = leadId ? QString::number(*leadId) : QString();
    QString t;
    switch (kind) {
    case Kind::ReassignedTo:
        t = otherUserName.isEmpty()
            ? QCoreApplication::translate("Inbox", "Lead %1 was assigned to you.").arg(lead)
            : QCoreApplication::translate("Inbox", "Lead %1 was reassigned to you from %2.")
                  .arg(lead, otherUserName);
        break;
    case Kind::ReassignedFrom:
        t = QCoreApplication::translate("Inbox", "Lead %1 was reassigned from you to %2.")
                .arg(lead, otherUserName);
        break;
    case Kind::RoutingFailed:
        t = count == 1 && leadId
            ? QCoreApplication::translate("Inbox", "Lead %1 could not be routed.").arg(lead)
            : QCoreApplication::translate("Inbox",
                "%n lead(s) could not be routed; see the unassigned "
                "queue.",
                nullptr, int(count));
        break;
    case Kind::CallbackDue:
        t = QCoreApplication::translate("Inbox", "Lead %1: the callback you promised is due.")
                .arg(lead);
        break;
    case Kind::RecontactReturned:
        t = QCoreApplication::translate("Inbox", "Lead %1 is back in your queue.").arg(lead);
        break;
    case Kind::SlaBreached:
        t = otherUserName.isEmpty()
            ? QCoreApplication::translate(
                "Inbox", "Lead %1 (unassigned) breached its service level.")
                  .arg(lead)
            : QCoreApplication::translate("Inbox", "Lead %1 of %2 breached its service level.")
                  .arg(lead, otherUserName);
        break;
    }
    if (!detail.isEmpty())
        t += QLatin1Char(' ') + storedtext::render(detail);
    return t;
}

} // namespace bantam
