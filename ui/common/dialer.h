// Dialing a lead from any screen (F5): its number handed to the phone system the way Settings ›
// Calls › Telephony says — tel:, sip:, callto: or the team's click-to-call URL template.
#pragma once

#include "domain/lead.h"

#include <QString>

namespace bantam {

class Session;

// The region a number without a country code is read in: the user's locale's country (DE when
// the locale names none).
QString defaultPhoneRegion();
// The URL the lead's number is handed over as, or an error message.
QString dialUrl(const Session &session, const Lead &lead, QString *error);
// Opens it (QDesktopServices); false with the reason in *error.
bool dialLead(const Session &session, const Lead &lead, QString *error);

} // namespace bantam
