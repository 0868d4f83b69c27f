// Stage: the pipeline stages of a lead, their storage keys and display names.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace bantam {

enum class Stage { Lead, Mql, Sql, Disqualified, Won, Lost };

inline constexpr std::array<Stage, 6> allStages
    = {Stage::Lead, Stage::Mql, Stage::Sql, Stage::Disqualified, Stage::Won, Stage::Lost};

// The key stored in the database and accepted by the CLI ("lead", "mql", ...).
QString stageKey(Stage stage);
// Parses a key or a display name, case-insensitively.
std::optional<Stage> stageFromKey(const QString &key);
// Translated name for people ("MQL", "Disqualifiziert", ...).
QString stageName(Stage stage);
bool isOpenStage(Stage stage);
// The pipeline order, stored for sorting: Lead 0, MQL 1, SQL 2, Won 3, Lost 4, Disqualified 5.
int stageRank(Stage stage);

} // namespace bantam
