// DatabaseCopy: moves a whole Bantam database (every table: leads, history, activities, scores
// and model versions, users, teams, rules, SLA clocks, audit log, import runs, attributes) into
// an empty team database on a PostgreSQL server — `bantam-cli copy-to`. Both must be at the same
// schema version. The target is written in ONE transaction through PostgreSQL's COPY, so a copy
// that fails or is cancelled leaves the target as empty as it was.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace bantam {

class Database;

struct CopySummary
{
    int tables = 0;
    qint64 rows = 0;
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // table, rows copied of it so far, its row count
    // table is empty for the last step: remaking the indexes and foreign keys (done of total).
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    DatabaseCopy(const Database &from, const Database &to);

    // Refuses a target that is not a server database or already holds users, leads or teams.
    Result<CopySummary> run(
        const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

private:
    const Database &m_from;
    const Database &m_to;
};

} // namespace bantam
