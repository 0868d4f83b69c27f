// Shows a ReportTable in a QTableWidget as the CLI prints it: the same headers and cell texts
// (ReportTable::text), numbers right-aligned. Used by the reports and the SLA dashboard.
#pragma once

#include "reports/reporttable.h"

class QTableWidget;

namespace bantam {

void fillReportTable(QTableWidget *table, const ReportTable &data);

} // namespace bantam
