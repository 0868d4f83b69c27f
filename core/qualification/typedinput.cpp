#include "qualification/typedinput.h"

#include <QRegularExpression>

#include <cmath>

namespace bantam {

std::optional<double> readTypedNumber(
    const QString &typed, const QLocale &locale, const QString &unit)
{
    QString text = typed.trimmed();
    for (const QString &suffix : {unit, QStringLiteral("EUR"), QStringLiteral("€")}) {
        if (!suffix.isEmpty() && text.endsWith(suffix, Qt::CaseInsensitive))
            text = text.chopped(suffix.size()).trimmed();
    }
    // Spaces, no-break spaces and the narrow ones that some locales group thousands with.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]"));
    text.remove(spaces);
    if (text.isEmpty())
        return std::nullopt;
    // Qt checks that group separators stand every three digits, so "1.5" is no German number
    // and "1,5" no English one: the second reading only takes what the first cannot.
    for (const QLocale &l : {locale, QLocale(QLocale::English, QLocale::UnitedStates),
             QLocale(QLocale::German, QLocale::Germany)}) {
        bool ok = false;
        const double v = l.toDouble(text, &ok);
        if (ok && std::isfinite(v))
            return v;
    }
    return std::nullopt;
}

namespace {

// Qt reads "yy" as 19yy; a rep on the phone means this century.
QDate thisCentury(QDate d, const QString &format)
{
    if (d.isValid() && !format.contains(QLatin1String("yyyy")))
        d = d.addYears(100);
    return d;
}

} // namespace

QDate readTypedDate(const QString &typed, const QLocale &locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('M'));
    QStringList formats {
        QStringLiteral("yyyy-M-d"), QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yy")};
    if (monthFirst)
        formats << QStringLiteral("M/d/yyyy") << QStringLiteral("M/d/yy");
    else
        formats << QStringLiteral("d/M/yyyy") << QStringLiteral("d/M/yy");
    for (const QString &format : formats) {
        const QDate d = thisCentury(QDate::fromString(text, format), format);
        if (d.isValid())
            return d;
    }
    for (auto type : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QString format = locale.dateFormat(type);
        const QDate d = thisCentury(locale.toDate(text, format), format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString typedNumberText(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString typedDateText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The short format with all four digits of the year, which reads back without a guess.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace bantam
