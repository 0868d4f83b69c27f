#include "sla/slacharts.h"

#include "reports/reportcharts.h"
#include "sla/slastyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace bantam::charts {

namespace {

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *category, QValueAxis *value,
    bool horizontal)
{
    if (horizontal) {
        // One row per rep: a smaller font keeps every name readable instead of "...".
        QFont font = category->labelsFont();
        font.setPointSizeF(std::max(6.5, font.pointSizeF() - 1.5));
        category->setLabelsFont(font);
        category->setTruncateLabels(false);
    }
    chart->addAxis(category, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(value, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(category);
    series->attachAxis(value);
}

QValueAxis *valueAxis(double max, bool percent)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, percent ? 100.0 : std::max(1.0, max * 1.1));
    if (!percent)
        axis->applyNiceNumbers();
    axis->setLabelFormat(valueLabelFormat(percent));
    return axis;
}

} // namespace

QChart *slaStates(const SlaStatus &status)
{
    QChart *chart
        = newChart(QCoreApplication::translate("SlaCharts", "Open SLA clocks now, per rep"));
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *onTrack = barSet(slaStateName(SlaState::OnTrack), slaStateColor(SlaState::OnTrack));
    QBarSet *dueSoon = barSet(slaStateName(SlaState::DueSoon), slaStateColor(SlaState::DueSoon));
    QBarSet *breached = barSet(slaStateName(SlaState::Breached), slaStateColor(SlaState::Breached));
    QStringList reps;
    double max = 0;
    // Reps from the bottom up in name order (a horizontal chart lists its first category lowest).
    for (auto it = status.rows.rbegin(); it != status.rows.rend(); ++it) {
        if (it->scope != QLatin1String("rep"))
            continue;
        reps << it->name;
        *onTrack << double(it->onTrack);
        *dueSoon << double(it->dueSoon);
        *breached << double(it->breached);
        max = std::max(max, double(it->open()));
    }
    series->append({onTrack, dueSoon, breached});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(reps);
    attach(chart, series, axis, valueAxis(max, false), true);
    return chart;
}

QChart *slaCompliance(const SlaReport &report)
{
    QChart *chart = newChart(
        QCoreApplication::translate("SlaCharts", "Compliance per rep and team in the period"));
    auto *series = new QHorizontalBarSeries;
    QBarSet *values = barSet(
        QCoreApplication::translate("SlaCharts", "Compliance"), slaStateColor(SlaState::MetOnTime));
    QStringList names;
    for (auto it = report.compliance.rbegin(); it != report.compliance.rend(); ++it) {
        if (it->counted() == 0)
            continue;
        names << (it->scope == QLatin1String("rep") ? it->name
                                                    : QStringLiteral("%1 ▸").arg(it->name));
        *values << it->compliance() * 100.0;
    }
    series->append(values);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    attach(chart, series, axis, valueAxis(100, true), true);
    return chart;
}

int heightForAllLabels(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (const auto *categories = qobject_cast<const QBarCategoryAxis *>(axis)) {
            const int row = QFontMetrics(categories->labelsFont()).height() + 4;
            // Title, value axis and legend take about six rows' worth.
            return (int(categories->count()) + 6) * row + 40;
        }
    }
    return 0;
}

QChart *slaWeekly(const SlaReport &report)
{
    QChart *chart = newChart(QCoreApplication::translate("SlaCharts", "Weekly compliance trend"));
    auto *line = new QLineSeries;
    line->setName(QCoreApplication::translate("SlaCharts", "Compliance"));
    line->setColor(slaStateColor(SlaState::MetOnTime));
    auto *points = new QScatterSeries;
    points->setMarkerSize(6);
    points->setColor(slaStateColor(SlaState::MetOnTime));
    for (const SlaWeek &w : report.weeks) {
        const qint64 counted = w.metOnTime + w.metLate + w.breachedOpen;
        if (counted == 0)
            continue;
        const double x = double(QDateTime(w.weekStart, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        line->append(x, 100.0 * double(w.metOnTime) / double(counted));
        points->append(x, 100.0 * double(w.metOnTime) / double(counted));
    }
    chart->addSeries(line);
    chart->addSeries(points);
    chart->legend()->hide();
    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the reader's date notation
    x->setTickCount(std::clamp(int(report.weeks.size()), 2, 8));
    x->setTitleText(QCoreApplication::translate("SlaCharts", "Week the clocks started"));
    auto *y = valueAxis(100, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s :
        {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *mqlTargets(const SlaReport &report)
{
    QChart *chart
        = newChart(QCoreApplication::translate("SlaCharts", "MQLs: marketing's target vs actual"));
    auto *series = new QBarSeries;
    QBarSet *target
        = barSet(QCoreApplication::translate("SlaCharts", "Target"), QColor(0x9e, 0x9e, 0x9e));
    QBarSet *actual
        = barSet(QCoreApplication::translate("SlaCharts", "MQLs"), QColor(0x1e, 0x6f, 0xa8));
    QStringList months;
    double max = 0;
    for (const MqlMonth &m : report.mql) {
        months << m.month;
        *target << double(m.target.value_or(0));
        *actual << double(m.actual);
        max = std::max({max, double(m.target.value_or(0)), double(m.actual)});
    }
    series->append({target, actual});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    attach(chart, series, axis, valueAxis(max, false), false);
    return chart;
}

} // namespace bantam::charts
