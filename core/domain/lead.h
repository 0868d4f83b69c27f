// Lead: a person at a company that marketing and sales qualify, with its pipeline state.
#pragma once

#include "domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

// The fields a person edits in the lead's profile.
struct LeadProfile
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString company;
    QString jobTitle;
    QString industry;
    QString companySize;
    QString country; // ISO 3166 alpha-2, e.g. "DE"
    QString source;
    QString campaign;

    bool operator==(const LeadProfile &) const = default;
};

struct Lead
{
    qint64 id = 0;
    LeadProfile profile;
    Stage stage = Stage::Lead;
    std::optional<qint64> ownerId;
    QString ownerName;
    int score = 0;
    bool fastTrack = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageChangedAt;
    QDateTime acceptedAt; // first touch of an MQL by sales; null until accepted
    QDate recontactOn; // set when recycled
    // Milestones for the reports: the first time the lead entered MQL, SQL and Won; null until
    // then. Kept by PipelineService, never cleared (a recycled lead stays one that reached SQL).
    QDateTime mqlAt, sqlAt, wonAt;
    // Qualification stage 1-5, derived from the questionnaire and the criteria by
    // QualificationService (1 = contact only).
    int qualificationStage = 1;
    int version = 1; // optimistic locking: bumped by every write
    // Import keys for duplicate matching, written on insert: the id in the source system and
    // the phone in E.164 (the profile keeps the phone as typed).
    QString externalId;
    QString phoneE164;
    // The phone is kept as written but is not a valid number (an import's; cleared when the
    // phone is edited).
    bool phoneInvalid = false;
    // Imported as history (closed, or created before the import's cut-off): scoring never
    // promotes it and routing never assigns it. Written on insert only.
    bool historical = false;
    // Written on insert only: the lead comes in waiting for routing (unassigned reason
    // routing_owed, health/owedwork.h), so a crash before it is routed leaves it to be found.
    bool routingOwed = false;
    // Written on insert only: why routing left the lead unassigned, when its routing was decided
    // before its insert (an import's, RoutingService::decideNew); "" otherwise.
    QString unassignedReason;
    std::optional<qint64> unassignedRuleId;
    // Written by lead scoring only (ScoringService): the band ("cold", "warm", "hot"; empty
    // until scored) and the score the same model gave 7 days before the score was computed.
    QString scoreBand;
    std::optional<int> scoreWeekAgo;
    int scoreTrend() const { return scoreWeekAgo ? score - *scoreWeekAgo : 0; }
    // The learned score's chance, 0–100 % (PredictiveService; open leads once one is active).
    std::optional<int> chance;

    QString displayName() const;
    // Records entering the stage at the time, if it is a milestone stage entered the first time.
    void reachMilestone(Stage stage, const QDateTime &at);
};

} // namespace bantam
