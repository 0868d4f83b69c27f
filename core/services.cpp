#include "services.h"

#include "cadence/cadenceservice.h"
#include "callbacks/callbackservice.h"
#include "events/eventbus.h"
#include "health/databasecheck.h"
#include "io/activityimport.h"
#include "io/historyimport.h"
#include "io/leadexport.h"
#include "io/leadimport.h"
#include "leads/leadservice.h"
#include "people/directory.h"
#include "pipeline/pipelineservice.h"
#include "qualification/qualificationservice.h"
#include "recontact/recontactservice.h"
#include "reports/reportservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "scoring/predictiveservice.h"
#include "scoring/scoringservice.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "storage/auditlog.h"
#include "storage/changefeed.h"
#include "storage/inbox.h"

namespace bantam {

namespace {

// The calibration report's learned part: the active learned version's held-out deciles, highest
// chance first, as evaluated when it was trained.
Result<LearnedCalibration> learnedCalibration(const PredictiveService &predictive)
{
    auto active = predictive.active();
    if (!active)
        return active.error();
    LearnedCalibration out;
    if (!active->has_value())
        return out;
    const PredictionVersion &v = active->value();
    out.version = v.stored.version;
    out.target = v.stored.target;
    const auto &deciles = v.evaluation.learned.deciles;
    for (size_t i = 0; i < deciles.size(); ++i)
        out.deciles.push_back(
            {int(i) + 1, deciles[i].leads, deciles[i].predicted, deciles[i].actual});
    return out;
}

} // namespace

// Members in dependency order: each is constructed after everything it refers to.
struct Services::Parts
{
    Parts(const Database &db, const EventBus &events, const Clock &clock)
        : db(db)
        , events(events)
        , clock(clock)
        , routing(db, events, clock)
        , routingRules(db, clock)
        , pipeline(db, events, clock, routing)
        , scoring(db, events, clock, pipeline)
        , predictive(db, clock, scoring)
        , leads(db, events, clock, routing, scoring)
        , qualification(db, events, clock, pipeline)
        , sla(db, events, clock, routing)
        , callbacks(db, events, clock)
        , cadence(db, clock)
        , recontacts(db, clock, routing, pipeline)
        , slaReports(db)
        , reports(db, [&p = predictive] { return learnedCalibration(p); })
        , directory(db, clock)
        , leadImporter(db, clock, routing, scoring)
        , activityImporter(db, scoring)
        , historyImporter(db, clock)
        , leadExporter(db)
        , check(db, scoring, routing)
    { }

    const Database &db;
    const EventBus &events;
    const Clock &clock;
    const RoutingService routing;
    const RoutingRules routingRules;
    const PipelineService pipeline;
    const ScoringService scoring;
    const PredictiveService predictive;
    const LeadService leads;
    const QualificationService qualification;
    const SlaService sla;
    const CallbackService callbacks;
    const CadenceService cadence;
    const RecontactService recontacts;
    const SlaReports slaReports;
    const ReportService reports;
    const Directory directory;
    const LeadImporter leadImporter;
    const ActivityImporter activityImporter;
    const HistoryImporter historyImporter;
    const LeadExporter leadExporter;
    const DatabaseCheck check;
};

Services::Services(const Database &db, const EventBus &events, const Clock &clock)
    : d(std::make_unique<const Parts>(db, events, clock))
{ }

Services::~Services() = default;

const Database &Services::database() const
{
    return d->db;
}

const EventBus &Services::events() const
{
    return d->events;
}

const Clock &Services::clock() const
{
    return d->clock;
}

const RoutingService &Services::routing() const
{
    return d->routing;
}

const RoutingRules &Services::routingRules() const
{
    return d->routingRules;
}

const PipelineService &Services::pipeline() const
{
    return d->pipeline;
}

const ScoringService &Services::scoring() const
{
    return d->scoring;
}

const PredictiveService &Services::predictive() const
{
    return d->predictive;
}

const LeadService &Services::leads() const
{
    return d->leads;
}

const QualificationService &Services::qualification() const
{
    return d->qualification;
}

const SlaService &Services::sla() const
{
    return d->sla;
}

const CallbackService &Services::callbacks() const
{
    return d->callbacks;
}

const CadenceService &Services::cadence() const
{
    return d->cadence;
}

const RecontactService &Services::recontacts() const
{
    return d->recontacts;
}

const SlaReports &Services::slaReports() const
{
    return d->slaReports;
}

const ReportService &Services::reports() const
{
    return d->reports;
}

const Directory &Services::directory() const
{
    return d->directory;
}

const LeadImporter &Services::leadImporter() const
{
    return d->leadImporter;
}

const ActivityImporter &Services::activityImporter() const
{
    return d->activityImporter;
}

const HistoryImporter &Services::historyImporter() const
{
    return d->historyImporter;
}

const LeadExporter &Services::leadExporter() const
{
    return d->leadExporter;
}

const DatabaseCheck &Services::check() const
{
    return d->check;
}

AuditLog Services::audit() const
{
    return AuditLog(d->db);
}

Inbox Services::inbox() const
{
    return Inbox(d->db);
}

std::unique_ptr<ChangeFeed> Services::changeFeed() const
{
    const EventBus &events = d->events;
    return std::make_unique<ChangeFeed>(
        d->db, [&events](const ChangedElsewhere &e) { events.publish(e); });
}

} // namespace bantam
