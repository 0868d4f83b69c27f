#include "phone/callers.h"

#include "phone/dialing.h"
#include "storage/leadrepository.h"

namespace bantam {

Result<std::vector<Lead>> Callers::leadsWithNumber(
    const Database &db, const QString &number, const QString &defaultRegion)
{
    const auto forms = phoneForms(number, defaultRegion);
    if (!forms)
        return Error::invalid(tr("'%1' is not a phone number (read with the default region %2).")
                                  .arg(number, defaultRegion),
            QStringLiteral("number"));
    // Stored as E.164, or as typed: "+49 30 1234567" (its digits are the international ones)
    // or "030 1234567" (the national digits).
    return LeadRepository(db).withPhone(forms->e164, {forms->digits, forms->nationalDigits}, Limit);
}

} // namespace bantam
