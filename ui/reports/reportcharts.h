// Report charts: one Qt Charts chart per report, built from the same report structures the
// tables and the CLI print. Titles and labels are translated.
#pragma once

#include "reports/reportservice.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
QT_END_NAMESPACE
class QColor;

namespace bantam::charts {

// The look every Bantam chart shares: a titled chart without animation, legend below; a bar set
// in a colour with a darker border.
QChart *newChart(const QString &title);
// A value axis' label format for newChart's charts, which localise their numbers: Qt then
// copies the text around the number as it is, so the percent sign is a single "%".
QString valueLabelFormat(bool percent);
QBarSet *barSet(const QString &label, const QColor &color);

QChart *funnel(const FunnelReport &report);
QChart *sources(const std::vector<SourceRow> &rows);
QChart *velocity(const std::vector<VelocityStep> &steps);
QChart *reasons(const ReasonsReport &report);
QChart *fairness(const std::vector<FairnessRow> &rows);
QChart *calibration(const std::vector<CalibrationRow> &rows);

} // namespace bantam::charts
