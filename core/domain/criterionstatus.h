// CriterionStatus: what an answer or a rep's judgement says about a qualification criterion
// (budget, authority, need, timing, or a framework's own), with its storage key and name.
#pragma once

#include <QString>

#include <optional>

namespace bantam {

// What an answer (or a rep's judgement) says about a criterion. Ordered from worst to best
// known, so the weakest of several answers is the smallest.
enum class CriterionStatus { NotMet, Partly, Met, Unknown };

QString statusKey(CriterionStatus status); // "not_met", "partly", "met", "unknown"
std::optional<CriterionStatus> statusFromKey(const QString &key);
QString statusName(CriterionStatus status); // translated

} // namespace bantam
