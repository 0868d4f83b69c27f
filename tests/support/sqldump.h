// Loading a text SQL dump (`sqlite3 FILE .dump`, with a `PRAGMA user_version` line added) into a
// new SQLite file, through the SQLite C API: the fixtures of databases an earlier Bantam created,
// without needing the sqlite3 shell where the tests run.
#pragma once

#include <QString>

namespace bantam::testing {

// Runs every statement of dumpPath on the SQLite file databasePath (created if missing).
// Returns an empty string on success, otherwise what went wrong.
QString loadSqlDump(const QString &dumpPath, const QString &databasePath);

// BANTAM_TEST_BASE_DUMP: when set, every TestDatabase starts from this dump instead of an empty
// file (see tests/CMakeLists.txt, the *_upgraded runs). Empty when unset.
QString baseDumpFromEnvironment();

} // namespace bantam::testing
