#include "storage/consistencyqueries.h"

#include "storage/database.h"
#include "storage/routingrepository.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace bantam {

ConsistencyQueries::ConsistencyQueries(const Database &db)
    : m_db(db)
{ }

Result<QStringList> ConsistencyQueries::lines(
    const QString &statement, int limit, const QString &context) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(statement))
        return sql::errorOf(q, context);
    QStringList out;
    while (q.next() && out.size() < limit) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        out << fields.join(QLatin1Char(' '));
    }
    return out;
}

Result<QStringList> ConsistencyQueries::integrityProblems(int limit) const
{
    if (m_db.isServer())
        return QStringList {};
    auto problems = lines(QStringLiteral("PRAGMA integrity_check"), limit,
        Database::tr("checking the database file's integrity"));
    if (problems && problems.value() == QStringList {QStringLiteral("ok")})
        return QStringList {};
    return problems;
}

Result<QStringList> ConsistencyQueries::foreignKeyProblems(int limit) const
{
    if (m_db.isServer())
        return QStringList {};
    // table, rowid, parent table, constraint number
    return lines(QStringLiteral("PRAGMA foreign_key_check"), limit,
        Database::tr("checking the database's references"));
}

Result<std::vector<qint64>> ConsistencyQueries::ids(
    const QString &statement, const QString &context, const QVariantMap &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(statement);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (auto r = sql::run(q, context); !r)
        return r.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<std::vector<qint64>> ConsistencyQueries::stageNotLastHistory() const
{
    // The last row by time, and of rows at the same time the last written.
    return ids(
        QStringLiteral("SELECT l.id FROM leads l JOIN stage_history h ON h.lead_id = l.id "
                       "WHERE h.id = (SELECT h2.id FROM stage_history h2 WHERE h2.lead_id = l.id "
                       "ORDER BY h2.changed_at DESC, h2.id DESC LIMIT 1) AND h.to_stage <> l.stage "
                       "ORDER BY l.id"),
        Database::tr("comparing the leads' stages with their history"));
}

Result<std::vector<qint64>> ConsistencyQueries::ownerNotLastAssignment() const
{
    // A released lead (SLA escalation, a deactivated rep) has no owner: only owners are compared.
    return ids(
        QStringLiteral("SELECT l.id FROM leads l JOIN assignments a ON a.lead_id = l.id "
                       "WHERE l.owner_id IS NOT NULL AND a.id = (SELECT a2.id FROM assignments a2 "
                       "WHERE a2.lead_id = l.id ORDER BY a2.assigned_at DESC, a2.id DESC LIMIT 1) "
                       "AND a.user_id <> l.owner_id ORDER BY l.id"),
        Database::tr("comparing the leads' owners with their assignments"));
}

Result<std::vector<qint64>> ConsistencyQueries::notScoredBy(int version) const
{
    return ids(QStringLiteral("SELECT l.id FROM leads l LEFT JOIN lead_scores s ON s.lead_id = "
                              "l.id WHERE s.lead_id IS NULL OR s.model_version <> :version "
                              "ORDER BY l.id"),
        Database::tr("looking for leads without a current score"),
        {{QStringLiteral(":version"), version}});
}

Result<std::vector<qint64>> ConsistencyQueries::routingOwed() const
{
    // (A partial index holds exactly the marked leads.) A lead closed or given an owner by hand
    // since owes nothing.
    return ids(QStringLiteral("SELECT id FROM leads WHERE unassigned_reason = :owed AND owner_id "
                              "IS NULL AND stage IN ('lead', 'mql', 'sql') ORDER BY id"),
        Database::tr("looking for leads routing never saw"),
        {{QStringLiteral(":owed"), RoutingRepository::routingOwed()}});
}

Result<std::vector<qint64>> ConsistencyQueries::unfinishedReassignments() const
{
    return ids(
        QStringLiteral("SELECT DISTINCT lead_id FROM reassignment_job_leads ORDER BY lead_id"),
        Database::tr("looking for unfinished reassignments"));
}

} // namespace bantam
