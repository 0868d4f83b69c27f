// `bantam-cli import leads|runs|activities`: leads from CSV (resumable), the stopped runs, and
// marketing activities.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "io/activityimport.h"
#include "io/historyimport.h"
#include "io/leadimport.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/importrepository.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace bantam::cli {

namespace {

int importRuns(Context &c)
{
    if (!c.open())
        return Failed;
    auto runs = ImportRepository(c.db()).unfinishedRuns();
    if (!runs)
        return c.fail(runs.error());
    QJsonArray rows;
    for (const ImportRun &r : runs.value()) {
        if (c.json) {
            rows.append(QJsonObject {{QStringLiteral("run"), r.id},
                {QStringLiteral("file"), r.filePath}, {QStringLiteral("started"), iso(r.startedAt)},
                {QStringLiteral("status"), r.status}, {QStringLiteral("nextLine"), r.nextLine},
                {QStringLiteral("new"), r.counts[0]}});
        } else {
            c.out << "Run " << r.id << " (" << r.status << ", started " << iso(r.startedAt)
                  << "): " << r.filePath << ", next line " << r.nextLine << ", " << r.counts[0]
                  << " new so far. Resume: import leads --resume " << r.id << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
    else if (runs->empty())
        c.out << "No import is waiting to be resumed.\n";
    return Ok;
}

// --map: a mapping file (JSON), or the name of a mapping saved in the import wizard.
Result<ImportMapping> mappingOption(Context &c)
{
    const QString mapPath = c.value(QStringLiteral("map"));
    if (!QFileInfo::exists(mapPath)
        && !mapPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        // Not a file: a mapping saved in the import wizard.
        auto saved = SavedMappings(c.db()).load(mapPath);
        if (!saved)
            return Error::invalid(saved.error().message, QStringLiteral("--map"));
        return saved.value();
    }
    QFile mapFile(mapPath);
    if (!mapFile.open(QIODevice::ReadOnly))
        return Error::invalid(
            QStringLiteral("cannot read %1: %2").arg(mapPath, mapFile.errorString()),
            QStringLiteral("--map"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(mapFile.readAll(), &parseError);
    if (!doc.isObject())
        return Error::invalid(
            QStringLiteral("%1 is not a JSON mapping: %2").arg(mapPath, parseError.errorString()),
            QStringLiteral("--map"));
    auto mapping = ImportMapping::fromJson(doc.object());
    if (!mapping)
        return Error::invalid(QStringLiteral("%1: %2").arg(mapPath, mapping.error().message),
            QStringLiteral("--map"));
    return mapping.value();
}

void printSummary(Context &c, const ImportSummary &s)
{
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("run"), s.runId}, {QStringLiteral("new"), s.newLeads},
                {QStringLiteral("updated"), s.updated}, {QStringLiteral("merged"), s.merged},
                {QStringLiteral("skipped"), s.skipped}, {QStringLiteral("rejected"), s.rejected},
                {QStringLiteral("routed"), s.routed}, {QStringLiteral("lastLine"), s.lastLine},
                {QStringLiteral("rejectedFile"), s.rejectedFile},
                {QStringLiteral("warned"), s.warned},
                {QStringLiteral("warningsFile"), s.warningsFile},
                {QStringLiteral("scored"), s.scored}, {QStringLiteral("promoted"), s.promoted},
                {QStringLiteral("historical"), s.historical}, {QStringLiteral("rows"), s.rows()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        // The wizard's sentences (core), after the run's number for --resume.
        c.out << "Import run " << s.runId << ": "
              << (s.cancelled ? QStringLiteral("stopped after line %1.").arg(s.lastLine)
                              : LeadImporter::finishedText(s))
              << '\n';
        for (const QString &sentence : LeadImporter::outcomeText(s))
            c.out << sentence << '\n';
        if (!s.rejectedFile.isEmpty())
            c.out << "Rejected rows with line numbers and reasons: " << s.rejectedFile << '\n';
        if (!s.warningsFile.isEmpty())
            c.out << "Values kept apart (line, column, value, why): " << s.warningsFile << '\n';
    }
}

// 0 every row imported, 3 imported with warnings or some rows rejected, 1 nothing imported
// although rows were rejected (skipped duplicates are neither).
int importExitCode(const ImportSummary &s)
{
    if (s.newLeads + s.updated + s.merged == 0 && s.rejected > 0)
        return Failed;
    return s.rejected > 0 || s.warned > 0 ? Partly : Ok;
}

QJsonObject newReasonsJson(const std::map<QString, std::map<QString, qint64>> &reasons)
{
    QJsonObject out;
    for (const auto &[kind, texts] : reasons) {
        QJsonObject o;
        for (const auto &[text, count] : texts)
            o.insert(text, count);
        out.insert(kind, o);
    }
    return out;
}

// --dry-run: the mapping as JSON (a --map file to edit), the counts and where the leads would
// come in; nothing is written.
int importDryRun(Context &c, const Result<ImportDryRun> &r)
{
    if (!r)
        return c.fail(r.error());
    QJsonObject stages;
    for (const auto &[stage, count] : r->stages)
        stages.insert(stageKey(stage), count);
    // The file's stage values: the mapped ones with their stage, the others as null (they come
    // in as lead with a warning unless the mapping's "values" names them).
    ImportColumn stageColumn;
    for (const ImportColumn &col : r->mapping.columns) {
        if (col.field == ImportField::Stage)
            stageColumn = col;
    }
    QJsonObject stageValues;
    for (const auto &[value, count] : r->stageValues) {
        const auto stage = parseImportStage(stageColumn, value);
        stageValues.insert(value,
            QJsonObject {{QStringLiteral("rows"), count},
                {QStringLiteral("stage"), stage ? QJsonValue(stageKey(*stage)) : QJsonValue()}});
    }
    QJsonObject owners;
    for (const auto &[owner, count] : r->unknownOwners)
        owners.insert(owner, count);
    c.out << QJsonDocument(
        QJsonObject {{QStringLiteral("mapping"), r->mapping.toJson()},
            {QStringLiteral("delimiter"), QString(r->format.delimiter)},
            {QStringLiteral("encoding"), csvEncodingName(r->format.encoding)},
            {QStringLiteral("rows"), r->rows}, {QStringLiteral("rejected"), r->rejected},
            {QStringLiteral("warned"), r->warned}, {QStringLiteral("stages"), stages},
            {QStringLiteral("stageValues"), stageValues}, {QStringLiteral("unknownOwners"), owners},
            {QStringLiteral("newReasons"), newReasonsJson(r->newReasons)}})
                 .toJson(QJsonDocument::Indented);
    return Ok;
}

// `import history FILE.csv [--dry-run]`: stage changes from another system's event export.
int importHistory(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: import history FILE.csv [--dry-run]")};
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    const bool dryRun = c.has(QStringLiteral("dry-run"));
    auto r = c.services().historyImporter().run(*user, c.positional[1], dryRun);
    if (!r)
        return c.fail(r.error());
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("dryRun"), dryRun}, {QStringLiteral("rows"), r->rows},
                {QStringLiteral("moves"), r->moves}, {QStringLiteral("leads"), r->leads},
                {QStringLiteral("unchanged"), r->unchanged},
                {QStringLiteral("refused"), r->refused}, {QStringLiteral("rejected"), r->rejected},
                {QStringLiteral("warningsFile"), r->warningsFile},
                {QStringLiteral("rejectedFile"), r->rejectedFile},
                {QStringLiteral("newReasons"), newReasonsJson(r->newReasons)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << (dryRun ? "Would move " : "Moved ") << r->leads << " leads (" << r->moves
              << " stage changes) from " << r->rows << " rows; " << r->unchanged
              << " already recorded, " << r->refused << " refused by the pipeline, " << r->rejected
              << " rejected.\n";
        for (const auto &[kind, texts] : r->newReasons)
            for (const auto &[text, count] : texts)
                c.out << (dryRun ? "Would add" : "Added") << " the " << kind << " reason '" << text
                      << "' (" << count << " rows).\n";
        if (!r->rejectedFile.isEmpty())
            c.out << "Rejected rows with line numbers and reasons: " << r->rejectedFile << '\n';
        if (!r->warningsFile.isEmpty())
            c.out << "Moves the pipeline refused (line, lead, stage, why): " << r->warningsFile
                  << '\n';
    }
    if (r->moves + r->unchanged == 0 && r->rejected + r->refused > 0)
        return Failed;
    return r->rejected + r->refused > 0 ? Partly : Ok;
}

// `import template OUT.json [--from FILE.csv]`: a mapping to edit — every field with an example,
// or the mapping the import would use for a file's headers.
int importTemplate(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: import template OUT.json [--from FILE.csv]")};
    ImportMapping mapping;
    if (c.has(QStringLiteral("from"))) {
        const auto user = c.openAsActor();
        if (!user)
            return Failed;
        auto r = c.services().leadImporter().dryRun(*user, c.value(QStringLiteral("from")), {});
        if (!r)
            return c.fail(r.error());
        mapping = r->mapping;
    } else {
        mapping = ImportMapping::skeleton();
    }
    QFile out(c.positional[1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return c.fail(Error::invalid(
            QStringLiteral("cannot write %1: %2").arg(c.positional[1], out.errorString()),
            QStringLiteral("file")));
    out.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
    if (!out.flush())
        return c.fail(Error::invalid(
            QStringLiteral("cannot write %1: %2").arg(c.positional[1], out.errorString()),
            QStringLiteral("file")));
    c.out << "Wrote the mapping " << c.positional[1]
          << "; edit it, then: import leads FILE.csv --map " << c.positional[1] << '\n';
    return Ok;
}

int importLeads(Context &c)
{
    const bool resume = c.has(QStringLiteral("resume"));
    if (c.positional.value(0) != QLatin1String("leads") || c.positional.size() != (resume ? 1 : 2))
        throw UsageError {QStringLiteral("usage: import leads FILE.csv [--map FILE.json] "
                                         "[--on-duplicate skip|update|merge] [--region CC] "
                                         "[--historical-before DATE] [--dry-run], "
                                         "or import leads --resume RUNID")};
    ImportOptions options;
    if (c.has(QStringLiteral("on-duplicate"))) {
        const auto policy = duplicatePolicyFromKey(c.value(QStringLiteral("on-duplicate")));
        if (!policy)
            throw UsageError {QStringLiteral("--on-duplicate: use skip, update or merge, not '%1'")
                                  .arg(c.value(QStringLiteral("on-duplicate")))};
        options.duplicates = *policy;
    }
    if (c.has(QStringLiteral("region"))) {
        options.region = c.value(QStringLiteral("region")).toUpper();
        if (options.region.size() != 2)
            throw UsageError {
                QStringLiteral("--region: a two-letter country code such as DE, not '%1'")
                    .arg(c.value(QStringLiteral("region")))};
    }
    if (c.has(QStringLiteral("historical-before"))) {
        options.historicalBefore
            = QDate::fromString(c.value(QStringLiteral("historical-before")), Qt::ISODate);
        if (!options.historicalBefore.isValid())
            throw UsageError {QStringLiteral("--historical-before: a date such as 2026-01-01, "
                                             "not '%1'")
                                  .arg(c.value(QStringLiteral("historical-before")))};
    }
    if (resume)
        options.resumeRunId
            = c.number(QStringLiteral("resume"), 0, 1, std::numeric_limits<qint64>::max());
    if (!c.open())
        return Failed;
    if (c.has(QStringLiteral("map"))) {
        auto mapping = mappingOption(c);
        if (!mapping)
            return c.fail(mapping.error());
        options.mapping = mapping.value();
    }
    const auto user = c.actor();
    if (!user)
        return Failed;
    const LeadImporter &importer = c.services().leadImporter();
    if (c.has(QStringLiteral("dry-run"))) {
        if (resume)
            throw UsageError {QStringLiteral("--dry-run reads a file; it cannot resume a run")};
        return importDryRun(c, importer.dryRun(*user, c.positional[1], options));
    }
    auto r = resume ? importer.resume(*user, options.resumeRunId)
                    : importer.run(*user, c.positional[1], options);
    if (!r)
        return c.fail(r.error());
    printSummary(c, r.value());
    if (r->newLeads + r->updated + r->merged == 0 && r->rejected > 0)
        c.err << "Nothing was imported: every row was rejected (see " << r->rejectedFile << ").\n";
    return importExitCode(r.value());
}

int importActivities(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: import activities FILE.csv")};
    const auto user = c.openAsActor();
    if (!user)
        return Failed;
    auto r = c.services().activityImporter().run(*user, c.positional[1]);
    if (!r)
        return c.fail(r.error());
    if (c.json) {
        QJsonArray issues;
        for (const ActivityImportIssue &i : r->issues)
            issues.append(QJsonObject {{QStringLiteral("line"), i.line},
                {QStringLiteral("field"), i.field}, {QStringLiteral("reason"), i.reason}});
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("rows"), r->rows},
                {QStringLiteral("imported"), r->imported},
                {QStringLiteral("rejected"), qint64(r->issues.size())},
                {QStringLiteral("leadsRescored"), r->leads},
                {QStringLiteral("promoted"), r->promoted}, {QStringLiteral("issues"), issues}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const ActivityImportIssue &i : r->issues)
        c.out << "line " << i.line << ", " << i.field << ": " << i.reason << '\n';
    c.out << "Imported " << r->imported << " of " << r->rows << " activities (" << r->issues.size()
          << " lines rejected); rescored " << r->leads << " leads, " << r->promoted
          << " promoted to MQL.\n";
    return Ok;
}

class ImportCommand : public Command
{
public:
    ImportCommand()
        : Command(QStringLiteral("import"))
    { }

    QList<Form> forms() const override
    {
        return {
            {{QStringLiteral("leads")},
                QStringLiteral(
                    "FILE.csv [--map FILE.json|NAME] [--on-duplicate "
                    "skip|update|merge]\n[--region CC] [--historical-before DATE] [--resume "
                    "RUNID] [--dry-run]"),
                QStringLiteral(
                    "import leads from CSV (encoding and delimiter detected,\ncolumns mapped from "
                    "the headers, a mapping file or a\nmapping saved in the import wizard; "
                    "rejected rows go to\nFILE.rejected.csv, values kept apart to "
                    "FILE.warnings.csv);\n--resume continues a stopped run. Exit code 0: all "
                    "imported, 3: imported\nwith warnings or rejected rows, 1: nothing imported"),
                {QStringLiteral("map"), QStringLiteral("on-duplicate"), QStringLiteral("region"),
                    QStringLiteral("historical-before"), QStringLiteral("resume"),
                    QStringLiteral("dry-run")}},
            {{QStringLiteral("history")}, QStringLiteral("FILE.csv [--dry-run]"),
                QStringLiteral(
                    "import stage changes (columns: lead by External ID or\nE-Mail, stage, "
                    "timestamp; optional reason, changed by,\nnote): each lead moves through the "
                    "pipeline on the file's\ndates; moves the pipeline refuses go to "
                    "FILE.warnings.csv,\nrows without a known lead, stage or date to "
                    "FILE.rejected.csv;\nimporting the same file again changes nothing"),
                {QStringLiteral("dry-run")}},
            {{QStringLiteral("template")}, QStringLiteral("OUT.json [--from FILE.csv]"),
                QStringLiteral("write a mapping file to edit for import leads --map: every\n"
                               "field with an example, or --from the mapping a file would get"),
                {QStringLiteral("from")}},
            {{QStringLiteral("runs")}, {},
                QStringLiteral("imports that were stopped and can be resumed"), {}},
            {{QStringLiteral("activities")}, QStringLiteral("FILE.csv"),
                QStringLiteral("import marketing activities (columns: lead e-mail, activity\ntype, "
                               "timestamp, optional detail; German or English\nheaders); bad lines "
                               "are listed, the rest imported and\nthe leads concerned rescored"),
                {}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("map"), QStringLiteral("FILE.json|NAME"),
                    QStringLiteral("the column mapping: a JSON file (below) or the name of "
                                   "a\nmapping saved in the import wizard")},
            {QStringLiteral("on-duplicate"), QStringLiteral("skip|update|merge"),
                QStringLiteral("what to do with a row whose lead exists (default skip)")},
            {QStringLiteral("region"), QStringLiteral("CC"),
                QStringLiteral("the country for phone numbers without a country code (default: "
                               "the\nhome region, see settings home-region)")},
            {QStringLiteral("historical-before"), QStringLiteral("DATE"),
                QStringLiteral("leads created before DATE are history: in the reports, but\n"
                               "never promoted to MQL or routed (closed leads always are)")},
            {QStringLiteral("resume"), QStringLiteral("RUNID"),
                QStringLiteral("continue a stopped run (see import runs)")},
            {QStringLiteral("from"), QStringLiteral("FILE.csv"),
                QStringLiteral("the file whose suggested mapping import template writes")},
            {QStringLiteral("dry-run"), QString(),
                QStringLiteral("print the mapping as JSON (a --map file to edit), the\nrows, "
                               "rejected and warned counts and the leads per stage;\nwrite "
                               "nothing")}};
    }

    QString details(const Form &form) const override
    {
        if (form.words != QStringList {QStringLiteral("leads")})
            return {};
        return QStringLiteral(
            "Mapping file (--map FILE.json): a JSON object with a \"columns\" list, one entry per\n"
            "CSV column, matched to the file's headers whatever their case; columns it does not\n"
            "name are mapped from their headers as the import wizard suggests:\n"
            "  header  the column's header in the file\n"
            "  field   where it goes: firstName, lastName, fullName, email, phone, company,\n"
            "          jobTitle, industry, companySize, country, source, campaign, externalId,\n"
            "          createdAt, stage, stageDate (the date the lead reached \"stage\"),\n"
            "          owner (a user by login, e-mail or full name), reason (why a closed\n"
            "          lead was closed), custom (kept as a lead attribute named after the\n"
            "          header) or ignore\n"
            "  values  for the stage column: the file's values and the stage each stands for\n"
            "          (lead, mql, sql, disqualified, won, lost); other values come in as lead\n"
            "          with a warning. For the reason column: the file's values and the code\n"
            "          or label of the reason each stands for (no_budget, \"Kein Budget\"); other\n"
            "          values are matched by code or label, and one the list lacks becomes a\n"
            "          new reason under its own text\n"
            "  stage   for a stageDate column: mql, sql, disqualified, won or lost\n"
            "  dates   for date columns: \"dmy\" (31/12/2026) or \"mdy\" (12/31/2026); left out,\n"
            "          the order is detected from the column's values (the region's if they\n"
            "          allow both). Dates may be ISO (with time and zone), DD.MM.YYYY,\n"
            "          DD/MM/YYYY, MM/DD/YYYY, YYYYMMDD or Excel day numbers\n"
            "A \"constants\" object next to \"columns\" sets a field for every row that has no\n"
            "value of its own: {\"stage\": \"mql\", \"source\": \"Messe 2026\", \"campaign\": "
            "...}.\n"
            "Without a mapping, columns are mapped from their German or English headers; an\n"
            "id-like column (ID, Lead ID, Prospect ID, Lead Number, mql_id, ...) whose values\n"
            "are unique becomes the external id. A value that does not fit its field keeps\n"
            "the lead: it is kept as a custom attribute (an invalid phone as written, marked\n"
            "not valid) and listed in FILE.warnings.csv; country names (English, German) and\n"
            "three-letter codes become two-letter codes. Only a row with nothing that\n"
            "identifies a lead, or a broken row, is rejected. An owner no user matches (or an\n"
            "inactive one, for an open lead) leaves the lead to routing, with a warning.\n"
            "With --on-duplicate update or merge, a row's stage and stage dates move the lead\n"
            "on through the pipeline, dated by the file; moves the pipeline refuses (a won\n"
            "lead back to MQL) are warnings. --dry-run also lists every value of the stage\n"
            "column with its rows and stage, the owners no user matches and the reasons the\n"
            "import would add. `import template OUT.json` writes a mapping to start from.\n"
            "Example:\n"
            "  {\"columns\": [\n"
            "    {\"header\": \"E-Mail\", \"field\": \"email\"},\n"
            "    {\"header\": \"Name\", \"field\": \"fullName\"},\n"
            "    {\"header\": \"Firma\", \"field\": \"company\"},\n"
            "    {\"header\": \"Angelegt\", \"field\": \"createdAt\", \"dates\": \"dmy\"},\n"
            "    {\"header\": \"MQL am\", \"field\": \"stageDate\", \"stage\": \"mql\"},\n"
            "    {\"header\": \"Status\", \"field\": \"stage\",\n"
            "     \"values\": {\"Neu\": \"lead\", \"Qualifiziert\": \"mql\"}},\n"
            "    {\"header\": \"Messe-Stand\", \"field\": \"custom\"},\n"
            "    {\"header\": \"Notiz\", \"field\": \"ignore\"}\n"
            "  ]}\n"
            "The import wizard's \"Save mapping\" stores one under a name for --map NAME.\n");
    }

    int run(Context &c) const override
    {
        const QString sub = c.positional.value(0);
        if (sub == QLatin1String("activities"))
            return importActivities(c);
        if (sub == QLatin1String("history"))
            return importHistory(c);
        if (sub == QLatin1String("template"))
            return importTemplate(c);
        if (sub == QLatin1String("runs") && c.positional.size() == 1)
            return importRuns(c);
        return importLeads(c);
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace bantam::cli
