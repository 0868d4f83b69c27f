// LeadTableModel: the lead list as a window over the database. rowCount() is the size of the
// filtered list; rows are fetched a page at a time when a view asks for them, and only a few
// pages are kept. Sorting and filtering happen in SQL.
#pragma once

#include "common/pagecache.h"
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

    LeadTableModel(const Database &db, EventBridge *events, QObject *parent = nullptr);

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
    qint64 leadIdAt(int row) const;
    int rowOfLead(qint64 leadId) const; // among cached rows; -1 if not cached
    // How many rows are held in memory right now (for tests and benchmarks).
    int cachedRowCount() const;
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void reload(); // recount and drop cached pages
    void refresh(); // data may have changed: keep the rows if the count did not change

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);
    // refresh() read the rows again; a row may now hold another lead than before.
    void refreshed();

private:
    const Lead *leadAt(int row) const;
    QVariant displayText(const Lead &lead, int column) const;
    QVariant toolTip(const Lead &lead, int column) const;

    const Database &m_db;
    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_total = 0;
    mutable QString m_error;
    mutable PageCache<Lead> m_pages {PageSize, MaxCachedPages};
};

} // namespace bantam
