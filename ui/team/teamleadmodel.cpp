#include "team/teamleadmodel.h"

#include "routing/routingengine.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"

#include <QMimeData>

namespace bantam {

TeamLeadModel::TeamLeadModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int TeamLeadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int TeamLeadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamLeadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const TeamLeadRow *r = m_pages.row(
        index.row(), [this](qint64 offset, int limit) { return readPage(offset, limit); });
    if (!r)
        return {};
    switch (index.column()) {
    case Id:
        return r->id;
    case Name:
        return r->name;
    case Company:
        return r->company;
    case Country:
        return r->country;
    case Source:
        return r->source;
    case Score:
        return r->score;
    case Why:
        return r->why;
    }
    return {};
}

QVariant TeamLeadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const headers[ColumnCount]
        = {QT_TR_NOOP("ID"), QT_TR_NOOP("Name"), QT_TR_NOOP("Company"), QT_TR_NOOP("Country"),
            QT_TR_NOOP("Source"), QT_TR_NOOP("Score"), QT_TR_NOOP("Reason")};
    // The last header is short so that it is never cut; its tooltip says what it is.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ColumnCount - 1)
        return tr("Why the lead is not assigned to a rep");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(headers[section]);
}

Qt::ItemFlags TeamLeadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

bool TeamLeadModel::canFetchMore(const QModelIndex &parent) const
{
    // A page shorter than PageSize ends the list (it shrank since it was counted).
    return !parent.isValid() && m_fetched < m_total && m_fetched % PageSize == 0;
}

void TeamLeadModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 totalBefore = m_total;
    auto rows = m_pages.page(
        m_fetched / PageSize, [this](qint64 offset, int limit) { return readPage(offset, limit); });
    auto count = readCount();
    if (!rows || !count)
        return;
    m_total = count.value();
    if (!rows->empty()) {
        beginInsertRows({}, m_fetched, m_fetched + int(rows->size()) - 1);
        m_fetched += int(rows->size());
        endInsertRows();
    }
    if (!rows->empty() || m_total != totalBefore)
        Q_EMIT countsChanged();
}

QStringList TeamLeadModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *TeamLeadModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.column() == Id)
            ids << i.data().toString();
    }
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), ids.join(QLatin1Char(',')).toUtf8());
    return data;
}

void TeamLeadModel::setOwner(qint64 ownerId)
{
    m_owner = ownerId;
    reload();
}

void TeamLeadModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_fetched = 0;
    m_total = 0;
    auto rows
        = m_pages.page(0, [this](qint64 offset, int limit) { return readPage(offset, limit); });
    auto count = readCount();
    if (rows && count) {
        m_total = count.value();
        m_fetched = int(rows->size());
    }
    endResetModel();
    Q_EMIT countsChanged();
}

Result<std::vector<TeamLeadRow>> TeamLeadModel::readPage(qint64 offset, int limit) const
{
    std::vector<TeamLeadRow> out;
    if (m_owner == 0) {
        auto rows = RoutingRepository(m_db).queue(limit, offset);
        if (!rows)
            return rows.error();
        for (const auto &r : rows.value()) {
            const QString why = r.reason.isEmpty() ? tr("not routed yet")
                                                   : unassignedReasonText(r.reason, r.ruleName);
            out.push_back({r.id, r.name, r.company, r.country, r.source, r.score, why});
        }
        return out;
    }
    LeadFilter filter;
    filter.ownerId = m_owner;
    auto page
        = LeadRepository(m_db).page(filter, LeadSort {LeadColumn::Updated, true}, offset, limit);
    if (!page)
        return page.error();
    for (const Lead &l : page.value()) {
        out.push_back({l.id, l.displayName(), l.profile.company, l.profile.country,
            l.profile.source, l.score, QString()});
    }
    return out;
}

Result<qint64> TeamLeadModel::readCount() const
{
    if (m_owner == 0)
        return RoutingRepository(m_db).queueCount();
    LeadFilter filter;
    filter.ownerId = m_owner;
    return LeadRepository(m_db).count(filter);
}

} // namespace bantam
