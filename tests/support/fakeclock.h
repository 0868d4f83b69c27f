// FakeClock: a Clock whose "now" the test sets and advances, so rules run at any time.
#pragma once

#include "clock.h"

#include <QDateTime>

namespace bantam::testing {

class FakeClock final : public Clock
{
public:
    // A fixed, arbitrary default: Tuesday, 3 March 2026, 09:00 UTC.
    FakeClock()
        : m_now(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC)
    { }
    explicit FakeClock(const QDateTime &now)
        : m_now(now.toUTC())
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }
    QDate today() const { return m_now.date(); }

private:
    QDateTime m_now;
};

} // namespace bantam::testing
