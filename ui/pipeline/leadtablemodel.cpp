#include "pipeline/leadtablemodel.h"

#include "common/eventbridge.h"
#include "common/scorestyle.h"
#include "common/stagestyle.h"
#include "qualification/assessment.h"

#include <QFont>
#include <QLocale>

namespace bantam {

namespace {
LeadColumn coreColumn(int column)
{
    switch (column) {
    case LeadTableModel::Id:
        return LeadColumn::Id;
    case LeadTableModel::Name:
        return LeadColumn::Name;
    case LeadTableModel::Company:
        return LeadColumn::Company;
    case LeadTableModel::Email:
        return LeadColumn::Email;
    case LeadTableModel::Phone:
        return LeadColumn::Phone;
    case LeadTableModel::Stage:
        return LeadColumn::Stage;
    case LeadTableModel::Owner:
        return LeadColumn::Owner;
    case LeadTableModel::Source:
        return LeadColumn::Source;
    case LeadTableModel::Score:
        return LeadColumn::Score;
    case LeadTableModel::Created:
        return LeadColumn::Created;
    case LeadTableModel::Qualification:
        return LeadColumn::Qualification;
    default:
        return LeadColumn::Updated;
    }
}
} // namespace

LeadTableModel::LeadTableModel(const Database &db, EventBridge *events, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    if (events) {
        connect(events, &EventBridge::leadStageChanged, this, &LeadTableModel::refresh);
        connect(events, &EventBridge::leadUpdated, this, &LeadTableModel::refresh);
        connect(events, &EventBridge::leadsReloaded, this, &LeadTableModel::reload);
    }
    reload();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    // Views handle at most INT_MAX rows; far beyond any lead list.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Lead *LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = LeadRepository(m_db).page(m_filter, m_sort, page * PageSize, PageSize, m_total);
        if (!rows) {
            const_cast<LeadTableModel *>(this)->m_error = rows.error().message;
            return nullptr;
        }
        if (int(m_pages.size()) >= MaxCachedPages) {
            m_pages.erase(m_lru.back());
            m_lru.pop_back();
        }
        it = m_pages.emplace(page, std::move(rows).value()).first;
        m_lru.push_front(page);
    } else if (m_lru.front() != page) {
        m_lru.remove(page);
        m_lru.push_front(page);
    }
    const size_t offset = size_t(row % PageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Lead *l = leadAt(index.row());
    if (!l)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return l->id;
        case Name: {
            const QString last = l->profile.lastName, first = l->profile.firstName;
            if (last.isEmpty() || first.isEmpty())
                return (last + first).isEmpty() ? l->profile.email : last + first;
            return tr("%1, %2", "last name, first name").arg(last, first);
        }
        case Company:
            return l->profile.company;
        case Email:
            return l->profile.email;
        case Phone:
            return l->profile.phone;
        case Stage:
            return stageName(l->stage);
        case Owner:
            return l->ownerName.isEmpty() ? tr("Unassigned") : l->ownerName;
        case Source:
            return l->profile.source;
        case Score: { // "57 warm ▼4": score, band and the change over 7 days
            const auto band = scoreBandFromKey(l->scoreBand);
            if (!band)
                return l->score;
            return tr("%1 %2 %3", "score, band, trend")
                .arg(l->score)
                .arg(scoreBandName(*band), scoreTrendText(l->scoreTrend()));
        }
        case Created:
            return locale.toString(l->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case Updated:
            return locale.toString(l->updatedAt.toLocalTime(), QLocale::ShortFormat);
        case Qualification:
            return l->qualificationStage;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Id || index.column() == Score || index.column() == Qualification)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Stage)
            return stageColor(l->stage);
        if (index.column() == Owner && !l->ownerId)
            return QColor(Qt::gray);
        if (index.column() == Score && scoreBandFromKey(l->scoreBand))
            return scoreBandColor(*scoreBandFromKey(l->scoreBand));
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Score) {
            QStringList tip;
            if (l->scoreWeekAgo)
                tip << tr("Score %1, 7 days before: %2 (%3).")
                           .arg(l->score)
                           .arg(*l->scoreWeekAgo)
                           .arg(scoreTrendText(l->scoreTrend()));
            if (l->fastTrack)
                tip << tr("Fast-track: this lead asked for contact (demo request, contact form or "
                          "trial).");
            if (!tip.isEmpty())
                return tip.join(QLatin1Char('\n'));
        }
        if (index.column() == Qualification)
            return qualificationStageName(l->qualificationStage);
        if (index.column() == Updated || index.column() == Created)
            return locale.toString(
                index.column() == Created ? l->createdAt.toLocalTime() : l->updatedAt.toLocalTime(),
                QLocale::LongFormat);
    } else if (role == Qt::FontRole) {
        if (index.column() == Score && l->fastTrack) {
            QFont f;
            f.setBold(true);
            return f;
        }
    } else if (role == LeadIdRole) {
        return l->id;
    } else if (role == ScoreRole) {
        return l->score;
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Stage:
        return tr("Stage");
    case Owner:
        return tr("Owner");
    case Source:
        return tr("Source");
    case Score:
        return tr("Score");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Last activity");
    case Qualification:
        return tr("Qual. stage");
    }
    return {};
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const LeadSort s {coreColumn(column), order == Qt::DescendingOrder};
    if (s == m_sort)
        return;
    m_sort = s;
    reload();
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

qint64 LeadTableModel::leadIdAt(int row) const
{
    const Lead *l = leadAt(row);
    return l ? l->id : 0;
}

int LeadTableModel::rowOfLead(qint64 leadId) const
{
    for (const auto &[page, rows] : m_pages) {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == leadId)
                return int(page * PageSize + qint64(i));
        }
    }
    return -1;
}

int LeadTableModel::cachedRowCount() const
{
    int n = 0;
    for (const auto &[page, rows] : m_pages)
        n += int(rows.size());
    return n;
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    auto total = LeadRepository(m_db).count(m_filter);
    m_error = total ? QString() : total.error().message;
    m_total = total ? total.value() : 0;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

void LeadTableModel::refresh()
{
    auto total = LeadRepository(m_db).count(m_filter);
    if (!total || total.value() != m_total) {
        reload();
        return;
    }
    m_pages.clear();
    m_lru.clear();
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace bantam
