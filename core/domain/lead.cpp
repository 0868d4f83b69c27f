#include "domain/lead.h"

namespace bantam {

QString Lead::displayName() const
{
    QString name = (profile.firstName + QLatin1Char(' ') + profile.lastName).trimmed();
    if (name.isEmpty())
        name = profile.email.isEmpty() ? profile.company : profile.email;
    return name;
}

void Lead::reachMilestone(Stage stage, const QDateTime &at)
{
    QDateTime *milestone = nullptr;
    switch (stage) {
    case Stage::Mql:
        milestone = &mqlAt;
        break;
    case Stage::Sql:
        milestone = &sqlAt;
        break;
    case Stage::Won:
        milestone = &wonAt;
        break;
    default:
        break;
    }
    if (milestone && !milestone->isValid())
        *milestone = at;
}

} // namespace bantam
