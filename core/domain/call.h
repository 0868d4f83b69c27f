// Call: one phone call with a lead — who called, when, how long, how it ended, and when to call
// back.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bantam {

enum class CallOutcome { Reached, Voicemail, NoAnswer, WrongNumber, CallBack };
QString callOutcomeKey(CallOutcome outcome); // "reached", "voicemail", ...
std::optional<CallOutcome> callOutcomeFromKey(const QString &key);
QString callOutcomeName(CallOutcome outcome); // translated

struct Call
{
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<qint64> userId;
    QDateTime startedAt;
    QDateTime endedAt; // null while the call runs
    int durationSecs = 0;
    std::optional<CallOutcome> outcome;
    QDateTime callbackAt;
    QString notes;
};

// A rep's logged calls in a period, and how many reached the person.
struct CallCount
{
    int made = 0;
    int reached = 0;
};

} // namespace bantam
