// Search keys: the case- and accent-folded form of names, companies and e-mails that the lead
// list sorts and searches on ("Müller" -> "muller"), and the digits of a phone number.
#pragma once

#include <QString>

namespace bantam {

QString searchKey(const QString &text);
// The plain letters searchKey() writes for a case-folded letter without a decomposition
// ("ı" -> "i", "æ" -> "ae"); null for any other.
const char *plainLetters(QChar folded);
QString phoneKey(const QString &phone);
// The smallest string greater than every string that starts with prefix (for range scans).
QString prefixUpperBound(const QString &prefix);

} // namespace bantam
