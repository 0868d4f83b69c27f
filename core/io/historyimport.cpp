#include "io/historyimport.h"

#include "clock.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/importedhistory.h"
#include "io/leadimport.h"
#include "people/permissions.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/searchkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <vector>

namespace bantam {

namespace {

enum class HistoryColumn { None, ExternalId, Email, Stage, At, Reason, By, Note };

HistoryColumn historyColumn(const QString &header)
{
    static const QHash<QString, HistoryColumn> extra = [] {
        QHash<QString, HistoryColumn> h;
        auto add = [&h](HistoryColumn c, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(foldImportHeader(QString::fromUtf8(n)), c);
        };
        add(HistoryColumn::ExternalId, {"Lead", "Lead Id", "Record", "Datensatz"});
        add(HistoryColumn::Stage,
            {"New Stage", "New Status", "To Stage", "To Status", "Neuer Status", "Neue Phase",
                "Stage To", "Status To"});
        add(HistoryColumn::At,
            {"Timestamp", "Changed At", "Changed On", "Changed", "Date", "Datum", "Zeitpunkt",
                "Geändert am", "When", "Time", "Occurred At", "Event Date", "Created"});
        add(HistoryColumn::By,
            {"Changed By", "By", "User", "Von", "Benutzer", "Geändert von", "Actor", "Owner",
                "Modified By", "Bearbeiter"});
        add(HistoryColumn::Note, {"Note", "Notiz", "Comment", "Kommentar", "Bemerkung"});
        return h;
    }();
    if (const auto it = extra.constFind(foldImportHeader(header)); it != extra.constEnd())
        return *it;
    switch (ImportMapping::suggestField(header)) {
    case ImportField::ExternalId:
        return HistoryColumn::ExternalId;
    case ImportField::Email:
        return HistoryColumn::Email;
    case ImportField::Stage:
        return HistoryColumn::Stage;
    case ImportField::Reason:
        return HistoryColumn::Reason;
    case ImportField::CreatedAt:
        return HistoryColumn::At;
    default:
        return HistoryColumn::None;
    }
}

struct Event
{
    qint64 line = 0;
    QStringList fields;
    ImportedHistory::Step step;
};

Result<void> writeCsv(const QString &path, QChar delimiter, const QStringList &header,
    const std::vector<QStringList> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::invalid(
            HistoryImporter::tr("Cannot write %1: %2").arg(path, file.errorString()),
            QStringLiteral("file"));
    CsvWriter writer(file, delimiter);
    writer.writeRow(header);
    for (const QStringList &r : rows)
        writer.writeRow(r);
    return writer.finish();
}

} // namespace

Result<HistoryImportSummary> HistoryImporter::run(
    const User &actor, const QString &filePath, bool dryRun) const
{
    if (auto p = permissions::mayCreateLead(actor); !p)
        return p.error();
    auto input = CsvInput::open(filePath);
    if (!input)
        return input.error();
    CsvReader &reader = input.value()->reader();
    const QString name = input.value()->name();
    const QStringList headers = input.value()->header().fields;
    CsvRecord record;
    QHash<HistoryColumn, qsizetype> column;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const HistoryColumn c = historyColumn(headers[i].trimmed());
        if (c != HistoryColumn::None && !column.contains(c))
            column.insert(c, i);
    }
    const bool byId = column.contains(HistoryColumn::ExternalId);
    if ((!byId && !column.contains(HistoryColumn::Email)) || !column.contains(HistoryColumn::Stage)
        || !column.contains(HistoryColumn::At))
        return Error::invalid(tr("%1: a history file needs a column for the lead (External ID or "
                                 "E-Mail), the stage (Stage, Status) and the time (Timestamp, "
                                 "Date); its columns are: %2.")
                                  .arg(name, headers.join(QLatin1String(", "))),
            QStringLiteral("file"));
    auto cell = [&column](const QStringList &f, HistoryColumn c) {
        return column.contains(c) ? f.value(column.value(c)).trimmed() : QString();
    };

    std::vector<Event> events;
    QStringList dates;
    while (reader.next(record)) {
        events.push_back({record.line, record.fields, {}});
        dates << cell(record.fields, HistoryColumn::At);
    }
    if (auto e = input.value()->readError())
        return *e;
    const DateDetection detection = detectDates(dates);
    const DateOrder order = detection.ambiguous() ? DateOrder::DayFirst : detection.order;

    ImportedHistory history(m_db);
    if (auto u = history.loadUsers(); !u)
        return u.error();
    ImportRepository store(m_db);
    const ImportColumn stageColumn {headers.value(column.value(HistoryColumn::Stage)),
        ImportField::Stage, {}, DateOrder::Auto, Stage::Mql};
    HistoryImportSummary summary;
    summary.dryRun = dryRun;
    summary.rows = qint64(events.size());
    std::vector<QStringList> rejects, warnings;
    auto reject = [&rejects, &summary](const Event &e, const QString &why) {
        rejects.push_back(QStringList {QString::number(e.line), why} + e.fields);
        ++summary.rejected;
    };
    // The events by lead, in the order the leads first appear.
    std::vector<qint64> leadOrder;
    QHash<qint64, std::vector<size_t>> byLead;
    QHash<QString, qint64> found; // lead key -> id (0: none)
    for (size_t i = 0; i < events.size(); ++i) {
        Event &e = events[i];
        const QString key = byId ? cell(e.fields, HistoryColumn::ExternalId)
                                 : cell(e.fields, HistoryColumn::Email);
        if (key.isEmpty()) {
            reject(e,
                tr("No lead: the %1 column is empty.")
                    .arg(headers.value(
                        column.value(byId ? HistoryColumn::ExternalId : HistoryColumn::Email))));
            continue;
        }
        const QString stageText = cell(e.fields, HistoryColumn::Stage);
        const auto stage = parseImportStage(stageColumn, stageText);
        if (!stage) {
            reject(e,
                tr("'%1' is not a known stage (lead, mql, sql, disqualified, won, lost).")
                    .arg(stageText));
            continue;
        }
        const QString atText = cell(e.fields, HistoryColumn::At);
        const QDateTime at = parseImportDate(atText, order);
        if (!at.isValid()) {
            reject(e,
                tr("'%1' is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel "
                   "day number).")
                    .arg(atText));
            continue;
        }
        if (!found.contains(key)) {
            DuplicateKeys keys;
            if (byId)
                keys.externalId = key;
            else
                keys.emailKey = searchKey(key);
            auto lead = store.findDuplicate(keys);
            if (!lead)
                return lead.error();
            found.insert(key, lead->value_or(0));
        }
        const qint64 leadId = found.value(key);
        if (leadId == 0) {
            reject(e,
                tr("No lead with %1 '%2'; import the leads first.")
                    .arg(byId ? tr("the external id") : tr("the e-mail"), key));
            continue;
        }
        e.step.stage = *stage;
        e.step.at = at;
        e.step.reasonText = cell(e.fields, HistoryColumn::Reason);
        e.step.note = cell(e.fields, HistoryColumn::Note);
        const QString by = cell(e.fields, HistoryColumn::By);
        if (!by.isEmpty()) {
            const ImportedHistory::UserMatch who = history.findUser(by);
            if (who.user)
                e.step.actorId = who.user->id;
            else if (e.step.note.isEmpty())
                e.step.note = by; // who it was in the old system, kept with the move
        }
        if (!byLead.contains(leadId))
            leadOrder.push_back(leadId);
        byLead[leadId].push_back(i);
    }

    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (qint64 leadId : leadOrder) {
        const std::vector<size_t> &indexes = byLead.value(leadId);
        std::vector<ImportedHistory::Step> steps;
        for (size_t i : indexes)
            steps.push_back(events[i].step);
        auto moved = history.move(leadId, steps, actor, now, {}, true);
        if (!moved) {
            if (moved.error().kind != Error::Kind::Forbidden)
                return moved.error();
            for (size_t i : indexes)
                reject(events[i], moved.error().message);
            continue;
        }
        summary.moves += moved->moves;
        summary.unchanged += moved->unchanged;
        summary.leads += moved->moves > 0 ? 1 : 0;
        for (const ImportedHistory::Refusal &r : moved->refused) {
            const Event &e = events[indexes[r.step]];
            warnings.push_back(
                {QString::number(e.line), QString::number(leadId), stageKey(e.step.stage), r.why});
            ++summary.refused;
        }
    }
    summary.newReasons = history.newReasons();
    if (dryRun)
        tx.rollback();
    else if (auto c = tx.commit(); !c)
        return c.error();

    const QFileInfo info(filePath);
    const QString base = info.absoluteDir().filePath(info.completeBaseName());
    const QChar delimiter = input.value()->format().delimiter;
    QFile::remove(base + QStringLiteral(".rejected.csv"));
    QFile::remove(base + QStringLiteral(".warnings.csv"));
    if (!rejects.empty()) {
        summary.rejectedFile = base + QStringLiteral(".rejected.csv");
        if (auto w = writeCsv(summary.rejectedFile, delimiter,
                QStringList {tr("line"), tr("reason")} + headers, rejects);
            !w)
            return w.error();
    }
    if (!warnings.empty()) {
        summary.warningsFile = base + QStringLiteral(".warnings.csv");
        if (auto w = writeCsv(summary.warningsFile, delimiter,
                {tr("line"), tr("lead"), tr("stage"), tr("why")}, warnings);
            !w)
            return w.error();
    }
    return summary;
}

} // namespace bantam
