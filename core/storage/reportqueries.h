// ReportQueries: all SQL of the marketing and sales reports (see reports/reportservice.h for what
// they mean) — one aggregation statement per report, built from fixed fragments with bound
// values, each reading one covering index (migration 3). It gives the rows as aggregated;
// ReportService sorts them, ranks them and sums them up into the reports.
#pragma once

#include "domain/stage.h"
#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

struct ReportFilter
{
    QDate from; // inclusive; invalid = open
    QDate to; // inclusive; invalid = open
    QString source;
    QString campaign;
    QString country; // territory until territories exist
    std::optional<qint64> teamId; // the owner's team
    std::optional<qint64> ownerId; // the rep who owns the lead
};

struct FunnelReport
{
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 won = 0;
};

struct SourceRow
{
    QString source;
    qint64 leads = 0;
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 won = 0;
};

struct FairnessRow
{
    qint64 userId = 0;
    QString name;
    QString team;
    qint64 received = 0; // leads assigned to the rep in the range
    std::optional<double> averageScore; // their score at assignment; none when none received
    qint64 hot = 0; // of them, hot (score band) at assignment
    qint64 sql = 0; // of them, reached SQL while the rep had them
    qint64 won = 0; // of them, won while the rep had them
    qint64 openLeads = 0; // the rep's open leads (Lead, MQL, SQL) now
    int capacityOpen = 0; // the rep's capacity for open leads; 0 = no limit
};

enum class ReportKind { Funnel, Sources, Velocity, Reasons, Fairness, Calibration };

class ReportQueries
{
public:
    explicit ReportQueries(const Database &db)
        : m_db(db)
    { }

    Result<FunnelReport> funnel(const ReportFilter &filter) const;
    Result<std::vector<SourceRow>> sources(const ReportFilter &filter) const; // by source
    // Per step (Lead -> MQL, MQL -> SQL, SQL -> Won): whole hours between the milestones -> leads.
    struct StepHours
    {
        Stage from = Stage::Lead;
        Stage to = Stage::Lead;
        std::map<qint64, qint64> hours;
    };
    Result<std::vector<StepHours>> velocity(const ReportFilter &filter) const;
    // Disqualifications and rejections with a reason, counted per day they happened.
    struct ReasonDay
    {
        QString kind; // "disqualify" or "reject"
        QString code;
        qint64 day = 0; // days since 1970-01-01 (UTC)
        qint64 count = 0;
    };
    Result<std::vector<ReasonDay>> reasonDays(const ReportFilter &filter) const;
    Result<std::vector<FairnessRow>> fairness(const ReportFilter &filter) const; // any order
    // The cohort per current score.
    struct ScoreCount
    {
        int score = 0;
        qint64 leads = 0;
        qint64 sql = 0;
        qint64 won = 0;
    };
    Result<std::vector<ScoreCount>> scores(const ReportFilter &filter) const;

    // The statements a report runs for the filter, with the values written in as SQL literals.
    static QStringList statements(ReportKind kind, const ReportFilter &filter);

private:
    const Database &m_db;
};

} // namespace bantam
