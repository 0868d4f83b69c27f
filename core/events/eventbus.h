// EventBus: domain events published by the core services after their transaction commits.
// Boost.Signals2 underneath (included in eventbus.cpp only); subscribers keep the returned
// connection, which disconnects when destroyed.
#pragma once

#include "domain/stage.h"

#include <QString>

#include <functional>
#include <memory>

namespace bantam {

struct LeadStageChanged
{
    qint64 leadId = 0;
    Stage from = Stage::Lead;
    Stage to = Stage::Lead;
    QString action;
    qint64 actorId = 0;
};

struct LeadUpdated
{
    qint64 leadId = 0;
};

// Many leads changed at once (demo data, imports): lists and counts should reload.
struct LeadsReloaded
{
    qint64 count = 0;
};

class [[nodiscard]] EventConnection
{
public:
    EventConnection();
    ~EventConnection();
    EventConnection(EventConnection &&) noexcept;
    EventConnection &operator=(EventConnection &&) noexcept;
    struct Impl;
    explicit EventConnection(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> d;
};

class EventBus
{
public:
    EventBus();
    ~EventBus();
    EventBus(const EventBus &) = delete;
    EventBus &operator=(const EventBus &) = delete;

    EventConnection onLeadStageChanged(std::function<void(const LeadStageChanged &)> handler);
    EventConnection onLeadUpdated(std::function<void(const LeadUpdated &)> handler);
    EventConnection onLeadsReloaded(std::function<void(const LeadsReloaded &)> handler);

    void publish(const LeadStageChanged &event) const;
    void publish(const LeadUpdated &event) const;
    void publish(const LeadsReloaded &event) const;

private:
    struct Signals;
    std::unique_ptr<Signals> d;
};

} // namespace bantam
