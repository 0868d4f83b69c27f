// The application identity shared by bantam and bantam-cli, so both find the same default
// database and settings.
#pragma once

#include <QCoreApplication>

namespace bantam {

inline void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bantam"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("bantam.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Bantam"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

} // namespace bantam
