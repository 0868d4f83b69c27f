// MyQueueModel: a rep's due callbacks ("Callback due", then overdue), then the open leads with
// SLA clocks and the leads in a call cadence, most urgent first, those whose next attempt is not
// due yet and those whose local time is outside the calling window last (each lead once, with its
// clock due first; SlaReports::queue), as a window over the database like LeadTableModel:
// rowCount() is the size of the queue, rows are read a page at a time when a view asks for them and
// only a few pages are kept; refresh() recounts and recomputes the states against "now".
#pragma once

#include "common/pagecache.h"
#include "sla/slareport.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace bantam {

class Clock;
class Database;

class MyQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Due,
        TimeLeft,
        State,
        Lead,
        Company,
        Stage,
        Score,
        Chance,
        Policy,
        Attempts,
        LocalTime,
        ColumnCount
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 8;
    static constexpr int LeadIdRole = Qt::UserRole + 1;

    MyQueueModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOwner(qint64 ownerId); // 0: nobody (an empty queue)
    qint64 owner() const { return m_owner; }
    qint64 totalCount() const { return m_total; }
    qint64 leadIdAt(int row) const;
    const SlaClockRow *rowAt(int row) const;
    QString lastError() const { return m_error; }
    int cachedRowCount() const; // rows held in memory (tests)

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    QString attemptsText(const SlaClockRow &row) const;
    QString attemptsTip(const SlaClockRow &row) const;

    const Database &m_db;
    const Clock &m_clock;
    qint64 m_owner = 0;
    qint64 m_total = 0;
    QDateTime m_now; // the "now" the states were computed for
    mutable PageCache<SlaClockRow> m_pages {PageSize, MaxCachedPages};
    mutable QString m_error;
};

} // namespace bantam
