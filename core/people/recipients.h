// Who is told about a lead nobody owns (routing could not place it, its service level was
// breached without an owner): one rule for every service that writes such a notice.
#pragma once

#include "domain/user.h"

#include <optional>
#include <vector>

namespace bantam {

// The active team leads of the team; when the team has none (or no team is given), every active
// team lead; when there is no team lead at all, the active administrators — so a notice always
// reaches someone who can act on it (if anyone is active).
std::vector<qint64> teamLeadsToTell(const std::vector<User> &users, std::optional<qint64> teamId);

} // namespace bantam
