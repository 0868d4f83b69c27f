// The application identity shared by bantam and bantam-cli, so both find the same default
// database and settings.
#pragma once

#include "version.h"

#include <QCoreApplication>

namespace bantam {

inline void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bantam"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("bantam.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Bantam"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace bantam
