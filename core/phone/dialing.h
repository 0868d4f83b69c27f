// Dialing: how a phone number is handed to the team's phone system — as a tel:, sip: or callto:
// URI, or through a URL template of a click-to-call page with {e164} ("+49301234567"), {digits}
// ("49301234567") and {national} ("030 1234567") — and the forms of a number a caller ID is
// matched with. Team-wide call settings (call_settings: dial_with, dial_template).
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace bantam {

enum class DialWith { Tel, Sip, Callto, Template };
QString dialWithKey(DialWith with); // "tel", "sip", "callto", "template"
std::optional<DialWith> dialWithFromKey(const QString &key);

// A number in the forms dialing and matching need; from libphonenumber.
struct PhoneForms
{
    QString e164; // "+49301234567"
    QString digits; // "49301234567"
    QString national; // "030 1234567"
    QString nationalDigits; // "0301234567"
};
// Reads a number as typed or as a caller ID sends it, any format; defaultRegion for numbers
// without a country code. Nullopt when it is no phone number.
std::optional<PhoneForms> phoneForms(const QString &text, const QString &defaultRegion);

struct DialSettings
{
    Q_DECLARE_TR_FUNCTIONS(DialSettings)

public:
    DialWith with = DialWith::Tel;
    QString urlTemplate; // for Template: "https://pbx.example/call?to={e164}"

    static DialSettings fromSettings(const QMap<QString, QString> &settings);
    // A template must be an http(s) URL that uses at least one placeholder.
    Result<void> check() const;
    // What is handed over for the number ("tel:+49301234567", or the expanded template, its
    // placeholders URL-encoded); an error naming the number when it cannot be read.
    Result<QString> url(const QString &phone, const QString &defaultRegion) const;
};

} // namespace bantam
