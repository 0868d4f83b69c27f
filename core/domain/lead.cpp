#include "domain/lead.h"

namespace bantam {

QString Lead::displayName() const
{
    QString name = (profile.firstName + QLatin1Char(' ') + profile.lastName).trimmed();
    if (name.isEmpty())
        name = profile.email.isEmpty() ? profile.company : profile.email;
    return name;
}

} // namespace bantam
