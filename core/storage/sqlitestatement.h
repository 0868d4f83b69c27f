// SqliteStatement: one prepared statement run through the SQLite C API on the calling thread's
// Qt connection (its sqlite3 handle), inside whatever transaction that connection has open.
// For the few bulk paths where the Qt driver's per-value QVariant and string conversions cost
// more than the database work — scoring's full recompute reads 10 million activities and
// writes a million rows. SQLite dialect only; everything else goes through QSqlQuery.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace bantam {

class SqliteStatement
{
public:
    // Prepares sql (UTF-8) on db; check ok() / error().
    SqliteStatement(const QSqlDatabase &db, const char *sql, const QString &context);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Before the first connection: switches off SQLite's memory statistics, whose one global
    // mutex every allocation takes (threads reading on their own connections queue on it).
    // Without effect once SQLite is initialised.
    static void configureLibrary();

    bool ok() const { return m_stmt != nullptr; }
    // "Database error while <context>: <SQLite's message>" (Conflict for UNIQUE violations).
    Error error() const;

    // Positions start at 1, as in SQL.
    void bind(int position, qint64 value);
    void bind(int position, std::string_view utf8); // must outlive the step
    void bind(int position, const QString &text);
    void bindNull(int position);
    // Next row: true while there is one; false at the end or on an error (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    // Runs a statement that returns no rows, then resets it for the next binds.
    Result<void> run();
    void reset();

    qint64 int64(int column) const; // columns start at 0
    std::string_view text(int column) const; // valid until the next step
    QString string(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_context;
    QString m_prepareError;
    bool m_failed = false;
};

} // namespace bantam
