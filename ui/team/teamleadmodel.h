// TeamLeadModel: the Team tab's lead list — the unassigned queue with the reason each lead is
// unassigned, or one rep's leads (most recently active first). It pages through the database as
// the view scrolls: rowCount() is what has been fetched so far, canFetchMore()/fetchMore() read
// the next page. Rows drag as their lead ids (onto a rep, to reassign them).
#pragma once

#include "common/pagecache.h"

#include <QAbstractTableModel>

#include <limits>

namespace bantam {

class Database;

struct TeamLeadRow
{
    qint64 id = 0;
    QString name, company, country, source;
    int score = 0;
    QString why; // why the lead is unassigned (the unassigned queue only)
};

class TeamLeadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Company, Country, Source, Score, Why, ColumnCount };
    static constexpr int PageSize = 500; // rows read at a time
    static constexpr const char *MimeType = "application/x-bantam-lead-ids";

    explicit TeamLeadModel(const Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // 0: the unassigned queue; otherwise the rep's leads. Reads the first page.
    void setOwner(qint64 ownerId);
    qint64 owner() const { return m_owner; }
    qint64 totalCount() const { return m_total; } // the whole list, fetched or not

public Q_SLOTS:
    void reload(); // recount and read the first page again

Q_SIGNALS:
    void countsChanged(); // rowCount() or totalCount() changed

private:
    Result<std::vector<TeamLeadRow>> readPage(qint64 offset, int limit) const;
    Result<qint64> readCount() const;

    const Database &m_db;
    qint64 m_owner = 0;
    qint64 m_total = 0;
    int m_fetched = 0;
    // Every fetched page stays: the view sorts the fetched rows (as a table it always did),
    // which reads them all.
    mutable PageCache<TeamLeadRow> m_pages {PageSize, std::numeric_limits<int>::max()};
};

} // namespace bantam
