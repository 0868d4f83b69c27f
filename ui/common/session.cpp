#include "common/session.h"

#include "common/eventbridge.h"
#include "people/signin.h"
#include "storage/changefeed.h"
#include "storage/userrepository.h"

namespace bantam {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_services(m_db, m_events, m_clock)
    , m_bridge(new EventBridge(m_events, this))
    , m_changes(m_services.changeFeed())
{
    if (auto signedIn = signedInUser(m_db); signedIn && signedIn.value()) {
        m_signedIn = signedIn.value();
        m_user = *m_signedIn;
    }
    // Live refresh: what others change reaches the views through the bridge like our own
    // changes; a changed user, team or territory is read again here first.
    connect(m_bridge, &EventBridge::peopleChangedElsewhere, this, &Session::notifyPeopleChanged);
    m_changes->start();
}

Session::~Session() = default;

void Session::setCurrentUser(const User &user)
{
    m_user = user;
    Q_EMIT currentUserChanged();
}

void Session::notifyPeopleChanged()
{
    if (hasUser()) {
        if (auto me = UserRepository(m_db).byId(m_user.id)) {
            const bool rightsChanged = me->role != m_user.role || me->teamId != m_user.teamId
                || me->active != m_user.active;
            m_user = me.value();
            if (rightsChanged)
                Q_EMIT currentUserChanged();
        }
    }
    Q_EMIT peopleChanged();
}

} // namespace bantam
