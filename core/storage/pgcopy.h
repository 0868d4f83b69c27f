// PgCopy: rows into a table of a team database with COPY ... FROM STDIN (text format) through
// libpq — on the calling thread's Qt connection, inside whatever transaction it has open, or on
// a connection of its own. For the bulk writes (import, copy-to) where a statement per row
// would cost a round trip per row.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <vector>

struct pg_conn;

namespace bantam {

struct LibPq;

class Database;

class PgCopy
{
public:
    // Starts COPY table (columns) FROM STDIN; check ok() / error().
    PgCopy(pg_conn *conn, const QString &table, const QStringList &columns, const QString &context);
    // On the calling thread's connection of db, which must be a team database.
    PgCopy(const Database &db, const QString &table, const QStringList &columns,
        const QString &context);
    // Ends an unfinished COPY with an error, so nothing of it is written.
    ~PgCopy();
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    bool ok() const { return m_started && !m_failed; }
    // "Database error while <context>: <the server's message>".
    Error error() const;
    QString serverMessage() const { return m_message; }

    // One row; the values in the order of the columns (null QVariants are NULL).
    void addRow(const QVariantList &values);
    // How many bytes are waiting to be sent (they are sent past 1 MiB and by finish()).
    qsizetype buffered() const { return m_buffer.size(); }
    // Sends what is buffered; false if the server refused it.
    bool flush();
    // Ends the COPY and waits for the server's verdict.
    Result<void> finish();
    // Ends the COPY with an error: the server writes none of its rows.
    void abort(const char *why);

    // The libpq connection under a Qt connection to a team database (nullptr for SQLite).
    static pg_conn *handleOf(const QSqlDatabase &connection);

private:
    void start(const QString &table, const QStringList &columns);
    void fail();

    pg_conn *m_conn = nullptr;
    const LibPq *m_pq = nullptr; // set once started
    QString m_context;
    QString m_message;
    QByteArray m_buffer;
    bool m_started = false;
    bool m_failed = false;
    bool m_ended = false;
};

} // namespace bantam
