#include "domain/call.h"

#include <QCoreApplication>

namespace bantam {

QString callOutcomeKey(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return QStringLiteral("reached");
    case CallOutcome::Voicemail:
        return QStringLiteral("voicemail");
    case CallOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case CallOutcome::WrongNumber:
        return QStringLiteral("wrong_number");
    case CallOutcome::CallBack:
        return QStringLiteral("call_back");
    }
    return {};
}

std::optional<CallOutcome> callOutcomeFromKey(const QString &key)
{
    for (auto o : {CallOutcome::Reached, CallOutcome::Voicemail, CallOutcome::NoAnswer,
             CallOutcome::WrongNumber, CallOutcome::CallBack}) {
        if (callOutcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

QString callOutcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return QCoreApplication::translate("Qualification", "Reached");
    case CallOutcome::Voicemail:
        return QCoreApplication::translate("Qualification", "Voicemail");
    case CallOutcome::NoAnswer:
        return QCoreApplication::translate("Qualification", "No answer");
    case CallOutcome::WrongNumber:
        return QCoreApplication::translate("Qualification", "Wrong number");
    case CallOutcome::CallBack:
        return QCoreApplication::translate("Qualification", "Call back");
    }
    return {};
}

} // namespace bantam
