// ScoreBand: the band a lead's score falls in under the scoring model's thresholds (cold, warm,
// hot), with its storage key and display name. Scoring decides bands; routing matches on them.
#pragma once

#include <QString>

#include <optional>

namespace bantam {

enum class ScoreBand { Cold, Warm, Hot };
QString scoreBandKey(ScoreBand band); // "cold", "warm", "hot"
std::optional<ScoreBand> scoreBandFromKey(const QString &key);
QString scoreBandName(ScoreBand band); // translated

} // namespace bantam
