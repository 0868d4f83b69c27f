// HistoryEntry: one move of a lead through the pipeline as recorded in its stage history — the
// action, the stages, when, by whom, and the reason given.
#pragma once

#include "domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

struct HistoryEntry
{
    qint64 leadId = 0;
    QString action; // PipelineAction key ("promote", "disqualify", ..., "create", "import")
    std::optional<Stage> from;
    Stage to = Stage::Lead;
    QDateTime at;
    std::optional<qint64> actorId;
    QString reasonCode;
    QString note;
    QDate recontactOn;
};

} // namespace bantam
