// SlaReports: the SLA numbers the dashboard, My queue and bantam-cli show, by SQL aggregation
// over the clocks (never a loop over leads), and their ReportTables, so GUI and CLI print the
// same figures.
//
// Definitions (also in README.md, "Service levels"):
// - Missed callbacks (SLA status): callbacks of the owner's leads still open five minutes after
//   their time (Callback::OverdueAfterMinutes); counted beside the clocks, not in them.
// - State now of an open clock: breached once now >= due, due soon once now >= due-soon time,
//   else on track. A stopped clock was met on time (stopped <= due) or met late; a cancelled
//   clock (the lead left the stages without an event the policy names, or it was restarted on
//   reassignment) counts nowhere.
// - Period: clocks started from `from` to `to` (whole days, UTC, inclusive, as the reports).
// - Compliance: met on time / (met on time + met late + open and breached); open clocks not yet
//   due are pending and left out. Per rep: the clock's owner; per team: the owner's team.
// - Time to first touch: business time from start to stop of the met clocks of first-touch
//   policies; median and 90th percentile by nearest rank on whole business minutes, in hours.
// - Weekly trend: the same compliance per week (Monday to Sunday, UTC) the clocks started in.
// - MQL target vs actual: for each calendar month the period touches, the target set for it and
//   the leads that first entered MQL in that whole month (UTC).
#pragma once

#include "reports/reporttable.h"
#include "result.h"
#include "sla/slarules.h"
#include "storage/slareportqueries.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace bantam {

class Database;

struct SlaStatusRow
{
    QString scope; // "rep", "team", "all"
    std::optional<qint64> id; // owner or team id; none for unassigned clocks and the total
    QString name;
    QString team;
    qint64 onTrack = 0;
    qint64 dueSoon = 0;
    qint64 breached = 0;
    qint64 missedCallbacks = 0; // callbacks overdue now (domain/callback.h), not clocks
    qint64 open() const { return onTrack + dueSoon + breached; }
};

struct SlaStatus
{
    QDateTime at;
    std::vector<SlaStatusRow> rows; // reps by name, then teams by name, then the total
    const SlaStatusRow &total() const { return rows.back(); }
};

struct SlaComplianceRow
{
    QString scope; // "rep", "team", "all"
    std::optional<qint64> id;
    QString name;
    QString team;
    qint64 metOnTime = 0;
    qint64 metLate = 0;
    qint64 breachedOpen = 0;
    qint64 pending = 0;
    qint64 counted() const { return metOnTime + metLate + breachedOpen; }
    double compliance() const; // 0..1; 0 when nothing counted
};

struct SlaWeek
{
    QDate weekStart; // a Monday
    qint64 metOnTime = 0;
    qint64 metLate = 0;
    qint64 breachedOpen = 0;
};

struct MqlMonth
{
    QString month; // "2026-03"
    std::optional<qint64> target;
    qint64 actual = 0;
};

struct SlaReport
{
    QDate from, to;
    QDateTime at;
    std::vector<SlaComplianceRow> compliance; // reps, teams, total (as SlaStatus)
    qint64 firstTouches = 0;
    std::optional<double> medianFirstTouchHours;
    std::optional<double> p90FirstTouchHours;
    std::vector<SlaWeek> weeks;
    std::vector<MqlMonth> mql;
    const SlaComplianceRow &total() const { return compliance.back(); }
};

class SlaReports
{
    Q_DECLARE_TR_FUNCTIONS(SlaReports)

public:
    static constexpr int BreachListLimit = 200; // rows of the breach list (dashboard and CLI)

    explicit SlaReports(const Database &db)
        : m_db(db)
    { }

    Result<SlaStatus> status(const QDateTime &now) const;
    Result<SlaReport> report(const QDate &from, const QDate &to, const QDateTime &now) const;
    // Breached clocks started in the period (open past due, or met late), latest due first.
    Result<std::vector<SlaClockRow>> breaches(
        const QDate &from, const QDate &to, const QDateTime &now, int limit) const;
    // My queue: first the owner's leads with a callback due now (earliest first, marked
    // callback; overdue a few minutes after its time), then the leads with open clocks and those
    // whose next call attempt is due, each lead once with its most urgent clock, by due time;
    // then the leads outside the calling window (their local time, phone/localtime.h) and those
    // whose next attempt is not due yet; a page of them. The order is made over the first
    // QueueWindowRows leads of the queue (pages beyond them keep the SQL order).
    static constexpr int QueueWindowRows = 1000;
    Result<std::vector<SlaClockRow>> queue(
        qint64 ownerId, const QDateTime &now, qint64 offset, int limit) const;
    Result<qint64> queueCount(qint64 ownerId, const QDateTime &now) const;

private:
    // The parts of report(), each filling its own fields of the report (period and now set).
    Result<void> addCompliance(SlaReport &report) const;
    Result<void> addFirstTouch(SlaReport &report) const;
    Result<void> addMqlTargets(SlaReport &report) const;

    const Database &m_db;
};

ReportTable slaStatusTable(const SlaStatus &status);
ReportTable slaComplianceTable(const SlaReport &report);
ReportTable slaFirstTouchTable(const SlaReport &report);
ReportTable slaWeeklyTable(const SlaReport &report);
ReportTable mqlTargetTable(const SlaReport &report);
ReportTable slaBreachTable(const std::vector<SlaClockRow> &rows);

} // namespace bantam
