// LeadService: creating leads and editing their profile — validated, permission-checked, and
// protected against silent overwrites by the lead's version. A created or edited lead is
// rescored right after the commit (its fit depends on the profile), which may promote it to MQL;
// a new lead is routed after that (on its scored band).
#pragma once

#include "domain/call.h"
#include "domain/lead.h"
#include "domain/user.h"
#include "leads/profilemerge.h"
#include "result.h"

#include <QCoreApplication>

#include <vector>

namespace bantam {

class AuditLog;
class Clock;
class Database;
class EventBus;
class RoutingService;
class ScoringService;
class Transaction;

// What saveProfile did: saved (conflicts empty; lead is the saved lead), or nothing because the
// actor's edits and someone else's collide (lead is the lead as it is now).
struct ProfileSave
{
    Lead lead;
    std::vector<FieldConflict> conflicts;
    // With conflicts: the stored profile with the actor's other changes applied (conflicting
    // fields as stored) — set the chosen values on it and save it with lead.profile as base.
    LeadProfile merged;
};

class LeadService
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    // A new lead is routed right after it is created; created and edited leads are rescored
    // (and promoted by score) after their commit.
    LeadService(const Database &db, const EventBus &events, const Clock &clock,
        const RoutingService &routing, const ScoringService &scoring);

    // Trims, normalises (country upper-case) and checks a profile. The error names the field.
    static Result<LeadProfile> validate(const LeadProfile &profile);

    Result<Lead> create(const User &actor, const LeadProfile &profile) const;
    // Replaces the profile of the lead at expectedVersion (bantam-cli); a lead changed since is
    // a conflict that says who changed it.
    Result<Lead> updateProfile(
        const User &actor, qint64 leadId, const LeadProfile &profile, int expectedVersion) const;
    // Saves the actor's edits (mine) of the profile as they read it (base), keeping what others
    // saved since: a field only they changed keeps their value, a field only the actor changed
    // takes the actor's. A field both changed to different values is a conflict: then nothing
    // is saved and the result lists the conflicts with the lead as it is now; the user chooses
    // and saves again with that lead's profile as base. Every changed field is audited.
    Result<ProfileSave> saveProfile(
        const User &actor, qint64 leadId, const LeadProfile &mine, const LeadProfile &base) const;
    // Logs a call, e-mail, meeting or note by the actor on the lead now, through the one path of
    // a touch (leads/touchlog.h): a touch the SLA policies name stops their clocks, and a call
    // counts in the cadence and the day's calls as one from call mode does. outcome: a call's, if
    // known ("call back" needs a time: CallbackService).
    Result<void> logActivity(const User &actor, qint64 leadId, const QString &type,
        const QString &detail, std::optional<CallOutcome> outcome = std::nullopt) const;
    static QStringList loggableActivityTypes(); // "call", "email", "meeting", "note"

    // The one profile write of every path (the editor, bantam-cli, an import's update or
    // merge), inside the caller's transaction: the ownership rule of editing, the row at the
    // version read, an audit row per changed field. False when the profile is unchanged (nothing
    // written). A version conflict is the storage's Conflict error.
    static Result<bool> storeProfile(const Database &db, const AuditLog &audit, const User &actor,
        const Lead &current, const LeadProfile &profile, const QDateTime &now);

private:
    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
    // Rescores the lead after its commit; a failure leaves the score to the next recompute.
    void rescore(qint64 leadId) const;
    Result<Lead> writeProfile(
        const User &actor, Transaction &tx, const Lead &current, const LeadProfile &profile) const;

    const RoutingService &m_routing;
    const ScoringService &m_scoring;
};

} // namespace bantam
