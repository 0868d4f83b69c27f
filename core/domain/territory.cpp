#include "domain/territory.h"

namespace bantam {

bool Territory::contains(const QString &country, const QString &postcode) const
{
    if (!countries.contains(country, Qt::CaseInsensitive))
        return false;
    if (postcodePrefixes.isEmpty())
        return true;
    for (const QString &p : postcodePrefixes) {
        if (postcode.startsWith(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bantam
