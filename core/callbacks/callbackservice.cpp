#include "callbacks/callbackservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "people/leadaccess.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"

namespace bantam {

CallbackService::CallbackService(const Database &db, const EventBus &events, const Clock &clock)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
{ }

Result<Callback> CallbackService::schedule(
    const User &actor, qint64 leadId, const QDateTime &at, const QString &note) const
{
    const QDateTime now = m_clock.now();
    if (!at.isValid() || at <= now)
        return Error::invalid(
            tr("A callback needs a time in the future."), QStringLiteral("callback"));
    constexpr int maxNote = 2000;
    if (note.trimmed().size() > maxNote)
        return Error::invalid(tr("The callback note is too long (%1 characters, at most %2).")
                                  .arg(note.trimmed().size())
                                  .arg(maxNote),
            QStringLiteral("note"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto lead = LeadRepository(m_db).byId(leadId);
    if (!lead)
        return lead.error();
    if (auto p = mayEditLead(m_db, actor, lead.value()); !p)
        return p.error();
    Callback c;
    c.leadId = leadId;
    c.dueAt = at;
    c.note = note.trimmed();
    c.createdAt = now;
    c.createdBy = actor.id;
    auto id = CallbackRepository(m_db).insert(c);
    if (!id)
        return id.error();
    c.id = id.value();
    if (auto commit = tx.commit(); !commit)
        return commit.error();
    m_events.publish(LeadUpdated {leadId});
    return c;
}

Result<std::vector<Callback>> CallbackService::openOf(qint64 leadId) const
{
    return CallbackRepository(m_db).openOf(leadId);
}

Result<std::vector<DueCallback>> CallbackService::tellDue() const
{
    const QDateTime now = m_clock.now();
    const CallbackRepository repo(m_db);
    auto due = repo.untold(now);
    if (!due || due->empty())
        return due;
    std::vector<DueCallback> told;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Inbox inbox(m_db);
    for (const DueCallback &d : due.value()) {
        // Another client may have told the owner between the read and now: only once.
        auto first = repo.markTold(d.callback.id, now);
        if (!first)
            return first.error();
        if (!first.value())
            continue;
        InboxItem item;
        item.userId = d.ownerId;
        item.at = d.callback.dueAt;
        item.kind = InboxItem::Kind::CallbackDue;
        item.leadId = d.callback.leadId;
        item.detail = d.callback.note;
        if (auto w = inbox.add(item); !w)
            return w.error();
        told.push_back(d);
    }
    if (auto commit = tx.commit(); !commit)
        return commit.error();
    return told;
}

} // namespace bantam
