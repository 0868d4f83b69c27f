// Finding a team, territory or other named item in a list by the name a person typed: the
// exact name first, else the first that matches ignoring case (how the CLI, rule files and
// filters name teams and territories).
#pragma once

#include <QString>

#include <vector>

namespace bantam {

// Named: anything with a QString member `name`. Null when nothing is called that.
template <typename Named>
const Named *findByName(const std::vector<Named> &items, const QString &name)
{
    const Named *caseless = nullptr;
    for (const Named &item : items) {
        if (item.name == name)
            return &item;
        if (!caseless && item.name.compare(name, Qt::CaseInsensitive) == 0)
            caseless = &item;
    }
    return caseless;
}

} // namespace bantam
