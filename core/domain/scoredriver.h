// Which score drives MQL handover: the agreed rule score (the default) or the learned chance.
// Marketing chooses (scoring_settings, audited); with the learned chance, a lead in stage Lead
// becomes an MQL when its chance reaches the learned threshold (0.5 by default), read as a chance
// between 0 and 1 instead of the rule model's points.
#pragma once

#include <QString>

#include <optional>

namespace bantam {

enum class ScoreDriver { Rules, Learned };

QString scoreDriverKey(ScoreDriver driver); // "rules", "learned"
std::optional<ScoreDriver> scoreDriverFromKey(const QString &key);
// "the rule score", "the learned chance" (translated)
QString scoreDriverName(ScoreDriver driver);

struct ScoreDriverSetting
{
    ScoreDriver driver = ScoreDriver::Rules;
    double learnedMql = 0.5; // the chance (0-1) at which the learned score hands a lead over
};

} // namespace bantam
