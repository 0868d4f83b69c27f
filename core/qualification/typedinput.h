// Typed input: numbers and dates as a rep types them during a call, read in the user's
// language ("25.000" and "30.06.2027" in German, "25,000" and "6/30/2027" in English) and in
// the other common notations where that is unambiguous (ISO dates, "25,000.50" in German,
// "25.000,50" in English), and written back the same way. Call mode's answers and BANT facts and
// the service that stores them read through here, so a number means the same on every screen.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace bantam {

// A number typed in locale, or in English or German notation where locale cannot read it.
// Spaces (also as thousands separators) and a trailing unit ("EUR", "€") are ignored.
std::optional<double> readTypedNumber(
    const QString &typed, const QLocale &locale, const QString &unit = {});
// A date typed in locale's short or long format, as d.M.yyyy (day first, in any language), as
// ISO yyyy-MM-dd, or with a two-digit year (taken as 20yy). Invalid if it is none of them.
QDate readTypedDate(const QString &typed, const QLocale &locale);

// How a number and a date are shown in an input field so that reading them back gives the same.
QString typedNumberText(double value, const QLocale &locale);
QString typedDateText(const QDate &date, const QLocale &locale);

} // namespace bantam
