// What the benchmarks that generate their own database share: reading an option, running one
// generating statement, reading one number.
#pragma once

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <cstdio>

namespace bantam::bench {

// The number after `name` on the command line, or fallback.
inline qint64 option(const QStringList &args, const char *name, qint64 fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
}

// Runs one statement with positional binds; prints the error and gives false on failure.
inline bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        std::fprintf(
            stderr, "%s\n", qPrintable(sql::errorOf(q, QStringLiteral("generating")).message));
        return false;
    }
    return true;
}

// The first column of the first row of a query ("SELECT COUNT(*) FROM leads"); 0 without one.
inline qint64 number(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace bantam::bench
