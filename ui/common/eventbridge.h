// EventBridge: the one place the UI listens to core's domain events. It keeps the connection
// handles and re-emits Qt signals on the GUI thread; widgets and models connect to it.
#pragma once

#include "events/eventbus.h"

#include <QObject>

#include <vector>

namespace bantam {

class EventBridge : public QObject
{
    Q_OBJECT

public:
    explicit EventBridge(EventBus &bus, QObject *parent = nullptr);

Q_SIGNALS:
    void leadStageChanged(qint64 leadId, const QString &fromStage, const QString &toStage);
    void leadUpdated(qint64 leadId);
    void leadsReloaded();
    void slaBreached(qint64 leadId);
    // Another window, user or program changed the database (ChangeFeed). leadIds empty: any
    // lead may have changed.
    void leadsChangedElsewhere(const QList<qint64> &leadIds);
    void inboxChangedElsewhere();
    void peopleChangedElsewhere();

private:
    std::vector<EventConnection> m_connections;
};

} // namespace bantam
