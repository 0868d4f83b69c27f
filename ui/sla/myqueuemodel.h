// MyQueueModel: a rep's open leads with SLA clocks, most urgent first (each lead once, with its
// clock due first), as a window over the database: pages of rows are fetched as the view
// scrolls (fetchMore); refresh() re-reads what is loaded and recomputes states against "now".
#pragma once

#include "sla/slareport.h"

#include <QAbstractTableModel>

namespace bantam {

class Clock;
class Database;

class MyQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, TimeLeft, State, Lead, Company, Stage, Score, Policy, ColumnCount };
    static constexpr int PageSize = 100;
    static constexpr int LeadIdRole = Qt::UserRole + 1;

    MyQueueModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setOwner(qint64 ownerId); // 0: nobody (an empty queue)
    qint64 owner() const { return m_owner; }
    qint64 totalCount() const { return m_total; }
    qint64 leadIdAt(int row) const;
    const SlaClockRow *rowAt(int row) const;
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    std::vector<SlaClockRow> load(qint64 offset, int limit);

    const Database &m_db;
    const Clock &m_clock;
    qint64 m_owner = 0;
    qint64 m_total = 0;
    QDateTime m_now; // the "now" the states were computed for
    std::vector<SlaClockRow> m_rows;
    QString m_error;
};

} // namespace bantam
