// CallbackRepository: all SQL of callbacks (domain/callback.h) — scheduling, completing the open
// ones of a lead when a call is logged, and finding the due ones to tell their owners about.
// The queue that shows them lives with the other My queue SQL in slareportqueries.
#pragma once

#include "domain/callback.h"
#include "result.h"

#include <vector>

namespace bantam {

class Database;

struct DueCallback
{
    Callback callback;
    qint64 ownerId = 0; // the lead's owner now
    QString leadName;
};

class CallbackRepository
{
public:
    explicit CallbackRepository(const Database &db)
        : m_db(db)
    { }

    Result<qint64> insert(const Callback &callback) const;
    // Marks the lead's open callbacks done (a call was logged); how many.
    Result<int> completeOpen(qint64 leadId, const QDateTime &now) const;
    Result<std::vector<Callback>> openOf(qint64 leadId) const; // by due time
    // Open callbacks due by now whose lead has an owner who was not told yet, by due time.
    Result<std::vector<DueCallback>> untold(const QDateTime &now) const;
    // Records that the owner was told; false if another client told them first.
    Result<bool> markTold(qint64 callbackId, const QDateTime &now) const;

private:
    const Database &m_db;
};

} // namespace bantam
