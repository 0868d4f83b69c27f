#include "common/session.h"

#include "common/eventbridge.h"

namespace bantam {

Session::Session(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_routing(m_db, m_events, m_clock)
    , m_scoring(m_db, m_events, m_clock, &m_routing)
    , m_bridge(new EventBridge(m_events, this))
{ }

Session::~Session() = default;

void Session::setCurrentUser(const User &user)
{
    m_user = user;
    Q_EMIT currentUserChanged();
}

} // namespace bantam
