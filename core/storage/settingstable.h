// SettingsTable: a table of team-wide settings as key and value, each change stamped with when and
// by whom (call_settings: the calling window and dialing; scoring_settings: which score drives
// MQL handover). The keys and their defaults are rows the migration inserts.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace bantam {

class Database;

class SettingsTable
{
public:
    // table: a fixed name from the code, never from input.
    SettingsTable(const Database &db, const char *table)
        : m_db(db)
        , m_table(QString::fromLatin1(table))
    { }

    Result<QMap<QString, QString>> all() const;
    // Changes one (it must exist); gives the value before.
    Result<QString> set(
        const QString &key, const QString &value, const QDateTime &now, qint64 actorId) const;

private:
    const Database &m_db;
    const QString m_table;
};

} // namespace bantam
