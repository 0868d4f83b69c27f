#include "sla/myqueuemodel.h"

#include "clock.h"
#include "common/stagestyle.h"
#include "domain/call.h"
#include "sla/slastyle.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <limits>

namespace bantam {

MyQueueModel::MyQueueModel(const Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{ }

int MyQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int MyQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MyQueueModel::setOwner(qint64 ownerId)
{
    m_owner = ownerId;
    refresh();
}

void MyQueueModel::refresh()
{
    m_error.clear();
    qint64 total = 0;
    const QDateTime now = m_clock.now();
    if (m_owner != 0) {
        auto count = SlaReports(m_db).queueCount(m_owner, now);
        if (count)
            total = count.value();
        else
            m_error = count.error().message;
    }
    beginResetModel();
    m_now = now;
    m_total = total;
    m_pages.clear();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

const SlaClockRow *MyQueueModel::rowAt(int row) const
{
    if (row >= m_total)
        return nullptr;
    return m_pages.row(
        row,
        [this](qint64 offset, int limit) {
            return SlaReports(m_db).queue(m_owner, m_now, offset, limit);
        },
        &m_error);
}

int MyQueueModel::cachedRowCount() const
{
    return m_pages.cachedRowCount();
}

qint64 MyQueueModel::leadIdAt(int row) const
{
    const SlaClockRow *r = rowAt(row);
    return r ? r->leadId : 0;
}

QVariant MyQueueModel::data(const QModelIndex &index, int role) const
{
    const SlaClockRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == LeadIdRole)
        return r->leadId;
    if (role == Qt::BackgroundRole)
        return slaStateTint(r->state);
    if (role == Qt::ForegroundRole && index.column() == State)
        return slaStateColor(r->state);
    if (role == Qt::FontRole && index.column() == State) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Chance))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Attempts && r->attemptsOf > 0)
        return attemptsTip(*r);
    if (role == Qt::ToolTipRole && index.column() == LocalTime)
        return r->outsideCallingWindow
            ? tr("%1 — outside the calling window").arg(r->localTimeDescription)
            : r->localTimeDescription;
    if (role == Qt::ForegroundRole && index.column() == LocalTime && r->outsideCallingWindow)
        return QColor(0xb4, 0x23, 0x18);
    if (role == Qt::ToolTipRole && r->callback)
        return tr("Callback promised for %1")
            .arg(QLocale().toString(r->dueAt.toLocalTime(), QLocale::ShortFormat));
    if (role == Qt::ToolTipRole)
        return tr("%1 — started %2, due soon from %3")
            .arg(r->policy, QLocale().toString(r->startedAt.toLocalTime(), QLocale::ShortFormat),
                QLocale().toString(r->dueSoonAt.toLocalTime(), QLocale::ShortFormat));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due:
        return QLocale().toString(r->dueAt.toLocalTime(), QLocale::ShortFormat);
    case TimeLeft:
        return slaTimeLeft(m_now, r->dueAt);
    case State:
        if (r->callback)
            return r->state == SlaState::Breached ? tr("Callback overdue") : tr("Callback due");
        return slaStateName(r->state);
    case Lead:
        return r->leadName;
    case Company:
        return r->company;
    case Stage:
        return stageName(r->stage);
    case Score:
        return r->score;
    case Chance:
        return r->chance ? tr("%1 %").arg(*r->chance) : QString();
    case Policy:
        return r->policy;
    case Attempts:
        return attemptsText(*r);
    case LocalTime:
        return r->outsideCallingWindow ? tr("%1 (not now)").arg(r->localTime) : r->localTime;
    }
    return {};
}

// "2 of 6 · No answer · next 14:00": where the lead stands in its call cadence.
QString MyQueueModel::attemptsText(const SlaClockRow &r) const
{
    if (r.attemptsOf == 0)
        return {};
    QStringList parts {tr("%1 of %2").arg(r.attempts).arg(r.attemptsOf)};
    if (r.lastOutcome)
        parts << callOutcomeName(*r.lastOutcome);
    if (r.nextAttemptAt.isValid() && r.nextAttemptAt > m_now) {
        const QDateTime local = r.nextAttemptAt.toLocalTime();
        parts << tr("next %1").arg(local.date() == m_now.toLocalTime().date()
                ? QLocale().toString(local.time(), QLocale::ShortFormat)
                : QLocale().toString(local, QLocale::ShortFormat));
    } else if (r.nextAttemptAt.isValid()) {
        parts << tr("call now");
    } else if (r.attempts >= r.attemptsOf) {
        parts << tr("last attempt made");
    }
    return parts.join(QStringLiteral(" · "));
}

QString MyQueueModel::attemptsTip(const SlaClockRow &r) const
{
    const QString attempts = tr("%1 unreached attempts of %2").arg(r.attempts).arg(r.attemptsOf);
    if (!r.nextAttemptAt.isValid())
        return attempts;
    return tr("%1; next attempt from %2")
        .arg(attempts, QLocale().toString(r.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant MyQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case TimeLeft:
        return tr("Time left");
    case State:
        return tr("State");
    case Lead:
        return tr("Lead");
    case Company:
        return tr("Company");
    case Stage:
        return tr("Stage");
    case Score:
        return tr("Score");
    case Chance:
        return tr("Chance");
    case Policy:
        return tr("Service level");
    case Attempts:
        return tr("Attempts");
    case LocalTime:
        return tr("Local time");
    }
    return {};
}

} // namespace bantam
