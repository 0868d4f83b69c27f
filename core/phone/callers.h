// Callers: who is calling — the leads whose phone is the number a phone system reports for a
// ringing call (`bantam --open-caller "+49 30 1234567"`), in any format; a number without a
// country code is read in the default region ("030 1234567" with DE is +49 30 1234567).
#pragma once

#include "domain/lead.h"
#include "result.h"

#include <QCoreApplication>

#include <vector>

namespace bantam {

class Database;

class Callers
{
    Q_DECLARE_TR_FUNCTIONS(Callers)

public:
    static constexpr int Limit = 50;

    // The leads with the number, newest first; an error naming the number when it is none.
    static Result<std::vector<Lead>> leadsWithNumber(
        const Database &db, const QString &number, const QString &defaultRegion);
};

} // namespace bantam
