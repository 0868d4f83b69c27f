// The home region: the country whose national numbers ("0151 1070…", written without a country
// code) Bantam reads — in imports, in the lead search, in the lead's form and detail, and for a
// ringing caller (`bantam --open-caller`). A team-wide setting in the database (call_settings
// 'home_region', migration 21; Germany until an administrator changes it with
// CadenceService::saveHomeRegion, which is audited).
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace bantam {

class Database;

class HomeRegion
{
    Q_DECLARE_TR_FUNCTIONS(HomeRegion)

public:
    static inline const QString Default = QStringLiteral("DE");

    // The stored region (ISO 3166 alpha-2, "DE").
    static Result<QString> of(const Database &db);
    // The same, Default if it cannot be read (for display paths that must not fail).
    static QString orDefault(const Database &db);
    // The region's country calling code: "49" for DE, "43" for AT; empty for an unknown region.
    static QString callingCode(const QString &region);
    // "at" -> "AT"; refuses what is not a region with phone numbers, naming it.
    static Result<QString> validate(const QString &region);
    // A lead's number in E.164 ("+436641234567"), a national one read in the lead's country or,
    // without one, in the home region; empty when it is not a valid number.
    static QString e164(const Database &db, const QString &phone, const QString &country);
};

} // namespace bantam
