#include "common/eventbridge.h"

namespace bantam {

EventBridge::EventBridge(EventBus &bus, QObject *parent)
    : QObject(parent)
{
    // AutoConnection: direct when core publishes on the GUI thread, queued from workers.
    m_connections.push_back(bus.onLeadStageChanged([this](const LeadStageChanged &e) {
        const QString from = stageKey(e.from), to = stageKey(e.to);
        const qint64 id = e.leadId;
        QMetaObject::invokeMethod(
            this, [this, id, from, to] { Q_EMIT leadStageChanged(id, from, to); });
    }));
    m_connections.push_back(bus.onLeadUpdated([this](const LeadUpdated &e) {
        const qint64 id = e.leadId;
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT leadUpdated(id); });
    }));
    m_connections.push_back(bus.onLeadsReloaded([this](const LeadsReloaded &) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT leadsReloaded(); });
    }));
    m_connections.push_back(bus.onSlaBreached([this](const SlaBreached &e) {
        const qint64 id = e.leadId;
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT slaBreached(id); });
    }));
    m_connections.push_back(bus.onChangedElsewhere([this](const ChangedElsewhere &e) {
        const QList<qint64> ids(e.leadIds.begin(), e.leadIds.end());
        const bool leads = e.anyLead || !e.leadIds.empty(), inbox = e.inbox, people = e.people;
        QMetaObject::invokeMethod(this, [this, ids, leads, inbox, people] {
            if (people)
                Q_EMIT peopleChangedElsewhere();
            if (leads)
                Q_EMIT leadsChangedElsewhere(ids);
            if (inbox)
                Q_EMIT inboxChangedElsewhere();
        });
    }));
}

} // namespace bantam
