#include "domain/recontact.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace bantam {

namespace {

constexpr std::array<std::pair<RecontactReturn, const char *>, 5> kCodes {{
    {RecontactReturn::ToOwner, "recontact_owner"},
    {RecontactReturn::OwnerInactive, "recontact_owner_inactive"},
    {RecontactReturn::OwnerAbsent, "recontact_owner_absent"},
    {RecontactReturn::OwnerFull, "recontact_owner_full"},
    {RecontactReturn::Unowned, "recontact_unowned"},
}};

} // namespace

QString recontactReturnCode(RecontactReturn why)
{
    for (const auto &[w, code] : kCodes) {
        if (w == why)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<RecontactReturn> recontactReturnFromCode(const QString &code)
{
    for (const auto &[w, c] : kCodes) {
        if (code == QLatin1String(c))
            return w;
    }
    return std::nullopt;
}

QString recontactReturnText(RecontactReturn why, const QDate &on)
{
    const QString date = QLocale().toString(on, QLocale::ShortFormat);
    switch (why) {
    case RecontactReturn::ToOwner:
        return QCoreApplication::translate("Recontact", "Back on its re-contact date %1.")
            .arg(date);
    case RecontactReturn::OwnerInactive:
        return QCoreApplication::translate("Recontact",
            "Back on its re-contact date %1; routed by the rules because its owner is no longer "
            "active.")
            .arg(date);
    case RecontactReturn::OwnerAbsent:
        return QCoreApplication::translate("Recontact",
            "Back on its re-contact date %1; routed by the rules because its owner is absent.")
            .arg(date);
    case RecontactReturn::OwnerFull:
        return QCoreApplication::translate("Recontact",
            "Back on its re-contact date %1; routed by the rules because its owner is at "
            "capacity.")
            .arg(date);
    case RecontactReturn::Unowned:
        return QCoreApplication::translate(
            "Recontact", "Back on its re-contact date %1; routed by the rules (it had no owner).")
            .arg(date);
    }
    return {};
}

} // namespace bantam
