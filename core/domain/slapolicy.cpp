#include "domain/slapolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace bantam {

QString slaUnitKey(SlaUnit unit)
{
    switch (unit) {
    case SlaUnit::BusinessMinutes:
        return QStringLiteral("business_minutes");
    case SlaUnit::BusinessDays:
        return QStringLiteral("business_days");
    case SlaUnit::CalendarDays:
        return QStringLiteral("calendar_days");
    }
    return {};
}

std::optional<SlaUnit> slaUnitFromKey(const QString &key)
{
    for (SlaUnit u : {SlaUnit::BusinessMinutes, SlaUnit::BusinessDays, SlaUnit::CalendarDays}) {
        if (slaUnitKey(u) == key)
            return u;
    }
    return std::nullopt;
}

bool SlaPolicy::covers(Stage stage) const
{
    return std::find(stages.begin(), stages.end(), stage) != stages.end();
}

bool SlaPolicy::appliesTo(Stage stage, bool leadFastTrack, int score) const
{
    return active && covers(stage) && (!fastTrack || *fastTrack == leadFastTrack)
        && score >= minScore;
}

QDateTime SlaPolicy::dueAt(const BusinessCalendar &calendar, const QDateTime &start) const
{
    switch (unit) {
    case SlaUnit::BusinessMinutes:
        return calendar.addBusinessMinutes(start, allowed);
    case SlaUnit::BusinessDays:
        return calendar.addBusinessDays(start, allowed);
    case SlaUnit::CalendarDays:
        return start.toUTC().addDays(allowed);
    }
    return {};
}

QDateTime SlaPolicy::dueSoonAt(
    const BusinessCalendar &calendar, const QDateTime &start, const QDateTime &due) const
{
    const qint64 total = elapsedSecs(calendar, start, due);
    const qint64 beforeDueSoon = total * (100 - std::clamp(dueSoonPercent, 0, 100)) / 100;
    if (unit == SlaUnit::CalendarDays)
        return start.toUTC().addSecs(beforeDueSoon);
    // From the first working moment: a clock started at night is not due soon before opening.
    return calendar.addBusinessSeconds(start, beforeDueSoon);
}

qint64 SlaPolicy::elapsedSecs(
    const BusinessCalendar &calendar, const QDateTime &start, const QDateTime &stop) const
{
    if (unit == SlaUnit::CalendarDays)
        return std::max<qint64>(0, start.secsTo(stop));
    return calendar.businessSecondsBetween(start, stop);
}

QString SlaPolicy::allowedText() const
{
    // Singular and plural spelled out: no %n plurals without a translation loaded.
    switch (unit) {
    case SlaUnit::BusinessMinutes:
        if (allowed == 60)
            return QCoreApplication::translate("Sla", "1 business hour");
        if (allowed % 60 == 0)
            return QCoreApplication::translate("Sla", "%1 business hours").arg(allowed / 60);
        return QCoreApplication::translate("Sla", "%1 business minutes").arg(allowed);
    case SlaUnit::BusinessDays:
        if (allowed == 1)
            return QCoreApplication::translate("Sla", "1 business day");
        return QCoreApplication::translate("Sla", "%1 business days").arg(allowed);
    case SlaUnit::CalendarDays:
        if (allowed == 1)
            return QCoreApplication::translate("Sla", "1 day");
        return QCoreApplication::translate("Sla", "%1 days").arg(allowed);
    }
    return {};
}

} // namespace bantam
