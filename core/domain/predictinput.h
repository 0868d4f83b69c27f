// What the learned (predictive) score reads of a lead: its profile fields, source and campaign,
// custom attributes and activities, and what the pipeline knows of its outcome. The predictive
// repository reads it; the predictive model turns it into features.
#pragma once

#include "domain/stage.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace bantam {

struct PredictInput
{
    QString jobTitle;
    QString industry;
    QString companySize;
    QString country;
    QString source;
    QString campaign;
    std::vector<std::pair<QString, QString>> attributes; // (name, value) as stored
    std::vector<std::pair<qint64, QString>>
        activities; // (seconds since 1970 UTC, type), oldest first
};

struct PredictLead
{
    qint64 id = 0;
    PredictInput input;
    Stage stage = Stage::Lead;
    std::optional<qint64> sqlAt; // first reached SQL
    std::optional<qint64> wonAt;
    qint64 stageChangedAt = 0;
    int score = 0; // the rule model's stored score
};

} // namespace bantam
