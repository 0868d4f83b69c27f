#include "support/sqldump.h"

#include <QFile>

#include <sqlite3.h>

namespace bantam::testing {

QString loadSqlDump(const QString &dumpPath, const QString &databasePath)
{
    QFile file(dumpPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(dumpPath, file.errorString());
    const QByteArray script = file.readAll();
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(databasePath).constData(), &db) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return QStringLiteral("cannot open %1: %2").arg(databasePath, why);
    }
    // sqlite3_exec runs a whole script, statement by statement (the Qt driver runs one only).
    char *message = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
    QString error;
    if (rc != SQLITE_OK)
        error = QStringLiteral("loading %1 failed: %2").arg(dumpPath, QString::fromUtf8(message));
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

QString baseDumpFromEnvironment()
{
    return qEnvironmentVariable("BANTAM_TEST_BASE_DUMP");
}

} // namespace bantam::testing
