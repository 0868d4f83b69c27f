#include "common/dialer.h"

#include "cadence/cadenceservice.h"
#include "common/session.h"
#include "services.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace bantam {

QString defaultPhoneRegion()
{
    const QString region = QLocale::territoryToCode(QLocale().territory());
    return region.size() == 2 ? region : QStringLiteral("DE");
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
    auto url = settings->url(
        number, lead.profile.country.isEmpty() ? defaultPhoneRegion() : lead.profile.country);
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
