#include "io/activityimport.h"

#include "io/csvreader.h"
#include "io/leadimport.h"
#include "people/permissions.h"
#include "routing/routingservice.h"
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

using ColumnIndex = QHash<Column, int>;

// Which column of the header row holds what; an error names the required columns missing.
Result<ColumnIndex> readColumns(const CsvRecord &header, const QString &name)
{
    ColumnIndex at;
    for (int i = 0; i < header.fields.size(); ++i) {
        if (const auto c = columnOf(header.fields[i].trimmed()); c && !at.contains(*c))
            at.insert(*c, i);
    }
    const std::pair<Column, QString> required[] = {
        {Column::Email, ActivityImporter::tr("lead e-mail (E-Mail, Email)")},
        {Column::Type, ActivityImporter::tr("activity type (Activity Type, Aktivität, Typ)")},
        {Column::Timestamp, ActivityImporter::tr("timestamp (Timestamp, Date, Zeitpunkt, Datum)")}};
    for (const auto &[column, what] : required) {
        if (!at.contains(column))
            return Error::invalid(
                ActivityImporter::tr("%1 has no column for the %2; its header row is: %3")
                    .arg(name, what, header.fields.join(QLatin1String(", "))),
                QStringLiteral("file"));
    }
    return at;
}

// The scoring model's activity types by key, and by their English or German label (as the
// export may name them).
struct ActivityTypes
{
    QHash<QString, QString> keys; // lower-case key or label -> key
    QStringList known; // the keys, for the message about an unknown type
};

ActivityTypes activityTypesOf(const ScoringModel &model)
{
    ActivityTypes types;
    for (const ActivityRule &a : model.activities) {
        types.keys.insert(a.key.toLower(), a.key);
        if (!a.labelEn.isEmpty())
            types.keys.insert(a.labelEn.toLower(), a.key);
        if (!a.labelDe.isEmpty())
            types.keys.insert(a.labelDe.toLower(), a.key);
        types.known << a.key;
    }
    return types;
}

// Turns the data rows into activities; a row that cannot be one becomes an issue of the summary.
class ActivityRows
{
public:
    ActivityRows(const LeadRepository &leads, const ColumnIndex &at, const ActivityTypes &types,
        ActivityImportSummary &summary)
        : m_leads(leads)
        , m_at(at)
        , m_types(types)
        , m_summary(summary)
    { }

    // The row's activity; none (with an issue recorded) if the row is not one.
    Result<std::optional<Activity>> read(const CsvRecord &record)
    {
        ++m_summary.rows;
        auto issue = [&](const QString &f, const QString &reason) {
            m_summary.issues.push_back({record.line, f, reason});
            return std::optional<Activity>();
        };
        const QString email = field(record, Column::Email);
        const QString typeText = field(record, Column::Type);
        const QString when = field(record, Column::Timestamp);
        if (email.isEmpty())
            return issue(QStringLiteral("email"), ActivityImporter::tr("no e-mail"));
        auto lead = leadOf(email);
        if (!lead)
            return lead.error();
        if (!lead.value())
            return issue(QStringLiteral("email"),
                ActivityImporter::tr("no lead has the e-mail '%1'").arg(email));
        const QString type = m_types.keys.value(typeText.toLower());
        if (type.isEmpty())
            return issue(QStringLiteral("type"),
                typeText.isEmpty() ? ActivityImporter::tr("no activity type")
                                   : ActivityImporter::tr(
                                       "unknown activity type '%1' (the scoring model knows: %2)")
                                         .arg(typeText, m_types.known.join(QLatin1String(", "))));
        const QDateTime occurred = parseActivityTimestamp(when);
        if (!occurred.isValid())
            return issue(QStringLiteral("timestamp"),
                when.isEmpty() ? ActivityImporter::tr("no timestamp")
                               : ActivityImporter::tr("'%1' is not a timestamp (e.g. "
                                                      "2026-03-01T14:30:00Z or 01.03.2026 14:30)")
                                     .arg(when));
        Activity a;
        a.leadId = *lead.value();
        a.type = type;
        a.at = occurred;
        a.detail = field(record, Column::Detail);
        return std::optional<Activity>(std::move(a));
    }

private:
    QString field(const CsvRecord &r, Column c) const
    {
        const int i = m_at.value(c, -1);
        return i >= 0 && i < r.fields.size() ? r.fields[i].trimmed() : QString();
    }
    // The lead with this e-mail, looked up once per e-mail in the file.
    Result<std::optional<qint64>> leadOf(const QString &email)
    {
        auto cached = m_leadOfEmail.constFind(email.toLower());
        if (cached == m_leadOfEmail.cend()) {
            auto id = m_leads.idByEmail(email);
            if (!id)
                return id.error();
            cached = m_leadOfEmail.insert(email.toLower(), id.value());
        }
        return cached.value();
    }

    const LeadRepository &m_leads;
    const ColumnIndex &m_at;
    const ActivityTypes &m_types;
    ActivityImportSummary &m_summary;
    QHash<QString, std::optional<qint64>> m_leadOfEmail;
};

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
    auto input = CsvInput::open(filePath);
    if (!input)
        return input.error();
    CsvReader &reader = input.value()->reader();
    const QString name = input.value()->name();
    CsvRecord record;
    auto at = readColumns(input.value()->header(), name);
    if (!at)
        return at.error();

    const ScoringService &scoring = m_scoring;
    auto active = scoring.activeModel();
    if (!active)
        return active.error();
    const ActivityTypes types = activityTypesOf(active->model);

    ActivityImportSummary summary;
    std::vector<Activity> activities;
    const LeadRepository leads(m_db);
    ActivityRows rows(leads, at.value(), types, summary);
    while (reader.next(record)) {
        auto activity = rows.read(record);
        if (!activity)
            return activity.error();
        if (activity.value())
            activities.push_back(std::move(*activity.value()));
    }
    if (auto e = input.value()->readError())
        return *e;
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
