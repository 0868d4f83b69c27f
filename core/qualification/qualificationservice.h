// QualificationService: qualification by phone. Records questionnaire answers (each the moment
// it is given), the rep's criteria judgements and BANT facts, and calls; keeps the lead's
// qualification stage up to date; and performs the call's result actions (accept, promote to
// SQL, reject, disqualify, recycle) through the PipelineService. Permissions are checked here.
#pragma once

#include "domain/lead.h"
#include "domain/transitions.h"
#include "domain/user.h"
#include "qualification/assessment.h"
#include "result.h"
#include "storage/qualificationrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace bantam {

class Clock;
class Database;
class EventBus;
class PipelineService;

struct QualificationSetup
{
    Questionnaire questionnaire;
    int questionnaireVersion = 0;
    FrameworkSet frameworks;
    int frameworksVersion = 0;
};

// Everything the call screen shows of one lead.
struct LeadQualification
{
    Lead lead;
    QMap<QString, StoredAnswer> answers;
    QMap<QString, CriterionEntry> criteria; // hand-set statuses and notes, by criterion key
    QualificationFacts facts;
    Assessment assessment;
};

class QualificationService
{
    Q_DECLARE_TR_FUNCTIONS(QualificationService)

public:
    // The result actions go through the shared pipeline, so a promotion from call mode has the
    // side effects of one from the pipeline (history, milestones, SLA clocks, routing, events).
    QualificationService(const Database &db, const EventBus &events, const Clock &clock,
        const PipelineService &pipeline);

    // The current questionnaire and framework templates (latest versions).
    Result<QualificationSetup> setup() const;
    Result<int> saveQuestionnaire(const User &actor, const Questionnaire &questionnaire) const;
    Result<int> saveFrameworks(const User &actor, const FrameworkSet &frameworks) const;

    Result<LeadQualification> load(qint64 leadId) const;

    // Validates and stores one answer at once (one transaction with the lead's stage). Numbers
    // and dates are read as typed in typedIn (the user's language; see typedinput.h).
    Result<Assessment> answer(const User &actor, qint64 leadId, const QString &questionKey,
        const QString &value, const QLocale &typedIn = QLocale()) const;
    // Many answers, all or none: the first invalid one is refused, naming its question.
    Result<Assessment> answerAll(const User &actor, qint64 leadId,
        const QList<QPair<QString, QString>> &answers, const QLocale &typedIn = QLocale()) const;
    Result<Assessment> clearAnswer(
        const User &actor, qint64 leadId, const QString &questionKey) const;
    // The rep's own judgement of a criterion (nullopt: follow the answers) and notes on it.
    Result<Assessment> setCriterion(const User &actor, qint64 leadId, const QString &criterionKey,
        std::optional<CriterionStatus> status, const QString &notes) const;
    Result<Assessment> saveFacts(
        const User &actor, qint64 leadId, const QualificationFacts &facts) const;

    Result<Call> startCall(const User &actor, qint64 leadId) const;
    // Autosave: the notes typed so far on the actor's running call (at most a few seconds are
    // lost on a crash).
    Result<void> saveDraftNotes(const User &actor, qint64 callId, const QString &notes) const;
    // The notes of the actor's last call with the lead that was never logged (call mode crashed
    // or was closed), for the call mode that starts callId; handed out once.
    Result<std::optional<Call>> takeDraft(const User &actor, qint64 leadId, qint64 callId) const;
    // The actor's calls logged today (the local day of the clock's now): made and reached.
    Result<CallCount> callsToday(const User &actor) const;
    // Ends the call, logs it to the lead's timeline. callbackAt is required for CallBack.
    // hungUpAt: when the conversation ended, if the rep logs it later (the duration ends there);
    // by default now.
    Result<Call> endCall(const User &actor, qint64 callId, CallOutcome outcome,
        const QDateTime &callbackAt, const QString &notes, const QDateTime &hungUpAt = {}) const;

    // The call's result actions, through the PipelineService (which enforces the reasons).
    Result<Lead> acceptMql(const User &actor, qint64 leadId) const;
    // Only when the framework's rule is met, or with an override reason (recorded).
    Result<Lead> promoteToSql(
        const User &actor, qint64 leadId, const QString &overrideReason) const;
    Result<Lead> rejectToMarketing(
        const User &actor, qint64 leadId, const QString &reason, const QString &note) const;
    Result<Lead> disqualify(
        const User &actor, qint64 leadId, const QString &reason, const QString &note) const;
    Result<Lead> recycle(const User &actor, qint64 leadId, const QString &reason,
        const QDate &recontactOn, const QString &note) const;

private:
    Result<Lead> editableLead(const User &actor, qint64 leadId) const;
    // Re-assesses the lead inside the caller's transaction and stores a changed stage.
    Result<Assessment> reassess(
        const QualificationSetup &setup, const Lead &lead, bool *stageChanged) const;
    // Opens a transaction, checks the lead, runs write, re-assesses, commits, publishes.
    template <typename Write>
    Result<Assessment> write(const User &actor, qint64 leadId, Write &&writeFn) const;
    Result<Lead> move(const User &actor, qint64 leadId, PipelineAction action,
        const QString &reason, const QString &note, const QDate &recontactOn = {}) const;

    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
    const PipelineService &m_pipeline;
};

} // namespace bantam
