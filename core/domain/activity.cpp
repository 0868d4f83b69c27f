#include "domain/activity.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace bantam {

namespace {

constexpr std::array<std::pair<const char *, const char *>, 15> kTypes = {{
    {"call", QT_TRANSLATE_NOOP("Activity", "Call")},
    {"email", QT_TRANSLATE_NOOP("Activity", "E-mail")},
    {"meeting", QT_TRANSLATE_NOOP("Activity", "Meeting")},
    {"note", QT_TRANSLATE_NOOP("Activity", "Note")},
    {"page_visit", QT_TRANSLATE_NOOP("Activity", "Page visit")},
    {"pricing_page", QT_TRANSLATE_NOOP("Activity", "Pricing page visit")},
    {"product_page", QT_TRANSLATE_NOOP("Activity", "Product page visit")},
    {"download", QT_TRANSLATE_NOOP("Activity", "Download")},
    {"email_open", QT_TRANSLATE_NOOP("Activity", "E-mail opened")},
    {"email_click", QT_TRANSLATE_NOOP("Activity", "E-mail link clicked")},
    {"webinar", QT_TRANSLATE_NOOP("Activity", "Webinar attended")},
    {"social", QT_TRANSLATE_NOOP("Activity", "Social media interaction")},
    {"contact_form", QT_TRANSLATE_NOOP("Activity", "Contact form sent")},
    {"demo_request", QT_TRANSLATE_NOOP("Activity", "Demo requested")},
    {"trial_signup", QT_TRANSLATE_NOOP("Activity", "Trial sign-up")},
}};

} // namespace

const QStringList &knownActivityTypes()
{
    static const QStringList types = [] {
        QStringList t;
        for (const auto &[key, name] : kTypes)
            t << QLatin1String(key);
        return t;
    }();
    return types;
}

QString activityName(const QString &type)
{
    for (const auto &[key, name] : kTypes) {
        if (type == QLatin1String(key))
            return QCoreApplication::translate("Activity", name);
    }
    return type;
}

} // namespace bantam
