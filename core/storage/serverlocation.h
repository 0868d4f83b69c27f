// ServerLocation: where a team database lives on a PostgreSQL server, read from what a user
// types after --db: a URL in the form libpq understands (postgresql://user@host:5432/bantam,
// postgres://…, ?host=/run/postgresql&sslmode=require) or a libpq keyword string
// ("host=db dbname=bantam"). Whatever the location leaves open, libpq takes from the PG*
// environment variables, PGSERVICE and PGPASSFILE, as psql does.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace bantam {

class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    // True when text names a server rather than an SQLite file.
    static bool isServer(const QString &text);
    static Result<ServerLocation> parse(const QString &text);
    // The libpq keyword string for what a connection form holds (values quoted as libpq
    // wants; empty parts left out, port <= 0 = the default).
    static QString keywords(const QString &host, int port, const QString &database,
        const QString &user, const QString &password);

    QString host() const { return m_host; } // host name, address or socket folder
    int port() const { return m_port; } // -1 = libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; } // only when the location holds one
    // The other libpq keywords (sslmode, service, passfile, connect_timeout, …) as
    // "key='value'" pairs separated by spaces, for the driver's connect options.
    QString options() const { return m_options; }
    // What the title bar shows: user@host:port/database with libpq's defaults filled in and
    // never the password.
    QString displayName() const;
    // The location as a URL without the password (for recent connections and messages).
    QString urlWithoutPassword() const;
    // The same location, pointing at another database of the same server.
    ServerLocation withDatabase(const QString &name) const;
    // Sets a QPSQL connection up to connect here (host, port, database, user, password and
    // the other keywords as connect options, with application_name and a 10 s connect timeout
    // unless the location says otherwise).
    void configure(QSqlDatabase &db) const;
    // The libpq keyword string of all of it (password included), for libpq calls in-process.
    QByteArray conninfo() const;
    // The same without the password, for another program's command line (visible to every
    // local user); the password goes into its environment as PGPASSWORD (toolEnvironment()).
    QByteArray conninfoWithoutPassword() const;
    // Whether the server answers at all (libpq's PQping: no sign-in, no database needed);
    // blocks up to the connect timeout, so call it off the GUI thread. The error says what did
    // not answer, in the user's words.
    Result<void> ping() const;
    // Whether this login signs in here with this password (a connection of its own, closed
    // again); Error::Kind::Invalid when the server refuses the password, a storage error when it
    // cannot be reached. Blocks up to the connect timeout. A server that trusts the connection
    // (pg_hba "trust") accepts any password.
    Result<void> checkSignIn(const QString &login, const QString &password) const;
    // The system environment with the password (if the location holds one) as PGPASSWORD.
    QProcessEnvironment toolEnvironment() const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
    std::vector<std::pair<QString, QString>> m_other;
};

} // namespace bantam
