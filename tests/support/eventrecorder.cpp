#include "support/eventrecorder.h"

namespace bantam::testing {

EventRecorder::EventRecorder(EventBus &bus)
    : m_connection(
        bus.onLeadStageChanged([this](const LeadStageChanged &e) { m_stageChanges.push_back(e); }))
{ }

} // namespace bantam::testing
