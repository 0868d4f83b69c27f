#include "domain/slaclock.h"

#include <QCoreApplication>

namespace bantam {

qint64 slaWeekOf(const QDateTime &at)
{
    return (at.toSecsSinceEpoch() + 3 * 86400) / (7 * 86400);
}

QDate slaWeekStart(qint64 week)
{
    return QDate(1970, 1, 1).addDays(week * 7 - 3);
}

QString clockOutcomeKey(ClockOutcome outcome)
{
    switch (outcome) {
    case ClockOutcome::Open:
        return QStringLiteral("open");
    case ClockOutcome::Met:
        return QStringLiteral("met");
    case ClockOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ClockOutcome clockOutcomeFromKey(const QString &key)
{
    if (key == QLatin1String("met"))
        return ClockOutcome::Met;
    if (key == QLatin1String("cancelled"))
        return ClockOutcome::Cancelled;
    return ClockOutcome::Open;
}

QString slaStateKey(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QStringLiteral("on_track");
    case SlaState::DueSoon:
        return QStringLiteral("due_soon");
    case SlaState::Breached:
        return QStringLiteral("breached");
    case SlaState::MetOnTime:
        return QStringLiteral("met_on_time");
    case SlaState::MetLate:
        return QStringLiteral("met_late");
    case SlaState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QCoreApplication::translate("Sla", "On track");
    case SlaState::DueSoon:
        return QCoreApplication::translate("Sla", "Due soon");
    case SlaState::Breached:
        return QCoreApplication::translate("Sla", "Breached");
    case SlaState::MetOnTime:
        return QCoreApplication::translate("Sla", "Met on time");
    case SlaState::MetLate:
        return QCoreApplication::translate("Sla", "Met late");
    case SlaState::Cancelled:
        return QCoreApplication::translate("Sla", "Cancelled");
    }
    return {};
}

SlaState SlaClock::stateAt(const QDateTime &now) const
{
    switch (outcome) {
    case ClockOutcome::Cancelled:
        return SlaState::Cancelled;
    case ClockOutcome::Met:
        return stoppedAt <= dueAt ? SlaState::MetOnTime : SlaState::MetLate;
    case ClockOutcome::Open:
        break;
    }
    if (now >= dueAt)
        return SlaState::Breached;
    return now >= dueSoonAt ? SlaState::DueSoon : SlaState::OnTrack;
}

} // namespace bantam
