// Session: what the windows share — the open database, the event bus, the clock and the user
// who is signed in. Services are made from it on demand; they are cheap.
#pragma once

#include "clock.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"

#include <QObject>

namespace bantam {

class Database;
class EventBridge;

class Session : public QObject
{
    Q_OBJECT

public:
    Session(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return m_db; }
    EventBus &events() { return m_events; }
    EventBridge *bridge() const { return m_bridge; }
    const Clock &clock() const { return m_clock; }

    const User &currentUser() const { return m_user; }
    bool hasUser() const { return m_user.id != 0; }
    void setCurrentUser(const User &user);
    // After users, teams or territories changed: reads the signed-in user again (their role or
    // team may have changed) and tells the views (peopleChanged).
    void notifyPeopleChanged();

    // Both route new and newly qualified (MQL) leads that have no owner.
    PipelineService pipeline() const
    {
        return PipelineService(m_db, m_events, m_clock, &m_routing);
    }
    // New and edited leads are scored (promotions routed), then new ones routed.
    LeadService leads() const
    {
        return LeadService(m_db, m_events, m_clock, &m_routing, &m_scoring);
    }
    const RoutingService &routing() const { return m_routing; }
    // Leads its promotions to MQL make are routed too. Usable from worker threads.
    ScoringService scoring() const { return m_scoring; }

Q_SIGNALS:
    void currentUserChanged();
    void peopleChanged();

private:
    Database &m_db;
    const Clock &m_clock;
    EventBus m_events;
    RoutingService m_routing;
    ScoringService m_scoring;
    EventBridge *m_bridge;
    User m_user;
};

} // namespace bantam
