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
    TestDatabase();
    explicit TestDatabase(const Database::Options &options);
    ~TestDatabase();

    bool isValid() const { return m_db != nullptr; }
    QString errorMessage() const { return m_error; }

    Database &db() const { return *m_db; }
    QString path() const { return m_path; } // the database file
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
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace bantam::testing
