// SlaDashboard: the team lead's SLA dashboard — open clocks per state and rep now, compliance
// per rep and team for a period, time to first touch, the weekly trend, MQL target vs actual
// and the breach list (a row opens its lead). The numbers are SlaReports' ReportTables, the
// same bantam-cli prints; computed off the GUI thread.
#pragma once

#include "common/workerrefresh.h"
#include "sla/slareport.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace bantam {

class Session;

struct SlaFigures
{
    QDate from, to;
    QDateTime at;
    SlaStatus status;
    SlaReport report;
    std::vector<SlaClockRow> breaches;
    std::optional<Error> error;
};

class SlaDashboard : public QWidget
{
    Q_OBJECT

public:
    enum Table {
        NowTable,
        ComplianceTable,
        FirstTouchTable,
        WeeklyTable,
        MqlTable,
        BreachTable,
        TableCount
    };

    explicit SlaDashboard(Session &session, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    const std::optional<SlaFigures> &current() const { return m_current; }
    QTableWidget *table(Table which) const { return m_tables[which]; }
    bool isBusy() const { return m_refresh.isRunning(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void openLead(qint64 leadId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildFilters();
    QSplitter *buildFigures();
    void connectControls();
    void showFigures(const SlaFigures &figures);
    void applyPreset(int index);

    Session &m_session;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QLabel *m_firstTouch;
    QChartView *m_states;
    QChartView *m_compliance;
    QChartView *m_weekly;
    QChartView *m_mql;
    QTabWidget *m_tabs;
    QTableWidget *m_tables[TableCount];
    std::optional<SlaFigures> m_current;
    bool m_started = false;
    WorkerRefresh m_refresh;
};

} // namespace bantam
