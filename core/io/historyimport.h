// History import (bantam-cli import history, the import wizard's history mode): a file of stage
// changes as other systems export them — one row per event with the lead (external id or
// e-mail), the stage it moved to, when, why and by whom — moves the leads that are there through
// the pipeline with the file's dates (ImportedHistory::move). Rows that name no lead Bantam has,
// no stage or no date are rejected to <name>.rejected.csv; moves the pipeline refuses are listed
// in <name>.warnings.csv. One transaction: the file goes in whole or not at all.
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace bantam {

class Clock;
class Database;

struct HistoryImportSummary
{
    qint64 rows = 0; // events read
    qint64 moves = 0; // applied
    qint64 leads = 0; // leads moved
    qint64 unchanged = 0; // events the lead's stage or history already had
    qint64 refused = 0; // moves the pipeline refuses (warnings file)
    qint64 rejected = 0; // rows naming no lead, stage or date (rejected file)
    QString warningsFile, rejectedFile; // empty when there is none
    std::map<QString, std::map<QString, qint64>> newReasons; // kind -> text -> events
    bool dryRun = false; // counted, then rolled back
};

class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryImporter)

public:
    HistoryImporter(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    // Columns by their German or English headers: the lead (External ID, Lead ID, ID, E-Mail),
    // the stage (Stage, Status, New Status, To Stage), the time (Timestamp, Date, Changed At,
    // Datum), and optionally the reason (Reason, Grund, Lost Reason, ...), who (Changed By, By,
    // User, Geändert von) and a note. Dates in every format the lead import reads.
    Result<HistoryImportSummary> run(
        const User &actor, const QString &filePath, bool dryRun = false) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam
