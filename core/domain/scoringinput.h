// What a lead's score is computed from: the profile facts the fit points look at and its
// activities as (time, type) events. The scoring repository reads them; the engine scores them.
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace bantam {

// What of a lead the score looks at.
struct LeadFacts
{
    QString jobTitle;
    QString industry;
    QString companySize;
    QString country;
    // Custom attributes (name, value) as stored; callers may leave out those no rule names.
    std::vector<std::pair<QString, QString>> attributes;
    QString source {};
    QString campaign {};
};

struct ActivityEvent
{
    qint64 at = 0; // seconds since 1970 UTC
    int type = -1; // index into the model's activities; -1 = a type the model does not know
};

} // namespace bantam
