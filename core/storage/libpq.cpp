#include "storage/libpq.h"

#include "storage/database.h"

#include <QLibrary>

namespace bantam {

namespace {

struct Loaded
{
    LibPq api {};
    QString error;
    bool ok = false;
};

Loaded load()
{
    Loaded out;
    // Never unloaded (a QLibrary does not unload when destroyed): Qt's driver and the functions
    // handed out here share it until exit.
    static QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load()) {
        out.error = Database::tr("The PostgreSQL client library (libpq) could not be loaded: %1")
                        .arg(library.errorString());
        return out;
    }
    QStringList missing;
    auto resolve = [&](auto &slot, const char *name) {
        slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(library.resolve(name));
        if (!slot)
            missing << QString::fromLatin1(name);
    };
    LibPq &a = out.api;
    resolve(a.clear, "PQclear");
    resolve(a.conndefaults, "PQconndefaults");
    resolve(a.connectdb, "PQconnectdb");
    resolve(a.connectionNeedsPassword, "PQconnectionNeedsPassword");
    resolve(a.connectionUsedPassword, "PQconnectionUsedPassword");
    resolve(a.conninfoFree, "PQconninfoFree");
    resolve(a.conninfoParse, "PQconninfoParse");
    resolve(a.errorMessage, "PQerrorMessage");
    resolve(a.exec, "PQexec");
    resolve(a.finish, "PQfinish");
    resolve(a.freemem, "PQfreemem");
    resolve(a.getResult, "PQgetResult");
    resolve(a.getvalue, "PQgetvalue");
    resolve(a.nfields, "PQnfields");
    resolve(a.ntuples, "PQntuples");
    resolve(a.ping, "PQping");
    resolve(a.putCopyData, "PQputCopyData");
    resolve(a.putCopyEnd, "PQputCopyEnd");
    resolve(a.resultStatus, "PQresultStatus");
    resolve(a.status, "PQstatus");
    if (!missing.isEmpty()) {
        out.error = Database::tr("The PostgreSQL client library (%1) lacks %2.")
                        .arg(library.fileName(), missing.join(QLatin1String(", ")));
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace

const LibPq *LibPq::get(QString *error)
{
    static const Loaded loaded = load(); // thread-safe once
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.api;
}

} // namespace bantam
