// Numbers as people type them into forms and spreadsheets, in English or German notation:
// "600", "-3", "1,234.5" and "1.234,5", "10,5" (German decimal comma), "1.000.000", "12 345";
// and company sizes as CRM and LinkedIn exports give them: "50", "51-200", "1.000+", "10k".
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace bantam {

// The number in text, or nothing if it is not one. A single separator followed by exactly
// three digits after a leading group of one to three digits ("1.000", "1,000") is read as a
// thousands separator; otherwise a single '.' or ',' is the decimal point. With both, the last
// one is the decimal point.
std::optional<double> readNumber(const QString &text);
// The same for text as UTF-8 bytes (a database row's), read without a string in the common case
// of a whole number.
std::optional<double> readNumber(std::string_view utf8);

// A number of employees or a range of them. high is infinite for an open range ("1000+").
struct SizeRange
{
    double low = 0;
    double high = 0;
    // The one number the range stands for: its middle, or its start if it is open.
    double representative() const;
    // Whether n lies in the range, whole employees counted: "50-249" holds 249.5 but not 250.
    bool holds(double n) const;
};

// "50", "51-200", "51 – 200", "1.000+", "10,001+", "10k", "1,5k", "5000 employees",
// "51-200 Mitarbeiter"; nothing for text that is not a size ("KMU").
std::optional<SizeRange> readCompanySize(const QString &text);

} // namespace bantam
