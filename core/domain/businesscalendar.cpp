#include "domain/businesscalendar.h"

namespace bantam {

namespace {
// Enough for any real calendar; stops the search on a calendar without working time.
constexpr int kMaxDaysSearched = 366 * 20;
} // namespace

QDate BusinessCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

std::vector<Holiday> BusinessCalendar::germanHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), QStringLiteral("Neujahr")},
        {easter.addDays(-2), QStringLiteral("Karfreitag")},
        {easter.addDays(1), QStringLiteral("Ostermontag")},
        {QDate(year, 5, 1), QStringLiteral("Tag der Arbeit")},
        {easter.addDays(39), QStringLiteral("Christi Himmelfahrt")},
        {easter.addDays(50), QStringLiteral("Pfingstmontag")},
        {QDate(year, 10, 3), QStringLiteral("Tag der Deutschen Einheit")},
        {QDate(year, 12, 25), QStringLiteral("1. Weihnachtstag")},
        {QDate(year, 12, 26), QStringLiteral("2. Weihnachtstag")},
    };
}

BusinessCalendar::BusinessCalendar()
    : m_zone(QTimeZone::utc())
{ }

BusinessCalendar BusinessCalendar::germanDefault()
{
    BusinessCalendar c;
    c.m_zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    for (int d = 1; d <= 5; ++d)
        c.setHours(d, {9 * 60, 17 * 60});
    for (int y = 2026; y <= 2030; ++y) {
        for (const Holiday &h : germanHolidays(y))
            c.addHoliday(h.day, h.name);
    }
    return c;
}

bool BusinessCalendar::isWorkingDay(const QDate &localDay) const
{
    return hours(localDay.dayOfWeek()).isWorkingDay() && !isHoliday(localDay);
}

bool BusinessCalendar::hasWorkingTime() const
{
    for (const WorkingHours &h : m_hours) {
        if (h.isWorkingDay())
            return true;
    }
    return false;
}

std::pair<QDateTime, QDateTime> BusinessCalendar::workingInterval(const QDate &localDay) const
{
    if (!isWorkingDay(localDay))
        return {};
    const WorkingHours h = hours(localDay.dayOfWeek());
    auto at = [&](int minute) {
        // 24:00 is the next midnight; QDateTime resolves a wall time in a DST gap forward.
        return minute >= 1440 ? QDateTime(localDay.addDays(1), QTime(0, 0), m_zone)
                              : QDateTime(localDay, QTime(minute / 60, minute % 60), m_zone);
    };
    return {at(h.startMinute), at(h.endMinute)};
}

QDateTime BusinessCalendar::nextWorkingMoment(const QDateTime &start) const
{
    return addBusinessSeconds(start, 0);
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!start.isValid() || !hasWorkingTime())
        return {};
    qint64 left = std::max<qint64>(0, seconds);
    QDate day = start.toTimeZone(m_zone).date();
    for (int i = 0; i < kMaxDaysSearched; ++i, day = day.addDays(1)) {
        const auto [open, close] = workingInterval(day);
        if (!open.isValid())
            continue;
        const QDateTime from = std::max(open, start);
        if (from >= close)
            continue;
        const qint64 available = from.secsTo(close);
        if (left <= available)
            return from.addSecs(left).toUTC();
        left -= available;
    }
    return {};
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime &start, int days) const
{
    const QDateTime first = nextWorkingMoment(start);
    if (!first.isValid())
        return {};
    const QDateTime local = first.toTimeZone(m_zone);
    QDate day = local.date();
    int found = 0;
    for (int i = 0; i < kMaxDaysSearched && found < days; ++i) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++found;
    }
    if (found < days)
        return {};
    const auto [open, close] = workingInterval(day);
    const QDateTime target(day, local.time(), m_zone);
    return std::clamp(target, open, close).toUTC();
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate day = from.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        const auto [open, close] = workingInterval(day);
        if (!open.isValid())
            continue;
        const QDateTime a = std::max(open, from), b = std::min(close, to);
        if (b > a)
            total += a.secsTo(b);
    }
    return total;
}

} // namespace bantam
