// Team: a group of reps under a team lead; routing distributes a team's leads among its members.
#pragma once

#include <QString>

namespace bantam {

struct Team
{
    qint64 id = 0;
    QString name;
};

} // namespace bantam
