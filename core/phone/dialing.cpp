#include "phone/dialing.h"

#include <QUrl>

#include <phonenumbers/phonenumberutil.h>

namespace bantam {

QString dialWithKey(DialWith with)
{
    switch (with) {
    case DialWith::Tel:
        return QStringLiteral("tel");
    case DialWith::Sip:
        return QStringLiteral("sip");
    case DialWith::Callto:
        return QStringLiteral("callto");
    case DialWith::Template:
        return QStringLiteral("template");
    }
    return {};
}

std::optional<DialWith> dialWithFromKey(const QString &key)
{
    for (DialWith w : {DialWith::Tel, DialWith::Sip, DialWith::Callto, DialWith::Template}) {
        if (dialWithKey(w) == key)
            return w;
    }
    return std::nullopt;
}

std::optional<PhoneForms> phoneForms(const QString &text, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (text.trimmed().isEmpty()
        || util->Parse(text.trimmed().toStdString(), defaultRegion.toUpper().toStdString(), &number)
            != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    std::string e164, national;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    PhoneForms f;
    f.e164 = QString::fromStdString(e164);
    f.national = QString::fromStdString(national);
    for (QChar c : f.e164) {
        if (c.isDigit())
            f.digits += c;
    }
    for (QChar c : f.national) {
        if (c.isDigit())
            f.nationalDigits += c;
    }
    return f;
}

DialSettings DialSettings::fromSettings(const QMap<QString, QString> &settings)
{
    DialSettings d;
    d.with = dialWithFromKey(settings.value(QStringLiteral("dial_with"))).value_or(DialWith::Tel);
    d.urlTemplate = settings.value(QStringLiteral("dial_template"));
    return d;
}

Result<void> DialSettings::check() const
{
    if (with != DialWith::Template)
        return {};
    const QUrl u(urlTemplate.trimmed());
    const bool web = u.isValid()
        && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    const bool placeholder = urlTemplate.contains(QLatin1String("{e164}"))
        || urlTemplate.contains(QLatin1String("{digits}"))
        || urlTemplate.contains(QLatin1String("{national}"));
    if (!web || !placeholder)
        return Error::invalid(tr("The dialing template must be an http(s) address with {e164}, "
                                 "{digits} or {national} where the number goes, e.g. "
                                 "https://pbx.example.com/call?to={e164} (not '%1').")
                                  .arg(urlTemplate),
            QStringLiteral("template"));
    return {};
}

Result<QString> DialSettings::url(const QString &phone, const QString &defaultRegion) const
{
    const auto f = phoneForms(phone, defaultRegion);
    if (!f)
        return Error::invalid(tr("'%1' is not a phone number that can be dialled.").arg(phone),
            QStringLiteral("phone"));
    switch (with) {
    case DialWith::Tel:
        return QStringLiteral("tel:") + f->e164;
    case DialWith::Sip:
        return QStringLiteral("sip:") + f->e164;
    case DialWith::Callto:
        return QStringLiteral("callto:") + f->e164;
    case DialWith::Template: {
        if (auto c = check(); !c)
            return c.error();
        QString out = urlTemplate.trimmed();
        const auto encoded
            = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
        out.replace(QLatin1String("{e164}"), encoded(f->e164));
        out.replace(QLatin1String("{digits}"), encoded(f->digits));
        out.replace(QLatin1String("{national}"), encoded(f->national));
        return out;
    }
    }
    return QString();
}

} // namespace bantam
