// LocalTime: the lead's local time, for calling at the right time. The time zone comes from the
// phone number's region (libphonenumber's GetRegionCodeForNumber) or, without a usable number,
// from the lead's country, and QTimeZone's zones of that region. Debian's libphonenumber 8.12
// ships no PhoneNumberToTimeZonesMapper (the C++ library has none; it is Java's), so a number is
// mapped by its country, not its area code: a country with one zone gives that zone, a country
// with several (US, CA, RU, AU, BR, MX, …) gives the range of their local times, and a lead is
// inside the calling window only when all of them are.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <vector>

namespace bantam {

struct CallingWindow
{
    QTime from {8, 0};
    QTime to {20, 0}; // exclusive
    bool contains(const QTime &t) const { return t >= from && t < to; }
    // The window of the team's stored call settings (window_from, window_to as "HH:mm"); the
    // default when they hold none.
    static CallingWindow fromSettings(const QMap<QString, QString> &settings);
};

class LocalTime
{
    Q_DECLARE_TR_FUNCTIONS(LocalTime)

public:
    // phone as stored (E.164, or as typed: read with defaultRegion); country ISO alpha-2.
    static LocalTime of(const QString &phone, const QString &country,
        const QString &defaultRegion = QStringLiteral("DE"));

    bool isKnown() const { return !m_zones.empty(); }
    QString region() const { return m_region; } // "DE"; empty when unknown
    const std::vector<QTimeZone> &zones() const { return m_zones; }
    // Whether every zone's local time at `at` lies in the window (unknown: true, nothing to
    // hold the lead back for).
    bool inWindow(const QDateTime &at, const CallingWindow &window) const;
    // "14:05" or "08:05–11:05"; empty when unknown.
    QString text(const QDateTime &at) const;
    // "14:05 local time (Europe/Berlin)" / "… (several time zones of US)"; translated.
    QString description(const QDateTime &at) const;

private:
    QString m_region;
    std::vector<QTimeZone> m_zones;
};

} // namespace bantam
