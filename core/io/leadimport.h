// Lead import: reads a CSV file (CsvReader), maps its columns to lead fields or custom
// attributes (ImportMapping), validates each row, normalises phones to E.164, finds duplicates
// in the database and earlier in the file, and writes leads in batches — one transaction per
// batch, with the run's progress in import_runs, so a cancelled or crashed import resumes
// exactly where it stopped. Only a row that identifies no lead or is broken is rejected (to
// <name>.rejected.csv beside the input); a value that does not fit its field keeps the lead (a
// phone kept as written and marked not valid, anything else as a custom attribute) and is
// listed in <name>.warnings.csv.
#pragma once

#include "domain/stage.h"
#include "domain/user.h"
#include "io/csvreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Clock;
class Database;
class RoutingService;
class ScoringService;

// Where a column goes. Custom keeps the value as a lead attribute named after the header.
enum class ImportField {
    Ignore,
    Custom,
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    Company,
    JobTitle,
    Industry,
    CompanySize,
    Country,
    Source,
    Campaign,
    ExternalId,
    CreatedAt,
    Stage,
    StageDate, // the date the lead reached a stage (ImportColumn::dateStage)
    Owner, // a user by login, e-mail or full name
    Reason // why a closed lead was closed: onto the reason lists
};
QString importFieldKey(ImportField field); // "firstName", "custom", ...
std::optional<ImportField> importFieldFromKey(const QString &key);

// How slash dates (03/04/2026) are read: Auto takes what only one reading allows.
enum class DateOrder { Auto, DayFirst, MonthFirst };

struct ImportColumn
{
    QString header;
    ImportField field = ImportField::Custom;
    // Stage columns: a file's value (compared case-insensitively) -> stage key ("won").
    // Values not listed here go through a built-in list (Won/Gewonnen/1, Lost/Verloren/0, ...).
    // Reason columns: a file's value -> the code or label of a reason in the list, to merge a
    // value into an existing reason; values not listed are matched by code or label, and one
    // the list lacks becomes a new reason under its own text.
    QMap<QString, QString> stageValues;
    DateOrder dateOrder = DateOrder::Auto; // date columns
    Stage dateStage = Stage::Mql; // StageDate columns: the stage reached on the column's dates
};

class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    std::vector<ImportColumn> columns;
    // A value for every row that has none in the file ("these are all MQLs", the fair as the
    // source): the stage (a stage key) or a profile field (source, campaign, country, ...).
    std::map<ImportField, QString> constants;

    // From German and English header names, ignoring case, spaces and punctuation; unknown
    // headers become custom attributes. With sample rows, also from the values: an id-like column
    // (ID, Lead Number, Prospect ID, mql_id, ...) whose values are all there and unique is the
    // external id; date columns get the order of slash dates the values settle.
    static ImportMapping suggest(
        const QStringList &headers, const std::vector<QStringList> &rows = {});
    // Settles the order of slash dates in date columns left at Auto from the column's values;
    // a column whose values allow both takes the region's order (month first in the US).
    void detectDateOrders(const std::vector<QStringList> &rows, const QString &region);
    // What the wizard calls a field ("E-mail", "Custom attribute", ...), translated.
    static QString fieldLabel(ImportField field);
    // The fields in the order the wizard offers them.
    static QList<ImportField> allFields();
    // True if a row mapped like this can identify a lead (e-mail, phone, a name, company or
    // external id).
    bool canIdentify() const;
    static ImportField suggestField(const QString &header);
    // A StageDate column's stage from its header ("MQL Date", "Gewonnen am"), if it names one.
    static std::optional<Stage> suggestDateStage(const QString &header);
    // The mapping for a file's headers: each header's column from this mapping (matched by
    // name, ignoring case), headers it does not list as suggest() would map them (from the
    // sample rows too: an id-like column with unique values becomes the external id unless the
    // mapping names one).
    ImportMapping forHeaders(
        const QStringList &headers, const std::vector<QStringList> &rows = {}) const;

    // A mapping to edit (bantam-cli import template): a column for every field under a header
    // an export commonly has, with the stage and reason values and a constant as examples.
    static ImportMapping skeleton();

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &json);
};

// A header as the import compares it: lower case, letters and digits only ("E-Mail" -> "email").
QString foldImportHeader(const QString &header);

// Parses ISO (2026-12-31, with or without time and zone), dd.MM.yyyy, MM/dd/yyyy or dd/MM/yyyy
// (in the given order, or with Auto where only one reading is a date), yyyyMMdd and Excel serial
// day numbers (45292 = 2024-01-01). Null if not a date or ambiguous.
QDateTime parseImportDate(const QString &text, DateOrder order = DateOrder::Auto);

// The date format of a column's values, for the wizard: which formats occur, and the order of
// slash dates if any value settles it (13/02/2026 is day first).
struct DateDetection
{
    int iso = 0, dotted = 0, slashed = 0, compact = 0, serial = 0, invalid = 0, empty = 0;
    DateOrder order = DateOrder::Auto;
    bool ambiguous() const { return slashed > 0 && order == DateOrder::Auto; }
    QString describe() const; // "DD.MM.YYYY", "YYYY-MM-DD", "MM/DD/YYYY", "YYYYMMDD", ...
};
DateDetection detectDates(const QStringList &values);
// A stage column's value through the column's own list, then the built-in list.
std::optional<Stage> parseImportStage(const ImportColumn &column, const QString &value);

enum class DuplicatePolicy { Skip, Update, Merge };
QString duplicatePolicyKey(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key);

struct ImportOptions
{
    std::optional<CsvFormat> format; // detected from the file if not set
    std::optional<ImportMapping> mapping; // suggested from the headers if not set
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QString region; // for phone numbers without a country code; empty: the home region
    // Leads created before this day are history: scored, but never promoted or routed (nor are
    // leads imported in a closed stage). Null: only the closed ones.
    QDate historicalBefore;
    int batchSize = 2000;
    qint64 resumeRunId = 0; // continue this run; the other options then come from the run
    // False: the reference path, for comparing (tests, benchmarks) — every row looked up in the
    // database, the reps' loads counted again for each batch, no statistics while the table
    // grows. The outcome is the same.
    bool fastPaths = true;
};

struct ImportProgress
{
    qint64 line = 0; // the next line to read
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    qint64 processed = 0; // rows so far, all outcomes
};

struct ImportSummary
{
    qint64 newLeads = 0, updated = 0, merged = 0, skipped = 0, rejected = 0;
    qint64 warned = 0; // imported rows with a value kept apart (listed in warningsFile)
    QString warningsFile; // empty if no row had a warning
    qint64 lastLine = 0; // the last line read and committed
    bool cancelled = false;
    QString rejectedFile; // empty if no row was rejected
    qint64 runId = 0;
    CsvFormat format;
    qint64 routed = 0; // new leads routing assigned to a rep
    qint64 historical = 0; // new leads imported as history (never promoted or routed)
    qint64 scored = 0; // new and changed leads scored
    qint64 promoted = 0; // of those, promoted to MQL by their score

    // The data rows read (the header is no row), whatever became of them.
    qint64 rows() const { return newLeads + updated + merged + skipped + rejected; }
};

// What an import would do, read without writing (bantam-cli import leads --dry-run): the
// mapping it would use, and per row the outcome of reading it (not the duplicates).
struct ImportDryRun
{
    ImportMapping mapping;
    CsvFormat format;
    qint64 rows = 0, rejected = 0, warned = 0;
    std::map<Stage, qint64> stages; // where the leads would come in
    // For the mapping step: every distinct value of the stage column with its rows (mapped or
    // not), the owners no user matches, and the reasons the import would add to a list.
    std::map<QString, qint64> stageValues;
    std::map<QString, qint64> unknownOwners;
    std::map<QString, std::map<QString, qint64>> newReasons; // kind -> text -> rows
};

// Named mappings saved for everybody on the database (the wizard's "Save mapping", the CLI's
// --map NAME). Saving needs the right to import.
class SavedMappings
{
    Q_DECLARE_TR_FUNCTIONS(SavedMappings)

public:
    explicit SavedMappings(const Database &db)
        : m_db(db)
    { }
    Result<QStringList> names() const;
    Result<ImportMapping> load(const QString &name) const;
    Result<void> save(const User &actor, const QString &name, const ImportMapping &mapping,
        const QDateTime &now) const;
    Result<void> remove(const User &actor, const QString &name) const;

private:
    const Database &m_db;
};

class LeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    // Called after each committed batch; return false to stop (the committed part stays and
    // the run can be resumed).
    using ProgressFn = std::function<bool(const ImportProgress &)>;

    // After each batch commits: its new and changed leads are scored (and those reaching the
    // MQL threshold promoted, as any lead), then its new leads are routed. The fast paths score
    // new leads before their insert and write them with their scores and routing owed, so that
    // after the commit they are only promoted and routed.
    LeadImporter(const Database &db, const Clock &clock, const RoutingService &routing,
        const ScoringService &scoring);

    Result<ImportSummary> run(const User &actor, const QString &filePath,
        const ImportOptions &options, const ProgressFn &progress = {}) const;
    Result<ImportSummary> resume(
        const User &actor, qint64 runId, const ProgressFn &progress = {}) const;
    // Reads and maps every row as run() would, and writes nothing.
    Result<ImportDryRun> dryRun(
        const User &actor, const QString &filePath, const ImportOptions &options) const;

    // An import's outcome in the reader's language, as the wizard's summary and bantam-cli
    // import both show it: "Import finished: 5 rows read." and one sentence per count that
    // is not zero ("1 lead scored, ..."); where the rejected rows and warnings went is the
    // front end's to say (a link, a path).
    static QString finishedText(const ImportSummary &summary);
    static QStringList outcomeText(const ImportSummary &summary);

private:
    const Database &m_db;
    const Clock &m_clock;
    const RoutingService &m_routing;
    const ScoringService &m_scoring;
};

} // namespace bantam
