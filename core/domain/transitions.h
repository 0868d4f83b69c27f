// The pipeline's transition table: every allowed move, what it is called, and what it needs.
// Plain data on stages, so that permissions (people/) and the pipeline service both read it.
#pragma once

#include "domain/stage.h"

#include <QString>

#include <optional>
#include <vector>

namespace bantam {

enum class PipelineAction {
    Promote,
    Accept,
    Qualify,
    Reject,
    Disqualify,
    Recycle,
    Win,
    Lose,
    Reopen
};

enum class ReasonRule {
    Optional, // a free note may be given
    RequiredText, // a free-text reason must be given
    FromList, // a reason from the configured list of reasonKind must be chosen
};

struct Transition
{
    PipelineAction action;
    Stage from;
    Stage to;
    ReasonRule reason;
    QString reasonKind; // for FromList: "disqualify", "reject", "recycle", "lost"
    bool needsRecontactDate; // recycling asks when to call again
};

const std::vector<Transition> &transitionTable();
std::optional<Transition> findTransition(PipelineAction action, Stage from);

QString actionKey(PipelineAction action); // "promote", "accept", ...
std::optional<PipelineAction> actionFromKey(const QString &key);
QString actionName(PipelineAction action); // translated button text: "Promote to MQL"
QString actionVerb(PipelineAction action); // translated, for messages: "promote leads to MQL"

} // namespace bantam
