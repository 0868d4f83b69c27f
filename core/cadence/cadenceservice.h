// The call cadence (domain/cadence.h, cadencerules.h): CadenceService reads and changes the
// policies (team leads and admins, audited) and tells where a lead stands; CadenceTracker keeps
// each lead's state up to date inside the transaction that logs a call (QualificationService),
// so that My queue orders by it in SQL. The calling window (when leads are called, in their
// local time) is the cadence's too.
#pragma once

#include "domain/cadence.h"
#include "domain/lead.h"
#include "domain/user.h"
#include "phone/dialing.h"
#include "phone/localtime.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>
#include <utility>
#include <vector>

namespace bantam {

class Clock;
class Database;

class CadenceTracker
{
public:
    explicit CadenceTracker(const Database &db)
        : m_db(db)
    { }

    // A call with the lead was logged: its state is computed again from its calls in its stage.
    Result<void> callLogged(const Lead &lead) const;

private:
    const Database &m_db;
};

class CadenceService
{
    Q_DECLARE_TR_FUNCTIONS(CadenceService)

public:
    CadenceService(const Database &db, const Clock &clock);

    Result<std::vector<CadencePolicy>> policies() const;
    // Saves a changed policy (found by its id); team leads and admins; each changed field is
    // audited. Refuses values out of range, naming the field.
    Result<CadencePolicy> save(const User &actor, const CadencePolicy &policy) const;
    // The calling window in the leads' local time (call_settings; 08:00-20:00 by default): My
    // queue puts a lead outside it behind the ones that can be called now.
    Result<CallingWindow> callingWindow() const;
    // Team leads and admins; audited. From before to, at least an hour.
    Result<void> saveCallingWindow(const User &actor, const CallingWindow &window) const;

    // How numbers are handed to the phone system (Settings › Telephony).
    Result<DialSettings> dialSettings() const;
    // Team leads and admins; audited; a template is checked (DialSettings::check).
    Result<void> saveDialSettings(const User &actor, const DialSettings &settings) const;
    // The home region for national numbers (phone/homeregion.h); administrators only; audited.
    Result<QString> homeRegion() const;
    Result<QString> saveHomeRegion(const User &actor, const QString &region) const;

    // Where the lead stands in its stage's cadence (none: no policy, or no call logged yet).
    Result<std::optional<CadenceState>> stateOf(const Lead &lead) const;

private:
    // The call settings' values by key, all or none (permission, audit).
    Result<void> saveSettings(
        const User &actor, const std::vector<std::pair<QString, QString>> &values) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam
