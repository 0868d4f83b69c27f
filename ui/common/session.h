// Session: what the windows share — the open database, the event bus, the clock, the user who
// is signed in, and the one Services object (core/services.h) through which every window
// reaches the core's services. Windows never construct services themselves.
#pragma once

#include "clock.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "services.h"

#include <QObject>

#include <optional>

namespace bantam {

class ChangeFeed;
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

    // A team database's signed-in user (the login Bantam connected as); nullopt when the user
    // chooses who they act as (a file, or the team database's setup login).
    const std::optional<User> &signedIn() const { return m_signedIn; }
    const User &currentUser() const { return m_user; }
    bool hasUser() const { return m_user.id != 0; }
    void setCurrentUser(const User &user);
    // After users, teams or territories changed: reads the signed-in user again (their role or
    // team may have changed) and tells the views (peopleChanged).
    void notifyPeopleChanged();

    // Every core service, built once and fully wired; usable from worker threads while the
    // session lives.
    const Services &services() const { return m_services; }
    // The ones most windows use, for short call sites.
    const PipelineService &pipeline() const { return m_services.pipeline(); }
    const LeadService &leads() const { return m_services.leads(); }
    const RoutingService &routing() const { return m_services.routing(); }
    const ScoringService &scoring() const { return m_services.scoring(); }

Q_SIGNALS:
    void currentUserChanged();
    void peopleChanged();

private:
    Database &m_db;
    const Clock &m_clock;
    EventBus m_events;
    Services m_services;
    EventBridge *m_bridge;
    std::unique_ptr<ChangeFeed> m_changes; // other windows' and users' changes, into m_events
    std::optional<User> m_signedIn;
    User m_user;
};

} // namespace bantam
