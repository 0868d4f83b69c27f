// ConsistencyQueries: the SQL of `bantam-cli check` — the file's own checks (SQLite's
// integrity_check and foreign_key_check; a PostgreSQL server guarantees both itself) and the
// rules Bantam keeps across its tables, each as the leads that break it.
#pragma once

#include "result.h"

#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace bantam {

class Database;

class ConsistencyQueries
{
public:
    explicit ConsistencyQueries(const Database &db);

    // What PRAGMA integrity_check reports (at most limit lines); empty when the file is intact
    // or the database is a server's.
    Result<QStringList> integrityProblems(int limit) const;
    // Rows whose reference points nowhere ("table row N → parent"); empty on a server.
    Result<QStringList> foreignKeyProblems(int limit) const;

    // Leads whose stage is not the stage their last history row moved them to.
    Result<std::vector<qint64>> stageNotLastHistory() const;
    // Leads with an owner other than the one their last assignment gave them.
    Result<std::vector<qint64>> ownerNotLastAssignment() const;
    // Leads without a score of the active model version.
    Result<std::vector<qint64>> notScoredBy(int version) const;
    // New leads whose routing is owed (RoutingRepository::routingOwed()).
    Result<std::vector<qint64>> routingOwed() const;
    // Leads a reassignment still has to move (RoutingService::reassign, in chunks).
    Result<std::vector<qint64>> unfinishedReassignments() const;

private:
    Result<std::vector<qint64>> ids(
        const QString &statement, const QString &context, const QVariantMap &binds = {}) const;
    Result<QStringList> lines(const QString &statement, int limit, const QString &context) const;

    const Database &m_db;
};

} // namespace bantam
