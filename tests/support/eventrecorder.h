// EventRecorder: subscribes to an EventBus and keeps every LeadStageChanged it sees.
#pragma once

#include "events/eventbus.h"

#include <vector>

namespace bantam::testing {

class EventRecorder
{
public:
    explicit EventRecorder(EventBus &bus);

    const std::vector<LeadStageChanged> &stageChanges() const { return m_stageChanges; }
    void clear() { m_stageChanges.clear(); }

private:
    std::vector<LeadStageChanged> m_stageChanges;
    EventConnection m_connection; // declared last: disconnects before the vector goes
};

} // namespace bantam::testing
