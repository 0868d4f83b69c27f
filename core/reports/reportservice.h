// ReportService: the numbers marketing and sales both read — funnel, sources, velocity,
// reasons, fairness, calibration — computed by SQL aggregation in the database. The GUI's
// charts and bantam-cli's `report` command call these same functions.
//
// Definitions (also in README.md, "Report definitions"):
// - Cohort: the leads created between filter.from and filter.to (whole days, UTC, inclusive)
//   that match the other filters. Funnel, sources, velocity and calibration are about a
//   cohort; reasons are about events (disqualifications, rejections) in the range.
// - Reached MQL / SQL / Won: from the stage history, kept per lead as milestones (first time
//   the lead entered MQL, SQL, Won; written by PipelineService in the same transaction as the
//   history row). A lead that skipped MQL (Lead -> SQL) counts as having reached MQL; a lead
//   disqualified or recycled after MQL still counts as having reached MQL.
// - Conversion A->B: leads that reached B / leads that reached A (0 when none reached A).
// - Velocity: days between the first entry into each stage; a lead that skipped a stage is left
//   out of the steps it skipped (and so is one that first entered the later stage before the
//   earlier one, e.g. Lead -> SQL, recycled, later MQL). Median and 90th percentile by nearest
//   rank on hour precision: each duration is cut to whole hours, then shown in days (hours / 24).
// - Filters: source, campaign and country are the lead's; team and rep are those of the lead's
//   current owner (unassigned leads match neither). Reasons apply them to the lead of each event.
// - Fairness: not a cohort but the assignments in the range: a rep "received" a lead when it was
//   assigned to them (routing or reassignment) between from and to; a lead assigned to the same
//   rep twice in the range counts once, by its first assignment there. Average score and hot
//   share are of the score and band at that assignment. SQL / Won: the lead first entered SQL
//   (a lead that went straight to Won: Won) / Won at or after that assignment and before the
//   lead's next assignment to someone else. Open load is the rep's open leads (Lead, MQL, SQL)
//   now, whatever the filters, against their capacity. Source, campaign and country filter the
//   leads; team and rep are the receiving rep's (their team now). Rows: every active rep and
//   senior rep (matching team and rep) and anyone else who received a lead in the range.
// - Calibration: bands of the current score 0-9, 10-19, ..., 80-89, 90-100, always all ten.
//   Beside it, for the active learned score: predicted vs. actual conversion per decile of its
//   held-out leads (highest chance first), as evaluated when the version was trained — leads
//   training never saw; the filter does not apply (the held-out leads are fixed with the
//   version). No rows while no learned score is active.
#pragma once

#include "result.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

struct VelocityStep
{
    QString from; // stage key
    QString to;
    qint64 leads = 0; // leads that made this step
    std::optional<double> medianDays;
    std::optional<double> p90Days;
};

struct ReasonCount
{
    QString kind; // "disqualify" or "reject"
    QString code;
    QString label; // in the UI language
    qint64 count = 0;
};

struct ReasonMonth
{
    QString month; // "2026-03"
    QString kind;
    QString code;
    qint64 count = 0;
};

struct ReasonsReport
{
    std::vector<ReasonCount> totals; // by kind, then count descending
    std::vector<ReasonMonth> byMonth; // by month, kind, code
};

struct CalibrationRow
{
    int scoreFrom = 0; // inclusive
    int scoreTo = 0; // inclusive
    qint64 leads = 0;
    qint64 sql = 0;
    qint64 won = 0;
};

// One decile of the active learned score's held-out leads.
struct LearnedDecile
{
    int decile = 0; // 1: the highest chances
    qint64 leads = 0;
    double predicted = 0; // mean predicted chance, 0–1
    double actual = 0; // share that converted, 0–1
};

struct LearnedCalibration
{
    int version = 0; // 0: no learned score active (no deciles)
    QString target; // "sql" or "won"
    std::vector<LearnedDecile> deciles;
};

// Rates as a share from 0 to 1; 0 when the base is 0.
double rate(qint64 part, qint64 whole);
// Nearest rank over a histogram (value -> count): the smallest value with at least rank values
// at or below it. Ranks for n values: median ceil(n / 2), 90th percentile ceil(9n / 10).
qint64 valueAtRank(const std::map<qint64, qint64> &histogram, qint64 rank);

class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    // The learned score's evaluation belongs to scoring, which reaches reports (through the
    // pipeline and SLA reports): the front door hands its deciles in. Without it (diagnostics),
    // the learned calibration is empty.
    using LearnedCalibrationSource = std::function<Result<LearnedCalibration>()>;
    explicit ReportService(const Database &db, LearnedCalibrationSource learned = {})
        : m_db(db)
        , m_learned(std::move(learned))
    { }

    Result<FunnelReport> funnel(const ReportFilter &filter) const;
    Result<std::vector<SourceRow>> sources(
        const ReportFilter &filter) const; // by Lead->Won rate desc, then leads desc
    Result<std::vector<VelocityStep>> velocity(
        const ReportFilter &filter) const; // Lead->MQL, MQL->SQL, SQL->Won
    Result<ReasonsReport> reasons(const ReportFilter &filter) const;
    Result<std::vector<FairnessRow>> fairness(const ReportFilter &filter) const; // by name
    Result<std::vector<CalibrationRow>> calibration(
        const ReportFilter &filter) const; // bands 0-9 ... 90-100
    // The active learned score's held-out deciles (see the definitions above).
    Result<LearnedCalibration> learnedCalibration() const;

    // For benchmarks and diagnostics only: the aggregation statements a report runs for the
    // filter, with the values written in as SQL literals, to run in the sqlite3 shell. The
    // service itself always binds the values.
    static QStringList statements(ReportKind kind, const ReportFilter &filter)
    {
        return ReportQueries::statements(kind, filter);
    }

private:
    const Database &m_db;
    LearnedCalibrationSource m_learned;
};

} // namespace bantam
