#include "phone/localtime.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace bantam {

namespace {

QString regionOfPhone(const QString &phone, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    if (phone.trimmed().isEmpty())
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(phone.toStdString(), defaultRegion.toUpper().toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        return {};
    return QString::fromStdString(region);
}

// The zones of a region, looked up once per region (QTimeZone's list is slow to build).
std::vector<QTimeZone> zonesOf(const QString &region)
{
    static std::mutex lock;
    static std::map<QString, std::vector<QTimeZone>> cache;
    const std::lock_guard<std::mutex> guard(lock);
    const auto found = cache.find(region);
    if (found != cache.end())
        return found->second;
    std::vector<QTimeZone> zones;
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory != QLocale::AnyTerritory) {
        // Zones that keep the same time (Europe/Berlin and Europe/Busingen) count once: the
        // same offsets in January and in July.
        const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
        const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds(territory)) {
            QTimeZone z(id);
            if (!z.isValid())
                continue;
            const bool same = std::any_of(zones.begin(), zones.end(), [&](const QTimeZone &k) {
                return k.offsetFromUtc(winter) == z.offsetFromUtc(winter)
                    && k.offsetFromUtc(summer) == z.offsetFromUtc(summer);
            });
            if (!same)
                zones.push_back(z);
        }
    }
    cache.emplace(region, zones);
    return zones;
}

} // namespace

CallingWindow CallingWindow::fromSettings(const QMap<QString, QString> &settings)
{
    CallingWindow w;
    const QTime from
        = QTime::fromString(settings.value(QStringLiteral("window_from")), QStringLiteral("HH:mm"));
    const QTime to
        = QTime::fromString(settings.value(QStringLiteral("window_to")), QStringLiteral("HH:mm"));
    if (from.isValid() && to.isValid() && from < to) {
        w.from = from;
        w.to = to;
    }
    return w;
}

LocalTime LocalTime::of(const QString &phone, const QString &country, const QString &defaultRegion)
{
    LocalTime t;
    t.m_region = regionOfPhone(phone, defaultRegion);
    if (t.m_region.isEmpty())
        t.m_region = country.trimmed().toUpper();
    if (!t.m_region.isEmpty())
        t.m_zones = zonesOf(t.m_region);
    if (t.m_zones.empty())
        t.m_region.clear();
    return t;
}

bool LocalTime::inWindow(const QDateTime &at, const CallingWindow &window) const
{
    return std::all_of(m_zones.begin(), m_zones.end(),
        [&](const QTimeZone &z) { return window.contains(at.toTimeZone(z).time()); });
}

QString LocalTime::text(const QDateTime &at) const
{
    if (m_zones.empty())
        return {};
    // The earliest and latest local time of day over the zones (by UTC offset now).
    int low = 0, high = 0;
    for (size_t i = 0; i < m_zones.size(); ++i) {
        const int offset = m_zones[i].offsetFromUtc(at);
        if (i == 0 || offset < low)
            low = offset;
        if (i == 0 || offset > high)
            high = offset;
    }
    const QLocale locale;
    // Hours and minutes: the C locale (bantam-cli) would add seconds.
    const auto format = [&locale](const QTime &t) {
        return locale.language() == QLocale::C ? t.toString(QStringLiteral("HH:mm"))
                                               : locale.toString(t, QLocale::ShortFormat);
    };
    const QDateTime utc = at.toUTC();
    const QString first = format(utc.addSecs(low).time());
    if (low == high)
        return first;
    return QStringLiteral("%1–%2").arg(first, format(utc.addSecs(high).time()));
}

QString LocalTime::description(const QDateTime &at) const
{
    if (m_zones.empty())
        return tr("local time unknown (no phone number or country)");
    if (m_zones.size() == 1)
        return tr("%1 local time (%2)").arg(text(at), QString::fromUtf8(m_zones.front().id()));
    return tr("%1 local time (%2 has several time zones)").arg(text(at), m_region);
}

} // namespace bantam
