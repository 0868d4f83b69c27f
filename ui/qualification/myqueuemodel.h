// MyQueueModel: "My queue" — the signed-in rep's own open leads, most urgent first (the order of
// LeadRepository::myQueueOrderBy()). Pages through the database as the view scrolls.
#pragma once

#include "domain/lead.h"

#include <QAbstractTableModel>

#include <vector>

namespace bantam {

class Database;
class EventBridge;

class MyQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Urgency, Name, Company, Phone, Stage, Qualification, Score, ColumnCount };
    static constexpr int PageSize = 100;

    MyQueueModel(const Database &db, EventBridge *events, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setOwner(qint64 userId); // 0: nobody signed in, an empty queue
    qint64 totalCount() const { return m_total; }
    qint64 leadIdAt(int row) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    const Database &m_db;
    qint64 m_owner = 0;
    qint64 m_total = 0;
    bool m_changing = false; // between begin/end of a reset or an insertion
    std::vector<Lead> m_rows;
};

} // namespace bantam
