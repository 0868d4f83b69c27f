// Numbers as people type them into forms and spreadsheets, in English or German notation:
// "600", "-3", "1,234.5" and "1.234,5", "10,5" (German decimal comma), "1.000.000", "12 345".
#pragma once

#include <QString>

#include <optional>

namespace bantam {

// The number in text, or nothing if it is not one. A single separator followed by exactly
// three digits after a leading group of one to three digits ("1.000", "1,000") is read as a
// thousands separator; otherwise a single '.' or ',' is the decimal point. With both, the last
// one is the decimal point.
std::optional<double> readNumber(const QString &text);

} // namespace bantam
