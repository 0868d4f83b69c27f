// RoutingRules: editing the routing rules in priority order — add, change, delete, move up or
// down, export and import as JSON — for team leads and admins, each change in the audit log
// (entity "routing_rule": the rule's JSON before and after).
#pragma once

#include "domain/routingrule.h"
#include "domain/territory.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <vector>

namespace bantam {

class Clock;
class Database;

class RoutingRules
{
    Q_DECLARE_TR_FUNCTIONS(RoutingRules)

public:
    RoutingRules(const Database &db, const Clock &clock);

    Result<std::vector<RoutingRule>> list() const;
    // Checks the name, the target (an active rep or an existing team) and the references.
    Result<void> validate(const RoutingRule &rule) const;
    // Appended at the end when position is 0.
    Result<RoutingRule> add(const User &actor, RoutingRule rule) const;
    Result<RoutingRule> update(const User &actor, const RoutingRule &rule) const;
    Result<void> remove(const User &actor, qint64 ruleId) const;
    // Swaps the rule with its neighbour above (delta -1) or below (+1).
    Result<void> move(const User &actor, qint64 ruleId, int delta) const;

    // Files name users by login, teams and territories by name (ids differ between databases).
    Result<QJsonArray> exportJson() const;
    // Replaces all rules with the file's, in its order, in one transaction.
    Result<int> importJson(const User &actor, const QJsonArray &rules) const;
    // The first step of importJson, without the database: every rule of the file checked key by
    // key and read, in the file's order (positions from 1), its users, teams and territories
    // not yet looked up (the ids unset).
    static Result<std::vector<RoutingRule>> readFile(const QJsonArray &rules);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam
