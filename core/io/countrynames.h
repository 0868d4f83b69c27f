// Country names as files write them ("India", "Deutschland", "AUT") to ISO 3166-1 alpha-2 codes,
// for imports: English and German names and alpha-3 codes from Debian's iso-codes data
// (/usr/share/iso-codes/json/iso_3166-1.json and its German catalogue), QLocale's English
// territory names where that data is not installed.
#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace bantam {

// The alpha-2 code of a country name or code, ignoring case, spaces and punctuation; nullopt if
// the text names no country.
std::optional<QString> countryCode(const QString &text);

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString name; // in the reader's language
};

// Every country, named in the reader's language (German from iso-codes' catalogue, English
// otherwise), sorted for that reader.
std::vector<Country> countries(const QLocale &reader = QLocale());
// One country's name in the reader's language; the code itself if it names no country.
QString countryName(const QString &code, const QLocale &reader = QLocale());

} // namespace bantam
