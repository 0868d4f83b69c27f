// SLA charts for the dashboard, from the same structures its tables and bantam-cli print.
#pragma once

#include "sla/slareport.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace bantam::charts {

QChart *slaStates(const SlaStatus &status); // open clocks per rep by state, now
QChart *slaCompliance(const SlaReport &report); // compliance % per rep and team
QChart *slaWeekly(const SlaReport &report); // compliance % per week
QChart *mqlTargets(const SlaReport &report); // MQL target vs actual per month

// The height a chart with one category per row needs so that no row's label is dropped (Qt
// Charts hides a category label that would overlap its neighbour); 0 for other charts.
int heightForAllLabels(const QChart *chart);

} // namespace bantam::charts
