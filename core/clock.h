// Clock: where business rules get "now" from, so tests can run at any time.
#pragma once

#include <QDateTime>

namespace bantam {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace bantam
