// QualificationRepository: all SQL of qualification by phone — the versioned questionnaire and
// framework definitions, each lead's answers, hand-set criteria, BANT facts, and the calls.
#pragma once

#include "domain/call.h"
#include "domain/qualificationrecord.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>
#include <vector>

namespace bantam {

class Database;

struct Definition
{
    int version = 0;
    QJsonObject body;
    QDateTime createdAt;
};

class QualificationRepository
{
public:
    explicit QualificationRepository(const Database &db)
        : m_db(db)
    { }

    // kind: "questionnaire" or "frameworks".
    Result<Definition> latestDefinition(const QString &kind) const;
    Result<int> insertDefinition(const QString &kind, const QJsonObject &body, const QDateTime &at,
        qint64 actorId) const; // returns the new version

    Result<QMap<QString, StoredAnswer>> answers(qint64 leadId) const;
    Result<void> upsertAnswer(qint64 leadId, const QString &questionKey, const QString &value,
        int questionnaireVersion, const QDateTime &at, qint64 actorId) const;
    Result<void> deleteAnswer(qint64 leadId, const QString &questionKey) const;

    Result<std::vector<CriterionEntry>> criteria(qint64 leadId) const;
    Result<void> upsertCriterion(
        qint64 leadId, const CriterionEntry &entry, const QDateTime &at, qint64 actorId) const;

    Result<QualificationFacts> facts(qint64 leadId) const; // empty facts if none were saved
    Result<void> upsertFacts(
        qint64 leadId, const QualificationFacts &facts, const QDateTime &at, qint64 actorId) const;

    Result<qint64> insertCall(const Call &call) const;
    Result<void> finishCall(const Call &call) const;
    Result<Call> call(qint64 id) const;
    // Call notes as the rep types them, on the running call (a draft until the call is logged).
    Result<void> saveDraftNotes(qint64 callId, const QString &notes) const;
    // The user's latest call with the lead that was never logged and has notes, other than
    // exceptCallId (a call mode that crashed or was closed); and clearing those drafts.
    Result<std::optional<Call>> unloggedDraft(
        qint64 leadId, qint64 userId, qint64 exceptCallId) const;
    Result<void> clearUnloggedDrafts(qint64 leadId, qint64 userId, qint64 exceptCallId) const;
    Result<std::vector<Call>> callsOf(qint64 leadId) const; // newest first
    // The user's calls that ended from `from` to before `to`.
    Result<CallCount> countCalls(qint64 userId, const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace bantam
