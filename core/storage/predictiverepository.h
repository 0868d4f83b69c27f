// PredictiveRepository: all SQL of the learned score — its versions (predictive_models), the
// chance per lead (lead_chances) and the read of leads with their outcomes, attributes and
// activities that training and scoring run over. Callers own the transactions.
#pragma once

#include "domain/predictinput.h"
#include "result.h"

#include <QDateTime>
#include <QVariantList>

#include <optional>
#include <vector>

namespace bantam {

class Database;

struct StoredPrediction
{
    int version = 0;
    QString target; // "sql", "won"
    QByteArray modelJson;
    QByteArray evaluationJson;
    QDateTime createdAt;
    std::optional<qint64> createdBy;
    QString createdByName;
    QString note;
    bool active = false;
};

struct LeadChance
{
    qint64 leadId = 0;
    int chance = 0; // per cent
    int modelVersion = 0;
    QDateTime scoredAt;
};

class PredictiveRepository
{
public:
    explicit PredictiveRepository(const Database &db);

    Result<std::vector<StoredPrediction>> versions() const; // newest first
    Result<std::optional<StoredPrediction>> version(int version) const;
    Result<std::optional<StoredPrediction>> active() const;
    // Saves a version (inactive) and gives its number.
    Result<int> insertVersion(const StoredPrediction &p) const;
    Result<void> activate(int version) const; // the only active one

    // Every lead (or one) with what the learned score reads, in lead id order.
    Result<std::vector<PredictLead>> leads(std::optional<qint64> onlyLead = std::nullopt) const;
    // The open leads only (what a saved version gives a chance), in lead id order.
    Result<std::vector<PredictLead>> openLeads() const;
    // The open leads with fromId <= id < toId (a share of them, read on another thread's
    // connection).
    Result<std::vector<PredictLead>> openLeads(qint64 fromId, qint64 toId) const;

    // Replaces every stored chance with these (one transaction is the caller's).
    Result<void> replaceChances(
        const std::vector<std::pair<qint64, int>> &chances, int version, const QDateTime &at) const;
    Result<std::optional<LeadChance>> chance(qint64 leadId) const;

private:
    // The leads matching where (on leads l) with their rows matching whereLead (on lead_id).
    Result<std::vector<PredictLead>> readLeads(
        const QString &where, const QString &whereLead, const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace bantam
