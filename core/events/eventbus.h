// EventBus: domain events published by the core services after their transaction commits.
// Boost.Signals2 underneath (included in eventbus.cpp only); subscribers keep the returned
// connection, which disconnects when destroyed.
#pragma once

#include "domain/changedelsewhere.h"
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

// An SLA clock went past its due time (published by SlaService::escalate after it recorded the
// breach). The hook for escalation: the team lead's inbox and, when the policy says so
// (autoReassign), reassignment through the routing rules subscribe here.
struct SlaBreached
{
    qint64 clockId = 0;
    qint64 leadId = 0;
    qint64 policyId = 0;
    QString policyCode;
    qint64 ownerId = 0; // 0: unassigned
    qint64 teamId = 0; // the owner's team; 0: none
    qint64 dueAt = 0; // epoch seconds
    bool autoReassign = false;
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
    EventConnection onSlaBreached(std::function<void(const SlaBreached &)> handler);
    EventConnection onChangedElsewhere(std::function<void(const ChangedElsewhere &)> handler);

    void publish(const LeadStageChanged &event) const;
    void publish(const LeadUpdated &event) const;
    void publish(const LeadsReloaded &event) const;
    void publish(const SlaBreached &event) const;
    void publish(const ChangedElsewhere &event) const;

private:
    struct Signals;
    std::unique_ptr<Signals> d;
};

} // namespace bantam
