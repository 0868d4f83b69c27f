#include "domain/cadence.h"

#include <QCoreApplication>

namespace bantam {

QString CadencePolicy::displayName() const
{
    if (code == QLatin1String("new_mql") && name == QLatin1String("New MQL"))
        return QCoreApplication::translate("Cadence", "New MQL");
    return name;
}

QString CadencePolicy::summary() const
{
    const QString attemptsText
        = QCoreApplication::translate("Cadence", "%n attempt(s)", nullptr, attempts);
    const QString daysText
        = QCoreApplication::translate("Cadence", "%n business day(s)", nullptr, withinDays);
    const QString gapText
        = QCoreApplication::translate("Cadence", "%n business hour(s)", nullptr, gapHours);
    const QString base = QCoreApplication::translate("Cadence", "%1 in %2, at least %3 apart")
                             .arg(attemptsText, daysText, gapText);
    return varyTimeOfDay
        ? QCoreApplication::translate("Cadence", "%1, at different times of day").arg(base)
        : base;
}

} // namespace bantam
