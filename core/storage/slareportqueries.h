// SlaReportQueries: all SQL of the SLA reports (sla/slareport.h) — counts of the clocks by owner
// and start week read from their partial indexes, the time-to-first-touch histograms, the MQL
// counts per month, and the clock lists (breaches, My queue). Periods are whole days (UTC,
// inclusive) of the clocks' start. SlaReports rolls the counts up into the reports.
#pragma once

#include "domain/call.h"
#include "domain/slaclock.h"
#include "domain/stage.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

// A clock in a list, with its lead. SlaReportQueries gives the policy's name and the owner's as
// stored (the owner null when the clock has none); SlaReports gives them as people read them.
struct SlaClockRow
{
    qint64 clockId = 0;
    qint64 leadId = 0;
    QString leadName;
    QString company;
    Stage stage = Stage::Lead;
    int score = 0;
    std::optional<int> chance; // My queue only: the learned chance, 0–100 %, if there is one
    QString policy;
    QString owner;
    QDateTime startedAt, dueSoonAt, dueAt, stoppedAt;
    SlaState state = SlaState::OnTrack;
    // My queue only: the row is a due callback (clockId is the callback's id, dueAt its time;
    // state due soon while due, breached once overdue).
    bool callback = false;
    // My queue only: the lead's call cadence (attempts 0 of 0 when none). A row with no clock
    // and no callback is a lead in its cadence (state due soon once the attempt is due, on track
    // before; dueAt is the next attempt).
    bool cadenceOnly = false;
    int attempts = 0;
    int attemptsOf = 0;
    std::optional<CallOutcome> lastOutcome;
    QDateTime nextAttemptAt; // invalid: no next attempt (reached, done, or no cadence)
    bool attemptNotYetDue = false; // sorted after the leads that can be called now
    // My queue only: the lead's phone and country, and (SlaReports::queue) its local time now and
    // whether that is outside the calling window (sorted after the leads that can be called).
    QString phone, country;
    QString localTime; // "14:05", "08:05–11:05"; empty when unknown
    QString localTimeDescription;
    bool outsideCallingWindow = false;
};

class SlaReportQueries
{
public:
    explicit SlaReportQueries(const Database &db)
        : m_db(db)
    { }

    // The open clocks per owner now: how many are breached, due soon, and open at all.
    struct OwnerStates
    {
        std::optional<qint64> ownerId;
        qint64 breached = 0;
        qint64 dueSoon = 0;
        qint64 open = 0;
    };
    Result<std::vector<OwnerStates>> openStates(const QDateTime &now) const;
    // Callbacks not kept: open and due before `before`, per owner of their lead.
    Result<std::map<std::optional<qint64>, qint64>> missedCallbacks(const QDateTime &before) const;

    // The clocks started in the period per start week and owner: the met ones (on time, late)
    // and the open ones (breached now, pending), in rows of met clocks and rows of open ones.
    struct WeekCounts
    {
        qint64 week = 0; // slaWeekOf()
        std::optional<qint64> ownerId;
        qint64 metOnTime = 0, metLate = 0;
        qint64 breachedOpen = 0, pending = 0;
    };
    Result<std::vector<WeekCounts>> weekCounts(
        const QDate &from, const QDate &to, const QDateTime &now) const;
    // The policy's met clocks started in the period: whole (business) minutes elapsed -> clocks.
    Result<std::map<qint64, qint64>> metMinutes(
        qint64 policyId, const QDate &from, const QDate &to) const;
    // Leads that first entered MQL from the day from up to (not including) the day until.
    Result<qint64> mqlCount(const QDate &from, const QDate &until) const;

    // The lists of SlaReports::breaches() and SlaReports::queue() (see there), names as stored.
    Result<std::vector<SlaClockRow>> breaches(
        const QDate &from, const QDate &to, const QDateTime &now, int limit) const;
    Result<std::vector<SlaClockRow>> queue(
        qint64 ownerId, const QDateTime &now, qint64 offset, int limit) const;
    Result<qint64> queueCount(qint64 ownerId, const QDateTime &now) const;

private:
    Result<void> addChances(std::vector<SlaClockRow> &rows) const;

    const Database &m_db;
};

} // namespace bantam
