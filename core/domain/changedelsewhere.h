// ChangedElsewhere: what another connection changed in the database — another window or user,
// bantam-cli, a script (read by ChangeFeed, storage/changefeed.h; published on the event bus).
#pragma once

#include <QString>

#include <vector>

namespace bantam {

// anyLead: which leads is not known (a file says only that something changed; a team database
// names up to 500 per statement).
struct ChangedElsewhere
{
    std::vector<qint64> leadIds;
    bool anyLead = false;
    bool inbox = false; // someone's inbox got entries or was read
    bool people = false; // users, teams or territories

    bool isEmpty() const { return leadIds.empty() && !anyLead && !inbox && !people; }
};

} // namespace bantam
