#include "io/activityimport.h"

#include "io/csvreader.h"
#include "io/leadimport.h"
#include "people/permissions.h"
#include "scoring/scoringservice.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace bantam {

namespace {

enum class Column { Email, Type, Timestamp, Detail };

std::optional<Column> columnOf(const QString &header)
{
    static const QHash<QString, Column> known = [] {
        QHash<QString, Column> h;
        auto add = [&h](Column c, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(foldImportHeader(QString::fromUtf8(n)), c);
        };
        add(Column::Email,
            {"E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email Address", "Lead E-Mail",
                "Lead Email", "Contact Email", "Kontakt-E-Mail"});
        add(Column::Type,
            {"Activity Type", "Activity", "Type", "Event", "Event Type", "Aktivität",
                "Aktivitätstyp", "Aktivitätsart", "Typ", "Art", "Ereignis"});
        add(Column::Timestamp,
            {"Timestamp", "Time", "Date", "Occurred At", "Activity Date", "Zeitpunkt", "Zeit",
                "Datum", "Zeitstempel", "Uhrzeit"});
        add(Column::Detail,
            {"Detail", "Details", "Description", "Note", "URL", "Page", "Beschreibung", "Notiz",
                "Seite", "Inhalt"});
        return h;
    }();
    auto it = known.constFind(foldImportHeader(header));
    return it == known.cend() ? std::nullopt : std::optional<Column>(it.value());
}

} // namespace

QDateTime parseActivityTimestamp(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid()) {
        if (iso.timeSpec() == Qt::LocalTime) // no zone given: UTC, as exports usually are
            iso.setTimeSpec(Qt::UTC);
        return iso.toUTC();
    }
    static const QRegularExpression german(QStringLiteral(
        "^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    if (auto m = german.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        return d.isValid() && t.isValid() ? QDateTime(d, t, Qt::UTC) : QDateTime();
    }
    return parseImportDate(text);
}

ActivityImporter::ActivityImporter(const Database &db, const ScoringService &scoring)
    : m_db(db)
    , m_scoring(scoring)
{ }

Result<ActivityImportSummary> ActivityImporter::run(
    const User &actor, const QString &filePath) const
{
    if (auto p = permissions::mayImportActivities(actor); !p)
        return p.error();
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            tr("Cannot open %1: %2").arg(filePath, file.errorString()), QStringLiteral("file"));
    auto detected = CsvReader::detect(file.read(CsvReader::DetectionHeadSize));
    if (!detected)
        return Error::invalid(
            tr("%1: %2").arg(name, detected.error().message), QStringLiteral("file"));
    file.seek(0);
    CsvReader reader(file, detected->format);
    CsvRecord record;
    if (!reader.next(record))
        return Error::invalid(reader.error() ? tr("%1: %2").arg(name, reader.error()->message)
                                             : tr("%1 is empty.").arg(name),
            QStringLiteral("file"));

    // The header row: which column holds what.
    QHash<Column, int> at;
    for (int i = 0; i < record.fields.size(); ++i) {
        if (const auto c = columnOf(record.fields[i].trimmed()); c && !at.contains(*c))
            at.insert(*c, i);
    }
    const std::pair<Column, QString> required[]
        = {{Column::Email, tr("lead e-mail (E-Mail, Email)")},
            {Column::Type, tr("activity type (Activity Type, Aktivität, Typ)")},
            {Column::Timestamp, tr("timestamp (Timestamp, Date, Zeitpunkt, Datum)")}};
    for (const auto &[column, what] : required) {
        if (!at.contains(column))
            return Error::invalid(tr("%1 has no column for the %2; its header row is: %3")
                                      .arg(name, what, record.fields.join(QLatin1String(", "))),
                QStringLiteral("file"));
    }

    const ScoringService &scoring = m_scoring;
    auto active = scoring.activeModel();
    if (!active)
        return active.error();
    const ScoringModel &model = active->model;
    // Types by key, and by their English or German label (as the export may name them).
    QHash<QString, QString> typeKeys;
    QStringList known;
    for (const ActivityRule &a : model.activities) {
        typeKeys.insert(a.key.toLower(), a.key);
        if (!a.labelEn.isEmpty())
            typeKeys.insert(a.labelEn.toLower(), a.key);
        if (!a.labelDe.isEmpty())
            typeKeys.insert(a.labelDe.toLower(), a.key);
        known << a.key;
    }

    ActivityImportSummary summary;
    std::vector<Activity> activities;
    const LeadRepository leads(m_db);
    QHash<QString, std::optional<qint64>> leadOfEmail; // e-mails seen before in the file
    auto field = [&](const CsvRecord &r, Column c) {
        const int i = at.value(c, -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    };
    while (reader.next(record)) {
        ++summary.rows;
        auto issue = [&](const QString &f, const QString &reason) {
            summary.issues.push_back({record.line, f, reason});
        };
        const QString email = field(record, Column::Email);
        const QString typeText = field(record, Column::Type);
        const QString when = field(record, Column::Timestamp);
        if (email.isEmpty()) {
            issue(QStringLiteral("email"), tr("no e-mail"));
            continue;
        }
        auto cached = leadOfEmail.constFind(email.toLower());
        if (cached == leadOfEmail.cend()) {
            auto id = leads.idByEmail(email);
            if (!id)
                return id.error();
            cached = leadOfEmail.insert(email.toLower(), id.value());
        }
        if (!cached.value()) {
            issue(QStringLiteral("email"), tr("no lead has the e-mail '%1'").arg(email));
            continue;
        }
        const QString type = typeKeys.value(typeText.toLower());
        if (type.isEmpty()) {
            issue(QStringLiteral("type"),
                typeText.isEmpty() ? tr("no activity type")
                                   : tr("unknown activity type '%1' (the scoring model knows: %2)")
                                         .arg(typeText, known.join(QLatin1String(", "))));
            continue;
        }
        const QDateTime occurred = parseActivityTimestamp(when);
        if (!occurred.isValid()) {
            issue(QStringLiteral("timestamp"),
                when.isEmpty()
                    ? tr("no timestamp")
                    : tr("'%1' is not a timestamp (e.g. 2026-03-01T14:30:00Z or 01.03.2026 14:30)")
                          .arg(when));
            continue;
        }
        Activity a;
        a.leadId = *cached.value();
        a.type = type;
        a.at = occurred;
        a.detail = field(record, Column::Detail);
        activities.push_back(std::move(a));
    }
    if (reader.error())
        return Error::invalid(
            tr("%1: %2").arg(name, reader.error()->message), QStringLiteral("file"));
    if (activities.empty())
        return summary;
    auto recorded = scoring.addActivities(activities);
    if (!recorded)
        return recorded.error();
    summary.imported = qint64(activities.size());
    summary.leads = recorded->leads;
    summary.promoted = recorded->promoted;
    return summary;
}

} // namespace bantam
