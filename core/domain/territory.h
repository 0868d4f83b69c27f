// Territory: a named set of countries, optionally narrowed to postcode prefixes. Reps cover
// territories; routing rules match leads by them.
#pragma once

#include <QString>
#include <QStringList>

namespace bantam {

// A territory: a set of countries, optionally narrowed to postcode prefixes.
struct Territory
{
    qint64 id = 0;
    QString name;
    QStringList countries; // ISO 3166 alpha-2, upper case
    QStringList postcodePrefixes; // empty = the whole countries

    bool contains(const QString &country, const QString &postcode) const;
};

} // namespace bantam
