// Lists that people type into one field or option — languages "de, en", countries "DE;AT",
// territory names "Nord, Süd Ost" — split the same way in the GUI's dialogs and in bantam-cli.
// (The database's own comma-separated columns are read by storage, not with this.)
#pragma once

#include <QString>
#include <QStringList>

namespace bantam {

enum class ListItems {
    Codes, // languages, countries, postcode prefixes: separated by commas, semicolons or spaces
    Names, // territories, sources, industries: by commas or semicolons; a name may hold spaces
};

// The items of a typed list, trimmed, empty ones left out, in the order typed.
QStringList splitTypedList(const QString &text, ListItems items);

} // namespace bantam
