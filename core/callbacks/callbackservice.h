// CallbackService: what a rep promised on the phone is not forgotten. Schedules a callback for a
// lead (from call mode's outcome "call back at …" or the Callback… action, Ctrl+K), and at its
// time tells the lead's owner: an inbox entry (and the GUI shows a desktop notification for the
// ones it returns). My queue puts due callbacks at the top (SlaReports::queue); a logged call
// with the lead completes them (QualificationService::endCall, LeadService::logActivity).
#pragma once

#include "domain/user.h"
#include "result.h"
#include "storage/callbackrepository.h"

#include <QCoreApplication>

namespace bantam {

class Clock;
class Database;
class EventBus;

class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(CallbackService)

public:
    CallbackService(const Database &db, const EventBus &events, const Clock &clock);

    // A callback of the lead at a time in the future; the actor must be allowed to work on the
    // lead.
    Result<Callback> schedule(
        const User &actor, qint64 leadId, const QDateTime &at, const QString &note) const;
    Result<std::vector<Callback>> openOf(qint64 leadId) const;
    // Tells the owners of the callbacks that are due now and were not told yet (an inbox entry
    // each, once, even with several clients running) and returns them.
    Result<std::vector<DueCallback>> tellDue() const;

private:
    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
};

} // namespace bantam
