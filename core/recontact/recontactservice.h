// RecontactService: a lead recycled with a re-contact date comes back to sales on that date,
// without anyone opening it. Its owner gets it back in My queue when still active, present that day
// and below their open-lead capacity; otherwise the owner is released and the routing rules pick a
// rep (as for every new MQL). Either way the lead becomes an MQL again (its first-touch service
// level starts), its history says why it came back (a code and the date, domain/recontact.h), and
// whoever owns it then finds an inbox entry saying so.
//
// Run by whoever looks at a queue: the GUI at start and with its callback check (every 30 s),
// `bantam-cli queue`, and `bantam-cli recontact` for a scheduler. Several clients at once return
// each lead once: the promotion comes first and is the claim (the pipeline writes it against the
// lead's version; the client whose write finds another version leaves the lead alone), and only
// the client that promoted it reroutes it and writes the inbox entry.
#pragma once

#include "domain/recontact.h"
#include "result.h"

#include <QCoreApplication>

#include <vector>

namespace bantam {

class Clock;
class Database;
class PipelineService;
class RoutingService;

struct RecontactResult
{
    qint64 leadId = 0;
    QString leadName;
    RecontactReturn why = RecontactReturn::ToOwner;
    QDate due;
    std::optional<qint64> ownerId; // who has it now (none: the rules found nobody)
    QString ownerName;
};

class RecontactService
{
    Q_DECLARE_TR_FUNCTIONS(RecontactService)

public:
    RecontactService(const Database &db, const Clock &clock, const RoutingService &routing,
        const PipelineService &pipeline);

    // Returns the leads whose re-contact date is today or earlier (today: the clock's UTC date).
    Result<std::vector<RecontactResult>> returnDue() const;

private:
    Result<void> clocksFollowOwners(const std::vector<qint64> &leadIds) const;
    Result<void> tellOwners(const std::vector<RecontactResult> &returned) const;

    const Database &m_db;
    const Clock &m_clock;
    const RoutingService &m_routing;
    const PipelineService &m_pipeline;
};

} // namespace bantam
