// BusinessCalendar: working hours per weekday, public holidays and a time zone, and the
// arithmetic of business time on them — adding business minutes or days to an instant and
// measuring the business time between two instants. Working hours are wall-clock times in the
// calendar's zone, so a working day stays 09:00-17:00 across daylight-saving changes.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace bantam {

struct WorkingHours
{
    int startMinute = 0; // minutes after local midnight
    int endMinute = 0; // exclusive; 1440 = midnight at the end of the day
    bool isWorkingDay() const { return endMinute > startMinute; }
    bool operator==(const WorkingHours &) const = default;
};

struct Holiday
{
    QDate day;
    QString name;
    bool operator==(const Holiday &) const = default;
};

class BusinessCalendar
{
public:
    // Monday to Friday 09:00-17:00, the German national holidays 2026-2030, Europe/Berlin.
    static BusinessCalendar germanDefault();
    // Neujahr, Karfreitag, Ostermontag, Tag der Arbeit, Christi Himmelfahrt, Pfingstmontag,
    // Tag der Deutschen Einheit, 1. and 2. Weihnachtstag of the year, in date order.
    static std::vector<Holiday> germanHolidays(int year);
    static QDate easterSunday(int year); // Gregorian calendar

    BusinessCalendar();

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // weekday: 1 = Monday ... 7 = Sunday (Qt's dayOfWeek()).
    WorkingHours hours(int weekday) const { return m_hours[size_t(weekday - 1)]; }
    void setHours(int weekday, WorkingHours hours) { m_hours[size_t(weekday - 1)] = hours; }
    const std::map<QDate, QString> &holidays() const { return m_holidays; }
    void addHoliday(const QDate &day, const QString &name) { m_holidays[day] = name; }
    void removeHoliday(const QDate &day) { m_holidays.erase(day); }
    bool isHoliday(const QDate &day) const { return m_holidays.count(day) > 0; }
    // A day with working hours that is no holiday.
    bool isWorkingDay(const QDate &localDay) const;
    // Whether the calendar has any working time at all (else adding business time is impossible).
    bool hasWorkingTime() const;

    // The working interval of a local day (invalid pair on days off).
    std::pair<QDateTime, QDateTime> workingInterval(const QDate &localDay) const;

    // The instant `seconds` of business time after start. A start outside working hours counts
    // from the next opening. Returns an invalid QDateTime if no working time exists in 20 years.
    QDateTime addBusinessSeconds(const QDateTime &start, qint64 seconds) const;
    QDateTime addBusinessMinutes(const QDateTime &start, qint64 minutes) const
    {
        return addBusinessSeconds(start, minutes * 60);
    }
    // The same local time of day `days` working days later, counted from the next working
    // moment (a clock started on Friday evening counts from Monday's opening); clamped to that
    // day's working hours.
    QDateTime addBusinessDays(const QDateTime &start, int days) const;
    // Business seconds in [from, to); 0 if to <= from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // start itself if it lies in working hours, else the next opening.
    QDateTime nextWorkingMoment(const QDateTime &start) const;

private:
    QTimeZone m_zone;
    std::array<WorkingHours, 7> m_hours {};
    std::map<QDate, QString> m_holidays;
};

} // namespace bantam
