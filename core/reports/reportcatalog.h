// The report catalog: every report a person can ask for — its key (bantam-cli's name for it),
// its title, how its numbers are computed for a filter and the tables they are shown in, with
// each table's columns declared once (key, header, kind of value). bantam-cli's `report` command
// and the Reports tab both go through it, so they offer the same reports with the same columns.
#pragma once

#include "reports/reportservice.h"
#include "reports/reporttable.h"

#include <functional>
#include <vector>

namespace bantam {

// The numbers of the reports for one filter, as ReportService computes them.
struct ReportResults
{
    FunnelReport funnel;
    std::vector<SourceRow> sources;
    std::vector<VelocityStep> velocity;
    ReasonsReport reasons;
    std::vector<FairnessRow> fairness;
    std::vector<CalibrationRow> calibration;
    LearnedCalibration learnedCalibration;
};

struct ReportEntry
{
    ReportKind kind;
    const char *key; // "funnel"
    const char *title; // source text, translated in the context "ReportCatalog"
    // Computes the report's numbers into results.
    std::function<Result<void>(const ReportService &, const ReportFilter &, ReportResults &)>
        compute;
    // The report's tables: the main one first (CSV has only it), then the others.
    std::function<std::vector<ReportTable>(const ReportResults &)> tables;

    QString name() const { return QString::fromLatin1(key); }
    QString translatedTitle() const;
};

// The reports in the order the Reports tab shows them.
const std::vector<ReportEntry> &reportCatalog();
// The report of this key, or null.
const ReportEntry *findReport(const QString &key);
// The column of this key in the catalog's tables or the declared ones (a key means the same in
// every table), or null.
const ReportColumn *reportColumn(const QString &key);
// Declares tables built elsewhere (the SLA reports) so that reportColumn finds their columns.
// Gives true, to be called from a static initialiser in the file that declares the tables.
bool declareReportTables(std::initializer_list<const ReportTableSpec *> specs);

ReportTable funnelTable(const FunnelReport &report);
ReportTable sourcesTable(const std::vector<SourceRow> &rows);
ReportTable velocityTable(const std::vector<VelocityStep> &steps);
ReportTable reasonsTable(const ReasonsReport &report); // totals
ReportTable reasonsByMonthTable(const ReasonsReport &report); // trend
ReportTable fairnessTable(const std::vector<FairnessRow> &rows);
ReportTable calibrationTable(const std::vector<CalibrationRow> &rows);
ReportTable learnedCalibrationTable(const LearnedCalibration &calibration);

} // namespace bantam
