#include "qualification/myqueuemodel.h"

#include "common/eventbridge.h"
#include "common/stagestyle.h"
#include "qualification/assessment.h"
#include "storage/leadrepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace bantam {

MyQueueModel::MyQueueModel(const Database &db, EventBridge *events, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    if (events) {
        connect(events, &EventBridge::leadStageChanged, this, &MyQueueModel::reload);
        connect(events, &EventBridge::leadUpdated, this, &MyQueueModel::reload);
        connect(events, &EventBridge::leadsReloaded, this, &MyQueueModel::reload);
    }
}

int MyQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Lead &l = m_rows[size_t(index.row())];
    const bool waiting = l.stage == bantam::Stage::Mql && !l.acceptedAt.isValid();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Urgency:
            if (l.fastTrack)
                return tr("⚡ fast-track");
            if (waiting)
                return tr("MQL to accept since %1")
                    .arg(QLocale().toString(l.stageChangedAt.toLocalTime(), QLocale::ShortFormat));
            return QString();
        case Name:
            return l.displayName();
        case Company:
            return l.profile.company;
        case Phone:
            return l.profile.phone;
        case Stage:
            return stageName(l.stage);
        case Qualification:
            return l.qualificationStage;
        case Score:
            return l.score;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Qualification) {
        return qualificationStageName(l.qualificationStage);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Stage)
            return stageColor(l.stage);
        if (index.column() == Urgency && (l.fastTrack || waiting))
            return QColor(0xb3, 0x26, 0x1e);
    } else if (role == Qt::FontRole && index.column() == Urgency && l.fastTrack) {
        QFont f;
        f.setBold(true);
        return f;
    } else if (role == Qt::TextAlignmentRole
        && (index.column() == Score || index.column() == Qualification)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MyQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Urgency:
        return tr("Urgency");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Phone:
        return tr("Phone");
    case Stage:
        return tr("Stage");
    case Qualification:
        return tr("Qualification");
    case Score:
        return tr("Score");
    }
    return {};
}

bool MyQueueModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or an insertion is being announced: views (and QAbstractItemModelTester)
    // ask then, and a nested fetch would insert the same page twice.
    return !m_changing && !parent.isValid() && qint64(m_rows.size()) < m_total;
}

void MyQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = LeadRepository(m_db).myQueuePage(m_owner, qint64(m_rows.size()), PageSize);
    if (!page || page->empty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.insert(m_rows.end(), page->begin(), page->end());
    endInsertRows();
    m_changing = false;
}

void MyQueueModel::setOwner(qint64 userId)
{
    if (userId == m_owner)
        return;
    m_owner = userId;
    reload();
}

qint64 MyQueueModel::leadIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

void MyQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto total
        = m_owner > 0 ? LeadRepository(m_db).myQueueCount(m_owner) : Result<qint64>(qint64(0));
    m_total = total ? total.value() : 0;
    m_changing = true;
    endResetModel();
    m_changing = false;
    fetchMore({});
    Q_EMIT totalCountChanged(m_total);
}

} // namespace bantam
