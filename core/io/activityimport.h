// Activity import: reads a marketing-automation export (CSV: lead e-mail, activity type,
// timestamp, optional detail; headers in German or English, encoding and delimiter detected by
// CsvReader), reports each line it cannot use (unknown e-mail, unknown type, bad timestamp)
// with its line number and field, imports the rest in one transaction and rescores the leads
// concerned at once (ScoringService::addActivities), promoting those that reach MQL.
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace bantam {

class Database;
class ScoringService;

struct ActivityImportIssue
{
    qint64 line = 0;
    QString field; // "email", "type", "timestamp", or the header row ("file")
    QString reason; // for people
};

struct ActivityImportSummary
{
    qint64 rows = 0; // data rows read
    qint64 imported = 0; // activities recorded
    qint64 leads = 0; // leads rescored
    qint64 promoted = 0; // of them promoted to MQL
    std::vector<ActivityImportIssue> issues; // one per rejected line
};

// Timestamps: ISO 8601 (with Z or an offset; without one taken as UTC), "dd.MM.yyyy HH:mm[:ss]",
// or a date alone (midnight UTC) as the lead import reads dates.
QDateTime parseActivityTimestamp(const QString &text);

class ActivityImporter
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImporter)

public:
    // The activities are recorded and their leads rescored through scoring, which promotes (and
    // so routes) the leads that reach MQL.
    ActivityImporter(const Database &db, const ScoringService &scoring);

    // Fails as a whole only for a file it cannot read, a missing column, or a refusal (only
    // marketing managers and admins import activities); bad lines are issues.
    Result<ActivityImportSummary> run(const User &actor, const QString &filePath) const;

private:
    const Database &m_db;
    const ScoringService &m_scoring;
};

} // namespace bantam
