#pragma once

#include <QString>

#include <libpq-fe.h>

namespace bantam {

// libpq, the PostgreSQL client library, loaded when a team database is first used. A process
// that only opens a SQLite file (most bantam-cli calls, the app on its own file) then neither
// maps libpq nor the twenty libraries behind it (Kerberos, LDAP, TLS), which were a quarter of
// bantam-cli's start-up. Qt's QPSQL driver loads the same library when it connects.
struct LibPq
{
    decltype(&::PQclear) clear;
    decltype(&::PQconndefaults) conndefaults;
    decltype(&::PQconnectdb) connectdb;
    decltype(&::PQconnectionNeedsPassword) connectionNeedsPassword;
    decltype(&::PQconnectionUsedPassword) connectionUsedPassword;
    decltype(&::PQconninfoFree) conninfoFree;
    decltype(&::PQconninfoParse) conninfoParse;
    decltype(&::PQerrorMessage) errorMessage;
    decltype(&::PQexec) exec;
    decltype(&::PQfinish) finish;
    decltype(&::PQfreemem) freemem;
    decltype(&::PQgetResult) getResult;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQnfields) nfields;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQping) ping;
    decltype(&::PQputCopyData) putCopyData;
    decltype(&::PQputCopyEnd) putCopyEnd;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQstatus) status;

    // The library's functions, loaded on the first call; nullptr when it cannot be loaded, with
    // the reason in the user's words in *error.
    static const LibPq *get(QString *error = nullptr);
};

} // namespace bantam
