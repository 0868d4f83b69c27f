#include "events/eventbus.h"

#include <boost/signals2/signal.hpp>

namespace bantam {

struct EventConnection::Impl
{
    boost::signals2::scoped_connection connection;
};

EventConnection::EventConnection() = default;
EventConnection::~EventConnection() = default;
EventConnection::EventConnection(EventConnection &&) noexcept = default;
EventConnection &EventConnection::operator=(EventConnection &&) noexcept = default;
EventConnection::EventConnection(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

struct EventBus::Signals
{
    boost::signals2::signal<void(const LeadStageChanged &)> stageChanged;
    boost::signals2::signal<void(const LeadUpdated &)> updated;
    boost::signals2::signal<void(const LeadsReloaded &)> reloaded;
    boost::signals2::signal<void(const SlaBreached &)> slaBreached;
    boost::signals2::signal<void(const ChangedElsewhere &)> changedElsewhere;
};

namespace {
template <typename Signal, typename Handler>
EventConnection connect(Signal &signal, Handler handler)
{
    auto impl = std::make_unique<EventConnection::Impl>();
    impl->connection = signal.connect(std::move(handler));
    return EventConnection(std::move(impl));
}
} // namespace

EventBus::EventBus()
    : d(std::make_unique<Signals>())
{ }
EventBus::~EventBus() = default;

EventConnection EventBus::onLeadStageChanged(std::function<void(const LeadStageChanged &)> handler)
{
    return connect(d->stageChanged, std::move(handler));
}

EventConnection EventBus::onLeadUpdated(std::function<void(const LeadUpdated &)> handler)
{
    return connect(d->updated, std::move(handler));
}

EventConnection EventBus::onLeadsReloaded(std::function<void(const LeadsReloaded &)> handler)
{
    return connect(d->reloaded, std::move(handler));
}

EventConnection EventBus::onSlaBreached(std::function<void(const SlaBreached &)> handler)
{
    return connect(d->slaBreached, std::move(handler));
}

EventConnection EventBus::onChangedElsewhere(std::function<void(const ChangedElsewhere &)> handler)
{
    return connect(d->changedElsewhere, std::move(handler));
}

void EventBus::publish(const LeadStageChanged &event) const
{
    d->stageChanged(event);
}
void EventBus::publish(const LeadUpdated &event) const
{
    d->updated(event);
}
void EventBus::publish(const LeadsReloaded &event) const
{
    d->reloaded(event);
}
void EventBus::publish(const SlaBreached &event) const
{
    d->slaBreached(event);
}
void EventBus::publish(const ChangedElsewhere &event) const
{
    d->changedElsewhere(event);
}

} // namespace bantam
