// DemoGenerator: fills an empty database with realistic demo data — users with roles, two
// teams, leads in every stage with their stage history and activities. Deterministic for a seed.
#pragma once

#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace bantam {

class Clock;
class Database;
class EventBus;
class Services;

struct DemoOptions
{
    int leads = 5000;
    quint64 seed = 1;
    // From this many leads on, the leads (and then their SLA clocks) are written in one
    // transaction with the indexes of the tables they fill made after the rows (several times
    // faster for a million; a cancel then writes nothing). The data is the same either way.
    qint64 indexesAfterFrom = 100000;
};

struct DemoSummary
{
    int users = 0;
    qint64 leads = 0;
    qint64 historyRows = 0;
    qint64 activities = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // progress(done, total) is called now and then; returning false cancels. What was
    // committed before a cancel stays (whole batches only).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Writes through services' database; its SLA service rebuilds the clocks afterwards.
    explicit DemoGenerator(const Services &services);
    Result<DemoSummary> generate(const DemoOptions &options, const Progress &progress = {}) const;

private:
    const Services &m_services;
    const Database &m_db;
    const EventBus &m_events;
    const Clock &m_clock;
};

} // namespace bantam
