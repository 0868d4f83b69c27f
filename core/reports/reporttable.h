// ReportTable: a report as a plain table — translated headers and typed cells — the one form the
// GUI's tables, CSV export and bantam-cli (text, CSV, JSON) all print, so their numbers agree.
#pragma once

#include "reports/reportservice.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace bantam {

struct ReportTable
{
    QString title;
    QStringList keys; // stable column names for JSON ("source", "leads", "leadToMql", ...)
    QStringList headers; // translated column titles
    QList<QVariantList> rows; // cells: QString, qint64, double (rates 0..1, days), or null

    QJsonArray toJson() const;
    // Text cell as shown to people (rates as percent with one decimal, days with one decimal).
    static QString display(const QVariant &cell, const QString &key);
};

ReportTable funnelTable(const FunnelReport &report);
ReportTable sourcesTable(const std::vector<SourceRow> &rows);
ReportTable velocityTable(const std::vector<VelocityStep> &steps);
ReportTable reasonsTable(const ReasonsReport &report); // totals
ReportTable reasonsByMonthTable(const ReasonsReport &report); // trend
ReportTable fairnessTable(const std::vector<FairnessRow> &rows);
ReportTable calibrationTable(const std::vector<CalibrationRow> &rows);

} // namespace bantam
