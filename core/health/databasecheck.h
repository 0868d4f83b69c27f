// DatabaseCheck: `bantam-cli check` and the window's Check database. Looks at the file itself
// (SQLite's integrity_check and foreign_key_check) and at the rules Bantam keeps across tables:
// a lead's stage is the one its last history row moved it to, its owner the one its last
// assignment gave it, every lead is scored by the active model version, every lead whose score
// reached the MQL threshold was promoted, and every new lead or new MQL was routed (to an owner,
// or unassigned with the reason), and no reassignment was left half done. repair() finishes the
// work a crash can leave owed (scoring, promotion, routing, reassigning); the rest it names, and
// changes nothing.
#pragma once

#include "health/owedwork.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace bantam {

class Database;
class RoutingService;
class ScoringService;
struct User;

struct CheckFinding
{
    enum class Kind {
        Damaged, // integrity_check
        BrokenReference, // foreign_key_check
        StageNotLastHistory,
        OwnerNotLastAssignment,
        NotScored,
        NotPromoted,
        NotRouted,
        ReassignmentUnfinished,
    };
    Kind kind = Kind::Damaged;
    qint64 count = 0;
    QStringList examples; // lead ids, or the lines SQLite reported (the first few)
    bool repairable() const
    {
        return kind == Kind::NotScored || kind == Kind::NotPromoted || kind == Kind::NotRouted
            || kind == Kind::ReassignmentUnfinished;
    }
    // One sentence for the user: what is wrong, how often, and with which leads.
    QString text() const;
};

struct CheckReport
{
    std::vector<CheckFinding> findings; // only what is wrong; empty when all is well
    bool clean() const { return findings.empty(); }
    bool repairable() const;
};

class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    DatabaseCheck(const Database &db, const ScoringService &scoring, const RoutingService &routing);

    Result<CheckReport> run() const;
    // Only the work a crash left owed (what repair() finishes), without reading the whole file:
    // what the window looks at when it opens a database.
    Result<CheckReport> owed() const;
    // Finishes the owed work (health/owedwork.h); admins only. What it cannot repair stays in
    // the report.
    Result<OwedWorkDone> repair(const User &actor) const;

private:
    const Database &m_db;
    const ScoringService &m_scoring;
    const RoutingService &m_routing;
};

} // namespace bantam
