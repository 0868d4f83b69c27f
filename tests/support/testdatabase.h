// TestDatabase: a fresh Bantam database in its own temporary folder, removed with the object.
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace bantam::testing {

class TestDatabase
{
public:
    // Creates and migrates bantam.sqlite in a new temporary folder. Check isValid().
    // With BANTAM_TEST_BASE_DUMP set, the file starts from that dump (support/sqldump.h).
    // With BANTAM_TEST_ENGINE=postgres (the *_pg runs), a new database on the server that
    // BANTAM_TEST_POSTGRES names instead, dropped with the object.
    TestDatabase();
    explicit TestDatabase(const Database::Options &options);
    ~TestDatabase();

    bool isValid() const { return m_db != nullptr; }
    QString errorMessage() const { return m_error; }

    Database &db() const { return *m_db; }
    QString path() const { return m_path; } // the database file, or the server URL
    // True in the *_pg runs. A test that makes sense on one engine only says why when it skips.
    static bool onServer();
    static QString serverFromEnvironment();
    QString dirPath() const { return m_dir.path(); }
    // A path for another file in the same temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Closes the database (all connections); the file stays until the object is destroyed.
    void close();
    // Opens the file again with the given options; returns false (see errorMessage()) on failure.
    bool reopen(const Database::Options &options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    ServerLocation m_admin;
    QString m_serverDatabase;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

// Locations for databases that a test creates through the CLI or the app (which create and
// migrate them themselves): a file name in a temporary folder, or in the *_pg runs a new, empty
// database on the test server. All are removed with the object.
class DatabaseLocations
{
public:
    explicit DatabaseLocations(const QString &folder);
    ~DatabaseLocations();
    DatabaseLocations(const DatabaseLocations &) = delete;
    DatabaseLocations &operator=(const DatabaseLocations &) = delete;

    // fileName: the file in folder (SQLite runs); on the server a database named after nothing.
    QString next(const QString &fileName);

private:
    QString m_folder;
    ServerLocation m_admin;
    QStringList m_created;
};

// The first value of a statement's first row on the calling thread's connection; null if the
// statement fails or returns no row.
QVariant queryValue(const Database &db, const QString &sql);

// Every row of a table as text, sorted: for comparing two databases row by row.
QStringList tableRows(const Database &db, const QString &table);
// The names of the table's indexes (not a primary key's), sorted.
QStringList indexNames(const Database &db, const QString &table);
// The table's indexes as "name: definition" (not a primary key's), sorted: for checking that
// indexes dropped for a bulk write came back as they were.
QStringList indexDefinitions(const Database &db, const QString &table);

} // namespace bantam::testing
