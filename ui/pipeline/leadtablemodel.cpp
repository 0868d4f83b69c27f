#include "pipeline/leadtablemodel.h"

#include "common/eventbridge.h"
#include "common/scorestyle.h"
#include "common/stagestyle.h"
#include "qualification/assessment.h"

#include <QFont>
#include <QLocale>

#include <memory>

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
    case LeadTableModel::Chance:
        return LeadColumn::Chance;
    case LeadTableModel::Created:
        return LeadColumn::Created;
    case LeadTableModel::Qualification:
        return LeadColumn::Qualification;
    default:
        return LeadColumn::Updated;
    }
}
} // namespace

LeadTableModel::LeadTableModel(
    const Database &db, EventBridge *events, QObject *parent, Count count)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_count(count)
    , m_counter(this, db, [this] { countInBackground(); })
{
    if (events) {
        connect(events, &EventBridge::leadStageChanged, this, &LeadTableModel::refresh);
        connect(events, &EventBridge::leadUpdated, this, &LeadTableModel::refresh);
        connect(events, &EventBridge::leadsReloaded, this, &LeadTableModel::reload);
        connect(events, &EventBridge::leadsChangedElsewhere, this, &LeadTableModel::refresh);
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
    if (row >= m_total)
        return nullptr;
    return m_pages.row(
        row, [this](qint64 offset, int limit) { return readPage(offset, limit); }, &m_error);
}

Result<std::vector<Lead>> LeadTableModel::readPage(qint64 offset, int limit) const
{
    // While the list is counted its length is not known yet (-1: the repository decides).
    return LeadRepository(m_db).page(m_filter, m_sort, offset, limit, m_counting ? -1 : m_total);
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Lead *l = leadAt(index.row());
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        return displayText(*l, index.column());
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Id || index.column() == Score || index.column() == Chance
            || index.column() == Qualification)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Stage)
            return stageColor(l->stage);
        if (index.column() == Owner && !l->ownerId)
            return QColor(Qt::gray);
        if (index.column() == Score && scoreBandFromKey(l->scoreBand))
            return scoreBandColor(*scoreBandFromKey(l->scoreBand));
    } else if (role == Qt::ToolTipRole) {
        return toolTip(*l, index.column());
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

QVariant LeadTableModel::displayText(const Lead &lead, int column) const
{
    const QLocale locale;
    switch (column) {
    case Id:
        return lead.id;
    case Name: {
        const QString last = lead.profile.lastName, first = lead.profile.firstName;
        if (last.isEmpty() || first.isEmpty())
            return (last + first).isEmpty() ? lead.profile.email : last + first;
        return tr("%1, %2", "last name, first name").arg(last, first);
    }
    case Company:
        return lead.profile.company;
    case Email:
        return lead.profile.email;
    case Phone:
        return lead.profile.phone;
    case Stage:
        return stageName(lead.stage);
    case Owner:
        return lead.ownerName.isEmpty() ? tr("Unassigned") : lead.ownerName;
    case Source:
        return lead.profile.source;
    case Score: { // "57 warm ▼4": score, band and the change over 7 days
        const auto band = scoreBandFromKey(lead.scoreBand);
        if (!band)
            return lead.score;
        return tr("%1 %2 %3", "score, band, trend")
            .arg(lead.score)
            .arg(scoreBandName(*band), scoreTrendText(lead.scoreTrend()));
    }
    case Chance:
        return lead.chance ? tr("%1 %").arg(*lead.chance) : QString();
    case Created:
        return locale.toString(lead.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case Updated:
        return locale.toString(lead.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case Qualification:
        return lead.qualificationStage;
    }
    return {};
}

QVariant LeadTableModel::toolTip(const Lead &lead, int column) const
{
    const QLocale locale;
    if (column == Score) {
        QStringList tip;
        if (lead.scoreWeekAgo)
            tip << tr("Score %1, 7 days before: %2 (%3).")
                       .arg(lead.score)
                       .arg(*lead.scoreWeekAgo)
                       .arg(scoreTrendText(lead.scoreTrend()));
        if (lead.fastTrack)
            tip << tr("Fast-track: this lead asked for contact (demo request, contact form or "
                      "trial).");
        if (!tip.isEmpty())
            return tip.join(QLatin1Char('\n'));
    }
    if (column == Chance && lead.chance)
        return tr("Learned score: the chance that this lead converts, from past outcomes. "
                  "Advisory; Scoring › Predictive model… shows how well it ranks.");
    if (column == Qualification)
        return qualificationStageName(lead.qualificationStage);
    if (column == Updated || column == Created)
        return locale.toString(
            column == Created ? lead.createdAt.toLocalTime() : lead.updatedAt.toLocalTime(),
            QLocale::LongFormat);
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
    case Chance:
        return tr("Chance");
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
    const auto row = m_pages.find([leadId](const Lead &l) { return l.id == leadId; });
    return row ? int(*row) : -1;
}

int LeadTableModel::cachedRowCount() const
{
    return m_pages.cachedRowCount();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    ++m_generation;
    m_counting = false;
    if (m_count == Count::BeforeFirstPage) {
        auto total = LeadRepository(m_db).count(m_filter);
        m_error = total ? QString() : total.error().message;
        m_total = total ? total.value() : 0;
    } else {
        // The first page now; a list shorter than a page is counted by it.
        m_counting = true;
        m_error.clear();
        const std::vector<Lead> *first = m_pages.page(
            0, [this](qint64 offset, int limit) { return readPage(offset, limit); }, &m_error);
        m_total = first ? qint64(first->size()) : 0;
        m_counting = first && m_total == PageSize;
        if (m_counting)
            countInBackground();
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

void LeadTableModel::startCounting()
{
    m_countingStarted = true;
    countInBackground();
}

void LeadTableModel::countInBackground()
{
    if (!m_counting || !m_countingStarted)
        return;
    if (m_counter.deferIfRunning())
        return; // a count of an earlier filter runs: this one follows when it is done
    auto total = std::make_shared<Result<qint64>>(qint64(0));
    m_counter.start([total, filter = m_filter](
                        const Database &db) { *total = LeadRepository(db).count(filter); },
        [this, total, generation = m_generation] {
            if (generation == m_generation && m_counting)
                setCounted(*total);
        });
}

// The background count arrived: the rows beyond the first page appear (or, if leads went
// meanwhile, the missing ones go), without a reset, so the view keeps its row and position.
void LeadTableModel::setCounted(const Result<qint64> &total)
{
    m_counting = false;
    if (!total) {
        m_error = total.error().message;
        Q_EMIT countArrived(m_total);
        Q_EMIT loadFailed(m_error);
        return;
    }
    resizeTo(total.value());
    Q_EMIT countArrived(m_total);
}

// Rows come or go at the end of the list, without a reset.
void LeadTableModel::resizeTo(qint64 total)
{
    const int before = rowCount();
    const int now = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (now > before) {
        beginInsertRows({}, before, now - 1);
        m_total = total;
        endInsertRows();
    } else if (now < before) {
        beginRemoveRows({}, now, before - 1);
        m_total = total;
        endRemoveRows();
    }
    m_total = total;
}

void LeadTableModel::refresh()
{
    auto total = LeadRepository(m_db).count(m_filter);
    if (!total) {
        reload();
        return;
    }
    // Rows come or go at the end and the rest is read again, without a reset: the view keeps
    // its scroll position and current row (the view puts the current lead back, see refreshed).
    // This count is exact: one still running in the background is dropped.
    m_pages.clear();
    const bool wasCounting = std::exchange(m_counting, false);
    ++m_generation;
    const qint64 before = m_total, now = total.value();
    resizeTo(now);
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (now != before || wasCounting)
        Q_EMIT totalCountChanged(m_total);
    Q_EMIT refreshed();
}

} // namespace bantam
