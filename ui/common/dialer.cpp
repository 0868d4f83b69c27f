#include "common/dialer.h"

#include "cadence/cadenceservice.h"
#include "common/session.h"
#include "io/countrynames.h"
#include "phone/homeregion.h"
#include "services.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QUrl>

#include <algorithm>

namespace bantam {

QString defaultPhoneRegion(const Session &session)
{
    return HomeRegion::orDefault(session.database());
}

QComboBox *makeRegionCombo(const QString &region)
{
    static const char *const regions[] = {"DE", "AT", "CH", "US", "GB", "FR", "NL", "BE", "LU",
        "IT", "ES", "PL", "CZ", "DK", "SE", "NO", "FI", "IE", "PT", "CA", "AU"};
    auto *combo = new QComboBox;
    for (const char *code : regions) {
        const QString c = QString::fromLatin1(code);
        combo->addItem(QStringLiteral("%1 (%2)").arg(countryName(c), c), c);
    }
    if (combo->findData(region) < 0 && !region.isEmpty())
        combo->addItem(QStringLiteral("%1 (%2)").arg(countryName(region), region), region);
    combo->setCurrentIndex(std::max(0, combo->findData(region)));
    return combo;
}

QString dialUrl(const Session &session, const Lead &lead, QString *error)
{
    const QString number = lead.phoneE164.isEmpty() ? lead.profile.phone : lead.phoneE164;
    if (number.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Dialer", "%1 has no phone number.")
                     .arg(lead.displayName());
        return {};
    }
    auto settings = session.services().cadence().dialSettings();
    if (!settings) {
        *error = settings.error().message;
        return {};
    }
    auto url = settings->url(number,
        lead.profile.country.isEmpty() ? defaultPhoneRegion(session) : lead.profile.country);
    if (!url) {
        *error = url.error().message;
        return {};
    }
    return url.value();
}

bool dialLead(const Session &session, const Lead &lead, QString *error)
{
    const QString url = dialUrl(session, lead, error);
    if (url.isEmpty())
        return false;
    if (!QDesktopServices::openUrl(QUrl(url))) {
        *error = QCoreApplication::translate("Dialer",
            "No program on this computer handles %1. Set how numbers are dialled in Settings › "
            "Calls › Telephony.")
                     .arg(url);
        return false;
    }
    return true;
}

} // namespace bantam
