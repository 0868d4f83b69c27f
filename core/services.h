// Services: the one front door to Bantam's core (Bitcoin Core's interfaces/node.h is the model).
// Built once from the database, the event bus and the clock, it builds every service once and
// wires each with all its collaborators as required references:
//
//   RoutingService                           routes and reassigns
//   PipelineService(routing)                 every stage change; routes new MQLs without owner
//   ScoringService(pipeline)                 scores; promotes by score through the pipeline
//   PredictiveService(scoring)               the learned score: trains, saves, explains; hands
//                                            leads over only if marketing lets it drive
//   LeadService(routing, scoring)            creates and edits leads; scores, then routes them
//   QualificationService(pipeline)           call mode; its result actions are pipeline moves
//   SlaService(routing)                      rebuilds clocks, escalates (re-routes) breaches
//   CallbackService                          callbacks promised on the phone; tells owners
//   CadenceService                           call-attempt policies; where a lead stands
//   RecontactService(routing, pipeline)      recycled leads back on their re-contact date
//   LeadImporter(routing, scoring)           lead import; scores and routes each batch
//   ActivityImporter(scoring)                activity import; rescores (promotes, routes)
//   HistoryImporter                          stage-change files; moves leads by their dates
//   RoutingRules, Directory, ReportService, SlaReports, LeadExporter
//   DatabaseCheck(scoring, routing)          `check`: integrity and invariants; repairs owed work
//
// The GUI's Session and bantam-cli each hold exactly one Services, and nothing else constructs
// these services: a side effect that belongs to a change (routing after a promotion, SLA clocks
// after a logged call, a rescore after an edit) is then the same from every entry point — a
// promotion from call mode and one from the pipeline buttons go through the same wired
// PipelineService. Tests build a Services too, or a service with its collaborators spelled out.
//
// Not built here, on purpose: SlaTracker (each transaction makes its own, because it caches the
// SLA rules it read), and AuditLog and Inbox, which cache a prepared statement of the calling
// thread's connection — audit() and inbox() give a fresh one per call.
//
// Every service is const and holds only references (the Database hands each thread its own
// connection), so the services can be used from worker threads while this object lives.
#pragma once

#include <memory>

namespace bantam {

class ActivityImporter;
class HistoryImporter;
class AuditLog;
class CadenceService;
class CallbackService;
class ChangeFeed;
class Clock;
class Database;
class DatabaseCheck;
class Directory;
class EventBus;
class Inbox;
class LeadExporter;
class LeadImporter;
class LeadService;
class PipelineService;
class PredictiveService;
class QualificationService;
class RecontactService;
class ReportService;
class RoutingRules;
class RoutingService;
class ScoringService;
class SlaReports;
class SlaService;

class Services
{
public:
    Services(const Database &db, const EventBus &events, const Clock &clock);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const Database &database() const;
    const EventBus &events() const;
    const Clock &clock() const;

    const RoutingService &routing() const;
    const RoutingRules &routingRules() const;
    const PipelineService &pipeline() const;
    const ScoringService &scoring() const;
    const PredictiveService &predictive() const;
    const LeadService &leads() const;
    const QualificationService &qualification() const;
    const CallbackService &callbacks() const;
    const CadenceService &cadence() const;
    const RecontactService &recontacts() const;
    const SlaService &sla() const;
    const SlaReports &slaReports() const;
    const ReportService &reports() const;
    const Directory &directory() const;
    const LeadImporter &leadImporter() const;
    const ActivityImporter &activityImporter() const;
    const HistoryImporter &historyImporter() const;
    const LeadExporter &leadExporter() const;
    const DatabaseCheck &check() const;

    // New objects each call (see above); cheap.
    AuditLog audit() const;
    Inbox inbox() const;
    // What other connections change, published on events() (for the windows; started by the
    // caller on the thread whose event loop it should run on).
    std::unique_ptr<ChangeFeed> changeFeed() const;

private:
    struct Parts;
    std::unique_ptr<const Parts> d;
};

} // namespace bantam
