// SlaService: the service-level operations that are not part of another change — rebuilding
// every clock from the stage history and activities, escalating breaches (recorded, then
// published as SlaBreached), and editing the calendar, the policies and the MQL targets
// (permission-checked: admins edit the calendar and policies, marketing the MQL targets).
#pragma once

#include "domain/user.h"
#include "result.h"
#include "sla/leadrerouter.h"
#include "sla/slarules.h"

#include <QCoreApplication>

#include <functional>

namespace bantam {

class Clock;
class Database;
class EventBus;

struct SlaRebuildSummary
{
    qint64 leads = 0;
    qint64 clocks = 0;
    qint64 open = 0;
};

class SlaService
{
    Q_DECLARE_TR_FUNCTIONS(SlaService)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    // escalate() hands breached leads of auto-reassigning policies to the routing rules again.
    SlaService(const Database &db, const EventBus &events, const Clock &clock,
        const LeadRerouter &routing);

    // Replaces all clocks by the ones the current policies and calendar give when the lead's
    // history and touches are replayed. Open clocks already past due are recorded as breaches
    // without escalating them again. One short transaction per 5,000 leads (each lead's clocks
    // change at once), so that nobody's write waits for the whole rebuild; a cancel or a failure
    // keeps the batches done so far.
    Result<SlaRebuildSummary> rebuild(const User &actor, const Progress &progress = {}) const;
    // How a rebuild writes: in short transactions (above), or all clocks in one transaction
    // with the clock tables' indexes made after the rows — for a bulk load into a database that
    // nobody else uses yet (a large demo); a cancel or a failure then keeps nothing.
    enum class Writes { InBatches, AtOnce };
    // The same without a permission check, for demo data and migrations of the caller's own.
    Result<SlaRebuildSummary> rebuildAll(
        const Progress &progress = {}, Writes writes = Writes::InBatches) const;

    // Records every open clock that went past due since the last call and publishes
    // SlaBreached for those whose policy escalates. Returns how many were recorded. One client
    // per team database does it: a call while another client holds the escalation lock is a
    // conflict (Error::Kind::Conflict) that changes nothing.
    Result<qint64> escalate() const;

    Result<SlaPolicy> savePolicy(const User &actor, const SlaPolicy &policy) const; // id 0 inserts
    Result<void> setWorkingHours(const User &actor, int weekday, const WorkingHours &hours) const;
    Result<void> setTimeZone(const User &actor, const QByteArray &zoneId) const;
    Result<void> addHoliday(const User &actor, const QDate &day, const QString &name) const;
    Result<void> removeHoliday(const User &actor, const QDate &day) const;
    // month as "2026-03"; nullopt removes the target.
    Result<void> setMqlTarget(
        const User &actor, const QString &month, std::optional<qint64> target) const;

private:
    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
    const LeadRerouter &m_routing;
};

} // namespace bantam
