// CadenceRepository: all SQL of the call cadence (domain/cadence.h) — the policies, each lead's
// cadence state, and the logged calls a state is computed from. My queue reads the states with
// the other queue SQL in slareportqueries. Callers own the transaction.
#pragma once

#include "domain/cadence.h"
#include "result.h"

#include <QMap>

#include <optional>
#include <vector>

namespace bantam {

class Database;

class CadenceRepository
{
public:
    explicit CadenceRepository(const Database &db)
        : m_db(db)
    { }

    Result<std::vector<CadencePolicy>> policies() const; // by stage
    // The active policy pacing leads in the stage, if any.
    Result<std::optional<CadencePolicy>> policyFor(Stage stage) const;
    Result<void> updatePolicy(
        const CadencePolicy &policy, const QDateTime &now, qint64 actorId) const;

    // The team's call settings (call_settings: window_from, window_to, dial_with, dial_template).
    Result<QMap<QString, QString>> settings() const;
    // Changes one (it must exist); gives the value before.
    Result<QString> setSetting(
        const QString &key, const QString &value, const QDateTime &now, qint64 actorId) const;

    // The lead's logged calls since the instant, oldest first.
    Result<std::vector<Call>> callsSince(qint64 leadId, const QDateTime &since) const;
    // The lead's state as its last logged call left it, if it was computed for `since`.
    Result<std::optional<CadenceState>> stateOf(qint64 leadId, const QDateTime &since) const;
    Result<void> saveState(const CadenceState &state) const;

private:
    const Database &m_db;
};

} // namespace bantam
