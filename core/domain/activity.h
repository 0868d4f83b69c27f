// Activity: something a lead did or a rep did with it — a call, an email, a meeting, a note, a
// page visit, a download. Activities feed the score, stop SLA clocks and fill the timeline.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bantam {

struct Activity
{
    qint64 leadId = 0;
    QString type; // "call", "email", "meeting", "note", "page_visit", "download", ...
    QDateTime at;
    std::optional<qint64> userId;
    QString detail;
};

// The activity types Bantam knows, in the order people pick them, and a type's name in the
// reader's language (an unknown type, e.g. from an import, shows as stored).
const QStringList &knownActivityTypes();
QString activityName(const QString &type);

} // namespace bantam
