#include "reports/reportcharts.h"

#include "common/stagestyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <map>

namespace bantam::charts {

QString valueLabelFormat(bool percent)
{
    return percent ? QStringLiteral("%.0f %") : QStringLiteral("%.0f");
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    // Numbers on bars and axes in the reader's notation ("73,5 %" in German).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *s = new QBarSet(label);
    s->setColor(color);
    s->setBorderColor(color.darker(115));
    return s;
}

namespace {

// Category axis + value axis, attached to a (vertical) bar series.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max,
    const QString &valueTitle, bool percent)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    double top = max <= 0 ? 1 : max * 1.1;
    if (percent)
        top = std::min(top, 100.0);
    valueAxis->setRange(0, top);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(valueLabelFormat(percent));
    valueAxis->setTitleText(valueTitle);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace

QChart *funnel(const FunnelReport &r)
{
    QChart *chart = newChart(QCoreApplication::translate(
        "ReportCharts", "Funnel: leads created in the period and how far they got"));
    // Stacked, one set per stage with a value only in its own category: each bar is centred
    // and has its stage's colour.
    auto *series = new QStackedBarSeries;
    const qint64 values[] = {r.leads, r.mql, r.sql, r.won};
    const Stage stages[] = {Stage::Lead, Stage::Mql, Stage::Sql, Stage::Won};
    QStringList categories;
    const QLocale locale;
    for (int i = 0; i < 4; ++i) {
        QBarSet *s = barSet(stageName(stages[i]), stageColor(stages[i]));
        for (int j = 0; j < 4; ++j)
            *s << (i == j ? double(values[i]) : 0.0);
        series->append(s);
        QString cat
            = QStringLiteral("%1: %2").arg(stageName(stages[i]), locale.toString(values[i]));
        if (i > 0)
            cat += QStringLiteral("<br>%1").arg( // on its own line, never cut to "…"
                QCoreApplication::translate("ReportCharts", "%1 % of previous")
                    .arg(locale.toString(100.0 * rate(values[i], values[i - 1]), 'f', 1)));
        categories << cat;
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    addAxes(chart, series, categories, double(r.leads),
        QCoreApplication::translate("ReportCharts", "Leads"), false);
    chart->legend()->hide();
    return chart;
}

QChart *sources(const std::vector<SourceRow> &rows)
{
    QChart *chart = newChart(
        QCoreApplication::translate("ReportCharts", "Conversion by source (sorted by close rate)"));
    auto *series = new QBarSeries;
    QBarSet *mql
        = barSet(QCoreApplication::translate("ReportCharts", "Lead → MQL"), stageColor(Stage::Mql));
    QBarSet *sql
        = barSet(QCoreApplication::translate("ReportCharts", "MQL → SQL"), stageColor(Stage::Sql));
    QBarSet *won
        = barSet(QCoreApplication::translate("ReportCharts", "SQL → Won"), stageColor(Stage::Won));
    QStringList categories;
    double max = 0;
    for (const SourceRow &r : rows) {
        categories << (r.source.isEmpty() ? QCoreApplication::translate("ReportCharts", "(none)")
                                          : r.source);
        const double a = 100 * rate(r.mql, r.leads), b = 100 * rate(r.sql, r.mql),
                     c = 100 * rate(r.won, r.sql);
        *mql << a;
        *sql << b;
        *won << c;
        max = std::max({max, a, b, c});
    }
    series->append({mql, sql, won});
    chart->addSeries(series);
    addAxes(chart, series, categories, std::min(max, 100.0),
        QCoreApplication::translate("ReportCharts", "Conversion"), true);
    return chart;
}

QChart *velocity(const std::vector<VelocityStep> &steps)
{
    QChart *chart = newChart(
        QCoreApplication::translate("ReportCharts", "Velocity: days from stage to stage"));
    auto *series = new QBarSeries;
    QBarSet *median
        = barSet(QCoreApplication::translate("ReportCharts", "Median"), QColor(0x1f, 0x6f, 0xd1));
    QBarSet *p90 = barSet(
        QCoreApplication::translate("ReportCharts", "90th percentile"), QColor(0x9a, 0xb8, 0xe6));
    QStringList categories;
    double max = 0;
    for (const VelocityStep &s : steps) {
        const auto from = stageFromKey(s.from), to = stageFromKey(s.to);
        categories << QStringLiteral("%1 → %2").arg(
            from ? stageName(*from) : s.from, to ? stageName(*to) : s.to);
        // Days with one decimal, as the table beside the chart shows them ("5,7", not "5,67").
        *median << std::round(s.medianDays.value_or(0) * 10) / 10;
        *p90 << std::round(s.p90Days.value_or(0) * 10) / 10;
        max = std::max(max, s.p90Days.value_or(0));
    }
    series->append({median, p90});
    series->setLabelsVisible(true);
    series->setLabelsPrecision(6); // significant digits: the whole rounded number
    // Above the bar in dark text: a median of a few days is a bar too low to hold its label.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : {median, p90})
        set->setLabelColor(QColor(0x30, 0x30, 0x30));
    chart->addSeries(series);
    addAxes(
        chart, series, categories, max, QCoreApplication::translate("ReportCharts", "Days"), false);
    return chart;
}

QChart *reasons(const ReasonsReport &report)
{
    QChart *chart = newChart(QCoreApplication::translate(
        "ReportCharts", "Disqualifications and MQL rejections per month"));
    auto *series = new QStackedBarSeries;
    std::map<QString, std::pair<qint64, qint64>> months; // month -> (disqualified, rejected)
    for (const ReasonMonth &m : report.byMonth) {
        auto &slot = months[m.month];
        (m.kind == QLatin1String("reject") ? slot.second : slot.first) += m.count;
    }
    QBarSet *disq = barSet(QCoreApplication::translate("ReportCharts", "Disqualified"),
        stageColor(Stage::Disqualified));
    QBarSet *rej = barSet(
        QCoreApplication::translate("ReportCharts", "Rejected by sales"), stageColor(Stage::Mql));
    QStringList categories;
    double max = 0;
    for (const auto &[month, counts] : months) {
        categories << month;
        *disq << double(counts.first);
        *rej << double(counts.second);
        max = std::max(max, double(counts.first + counts.second));
    }
    series->append({disq, rej});
    chart->addSeries(series);
    addAxes(chart, series, categories, max, QCoreApplication::translate("ReportCharts", "Count"),
        false);
    return chart;
}

QChart *fairness(const std::vector<FairnessRow> &rows)
{
    QChart *chart
        = newChart(QCoreApplication::translate("ReportCharts", "Workload and conversion per rep"));
    auto *series = new QBarSeries;
    QBarSet *received = barSet(
        QCoreApplication::translate("ReportCharts", "Leads received"), QColor(0x4a, 0x6f, 0x8a));
    QBarSet *hot = barSet(
        QCoreApplication::translate("ReportCharts", "Hot at assignment"), QColor(0xc0, 0x5a, 0x2a));
    QBarSet *sql = barSet(
        QCoreApplication::translate("ReportCharts", "Reached SQL"), stageColor(Stage::Sql));
    QBarSet *won
        = barSet(QCoreApplication::translate("ReportCharts", "Won"), stageColor(Stage::Won));
    QStringList categories;
    double max = 0;
    for (const FairnessRow &r : rows) {
        categories << r.name;
        *received << double(r.received);
        *hot << double(r.hot);
        *sql << double(r.sql);
        *won << double(r.won);
        max = std::max(max, double(r.received));
    }
    series->append({received, hot, sql, won});
    chart->addSeries(series);
    addAxes(chart, series, categories, max, QCoreApplication::translate("ReportCharts", "Leads"),
        false);
    return chart;
}

QChart *calibration(const std::vector<CalibrationRow> &rows)
{
    QChart *chart = newChart(
        QCoreApplication::translate("ReportCharts", "Calibration: conversion per score band"));
    auto *series = new QBarSeries;
    QBarSet *sql = barSet(
        QCoreApplication::translate("ReportCharts", "Reached SQL"), stageColor(Stage::Sql));
    QBarSet *won
        = barSet(QCoreApplication::translate("ReportCharts", "Won"), stageColor(Stage::Won));
    QStringList categories;
    double max = 0;
    for (const CalibrationRow &r : rows) {
        categories << QStringLiteral("%1–%2").arg(r.scoreFrom).arg(r.scoreTo);
        const double a = 100 * rate(r.sql, r.leads), b = 100 * rate(r.won, r.leads);
        *sql << a;
        *won << b;
        max = std::max({max, a, b});
    }
    series->append({sql, won});
    chart->addSeries(series);
    addAxes(chart, series, categories, std::min(max, 100.0),
        QCoreApplication::translate("ReportCharts", "Share of the band's leads"), true);
    return chart;
}

} // namespace bantam::charts
