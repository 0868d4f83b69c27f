// ScoreRepository: all SQL of lead scoring — the scoring model's versions, the per-lead score
// state (leads.score and lead_scores), and the streaming read of leads with their activities
// that a full recompute runs over. Callers own the transactions.
#pragma once

#include "domain/scoreband.h"
#include "domain/scoringinput.h"
#include "domain/stage.h"
#include "result.h"

#include <QDateTime>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bantam {

class Database;
class SqliteStatement;

struct StoredModel
{
    int version = 0;
    QByteArray json;
    QDateTime createdAt;
    std::optional<qint64> createdBy;
    QString createdByName;
    QString note;
    bool active = false;
};

// A lead as a full recompute reads it: what it is scored on and what is stored now.
struct LeadScanItem
{
    qint64 id = 0;
    LeadFacts facts;
    bool inLeadStage = false; // and not historical: scoring may promote it
    bool everMql = false; // mql_at is set: the lead has been an MQL before
    int score = 0;
    bool fastTrack = false;
    std::optional<ScoreBand> band; // none if never scored
    int weekAgo = 0; // stored score a week before (0 if never scored)
};

// What scoring wrote for a lead (lead_scores with leads.score).
struct LeadScoreState
{
    qint64 leadId = 0;
    int score = 0;
    std::optional<ScoreBand> band; // none: not scored yet
    int weekAgo = 0;
    int modelVersion = 0;
    QDateTime scoredAt;
};

struct PromotionCandidate
{
    qint64 leadId = 0;
    int score = 0; // the rule score, or the chance in per cent (chanceCandidates)
    int version = 0; // chanceCandidates: the learned version that gave the chance
};

class ScoreRepository
{
public:
    explicit ScoreRepository(const Database &db);

    // Model versions.
    Result<std::vector<StoredModel>> versions() const; // newest first
    Result<std::optional<StoredModel>> version(int version) const;
    Result<std::optional<StoredModel>> active() const;
    Result<int> insertVersion(const QByteArray &json, const QDateTime &at,
        std::optional<qint64> actorId,
        const QString &note) const; // returns the new version number (inactive)
    Result<void> activate(int version) const;
    // Marks the leads' scores as owed (model version -1, never a version), inside the
    // transaction that changed the leads: a crash before the rescore leaves them to be found
    // (health/owedwork.h).
    Result<void> markOwed(const std::vector<qint64> &leadIds) const;

    // Reading for a full recompute: the id range, then each lead of [fromId, toId) with its
    // activities (oldest first, types mapped through typeIndex; unknown types -1) and its custom
    // attributes of the given names (exact stored names; none read if the list is empty).
    Result<std::pair<qint64, qint64>> idRange() const; // min and max lead id; {0, -1} if none
    Result<qint64> leadCount() const;
    Result<qint64> scoredCount() const; // leads with a stored score state (lead_scores)
    using ScanFn = std::function<void(const LeadScanItem &, const std::vector<ActivityEvent> &)>;
    Result<void> scan(qint64 fromId, qint64 toId, const QHash<QString, int> &typeIndex,
        const QStringList &attributeNames, const ScanFn &fn) const;
    // One lead, for incremental scoring.
    Result<LeadScanItem> lead(qint64 leadId) const;
    Result<std::vector<ActivityEvent>> activities(
        qint64 leadId, const QHash<QString, int> &typeIndex) const;

    Result<LeadScoreState> state(qint64 leadId) const;

    // The distinct non-empty values of a profile field with their lead counts (as stored: values
    // differing in case or spaces are separate rows).
    enum class ProfileField { JobTitle, CompanySize, Industry };
    Result<std::vector<std::pair<QString, qint64>>> valueCounts(ProfileField field) const;

    // Writes.
    // A full recompute's writes. stampStates() gives every lead_scores row the version and
    // time; insertStates() adds rows, updateStates() changes band and week-ago score.
    struct ScoreRow
    {
        qint64 leadId = 0;
        int score = 0;
        int weekAgo = 0;
        ScoreBand band = ScoreBand::Cold;
        bool fastTrack = false;
    };
    Result<void> stampStates(int modelVersion, const QDateTime &scoredAt) const;
    Result<void> insertStates(
        const std::vector<ScoreRow> &rows, int modelVersion, const QDateTime &scoredAt) const;
    Result<void> updateStates(const std::vector<ScoreRow> &rows) const;
    // Inserts or replaces these leads' lead_scores rows (each lead once).
    Result<void> upsertStates(
        const std::vector<ScoreRow> &rows, int modelVersion, const QDateTime &scoredAt) const;
    // leads.score and leads.fast_track of these rows.
    Result<void> writeLeadScores(const std::vector<ScoreRow> &rows) const;
    // Inserts (insertState) or inserts/replaces (upsertState) a lead's lead_scores row.
    Result<void> insertState(const LeadScoreState &s) const;
    Result<void> upsertState(const LeadScoreState &s) const;
    // leads.score and leads.fast_track (only the scoring engine writes these).
    Result<void> writeLeadScore(qint64 leadId, int score, bool fastTrack) const;

    // Leads in stage Lead, never an MQL before, with a score at or above the threshold.
    Result<std::vector<PromotionCandidate>> promotionCandidates(
        double mqlThreshold, const std::vector<qint64> &onlyLeads = {}) const;
    // The same by the stored learned chance (per cent) instead of the rule score.
    Result<std::vector<PromotionCandidate>> chanceCandidates(
        int minChance, const std::vector<qint64> &onlyLeads = {}) const;

    ~ScoreRepository();

private:
    Result<void> scanSqlite(qint64 fromId, qint64 toId, const QHash<QString, int> &typeIndex,
        const QStringList &attributeNames, const ScanFn &fn) const;

    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insertState, m_upsertState, m_writeScore;
    // SQLite: the bulk writes' statements, prepared once per repository.
    mutable std::unique_ptr<SqliteStatement> m_bulkInsertState, m_bulkUpdateState, m_bulkWriteScore,
        m_bulkUpsertState;
};

} // namespace bantam
