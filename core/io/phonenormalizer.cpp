#include "io/phonenormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace bantam {

Result<QString> PhoneNormalizer::toE164(const QString &text, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance(); // thread-safe singleton
    PhoneNumber number;
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    const auto parsed = util->Parse(text.toStdString(), region, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        return Error::invalid(tr("'%1' is not a phone number (read with default region %2).")
                                  .arg(text, defaultRegion),
            QStringLiteral("phone"));
    }
    if (!util->IsValidNumber(number)) {
        return Error::invalid(
            tr("'%1' is not a valid phone number (default region %2).").arg(text, defaultRegion),
            QStringLiteral("phone"));
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

} // namespace bantam
