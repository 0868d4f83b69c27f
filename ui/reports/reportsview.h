// ReportsView: the reports dashboard — filters, one tab per report with its chart and its
// numbers, and export to PNG (chart), CSV (numbers) and PDF (the whole dashboard). Reports
// are computed off the GUI thread.
#pragma once

#include "common/workerrefresh.h"
#include "reports/reportcatalog.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableWidget;
class QPushButton;

namespace bantam {

class Session;

// All the catalog's reports for one filter, as the worker computes them.
struct ReportSet : ReportResults
{
    ReportFilter filter;
    std::optional<Error> error;
};

class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(Session &session, QWidget *parent = nullptr);

    ReportFilter filter() const;
    void setFilter(const ReportFilter &filter);
    bool isBusy() const { return m_refresh.isRunning(); }
    const std::optional<ReportSet> &current() const { return m_current; }
    QTabWidget *tabs() const { return m_tabs; }
    // The table of numbers shown on tab index (several for reasons: totals first).
    QTableWidget *table(int tab, int which = 0) const;

    Result<void> exportPdf(const QString &path) const;
    Result<void> exportCsv(int tab, const QString &path) const;
    Result<void> exportPng(int tab, const QString &path) const;

public Q_SLOTS:
    void refresh();
    void reloadChoices();

Q_SIGNALS:
    void refreshed(); // figures for the current filter are shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Page
    {
        QChartView *chart = nullptr;
        std::vector<QTableWidget *> tables;
    };
    QGridLayout *buildFilters();
    void buildTabs();
    void connectFilters();
    void showFigures(const ReportSet &set);
    std::vector<ReportTable> tablesOf(int tab) const;
    QString filterDescription() const;
    void applyPreset(int index);
    void exportCurrent(const QString &kind);

    Session &m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_preset;
    QComboBox *m_source;
    QComboBox *m_campaign;
    QComboBox *m_country;
    QComboBox *m_team;
    QComboBox *m_owner;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    std::vector<Page> m_pages;
    std::optional<ReportSet> m_current;
    bool m_started = false; // choices and figures load when the view is first shown
    WorkerRefresh m_refresh;
};

} // namespace bantam
