// PhoneNormalizer: phone numbers as people type them ("030 123 45 67", "+43 1 234567") turned
// into E.164 ("+49301234567") with Debian's libphonenumber, for storage and duplicate matching.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace bantam {

class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)

public:
    // defaultRegion: ISO 3166 alpha-2 ("DE") for numbers written without a country code.
    // Fails, naming the number, if it cannot be parsed or is not a valid number.
    static Result<QString> toE164(const QString &text, const QString &defaultRegion);
};

} // namespace bantam
