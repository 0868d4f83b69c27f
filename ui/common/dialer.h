// Dialing a lead from any screen (F5): its number handed to the phone system the way Settings ›
// Calls › Telephony says — tel:, sip:, callto: or the team's click-to-call URL template.
#pragma once

#include "domain/lead.h"

#include <QString>

class QComboBox;

namespace bantam {

class Session;

// The region a number without a country code is read in: the database's home region
// (phone/homeregion.h; Settings › Calls › Telephony).
QString defaultPhoneRegion(const Session &session);
// A choice of the countries people import from and call, "Deutschland (DE)", each with its code as
// data; region is selected (and added if it is not in the list).
QComboBox *makeRegionCombo(const QString &region);
// The URL the lead's number is handed over as, or an error message.
QString dialUrl(const Session &session, const Lead &lead, QString *error);
// Opens it (QDesktopServices); false with the reason in *error.
bool dialLead(const Session &session, const Lead &lead, QString *error);

} // namespace bantam
