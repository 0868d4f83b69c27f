// Callback: what a rep promised on the phone — "I'll call you back at 14:30" — as a due item of
// a lead. It belongs to the lead, not to a rep: whoever owns the lead when it is due gets it
// (so it follows a reassignment). It is done once someone logs a call with the lead.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

struct Callback
{
    // A callback is due from its time and overdue (a missed callback on the SLA dashboard) once
    // this many minutes have passed without a call.
    static constexpr int OverdueAfterMinutes = 5;
    enum class State { Scheduled, Due, Overdue, Done };

    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime dueAt;
    QString note;
    std::optional<qint64> callId; // the call whose outcome asked for it
    QDateTime createdAt;
    std::optional<qint64> createdBy;
    QDateTime doneAt;
    QDateTime notifiedAt; // when its owner was told (inbox, desktop notification)

    State stateAt(const QDateTime &now) const
    {
        if (doneAt.isValid())
            return State::Done;
        if (now < dueAt)
            return State::Scheduled;
        return now >= dueAt.addSecs(OverdueAfterMinutes * 60) ? State::Overdue : State::Due;
    }
};

} // namespace bantam
