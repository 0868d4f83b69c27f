#include "health/databasecheck.h"

#include "domain/user.h"
#include "health/owedwork.h"
#include "people/permissions.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "storage/consistencyqueries.h"
#include "storage/database.h"

namespace bantam {

namespace {
constexpr int kExamples = 5;

QStringList firstIds(const std::vector<qint64> &ids)
{
    QStringList out;
    for (size_t i = 0; i < ids.size() && i < size_t(kExamples); ++i)
        out << QString::number(ids[i]);
    return out;
}

// The leads breaking each rule, as findings (none for a rule they all keep).
template <size_t N>
Result<void> addFindings(CheckReport &report,
    const std::pair<CheckFinding::Kind, Result<std::vector<qint64>>> (&rules)[N])
{
    for (const auto &[kind, leads] : rules) {
        if (!leads)
            return leads.error();
        if (!leads->empty())
            report.findings.push_back({kind, qint64(leads->size()), firstIds(leads.value())});
    }
    return {};
}

} // namespace

QString CheckFinding::text() const
{
    // "What: how many (which)", so that any count reads right without plural forms.
    const QString list = examples.join(QStringLiteral(", "));
    const QString n = QString::number(count);
    switch (kind) {
    case Kind::Damaged:
        return DatabaseCheck::tr("The database file is damaged: %1. Restore your last backup "
                                 "into a new file (bantam-cli --db NEW.sqlite restore BACKUP).")
            .arg(list);
    case Kind::BrokenReference:
        return DatabaseCheck::tr("Rows that refer to rows that do not exist: %1 (table, row, "
                                 "missing in: %2).")
            .arg(n, list);
    case Kind::StageNotLastHistory:
        return DatabaseCheck::tr(
            "Leads whose stage is not the one their last history entry gives: %1 (ids %2).")
            .arg(n, list);
    case Kind::OwnerNotLastAssignment:
        return DatabaseCheck::tr(
            "Leads whose owner is not the one their last assignment gives: %1 (ids %2).")
            .arg(n, list);
    case Kind::NotScored:
        return DatabaseCheck::tr("Leads not scored by the active scoring model: %1 (ids %2); "
                                 "check --repair scores them.")
            .arg(n, list);
    case Kind::NotPromoted:
        return DatabaseCheck::tr("Leads whose score reached the MQL threshold but who were not "
                                 "handed to sales (Bantam stopped before it promoted them): %1 "
                                 "(ids %2); check --repair promotes and routes them.")
            .arg(n, list);
    case Kind::ReassignmentUnfinished:
        return DatabaseCheck::tr("Leads a reassignment has still to move (Bantam stopped in the "
                                 "middle of it): %1 (ids %2); check --repair finishes it.")
            .arg(n, list);
    case Kind::NotRouted:
        return DatabaseCheck::tr("New leads whose routing is still owed (Bantam stopped before "
                                 "it routed them): %1 (ids %2); check --repair routes them.")
            .arg(n, list);
    }
    return {};
}

bool CheckReport::repairable() const
{
    for (const CheckFinding &f : findings) {
        if (f.repairable())
            return true;
    }
    return false;
}

DatabaseCheck::DatabaseCheck(
    const Database &db, const ScoringService &scoring, const RoutingService &routing)
    : m_db(db)
    , m_scoring(scoring)
    , m_routing(routing)
{ }

Result<CheckReport> DatabaseCheck::run() const
{
    using Kind = CheckFinding::Kind;
    const ConsistencyQueries queries(m_db);
    CheckReport report;
    auto damaged = queries.integrityProblems(kExamples);
    if (!damaged)
        return damaged.error();
    if (!damaged->isEmpty()) {
        // The rest would read a damaged file: what it found says enough.
        report.findings.push_back({Kind::Damaged, damaged->size(), damaged.value()});
        return report;
    }
    auto references = queries.foreignKeyProblems(1000000);
    if (!references)
        return references.error();
    if (!references->isEmpty())
        report.findings.push_back(
            {Kind::BrokenReference, references->size(), references->mid(0, kExamples)});

    const std::pair<Kind, Result<std::vector<qint64>>> rules[] = {
        {Kind::StageNotLastHistory, queries.stageNotLastHistory()},
        {Kind::OwnerNotLastAssignment, queries.ownerNotLastAssignment()},
    };
    if (auto f = addFindings(report, rules); !f)
        return f.error();
    auto owedWork = owed();
    if (!owedWork)
        return owedWork.error();
    for (const CheckFinding &f : owedWork->findings)
        report.findings.push_back(f);
    return report;
}

Result<CheckReport> DatabaseCheck::owed() const
{
    using Kind = CheckFinding::Kind;
    const ConsistencyQueries queries(m_db);
    auto active = m_scoring.activeModel();
    if (!active)
        return active.error();
    const std::pair<Kind, Result<std::vector<qint64>>> rules[] = {
        {Kind::NotScored, queries.notScoredBy(active->version)},
        {Kind::NotPromoted, m_scoring.promotionOwed()},
        {Kind::NotRouted, queries.routingOwed()},
        {Kind::ReassignmentUnfinished, queries.unfinishedReassignments()},
    };
    CheckReport report;
    if (auto f = addFindings(report, rules); !f)
        return f.error();
    return report;
}

Result<OwedWorkDone> DatabaseCheck::repair(const User &actor) const
{
    if (auto p = permissions::mayMaintainDatabase(actor); !p)
        return p.error();
    return finishOwedWork(m_db, m_scoring, m_routing, actor);
}

} // namespace bantam
