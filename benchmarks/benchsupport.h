// What the benchmarks that generate their own database share: reading an option, running one
// generating statement, reading one number, saying what failed.
#pragma once

#include "clock.h"
#include "domain/user.h"
#include "people/accounts.h"
#include "result.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

namespace bantam::bench {

// The calling thread's CPU time in seconds: on a machine shared with other work it moves far
// less than the wall time (and leaves out the background checkpoints' thread).
inline double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// The number after `name` on the command line, or fallback.
inline qint64 option(const QStringList &args, const char *name, qint64 fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1].toLongLong() : fallback;
}

// The first argument that is neither one of `valued` (followed by its value) nor one of `flags`,
// or an empty string when all are known (so a typo or --help does not start a long run).
inline QString unknownOption(
    const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (valued.contains(args[i]) && i + 1 < args.size())
            ++i;
        else if (!flags.contains(args[i]))
            return args[i];
    }
    return {};
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

// True (after printing the message) when r failed.
template <typename T>
bool failed(const Result<T> &r)
{
    if (!r)
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
    return !r;
}

// The database at location, opened (made if empty) with an administrator to act as; nothing (the
// message printed) if either fails.
struct Opened
{
    std::unique_ptr<Database> db;
    User admin;
};
inline std::optional<Opened> openAsAdministrator(const QString &location, const Clock &clock)
{
    auto opened = Database::open(location);
    if (failed(opened))
        return std::nullopt;
    auto admin = ensureAdministrator(*opened.value(), clock);
    if (failed(admin))
        return std::nullopt;
    return Opened {std::move(opened).value(), admin.value()};
}

} // namespace bantam::bench
