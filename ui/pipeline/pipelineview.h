// PipelineView: the stage counts, the filters (search, owner, source) and the paged lead table.
#pragma once

#include "common/workerrefresh.h"

#include <QWidget>

class QComboBox;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bantam {

class LeadTableModel;
class Session;
class StageBar;

class PipelineView : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineView(Session &session, QWidget *parent = nullptr);

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    StageBar *stageBar() const { return m_stages; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *sourceFilter() const { return m_source; }
    qint64 currentLeadId() const;
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    QStringList activeFilters() const; // "Stage: MQL", "Search: „mül“", … in the UI's words

public Q_SLOTS:
    void reloadChoices(); // users and sources for the filter combos
    void focusSearch();
    void selectFirstIfNone();
    void clearFilters();

Q_SIGNALS:
    void currentLeadChanged(qint64 leadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QBoxLayout *buildFilters();
    void buildTable();
    void connectFilters();
    void connectUpdates();
    void applyFilter();
    void updateCounts(); // the stage bar's and the summary's
    void updateSummary(); // "1,000,000 leads · filtered by …" under the list
    void refreshStageCounts();
    void keepCurrentLead();

    Session &m_session;
    qint64 m_currentLead = 0; // the lead of the current row, as last announced
    qint64 m_reopenAfterReset = 0; // the lead open before the list reloaded
    LeadTableModel *m_model;
    StageBar *m_stages;
    QLineEdit *m_search;
    QComboBox *m_owner;
    QComboBox *m_source;
    // Custom attributes of imported leads: which one, and its value (any value if empty).
    QComboBox *m_attribute;
    QComboBox *m_attributeValue;
    QLabel *m_attributeLabel;
    QTableView *m_table;
    QPushButton *m_clearFilters;
    QLabel *m_summary;
    QTimer *m_searchDelay;
    // The stage bar's counts (all leads of the filter, per stage: a scan of the whole table at a
    // million leads) are read on a worker, after the list's first page is on the screen.
    WorkerRefresh m_stageCounts;
    // The counts (the list's length, the stage bar's) start once the first page is painted:
    // on two cores their workers and the rows they add would otherwise delay that paint.
    bool m_firstPagePainted = false;
};

} // namespace bantam
