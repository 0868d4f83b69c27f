// What `bantam --version` and `bantam-cli --version` print: the program and Bantam's version,
// the Qt it runs on, the database schema it writes and the licence. help2man takes the first
// line for the manual pages' NAME and footer.
#pragma once

#include "storage/database.h"
#include "version.h"

#include <QString>

namespace bantam {

inline QString versionText(const QString &program)
{
    return QStringLiteral("%1 (Bantam) %2\nQt %3 (built with Qt %4)\n"
                          "Database schema version %5\nLicence: %6\n")
        .arg(program, QLatin1String(kVersion), QLatin1String(qVersion()),
            QLatin1String(QT_VERSION_STR), QString::number(Database::latestSchemaVersion()),
            QLatin1String(kLicense));
}

} // namespace bantam
