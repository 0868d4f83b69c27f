// Report charts: one Qt Charts chart per report, built from the same report structures the
// tables and the CLI print. Titles and labels are translated.
#pragma once

#include "reports/reportservice.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace bantam::charts {

QChart *funnel(const FunnelReport &report);
QChart *sources(const std::vector<SourceRow> &rows);
QChart *velocity(const std::vector<VelocityStep> &steps);
QChart *reasons(const ReasonsReport &report);
QChart *fairness(const std::vector<FairnessRow> &rows);
QChart *calibration(const std::vector<CalibrationRow> &rows);

} // namespace bantam::charts
