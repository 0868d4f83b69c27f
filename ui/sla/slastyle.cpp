#include "sla/slastyle.h"

#include <QCoreApplication>

namespace bantam {

QColor slaStateColor(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case SlaState::DueSoon:
        return QColor(0xe0, 0x8a, 0x00);
    case SlaState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case SlaState::MetOnTime:
        return QColor(0x1e, 0x6f, 0xa8);
    case SlaState::MetLate:
        return QColor(0x8e, 0x44, 0xad);
    case SlaState::Cancelled:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor slaStateTint(SlaState state)
{
    QColor c = slaStateColor(state);
    c.setAlpha(48);
    return c;
}

QString slaTimeLeft(const QDateTime &now, const QDateTime &due)
{
    const qint64 secs = now.secsTo(due);
    const qint64 minutes = (secs >= 0 ? secs : -secs) / 60;
    const qint64 days = minutes / (24 * 60), hours = (minutes / 60) % 24, mins = minutes % 60;
    QString span;
    if (days > 0)
        span = QCoreApplication::translate("Sla", "%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = QCoreApplication::translate("Sla", "%1 h %2 min").arg(hours).arg(mins);
    else
        span = QCoreApplication::translate("Sla", "%1 min").arg(mins);
    return secs >= 0 ? QCoreApplication::translate("Sla", "in %1").arg(span)
                     : QCoreApplication::translate("Sla", "%1 overdue").arg(span);
}

} // namespace bantam
