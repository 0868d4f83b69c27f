// PredictiveRepository: all SQL of the learned score — its versions (predictive_models), the
// chance per lead (lead_chances) and the read of leads with their outcomes, attributes and
// activities that training and scoring run over. Callers own the transactions.
#pragma once

#include "domain/predictinput.h"
#include "result.h"

#include <QDateTime>
#include <QVariantList>

#include <optional>
#include <string_view>
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
    // How many leads are open (what a saved version gives a chance).
    Result<qint64> openLeadCount() const;
    // The open leads with fromId <= id < toId (a share of them may be read on another thread's
    // connection), handed to sink one after another in lead id order, without keeping them:
    // false if sink stopped the scan.
    class OpenLeadSink
    {
    public:
        virtual ~OpenLeadSink() = default;
        // The lead's profile and outcome (its attributes and activities empty), then its
        // attributes (by name) and its activities (oldest first) as stored, as UTF-8 valid for
        // the call, then leadDone(), which returns false to stop.
        virtual void lead(const PredictLead &lead) = 0;
        virtual void attribute(std::string_view name, std::string_view value) = 0;
        virtual void activity(qint64 at, std::string_view type) = 0;
        virtual bool leadDone() = 0;
    };
    // Read in chunks of chunkLeads leads.
    Result<bool> scanOpenLeads(
        qint64 fromId, qint64 toId, OpenLeadSink &sink, int chunkLeads = 20000) const;

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
