// LeadTableModel: the lead list as a window over the database. rowCount() is the size of the
// filtered list; rows are fetched a page at a time when a view asks for them, and only a few
// pages are kept. Sorting and filtering happen in SQL.
#pragma once

#include "common/pagecache.h"
#include "common/workerrefresh.h"
#include "storage/leadrepository.h"

#include <QAbstractTableModel>

namespace bantam {

class Database;
class EventBridge;

class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Name,
        Company,
        Email,
        Phone,
        Stage,
        Owner,
        Source,
        Score,
        Chance,
        Created,
        Updated,
        Qualification,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 12;
    static constexpr int LeadIdRole = Qt::UserRole + 1;
    static constexpr int ScoreRole = Qt::UserRole + 2; // the score as a number

    // When the list is counted. BeforeFirstPage: rowCount() is exact as soon as the list is
    // (re)loaded. InBackground (the window): the first page is read at once and, when the list
    // is longer than a page, counted on a worker with its own connection; until the count
    // arrives rowCount() is the first page's length and isCounting() is true, then the rows are
    // inserted. The first count waits for startCounting(): the window calls it once its first
    // page is painted, so neither the count nor the rows it adds delay that paint.
    enum class Count { BeforeFirstPage, InBackground };

    LeadTableModel(const Database &db, EventBridge *events, QObject *parent = nullptr,
        Count count = Count::BeforeFirstPage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const LeadFilter &filter() const { return m_filter; }
    void setFilter(const LeadFilter &filter);
    LeadSort sortOrder() const { return m_sort; }
    qint64 totalCount() const { return m_total; }
    // True while the list's length is being counted in the background (see Count).
    bool isCounting() const { return m_counting; }
    qint64 leadIdAt(int row) const;
    int rowOfLead(qint64 leadId) const; // among cached rows; -1 if not cached
    // How many rows are held in memory right now (for tests and benchmarks).
    int cachedRowCount() const;
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void reload(); // recount and drop cached pages
    void refresh(); // data may have changed: keep the rows if the count did not change
    void startCounting(); // Count::InBackground: counts may run from now on

Q_SIGNALS:
    // The list was loaded again, or its length changed with the data.
    void totalCountChanged(qint64 total);
    // The background count of the loaded list arrived (Count::InBackground).
    void countArrived(qint64 total);
    void loadFailed(const QString &message);
    // refresh() read the rows again; a row may now hold another lead than before.
    void refreshed();

private:
    const Lead *leadAt(int row) const;
    Result<std::vector<Lead>> readPage(qint64 offset, int limit) const;
    void countInBackground();
    void setCounted(const Result<qint64> &total);
    void resizeTo(qint64 total);
    QVariant displayText(const Lead &lead, int column) const;
    QVariant toolTip(const Lead &lead, int column) const;

    const Database &m_db;
    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_total = 0;
    mutable QString m_error;
    mutable PageCache<Lead> m_pages {PageSize, MaxCachedPages};
    const Count m_count;
    bool m_counting = false;
    bool m_countingStarted = false;
    // Each reload's number: a background count of an earlier filter or sort is dropped.
    quint64 m_generation = 0;
    WorkerRefresh m_counter;
};

} // namespace bantam
