// Re-contact returns: why a recycled lead came back to sales on its re-contact date, as the code
// stored in its history row (stage_history.reason_code; the date in stage_history.recontact_on)
// and the sentence shown to the reader, in the reader's language.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace bantam {

enum class RecontactReturn {
    ToOwner, // the owner is active, present and below capacity: back in their queue
    OwnerInactive, // routed by the rules: the owner is no longer active
    OwnerAbsent, // routed: the owner is absent that day
    OwnerFull, // routed: the owner is at their open-lead capacity
    Unowned, // routed: the lead had no owner
};

QString recontactReturnCode(RecontactReturn why); // "recontact_owner", ...
std::optional<RecontactReturn> recontactReturnFromCode(const QString &code);
// "Back on its re-contact date 12.01.2027 — routed by the rules: the owner is absent." (translated;
// the date in the reader's locale).
QString recontactReturnText(RecontactReturn why, const QDate &on);

} // namespace bantam
