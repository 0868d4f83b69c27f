#include "phone/homeregion.h"

#include "storage/settingstable.h"

#include <phonenumbers/phonenumberutil.h>

namespace bantam {

namespace {
const QString kKey = QStringLiteral("home_region");
} // namespace

Result<QString> HomeRegion::of(const Database &db)
{
    auto settings = SettingsTable(db, "call_settings").all();
    if (!settings)
        return settings.error();
    const QString region = settings->value(kKey);
    return region.isEmpty() ? Default : region;
}

QString HomeRegion::orDefault(const Database &db)
{
    auto region = of(db);
    return region ? region.value() : Default;
}

QString HomeRegion::callingCode(const QString &region)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const int code
        = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString());
    return code > 0 ? QString::number(code) : QString();
}

Result<QString> HomeRegion::validate(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    if (code.size() != 2 || callingCode(code).isEmpty())
        return Error::invalid(tr("'%1' is not a country with phone numbers; give its two-letter "
                                 "code such as DE, AT or CH.")
                                  .arg(region),
            QStringLiteral("home_region"));
    return code;
}

QString HomeRegion::e164(const Database &db, const QString &phone, const QString &country)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    if (phone.trimmed().isEmpty())
        return {};
    const QString region = country.trimmed().isEmpty() ? orDefault(db) : country.trimmed();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(phone.trimmed().toStdString(), region.toUpper().toStdString(), &number)
            != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

} // namespace bantam
