// Colours of the SLA states, shared by My queue, the dashboard's charts and its tables.
#pragma once

#include "sla/slarules.h"

#include <QColor>

namespace bantam {

QColor slaStateColor(SlaState state); // strong: chart bars, text
QColor slaStateTint(SlaState state); // light: row backgrounds
// "in 2 h 15 min", "3 h 5 min overdue", "in 2 d 4 h": the wall-clock time from now to due.
QString slaTimeLeft(const QDateTime &now, const QDateTime &due);

} // namespace bantam
