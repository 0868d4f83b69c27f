#include "support/testdatabase.h"

#include "support/sqldump.h"

namespace bantam::testing {

TestDatabase::TestDatabase()
    : TestDatabase(Database::Options {})
{ }

TestDatabase::TestDatabase(const Database::Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("bantam.sqlite"));
    // The *_upgraded runs: start from a database an earlier Bantam created (a test that asks for
    // an older schema version gets an empty file as before).
    const QString baseDump = baseDumpFromEnvironment();
    if (!baseDump.isEmpty() && options.migrateUpTo < 0) {
        m_error = loadSqlDump(baseDump, m_path);
        if (!m_error.isEmpty())
            return;
    }
    reopen(options);
}

TestDatabase::~TestDatabase() = default;

void TestDatabase::close()
{
    m_db.reset();
}

bool TestDatabase::reopen(const Database::Options &options)
{
    m_db.reset();
    auto opened = Database::openSqlite(m_path, options);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_error.clear();
    m_db = std::move(opened).value();
    return true;
}

} // namespace bantam::testing
