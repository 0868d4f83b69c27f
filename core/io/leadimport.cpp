#include "io/leadimport.h"

#include "clock.h"
#include "health/owedwork.h"
#include "io/countrynames.h"
#include "io/csvwriter.h"
#include "io/importedhistory.h"
#include "io/phonenormalizer.h"
#include "jsonreader.h"
#include "leads/leadservice.h"
#include "people/permissions.h"
#include "phone/homeregion.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/scorerepository.h"
#include "storage/searchkey.h"
#include "storage/timelinerepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cstdlib>
#include <future>
#include <memory>
#include <mutex>
#include <utility>

namespace bantam {

namespace {

struct FieldName
{
    ImportField field;
    const char *key;
};
constexpr FieldName kFieldNames[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::Custom, "custom"},
    {ImportField::FirstName, "firstName"},
    {ImportField::LastName, "lastName"},
    {ImportField::FullName, "fullName"},
    {ImportField::Email, "email"},
    {ImportField::Phone, "phone"},
    {ImportField::Company, "company"},
    {ImportField::JobTitle, "jobTitle"},
    {ImportField::Industry, "industry"},
    {ImportField::CompanySize, "companySize"},
    {ImportField::Country, "country"},
    {ImportField::Source, "source"},
    {ImportField::Campaign, "campaign"},
    {ImportField::ExternalId, "externalId"},
    {ImportField::CreatedAt, "createdAt"},
    {ImportField::Stage, "stage"},
    {ImportField::StageDate, "stageDate"},
    {ImportField::Owner, "owner"},
    {ImportField::Reason, "reason"},
};

// Lower case, letters and digits only: "E-Mail" -> "email", "Tel." -> "tel".
QString foldHeader(const QString &header)
{
    QString out;
    for (QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// A cell that a spreadsheet export protected from being run as a formula ('=1+2, '+49 30 …,
// as CsvWriter writes it) is read as the text behind the apostrophe.
QString withoutFormulaGuard(const QString &cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && formulaStarts.contains(cell[1]))
        return cell.mid(1);
    return cell;
}

// A web form's "nothing chosen" ("Select", "-- Select --") and a spreadsheet's missing value
// ("#N/A", "NULL") are no value.
bool isPlaceholder(const QString &cell)
{
    // Cheap first: most cells are longer or start otherwise (this runs for every cell).
    static const QString starts = QStringLiteral("sSpPbBnN-#");
    if (cell.isEmpty() || cell.size() > 18 || !starts.contains(cell.front()))
        return false;
    static const QSet<QString> placeholders
        = {QStringLiteral("select"), QStringLiteral("selectone"), QStringLiteral("pleaseselect"),
            QString::fromUtf8("bitteausw\u00e4hlen"), QStringLiteral("null")};
    const QString trimmed = cell.trimmed();
    if (trimmed.compare(QLatin1String("#N/A"), Qt::CaseInsensitive) == 0
        || trimmed.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0)
        return true;
    QString folded;
    for (QChar c : trimmed.toLower()) {
        if (c.isLetterOrNumber())
            folded += c;
    }
    return placeholders.contains(folded);
}

QString *profileField(LeadProfile &p, ImportField f)
{
    switch (f) {
    case ImportField::FirstName:
        return &p.firstName;
    case ImportField::LastName:
        return &p.lastName;
    case ImportField::Email:
        return &p.email;
    case ImportField::Phone:
        return &p.phone;
    case ImportField::Company:
        return &p.company;
    case ImportField::JobTitle:
        return &p.jobTitle;
    case ImportField::Industry:
        return &p.industry;
    case ImportField::CompanySize:
        return &p.companySize;
    case ImportField::Country:
        return &p.country;
    case ImportField::Source:
        return &p.source;
    case ImportField::Campaign:
        return &p.campaign;
    default:
        return nullptr;
    }
}

// Where an imported lead has been, as the file tells it: Lead at its creation, each stage the
// file dates at its date (in the order of the dates), then the row's stage if the dates do not
// end there — entered from the last dated step, at its date. Nothing is invented: a stage the
// file neither dates nor names is not in the path.
std::vector<std::pair<Stage, QDateTime>> importPath(const QDateTime &createdAt,
    std::optional<Stage> stage, std::vector<std::pair<Stage, QDateTime>> dated)
{
    std::stable_sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : int(a.first) < int(b.first);
    });
    std::vector<std::pair<Stage, QDateTime>> path {{Stage::Lead, createdAt}};
    path.insert(path.end(), dated.begin(), dated.end());
    // An open outcome (0, "No") next to dated stages says less than the dates do.
    if (stage && *stage != Stage::Lead && path.back().first != *stage) {
        QDateTime at = path.back().second;
        auto earlier = std::find_if(path.begin() + 1, path.end(),
            [&stage](const auto &step) { return step.first == *stage; });
        if (earlier != path.end()) { // dated, but not last: the row's stage is where the lead is
            at = std::max(at, earlier->second);
            path.erase(earlier);
        }
        path.emplace_back(*stage, at);
    }
    return path;
}

} // namespace

QString foldImportHeader(const QString &header)
{
    return foldHeader(header);
}

QString importFieldKey(ImportField field)
{
    for (const FieldName &n : kFieldNames) {
        if (n.field == field)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("ignore");
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const FieldName &n : kFieldNames) {
        if (key == QLatin1String(n.key))
            return n.field;
    }
    return std::nullopt;
}

ImportField ImportMapping::suggestField(const QString &header)
{
    static const QHash<QString, ImportField> known = [] {
        QHash<QString, ImportField> h;
        auto add = [&h](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(foldHeader(QString::fromUtf8(n)), f);
        };
        add(ImportField::FirstName, {"Vorname", "First Name", "Firstname", "Given Name"});
        add(ImportField::LastName,
            {"Nachname", "Last Name", "Lastname", "Surname", "Familienname"});
        add(ImportField::FullName, {"Name", "Full Name", "Kontakt", "Contact", "Ansprechpartner"});
        // Besides the plain names, the headers of HubSpot's, Salesforce's, Pipedrive's and
        // Zoho's German and English exports ("Lebenszyklusphase", "No. of Employees", ...).
        add(ImportField::Email,
            {"E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email Address", "Person - Email"});
        add(ImportField::Phone,
            {"Telefon", "Tel.", "Mobil", "Handy", "Phone", "Mobile", "Telefonnummer",
                "Phone Number", "Mobiltelefon", "Mobiltelefonnummer", "Mobilnummer", "Mobile Phone",
                "Mobile Phone Number", "Person - Phone"});
        add(ImportField::Company,
            {"Firma", "Unternehmen", "Company", "Organisation", "Organization", "Account",
                "Firmenname", "Unternehmensname", "Company Name", "Account Name",
                "Organisation - Name", "Organization - Name"});
        add(ImportField::JobTitle,
            {"Position", "Funktion", "Titel", "Job Title", "Title", "Rolle", "Jobtitel",
                "Berufsbezeichnung", "Stellenbezeichnung"});
        add(ImportField::Industry, {"Branche", "Industry", "Industrie", "Sector", "Sektor"});
        add(ImportField::CompanySize,
            {"Mitarbeiter", "Unternehmensgröße", "Firmengröße", "Company Size", "Employees",
                "Mitarbeiterzahl", "Anzahl Mitarbeiter", "Anzahl der Mitarbeiter",
                "Anzahl Mitarbeitende", "Mitarbeitende", "Beschäftigte", "Anzahl Beschäftigte",
                "Number of Employees", "No. of Employees", "Employee Count", "Headcount"});
        add(ImportField::Country, {"Land", "Country", "Land/Region", "Country/Region"});
        add(ImportField::Source,
            {"Quelle", "Source", "Lead Source", "Herkunft", "Leadquelle", "Lead-Quelle",
                "Quelle des Leads", "Original Source", "Originalquelle", "Ursprüngliche Quelle"});
        add(ImportField::Campaign, {"Kampagne", "Campaign"});
        add(ImportField::ExternalId,
            {"ID", "Kundennummer", "External ID", "Externe ID", "Lead ID", "Kunden-Nr.",
                "Lead Number", "Prospect ID", "Record ID", "Contact ID", "Kontakt-ID", "Lead-Nr.",
                "Lead-Nummer"});
        add(ImportField::CreatedAt,
            {"Erstellt", "Created", "Erstellt am", "Created At", "Created Date", "Datum", "Date",
                "Angelegt", "Angelegt am", "Erstellungsdatum", "Create Date", "Created Time",
                "Lead Created Date"});
        add(ImportField::Stage,
            {"Status", "Stage", "Converted", "Phase", "Lead Status", "Leadstatus",
                "Status des Leads", "Lebenszyklusphase", "Phase im Lebenszyklus", "Lifecycle Stage",
                "Lead Stage", "Leadphase"});
        add(ImportField::Owner,
            {"Owner", "Lead Owner", "Owner Email", "Owner E-Mail", "Owner Name", "Assigned To",
                "Sales Rep", "Account Owner", "Besitzer", "Zuständig", "Verantwortlich", "Betreuer",
                "Bearbeiter", "Vertriebsmitarbeiter", "Lead-Besitzer", "Lead-Inhaber",
                "Leadinhaber", "Kontaktinhaber", "Contact Owner"});
        add(ImportField::Reason,
            {"Reason", "Grund", "Disqualified Reason", "Disqualification Reason",
                "Reason for Disqualification", "Lost Reason", "Loss Reason", "Closed Lost Reason",
                "Status Reason", "Verlustgrund", "Absagegrund", "Disqualifizierungsgrund",
                "Ablehnungsgrund"});
        // Columns of Bantam's own export that Bantam works out itself (scoring, the last
        // change): read back, they are no attributes of the lead.
        add(ImportField::Ignore, {"Score", "Chance", "Updated", "Geändert"});
        return h;
    }();
    return known.value(foldHeader(header), ImportField::Custom);
}

QString ImportMapping::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("(ignore)");
    case ImportField::Custom:
        return tr("Custom attribute");
    case ImportField::FirstName:
        return tr("First name");
    case ImportField::LastName:
        return tr("Last name");
    case ImportField::FullName:
        return tr("Full name");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Company:
        return tr("Company");
    case ImportField::JobTitle:
        return tr("Job title");
    case ImportField::Industry:
        return tr("Industry");
    case ImportField::CompanySize:
        return tr("Company size");
    case ImportField::Country:
        return tr("Country");
    case ImportField::Source:
        return tr("Source");
    case ImportField::Campaign:
        return tr("Campaign");
    case ImportField::ExternalId:
        return tr("External ID");
    case ImportField::CreatedAt:
        return tr("Created on");
    case ImportField::Stage:
        return tr("Stage / outcome");
    case ImportField::StageDate:
        return tr("Date a stage was reached");
    case ImportField::Owner:
        return tr("Owner (user)");
    case ImportField::Reason:
        return tr("Reason (closed leads)");
    }
    return {};
}

QList<ImportField> ImportMapping::allFields()
{
    QList<ImportField> fields;
    for (const FieldName &n : kFieldNames)
        fields << n.field;
    return fields;
}

bool ImportMapping::canIdentify() const
{
    static const QList<ImportField> identifying
        = {ImportField::Email, ImportField::Phone, ImportField::FirstName, ImportField::LastName,
            ImportField::FullName, ImportField::Company, ImportField::ExternalId};
    return std::any_of(columns.begin(), columns.end(),
        [](const ImportColumn &c) { return identifying.contains(c.field); });
}

std::optional<Stage> ImportMapping::suggestDateStage(const QString &header)
{
    static const QHash<QString, Stage> stages = [] {
        QHash<QString, Stage> h;
        auto add = [&h](Stage s, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QString::fromLatin1(n), s);
        };
        add(Stage::Mql, {"mql", "marketingqualified", "becamemql"});
        add(Stage::Sql, {"sql", "salesqualified", "becamesql", "qualifiziert"});
        add(Stage::Won, {"won", "closedwon", "gewonnen", "converted", "conversion", "deal"});
        add(Stage::Lost, {"lost", "closedlost", "verloren"});
        add(Stage::Disqualified, {"disqualified", "disqualifiziert", "dq", "unqualified"});
        return h;
    }();
    const QString folded = foldHeader(header);
    // "MQL Date", "Datum SQL", "Gewonnen am", "Won At", "Disqualified On".
    for (const char *word : {"datum", "date", "timestamp", "zeitpunkt", "am", "at", "on"}) {
        const QString w = QString::fromLatin1(word);
        for (const QString &rest : {folded.endsWith(w) ? folded.chopped(w.size()) : QString(),
                 folded.startsWith(w) ? folded.mid(w.size()) : QString()}) {
            if (auto it = stages.constFind(rest); it != stages.cend())
                return it.value();
        }
    }
    return std::nullopt;
}

namespace {

// A header that names an id or a number of a record: "ID", "Lead ID", "mql_id", "LeadId",
// "Lead Number", "Kunden-Nr." (not "Paid" or "Phone Number", which other rules take first).
bool idLikeHeader(const QString &header)
{
    static const QRegularExpression word(
        QStringLiteral("(^|[\\s_.\\-])(id|nr|no|number|nummer)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression camel(QStringLiteral("[a-z](Id|ID|Nr|No|Number)$"));
    return word.match(header.trimmed()).hasMatch() || camel.match(header.trimmed()).hasMatch();
}

// Whether a column's values can identify leads. Strict (a column that only looks like an id):
// every row has a value and no two are the same. Otherwise (a column named as an id): nine in
// ten rows have a value and nine in ten values are distinct — the repeats are duplicates in the
// file, which the import finds by the id.
bool identifyingValues(const std::vector<QStringList> &rows, qsizetype column, bool strict)
{
    QSet<QString> seen;
    qsizetype present = 0;
    for (const QStringList &r : rows) {
        const QString v = r.value(column).trimmed();
        if (v.isEmpty())
            continue;
        ++present;
        seen.insert(v);
    }
    const qsizetype all = qsizetype(rows.size());
    if (strict)
        return all > 0 && present == all && seen.size() == present;
    return present > 0 && present * 10 >= all * 9 && seen.size() * 10 >= present * 9;
}

} // namespace

ImportMapping ImportMapping::suggest(
    const QStringList &headers, const std::vector<QStringList> &rows)
{
    ImportMapping m;
    for (const QString &h : headers) {
        ImportColumn c {h, suggestField(h), {}};
        if (c.field == ImportField::Custom) {
            if (auto stage = suggestDateStage(h)) {
                c.field = ImportField::StageDate;
                c.dateStage = *stage;
            }
        }
        m.columns.push_back(c);
    }
    if (rows.empty())
        return m;
    // The external id: the first id-like column whose values are all there and unique (one
    // that says so by name first: an export's "External ID" before its own "ID"); an id column
    // whose values repeat identifies nothing and stays an attribute.
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < qsizetype(m.columns.size()); ++i) {
        const QString folded = foldHeader(m.columns[size_t(i)].header);
        const bool named
            = folded == QLatin1String("externalid") || folded == QLatin1String("externeid");
        order.insert(named ? order.begin() : order.end(), i);
    }
    bool found = false;
    for (qsizetype i : order) {
        ImportColumn &c = m.columns[size_t(i)];
        const bool candidate = c.field == ImportField::ExternalId
            || (c.field == ImportField::Custom && idLikeHeader(c.header));
        if (!candidate)
            continue;
        const bool take = !found
            && identifyingValues(rows, i, suggestField(c.header) != ImportField::ExternalId);
        c.field = take ? ImportField::ExternalId : ImportField::Custom;
        found = found || take;
    }
    return m;
}

void ImportMapping::detectDateOrders(const std::vector<QStringList> &rows, const QString &region)
{
    for (qsizetype i = 0; i < qsizetype(columns.size()); ++i) {
        ImportColumn &c = columns[size_t(i)];
        const bool dates = c.field == ImportField::CreatedAt || c.field == ImportField::StageDate;
        if (!dates || c.dateOrder != DateOrder::Auto)
            continue;
        QStringList values;
        values.reserve(qsizetype(rows.size()));
        for (const QStringList &r : rows)
            values << r.value(i);
        const DateDetection d = detectDates(values);
        if (d.slashed == 0)
            continue;
        c.dateOrder = d.order != DateOrder::Auto                            ? d.order
            : region.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ? DateOrder::MonthFirst
                                                                            : DateOrder::DayFirst;
    }
}

ImportMapping ImportMapping::forHeaders(
    const QStringList &headers, const std::vector<QStringList> &rows) const
{
    const ImportMapping suggested = suggest(headers, rows);
    const bool ownId = std::any_of(columns.begin(), columns.end(),
        [](const ImportColumn &c) { return c.field == ImportField::ExternalId; });
    ImportMapping m;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString &h = headers[i];
        auto it = std::find_if(columns.begin(), columns.end(),
            [&h](const ImportColumn &c) { return c.header.compare(h, Qt::CaseInsensitive) == 0; });
        if (it != columns.end()) {
            m.columns.push_back({h, it->field, it->stageValues, it->dateOrder, it->dateStage});
            continue;
        }
        ImportColumn c = suggested.columns[size_t(i)];
        if (ownId && c.field == ImportField::ExternalId)
            c.field = ImportField::Custom; // the mapping names its own
        m.columns.push_back(c);
    }
    m.constants = constants;
    return m;
}

ImportMapping ImportMapping::skeleton()
{
    ImportMapping m;
    auto add = [&m](const char *header, ImportField field) -> ImportColumn & {
        m.columns.push_back({QString::fromUtf8(header), field, {}, DateOrder::Auto, Stage::Mql});
        return m.columns.back();
    };
    add("Lead ID", ImportField::ExternalId);
    add("First Name", ImportField::FirstName);
    add("Last Name", ImportField::LastName);
    add("Email", ImportField::Email);
    add("Phone", ImportField::Phone);
    add("Company", ImportField::Company);
    add("Job Title", ImportField::JobTitle);
    add("Industry", ImportField::Industry);
    add("Employees", ImportField::CompanySize);
    add("Country", ImportField::Country);
    add("Lead Source", ImportField::Source);
    add("Campaign", ImportField::Campaign);
    add("Created Date", ImportField::CreatedAt).dateOrder = DateOrder::MonthFirst;
    ImportColumn &stage = add("Lead Status", ImportField::Stage);
    stage.stageValues = {{QStringLiteral("Open"), QStringLiteral("lead")},
        {QStringLiteral("Working"), QStringLiteral("mql")},
        {QStringLiteral("Qualified"), QStringLiteral("sql")},
        {QStringLiteral("Unqualified"), QStringLiteral("disqualified")},
        {QStringLiteral("Closed Won"), QStringLiteral("won")},
        {QStringLiteral("Closed Lost"), QStringLiteral("lost")}};
    add("MQL Date", ImportField::StageDate).dateStage = Stage::Mql;
    add("SQL Date", ImportField::StageDate).dateStage = Stage::Sql;
    add("Close Date", ImportField::StageDate).dateStage = Stage::Won;
    add("Lead Owner", ImportField::Owner);
    ImportColumn &reason = add("Disqualified Reason", ImportField::Reason);
    reason.stageValues = {{QStringLiteral("No Budget"), QStringLiteral("no_budget")},
        {QStringLiteral("Not Interested"), QStringLiteral("no_need")}};
    add("Notes", ImportField::Ignore);
    add("Webinar Attended", ImportField::Custom);
    m.constants[ImportField::Campaign] = QStringLiteral("CRM migration 2026");
    return m;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray cols;
    for (const ImportColumn &c : columns) {
        QJsonObject o {{QStringLiteral("header"), c.header},
            {QStringLiteral("field"), importFieldKey(c.field)}};
        if (!c.stageValues.isEmpty()) {
            QJsonObject values;
            for (auto it = c.stageValues.cbegin(); it != c.stageValues.cend(); ++it)
                values.insert(it.key(), it.value());
            o.insert(QStringLiteral("values"), values);
        }
        if (c.field == ImportField::StageDate)
            o.insert(QStringLiteral("stage"), stageKey(c.dateStage));
        if (c.dateOrder != DateOrder::Auto)
            o.insert(QStringLiteral("dates"),
                c.dateOrder == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy"));
        cols.append(o);
    }
    QJsonObject out {{QStringLiteral("columns"), cols}};
    if (!constants.empty()) {
        QJsonObject values;
        for (const auto &[field, value] : constants)
            values.insert(importFieldKey(field), value);
        out.insert(QStringLiteral("constants"), values);
    }
    return out;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("columns")).isArray())
        return Error::invalid(tr("A mapping needs a \"columns\" list."), QStringLiteral("columns"));
    // Every key known and of its type (a typo is refused, naming its path: columns[2].feild).
    JsonReader check;
    check.onlyKeys(json, QString(), {"columns", "constants"});
    if (json.contains(QStringLiteral("constants")))
        check.object(json, QStringLiteral("constants"), QStringLiteral("constants"));
    ImportMapping m;
    const QJsonArray cols = json.value(QStringLiteral("columns")).toArray();
    for (qsizetype i = 0; i < cols.size() && !check.failed(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("columns"), i);
        const QJsonObject column = check.objectAt(cols, i, QStringLiteral("columns"));
        check.onlyKeys(column, path, {"header", "field", "values", "dates", "stage"});
        check.text(
            column, QStringLiteral("dates"), JsonReader::at(path, QStringLiteral("dates")), false);
        check.text(
            column, QStringLiteral("stage"), JsonReader::at(path, QStringLiteral("stage")), false);
        if (column.contains(QStringLiteral("values")))
            check.object(
                column, QStringLiteral("values"), JsonReader::at(path, QStringLiteral("values")));
    }
    if (check.error)
        return *check.error;
    for (qsizetype i = 0; i < cols.size(); ++i) {
        const QJsonObject o = cols[i].toObject();
        ImportColumn c;
        c.header = o.value(QStringLiteral("header")).toString();
        const QString key = o.value(QStringLiteral("field")).toString();
        const auto field = importFieldFromKey(key);
        if (c.header.isEmpty() || !field)
            return Error::invalid(tr("Mapping column %1: needs a \"header\" and a \"field\" "
                                     "(firstName, lastName, email, ..., custom or ignore); "
                                     "'%2' is not one.")
                                      .arg(i + 1)
                                      .arg(key),
                QStringLiteral("columns"));
        c.field = *field;
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString stage = it.value().toString();
            if (c.field == ImportField::Reason) { // a reason's code or label, looked up then
                c.stageValues.insert(it.key(), stage);
                continue;
            }
            if (!stageFromKey(stage))
                return Error::invalid(tr("Mapping column '%1': '%2' is not a stage (lead, mql, "
                                         "sql, disqualified, won, lost).")
                                          .arg(c.header, stage),
                    QStringLiteral("values"));
            c.stageValues.insert(it.key(), stage);
        }
        if (c.field == ImportField::StageDate) {
            const QString stage = o.value(QStringLiteral("stage")).toString();
            const auto s = stageFromKey(stage);
            if (!s || *s == Stage::Lead)
                return Error::invalid(tr("Mapping column '%1': a stageDate column needs the "
                                         "\"stage\" its dates are for (mql, sql, disqualified, "
                                         "won or lost); '%2' is not one.")
                                          .arg(c.header, stage),
                    QStringLiteral("stage"));
            c.dateStage = *s;
        }
        const QString dates = o.value(QStringLiteral("dates")).toString();
        if (dates == QLatin1String("dmy"))
            c.dateOrder = DateOrder::DayFirst;
        else if (dates == QLatin1String("mdy"))
            c.dateOrder = DateOrder::MonthFirst;
        else if (!dates.isEmpty())
            return Error::invalid(tr("Mapping column '%1': \"dates\" is '%2'; use \"dmy\" "
                                     "(31/12/2026) or \"mdy\" (12/31/2026).")
                                      .arg(c.header, dates),
                QStringLiteral("dates"));
        m.columns.push_back(c);
    }
    const QJsonObject constants = json.value(QStringLiteral("constants")).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        const auto field = importFieldFromKey(it.key());
        LeadProfile probe;
        const bool settable
            = field && (*field == ImportField::Stage || profileField(probe, *field) != nullptr);
        const QString value = it.value().toString().trimmed();
        if (!settable)
            return Error::invalid(tr("Mapping constant '%1': not a field a constant can set "
                                     "(stage, source, campaign, country, company, ...).")
                                      .arg(it.key()),
                QStringLiteral("constants"));
        if (*field == ImportField::Stage && !stageFromKey(value))
            return Error::invalid(tr("Mapping constant 'stage': '%1' is not a stage (lead, mql, "
                                     "sql, disqualified, won, lost).")
                                      .arg(value),
                QStringLiteral("constants"));
        m.constants[*field] = value;
    }
    return m;
}

QDateTime parseImportDate(const QString &input, DateOrder order)
{
    const QString text = input.trimmed();
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
        "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    static const QRegularExpression german(QStringLiteral(
        "^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression slash(QStringLiteral(
        "^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:\\.(\\d+))?$"));
    auto at = [](int y, int m, int d, int h = 0, int min = 0, int s = 0) {
        const QDate date(y, m, d);
        const QTime time(h, min, s);
        return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
    };
    if (auto m = iso.match(text); m.hasMatch()) {
        QDateTime t = at(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const QString zone = m.captured(7);
        if (t.isValid() && zone.size() > 1) { // +02:00, -0500, +01: local time ahead of UTC
            const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
            const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
            t = t.addSecs(zone.front() == QLatin1Char('+') ? -seconds : seconds);
        }
        return t;
    }
    if (auto m = german.match(text); m.hasMatch())
        return at(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (auto m = compact.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return y >= 1900 && y < 2200 ? at(y, m.captured(2).toInt(), m.captured(3).toInt())
                                     : QDateTime();
    }
    if (auto m = serial.match(text); m.hasMatch()) {
        // Excel's day numbers (1900 system): 25569 is 1970-01-01. Only 1954 to 2119, so that
        // plain numbers in a date column are not taken for dates.
        const int day = m.captured(1).toInt();
        if (day < 20000 || day > 80000)
            return {};
        const double fraction
            = m.captured(2).isEmpty() ? 0.0 : (QStringLiteral("0.") + m.captured(2)).toDouble();
        return QDateTime(QDate(1899, 12, 30).addDays(day), QTime(0, 0), Qt::UTC)
            .addSecs(qRound64(fraction * 86400));
    }
    if (auto m = slash.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        const int h = m.captured(4).toInt(), min = m.captured(5).toInt(), s = m.captured(6).toInt();
        if (order == DateOrder::DayFirst)
            return at(y, b, a, h, min, s);
        if (order == DateOrder::MonthFirst)
            return at(y, a, b, h, min, s);
        if (a > 12)
            return at(y, b, a, h, min, s); // dd/MM/yyyy
        if (b > 12 || a == b)
            return at(y, a, b, h, min, s); // MM/dd/yyyy
    }
    return {};
}

DateDetection detectDates(const QStringList &values)
{
    static const QRegularExpression slash(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    DateDetection d;
    bool dayFirst = false, monthFirst = false;
    for (const QString &value : values) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            ++d.empty;
            continue;
        }
        if (auto m = slash.match(v); m.hasMatch()) {
            ++d.slashed;
            dayFirst = dayFirst || m.captured(1).toInt() > 12;
            monthFirst = monthFirst || m.captured(2).toInt() > 12;
        } else if (!parseImportDate(v).isValid()) {
            ++d.invalid;
        } else if (v.contains(QLatin1Char('-'))) {
            ++d.iso;
        } else if (v.count(QLatin1Char('.')) == 2) {
            ++d.dotted;
        } else if (v.size() == 8) {
            ++d.compact;
        } else {
            ++d.serial;
        }
    }
    // Both readings needed (13/02 and 02/13 in one column) settle nothing: the rows tell.
    if (dayFirst != monthFirst)
        d.order = dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return d;
}

QString DateDetection::describe() const
{
    // The formats as people write them in their language (JJJJ-MM-TT in German).
    QStringList formats;
    if (iso > 0)
        formats << QCoreApplication::translate("ImportMapping", "YYYY-MM-DD");
    if (dotted > 0)
        formats << QCoreApplication::translate("ImportMapping", "DD.MM.YYYY");
    if (slashed > 0) {
        formats << (order == DateOrder::DayFirst
                ? QCoreApplication::translate("ImportMapping", "DD/MM/YYYY")
                : order == DateOrder::MonthFirst
                ? QCoreApplication::translate("ImportMapping", "MM/DD/YYYY")
                : QCoreApplication::translate("ImportMapping", "DD/MM/YYYY or MM/DD/YYYY"));
    }
    if (compact > 0)
        formats << QCoreApplication::translate("ImportMapping", "YYYYMMDD");
    if (serial > 0)
        formats << QCoreApplication::translate("ImportMapping", "Excel day numbers");
    return formats.join(QStringLiteral(", "));
}

std::optional<Stage> parseImportStage(const ImportColumn &column, const QString &value)
{
    const QString v = value.trimmed();
    for (auto it = column.stageValues.cbegin(); it != column.stageValues.cend(); ++it) {
        if (it.key().compare(v, Qt::CaseInsensitive) == 0)
            return stageFromKey(it.value());
    }
    static const QHash<QString, Stage> builtIn = [] {
        QHash<QString, Stage> h;
        auto add = [&h](Stage s, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QString::fromUtf8(n).toLower(), s);
        };
        // "Converted" 1/0: 1 is a won customer; 0 an open lead that was not converted (yet).
        add(Stage::Won,
            {"won", "gewonnen", "1", "yes", "ja", "true", "converted", "kunde", "customer",
                "closed won"});
        add(Stage::Lost, {"lost", "verloren", "closed lost"});
        add(Stage::Lead, {"lead", "0", "no", "nein", "false", "new", "neu", "open", "offen", ""});
        add(Stage::Mql, {"mql", "marketing qualified", "marketing qualified lead"});
        add(Stage::Sql,
            {"sql", "sales qualified", "sales qualified lead", "qualifiziert", "qualified"});
        add(Stage::Disqualified, {"disqualified", "disqualifiziert", "unqualified", "ungeeignet"});
        return h;
    }();
    if (auto s = stageFromKey(v.toLower()))
        return s;
    auto it = builtIn.constFind(v.toLower());
    if (it != builtIn.cend())
        return it.value();
    return std::nullopt;
}

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::Update:
        return QStringLiteral("update");
    case DuplicatePolicy::Merge:
        return QStringLiteral("merge");
    }
    return QStringLiteral("skip");
}

std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key)
{
    for (DuplicatePolicy p :
        {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Merge}) {
        if (duplicatePolicyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

namespace {

enum Count { New, Updated, Merged, Skipped, Rejected, Warned };

// Rows read ahead from the file to suggest the mapping and settle date formats.
constexpr int kSampleRows = 5000;

// One run of the importer over a file: the state of the reading and writing loop.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)

public:
    ImportJob(const Database &db, const Clock &clock, const User &actor,
        const RoutingService &routing, const ScoringService &scoring)
        : m_db(db)
        , m_clock(clock)
        , m_actor(actor)
        , m_routing(routing)
        , m_scoring(scoring)
        , m_leads(db)
        , m_timeline(db)
        , m_store(db)
        , m_audit(db)
        , m_history(db)
    { }

    Result<ImportSummary> run(
        const QString &filePath, ImportOptions options, const LeadImporter::ProgressFn &progress);
    Result<ImportDryRun> dryRun(const QString &filePath, const ImportOptions &options);

private:
    Result<void> resolveRegion();
    struct Warning // a value that did not fit its field; the lead was kept
    {
        QString column, value, why, kept; // kept: what became of the value
    };
    struct Row
    {
        LeadProfile profile;
        QString externalId, phoneE164;
        bool phoneInvalid = false; // kept as written, not a valid number
        QDateTime createdAt;
        std::optional<Stage> stage;
        std::vector<std::pair<Stage, QDateTime>> stageDates; // from stageDate columns
        QList<QPair<QString, QString>> attributes;
        QList<Warning> warnings;
        DuplicateKeys keys;
        std::optional<User> owner; // from the owner column
        QString ownerText; // as the file has it
        QString reasonText; // from the reason column
        const ImportColumn *reasonColumn = nullptr;
    };

    QString where(qint64 line) const
    {
        return tr("%1, line %2").arg(QFileInfo(m_path).fileName()).arg(line);
    }
    Result<Row> mapRow(const CsvRecord &record) const;
    Result<void> writeRow(Row &row); // counts the outcome
    Result<void> mapField(Row &row, const ImportColumn &c, const QString &value, qint64 line) const;
    Result<void> checkRow(Row &row, qint64 line) const;
    Result<QString> normalizedPhone(const QString &phone) const;
    void keepApart(Row &row, const QString &column, const QString &value, const QString &why) const;
    QDateTime dateOrKeep(Row &row, const ImportColumn &c, const QString &value) const;
    QString columnOf(ImportField field) const;
    Result<void> insertNew(Row &row, const QDateTime &now);
    // last: the batch's final flush; when it is its only one, the new leads' routing may be
    // decided before their insert (routeBeforeInsert).
    Result<void> flushPending(bool last = false);
    Result<void> routeBeforeInsert(std::vector<Lead> &leads,
        const std::vector<ScoreRepository::ScoreRow> &scores, bool mayPromote);
    Result<void> writeDuplicate(Row &row, qint64 duplicate, const QDateTime &now);
    Result<QString> reasonOf(
        Row &row, const std::vector<std::pair<Stage, QDateTime>> &path, bool add);
    void ownerOf(Row &row, Lead &lead) const;
    quint64 keyHash(char kind, const QString &key) const
    {
        return qHash(key, size_t(kind)) ^ (quint64(uchar(kind)) << 56);
    }
    void addKeys(QSet<quint64> &set, const DuplicateKeys &k) const;
    bool anyKeyIn(const QSet<quint64> &set, const DuplicateKeys &k) const;
    void remember(const DuplicateKeys &k);
    bool maybeSeen(const DuplicateKeys &k) const;
    Result<void> rejectedOut(const QStringList &fields, qint64 line, const QString &reason);

    // The steps of run().
    struct Batch // records as read, and where the reader stood after them
    {
        std::vector<CsvRecord> records;
        size_t n = 0;
        qint64 offset = 0, nextLine = 1;
        bool last = false;
        std::optional<Error> readError;
        CsvFormat format; // the reader's after these records (Utf8 may have fallen back)
        bool encodingSettled = false;
    };
    using Mapped = std::vector<Result<Row>>;
    Result<void> restoreRun(ImportOptions &options);
    Result<CsvFormat> openFile(QFile &file, bool resuming) const;
    Result<void> readHeader(CsvReader &reader, bool resuming);
    Result<void> startRun(CsvReader &reader, const CsvFormat &format, qint64 size);
    Result<void> importBatches(CsvReader &reader, qint64 size,
        const LeadImporter::ProgressFn &progress, ImportSummary &summary);
    void readBatch(CsvReader &reader, Batch &b) const;
    void noteEncoding(const CsvFormat &format, bool settled);
    Error readFailure(const Error &e);
    std::future<Mapped> mapAsync(const Batch &b) const;
    Result<void> writeBatch(const Batch &batch, Mapped &rows);
    void reject(const CsvRecord &record, const QString &reason);
    void scoreAndRoute(ImportSummary &summary);
    void refreshStatisticsWhenGrown();
    Result<QByteArray> prefixHash(qint64 upTo);
    Result<void> checkResumable();
    Result<void> writeSideFiles();
    void cutSideFiles(qint64 rejectsBytes, qint64 warningsBytes) const;
    Result<void> appendRows(const QString &path, const CsvFormat &format, const QStringList &header,
        const std::vector<QStringList> &rows) const;
    Result<bool> reportProgress(
        const LeadImporter::ProgressFn &progress, qint64 size, ImportSummary &summary);

    const Database &m_db;
    const Clock &m_clock;
    const User &m_actor;
    const RoutingService &m_routing;
    const ScoringService &m_scoring;
    std::vector<qint64> m_newIds; // this batch's new leads, scored and routed after its commit
    std::vector<qint64> m_changedIds; // this batch's updated and merged leads, rescored
    // The fast path writes m_newIds with their scores: one of them may have reached MQL.
    bool m_newMayPromote = false;
    std::vector<qint64> m_routeIds; // this batch's new leads that are not history, routed
    qint64 m_historical = 0; // new leads imported as history in this session of the run
    RoutingLoads m_routingLoads; // the reps' loads, carried from batch to batch
    int m_flushes = 0; // flushPending() calls in this batch
    // This batch's new leads routed before their insert (fast path): told after the commit.
    std::optional<RoutingRun> m_routedNew;
    LeadRepository m_leads;
    TimelineRepository m_timeline;
    ImportRepository m_store;
    AuditLog m_audit; // an update's or merge's changed profile fields, as an edit records them
    ImportedHistory m_history; // owners, reasons, and the moves of an update's leads

    QString m_path;
    QStringList m_headers;
    ImportMapping m_mapping;
    ImportOptions m_options;
    ImportRun m_run;
    bool m_checkDatabase = true;
    qint64 m_leadCount = 0; // about how many leads there are (the highest id at the start + new)
    qint64 m_sampledAt = 0; // m_leadCount when the statistics were last sampled
    QSet<quint64> m_seen; // hashes of the keys written in this run, when the table started empty
    struct PendingLead // a new lead of this batch, not written yet
    {
        Lead lead;
        std::vector<std::pair<Stage, QDateTime>> path; // its import history
        QList<QPair<QString, QString>> attributes;
        QString reasonCode; // of the last step of its path
    };
    std::vector<PendingLead> m_pending;
    mutable std::mutex m_phonesMutex;
    mutable QHash<QString, Result<QString>> m_phones; // normalizedPhone()'s answers
    QSet<quint64> m_pendingKeys; // hashes of the pending leads' keys
    std::vector<QStringList> m_rejects; // this batch's rejected rows, written after its commit
    std::vector<QStringList> m_warnings; // this batch's warnings (line, column, value, why)
    QString m_warningsPath; // <name>.warnings.csv beside the file
    QString m_rejectedPath; // <name>.rejected.csv beside the file
    CsvFormat m_format; // of the file, for the side files
    bool m_encodingSettled = false; // as the reader stood after the last committed batch
    // The hash of the file's bytes up to where the committed batches reach (m_hashedTo), read
    // through a second handle.
    QCryptographicHash m_prefixHash {QCryptographicHash::Sha256};
    QFile m_hashed;
    qint64 m_hashedTo = 0;
};

Result<ImportJob::Row> ImportJob::mapRow(const CsvRecord &record) const
{
    Row row;
    const auto &f = record.fields;
    if (f.size() > m_headers.size()) {
        for (qsizetype i = m_headers.size(); i < f.size(); ++i) {
            if (!f[i].trimmed().isEmpty())
                return Error::invalid(tr("%1: the row has %2 fields, the header only %3.")
                                          .arg(where(record.line))
                                          .arg(f.size())
                                          .arg(m_headers.size()));
        }
    }
    for (size_t i = 0; i < m_mapping.columns.size() && qsizetype(i) < f.size(); ++i) {
        const ImportColumn &c = m_mapping.columns[i];
        const QString &cell = withoutFormulaGuard(f[qsizetype(i)]);
        const QString &value = isPlaceholder(cell) ? QString() : cell;
        if (QString *target = profileField(row.profile, c.field)) {
            *target = value;
            continue;
        }
        if (auto m = mapField(row, c, value, record.line); !m)
            return m.error();
    }
    // The mapping's constants, where the row has no value of its own.
    for (const auto &[field, constant] : m_mapping.constants) {
        if (field == ImportField::Stage) {
            if (!row.stage)
                row.stage = stageFromKey(constant);
        } else if (QString *target = profileField(row.profile, field);
                   target && target->isEmpty()) {
            *target = constant;
        }
    }
    if (auto v = checkRow(row, record.line); !v)
        return v.error();
    return row;
}

// A column that is not a profile field: the full name, the external id, the creation date, the
// stage or a custom attribute.
Result<void> ImportJob::mapField(
    Row &row, const ImportColumn &c, const QString &value, qint64 line) const
{
    switch (c.field) {
    case ImportField::FullName: {
        const QString name = value.simplified();
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        row.profile.firstName = space < 0 ? QString() : name.left(space);
        row.profile.lastName = space < 0 ? name : name.mid(space + 1);
        break;
    }
    case ImportField::ExternalId:
        row.externalId = value.trimmed();
        break;
    case ImportField::CreatedAt:
        row.createdAt = dateOrKeep(row, c, value);
        break;
    case ImportField::Stage:
        if (value.trimmed().isEmpty())
            break; // no stage given: a new lead is a Lead, an existing one keeps its stage
        row.stage = parseImportStage(c, value);
        if (!row.stage) {
            // An unknown stage never costs the lead: it comes in as Lead.
            row.stage = Stage::Lead;
            keepApart(row, c.header, value.trimmed(),
                tr("'%1' is not a known stage; the lead comes in as Lead (map the value to lead, "
                   "mql, sql, disqualified, won or lost).")
                    .arg(value.trimmed()));
        }
        break;
    case ImportField::StageDate:
        if (const QDateTime at = dateOrKeep(row, c, value); at.isValid())
            row.stageDates.emplace_back(c.dateStage, at);
        break;
    case ImportField::Owner:
        if (!value.trimmed().isEmpty()) {
            const ImportedHistory::UserMatch match = m_history.findUser(value);
            row.owner = match.user;
            row.ownerText = value.trimmed();
            if (!match.user)
                keepApart(row, c.header, value.trimmed(),
                    match.why + QLatin1Char(' ') + tr("The lead comes in without an owner."));
        }
        break;
    case ImportField::Reason:
        row.reasonText = value.trimmed();
        row.reasonColumn = &c;
        break;
    case ImportField::Custom:
        if (!value.trimmed().isEmpty())
            row.attributes.append({c.header, value.trimmed()});
        break;
    default:
        break;
    }
    (void)line;
    return {};
}

// A date column's value as a date; a value that is none is kept apart (null then).
QDateTime ImportJob::dateOrKeep(Row &row, const ImportColumn &c, const QString &value) const
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime at = parseImportDate(text, c.dateOrder);
    if (!at.isValid())
        keepApart(row, c.header, text,
            tr("'%1' is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel day "
               "number).")
                .arg(text));
    return at;
}

// A value that does not fit its field: the lead keeps it as a custom attribute named after the
// column, and the row is listed in the warnings file.
void ImportJob::keepApart(
    Row &row, const QString &column, const QString &value, const QString &why) const
{
    row.warnings.append({column, value, why, tr("Kept as the attribute '%1'.").arg(column)});
    if (!value.isEmpty())
        row.attributes.append({column, value});
}

// The header of the column mapped to a profile field (a full name column for the name parts).
QString ImportJob::columnOf(ImportField field) const
{
    for (const ImportColumn &c : m_mapping.columns) {
        if (c.field == field)
            return c.header;
    }
    for (const ImportColumn &c : m_mapping.columns) {
        if (c.field == ImportField::FullName
            && (field == ImportField::FirstName || field == ImportField::LastName))
            return c.header;
    }
    return ImportMapping::fieldLabel(field);
}

// Checks the row's profile field by field: a value that does not fit (an e-mail that is not
// one, a country that is no country, a value too long) is kept apart as an attribute with a
// warning; a phone libphonenumber calls invalid stays as written, marked not valid. Only a row
// left with nothing that identifies a lead is rejected. Sets the duplicate keys.
Result<void> ImportJob::checkRow(Row &row, qint64 line) const
{
    LeadProfile &p = row.profile;
    if (!p.country.trimmed().isEmpty()) {
        if (auto code = countryCode(p.country))
            p.country = *code;
    }
    for (size_t attempt = 0; attempt <= ProfileFields::all().size(); ++attempt) {
        // validate() wants a name, company, e-mail or phone; an external id is enough here.
        LeadProfile check = p;
        const bool onlyExternal = check.firstName.trimmed().isEmpty()
            && check.lastName.trimmed().isEmpty() && check.email.trimmed().isEmpty()
            && check.phone.trimmed().isEmpty() && check.company.trimmed().isEmpty();
        if (onlyExternal && row.externalId.isEmpty()) {
            QStringList why;
            for (const Warning &w : std::as_const(row.warnings))
                why << w.why;
            return Error::invalid(
                tr("%1: no identifying value (e-mail, phone, name, company or "
                   "external id).%2")
                    .arg(where(line),
                        why.isEmpty() ? QString() : QLatin1Char(' ') + why.join(QLatin1Char(' '))));
        }
        if (onlyExternal)
            check.company = row.externalId;
        auto valid = LeadService::validate(check);
        if (valid) {
            p = valid.value();
            if (onlyExternal)
                p.company.clear();
            break;
        }
        const ProfileField *field = nullptr;
        for (const ProfileField &f : ProfileFields::all()) {
            if (QString::fromLatin1(f.key) == valid.error().field)
                field = &f;
        }
        QString *value = field ? &(p.*(field->member)) : nullptr;
        if (!value || value->trimmed().isEmpty())
            return Error::invalid(
                tr("%1: %2").arg(where(line), valid.error().message), valid.error().field);
        const auto importField = importFieldFromKey(valid.error().field);
        keepApart(row, columnOf(importField.value_or(ImportField::Custom)), value->trimmed(),
            valid.error().message);
        value->clear();
    }
    if (!p.phone.isEmpty()) {
        auto e164 = normalizedPhone(p.phone);
        if (e164) {
            row.phoneE164 = e164.value();
        } else {
            row.phoneInvalid = true;
            row.warnings.append({columnOf(ImportField::Phone), p.phone, e164.error().message,
                tr("Kept as written, marked as not valid.")});
        }
    }
    row.keys.externalId = row.externalId;
    row.keys.emailKey = searchKey(row.profile.email);
    row.keys.phoneE164 = row.phoneE164;
    row.keys.firstNameKey = searchKey(row.profile.firstName);
    row.keys.lastNameKey = searchKey(row.profile.lastName);
    row.keys.companyKey = searchKey(row.profile.company);
    return {};
}

// libphonenumber's answer (a fifth of reading a row) once for each distinct number: many rows of
// a file share a switchboard number. Rows are mapped on one thread at a time; the lock is for
// safety only.
Result<QString> ImportJob::normalizedPhone(const QString &phone) const
{
    constexpr qsizetype kMostPhones = 200000;
    const std::lock_guard<std::mutex> lock(m_phonesMutex);
    if (const auto known = m_phones.constFind(phone); known != m_phones.cend())
        return known.value();
    if (m_phones.size() >= kMostPhones)
        m_phones.clear();
    Result<QString> e164 = PhoneNormalizer::toE164(phone, m_options.region);
    m_phones.emplace(phone, e164);
    return e164;
}

void ImportJob::addKeys(QSet<quint64> &set, const DuplicateKeys &k) const
{
    if (!k.externalId.isEmpty())
        set.insert(keyHash('x', k.externalId));
    if (!k.emailKey.isEmpty())
        set.insert(keyHash('e', k.emailKey));
    if (!k.phoneE164.isEmpty())
        set.insert(keyHash('p', k.phoneE164));
    // Name + company: 'n' for a lead without an e-mail, 'm' for one with (see anyKeyIn).
    if (!k.companyKey.isEmpty() && !(k.firstNameKey.isEmpty() && k.lastNameKey.isEmpty()))
        set.insert(keyHash(k.emailKey.isEmpty() ? 'n' : 'm',
            k.firstNameKey + QChar(0x1f) + k.lastNameKey + QChar(0x1f) + k.companyKey));
}

bool ImportJob::anyKeyIn(const QSet<quint64> &set, const DuplicateKeys &k) const
{
    if ((!k.externalId.isEmpty() && set.contains(keyHash('x', k.externalId)))
        || (!k.emailKey.isEmpty() && set.contains(keyHash('e', k.emailKey)))
        || (!k.phoneE164.isEmpty() && set.contains(keyHash('p', k.phoneE164))))
        return true;
    if (k.companyKey.isEmpty() || (k.firstNameKey.isEmpty() && k.lastNameKey.isEmpty()))
        return false;
    // Name + company matches where the row or the lead has no e-mail (ImportRepository).
    const QString name = k.firstNameKey + QChar(0x1f) + k.lastNameKey + QChar(0x1f) + k.companyKey;
    return set.contains(keyHash('n', name))
        || (k.emailKey.isEmpty() && set.contains(keyHash('m', name)));
}

void ImportJob::remember(const DuplicateKeys &k)
{
    if (!m_checkDatabase)
        addKeys(m_seen, k);
}

bool ImportJob::maybeSeen(const DuplicateKeys &k) const
{
    return m_checkDatabase || anyKeyIn(m_seen, k);
}

Result<void> ImportJob::writeRow(Row &row)
{
    // New leads wait in m_pending until the end of the batch (or until a row may match one of
    // them), then go in together. So leads written earlier in this file are in the database
    // (same transaction or committed) whenever a lookup runs, and one lookup covers the
    // database and the file. When the table was empty at the start, a hash of the keys
    // written so far says when a lookup is needed at all.
    if (!m_pending.empty() && anyKeyIn(m_pendingKeys, row.keys)) {
        if (auto w = flushPending(); !w)
            return w;
    }
    std::optional<qint64> duplicate;
    if (maybeSeen(row.keys)) {
        auto found = m_store.findDuplicate(row.keys);
        if (!found)
            return found.error();
        duplicate = found.value();
    }
    const QDateTime now = m_clock.now();
    if (!duplicate)
        return insertNew(row, now);
    return writeDuplicate(row, *duplicate, now);
}

// A new lead with its import history (importPath); it waits in m_pending for flushPending().
Result<void> ImportJob::insertNew(Row &row, const QDateTime &now)
{
    PendingLead pending;
    Lead &lead = pending.lead;
    lead.profile = row.profile;
    lead.externalId = row.externalId;
    lead.phoneE164 = row.phoneE164;
    lead.phoneInvalid = row.phoneInvalid;
    lead.createdAt = row.createdAt.isValid() ? row.createdAt : now;
    lead.updatedAt = now;
    pending.path = importPath(lead.createdAt, row.stage, std::move(row.stageDates));
    lead.stage = pending.path.back().first;
    lead.stageChangedAt = pending.path.back().second;
    for (const auto &[stage, at] : pending.path)
        lead.reachMilestone(stage, at);
    lead.historical = !isOpenStage(lead.stage)
        || (m_options.historicalBefore.isValid()
            && lead.createdAt.date() < m_options.historicalBefore);
    m_historical += lead.historical ? 1 : 0;
    ownerOf(row, lead);
    // Fast path: the routing is owed from the insert on, instead of marked by an update after it.
    lead.routingOwed = m_options.fastPaths && !lead.historical && !lead.ownerId;
    auto reason = reasonOf(row, pending.path, true);
    if (!reason)
        return reason.error();
    pending.reasonCode = reason.value();
    pending.attributes = std::move(row.attributes);
    m_pending.push_back(std::move(pending));
    addKeys(m_pendingKeys, row.keys);
    remember(row.keys);
    ++m_run.counts[New];
    return {};
}

// Writes the waiting new leads with their history and attributes: a statement per row on SQLite
// (in-process, no round trip), one COPY per table on PostgreSQL. The fast path scores them first
// and writes them with their scores (ScoringService::scoreNew), instead of rescoring them after
// the commit, and where it can with their owners (routeBeforeInsert), instead of routing them
// after the commit.
Result<void> ImportJob::flushPending(bool last)
{
    const bool only = last && m_flushes == 0;
    ++m_flushes;
    if (m_pending.empty())
        return {};
    // A column name given twice: the last value wins, as when each overwrote the one before.
    std::vector<QList<QPair<QString, QString>>> attributes(m_pending.size());
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const QList<QPair<QString, QString>> &all = m_pending[i].attributes;
        QHash<QString, qsizetype> last;
        for (qsizetype a = 0; a < all.size(); ++a)
            last.insert(all[a].first, a);
        for (qsizetype a = 0; a < all.size(); ++a) {
            if (last.value(all[a].first) == a)
                attributes[i].append(all[a]);
        }
    }
    std::vector<Lead> leads;
    leads.reserve(m_pending.size());
    for (const PendingLead &p : m_pending)
        leads.push_back(p.lead);
    std::optional<ScoringService::NewScores> scores;
    if (m_options.fastPaths) {
        std::vector<LeadFacts> facts(leads.size());
        for (size_t i = 0; i < leads.size(); ++i) {
            LeadFacts &f = facts[i];
            f = ScoringService::factsOf(leads[i].profile);
            for (const auto &[name, value] : std::as_const(attributes[i]))
                f.attributes.emplace_back(name, value);
        }
        auto scored = m_scoring.scoreNew(facts);
        if (!scored)
            return scored.error();
        scores = std::move(scored).value();
        for (size_t i = 0; i < leads.size(); ++i) {
            leads[i].score = scores->rows[i].score;
            leads[i].fastTrack = scores->rows[i].fastTrack;
        }
        if (only) {
            if (auto r = routeBeforeInsert(leads, scores->rows, scores->mayPromote); !r)
                return r;
        }
    }
    auto ids = m_leads.insertMany(leads);
    if (!ids)
        return ids.error();
    std::vector<HistoryEntry> history;
    std::vector<ImportRepository::NewAttribute> attributeRows;
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const PendingLead &p = m_pending[i];
        const qint64 id = ids.value()[i];
        std::optional<Stage> from;
        for (const auto &[s, at] : p.path) {
            HistoryEntry h;
            h.leadId = id;
            h.action = QStringLiteral("import");
            h.from = from;
            h.to = s;
            h.at = at;
            h.actorId = m_actor.id;
            history.push_back(std::move(h));
            from = s;
        }
        history.back().reasonCode = p.reasonCode;
        for (const auto &[name, value] : std::as_const(attributes[i]))
            attributeRows.push_back({id, name, value});
    }
    if (auto w = m_timeline.insertHistory(history); !w)
        return w;
    if (auto w = m_store.insertAttributes(attributeRows); !w)
        return w;
    if (scores) {
        if (auto w = m_scoring.storeNewScores(*scores, ids.value()); !w)
            return w;
        m_newMayPromote = m_newMayPromote || scores->mayPromote;
    }
    if (m_routedNew) {
        if (auto w = m_routing.recordNew(m_actor, *m_routedNew, ids.value()); !w)
            return w;
    }
    m_newIds.insert(m_newIds.end(), ids->begin(), ids->end());
    for (size_t i = 0; i < m_pending.size() && !m_routedNew; ++i) {
        if (!m_pending[i].lead.historical)
            m_routeIds.push_back(ids.value()[i]);
    }
    m_pending.clear();
    m_pendingKeys.clear();
    return {};
}

// Fast path: decides the routing of the batch's new leads before their insert, so that each is
// written once with its owner or unassigned reason (RoutingService::decideNew), when that gives
// what routing them after the commit would: on SQLite (the batch holds the only write lock, so
// nobody routes in between), with all the batch's new leads in this one flush, none of them
// reaching MQL (a promotion routes its leads first, on their handover) and no lead updated or
// merged (rescored, maybe promoted, first). Otherwise they are written with their routing owed.
Result<void> ImportJob::routeBeforeInsert(
    std::vector<Lead> &leads, const std::vector<ScoreRepository::ScoreRow> &scores, bool mayPromote)
{
    if (mayPromote || !m_changedIds.empty() || m_db.dialect() != Database::Dialect::Sqlite)
        return {};
    std::vector<RoutingLead> owed;
    for (size_t i = 0; i < leads.size(); ++i) {
        const Lead &lead = leads[i];
        if (!lead.routingOwed)
            continue;
        RoutingLead r; // as RoutingRepository::unassignedLeads() would read it after the insert
        r.id = qint64(i) + 1; // its place in the insert
        r.country = lead.profile.country;
        r.source = lead.profile.source;
        r.industry = lead.profile.industry;
        r.companySize = lead.profile.companySize;
        r.score = lead.score;
        r.fastTrack = lead.fastTrack;
        r.band = scoreBandKey(scores[i].band);
        owed.push_back(std::move(r));
    }
    if (owed.empty())
        return {};
    auto decided = m_routing.decideNew(owed, m_routingLoads);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return {};
    m_routedNew = std::move(decided).value();
    const RoutingRun &run = *m_routedNew;
    for (size_t k = 0; k < run.leads.size(); ++k) {
        const RoutingDecision &d = run.outcome.decisions[k];
        Lead &lead = leads[size_t(run.leads[k].lead.id - 1)];
        lead.routingOwed = false;
        if (d.userId) { // as the owner update after the insert would leave it
            lead.ownerId = d.userId;
            lead.updatedAt = run.decidedAt;
            ++lead.version;
        } else {
            lead.unassignedReason = d.reason;
            lead.unassignedRuleId = d.ruleId;
        }
    }
    return {};
}

// The row's owner for a new lead: an open lead only gets an active user in sales (who can work
// it), a closed one any user (a former colleague's won deals stay theirs); otherwise the lead
// comes in without an owner, with a warning, and routing assigns an open one.
void ImportJob::ownerOf(Row &row, Lead &lead) const
{
    if (!row.owner)
        return;
    const User &u = *row.owner;
    if (!isOpenStage(lead.stage) || (u.active && u.isSales())) {
        lead.ownerId = u.id;
        return;
    }
    row.warnings.append({columnOf(ImportField::Owner), row.ownerText,
        u.active ? tr("%1 (%2) does not work leads in sales; an open lead needs an owner who does.")
                       .arg(u.name, roleName(u.role))
                 : tr("%1 is no longer active; an open lead needs an owner who works.").arg(u.name),
        tr("The lead comes in without an owner; routing assigns it.")});
}

// The code of the reason the row gives for the last step of its path (a disqualification, a lost
// deal, ...), from the reason lists or added to them; a reason next to a stage that takes none
// is kept as an attribute.
Result<QString> ImportJob::reasonOf(
    Row &row, const std::vector<std::pair<Stage, QDateTime>> &path, bool add)
{
    if (row.reasonText.isEmpty())
        return QString();
    const std::optional<Stage> from
        = path.size() > 1 ? std::optional<Stage>(path[path.size() - 2].first) : std::nullopt;
    const QString kind = importReasonKind(from, path.back().first);
    if (kind.isEmpty()) {
        row.attributes.append({row.reasonColumn->header, row.reasonText});
        return QString();
    }
    return m_history.reasonCode(kind, row.reasonText, row.reasonColumn->stageValues, add);
}

// A lead that is already there: skipped, or its profile updated (the file wins) or merged (only
// empty fields filled), as the duplicate policy says.
Result<void> ImportJob::writeDuplicate(Row &row, qint64 duplicate, const QDateTime &now)
{
    if (m_options.duplicates == DuplicatePolicy::Skip) {
        ++m_run.counts[Skipped];
        return {};
    }
    const bool update = m_options.duplicates == DuplicatePolicy::Update;
    auto current = m_leads.byId(duplicate);
    if (!current)
        return current.error();
    LeadProfile merged = current->profile;
    for (const ImportColumn &c : m_mapping.columns) {
        QString *target = profileField(merged, c.field);
        if (c.field == ImportField::FullName) {
            for (ImportField f : {ImportField::FirstName, ImportField::LastName}) {
                QString *t = profileField(merged, f);
                const QString v = *profileField(row.profile, f);
                if (!v.isEmpty() && (update || t->isEmpty()))
                    *t = v;
            }
        } else if (target) {
            const QString v = *profileField(row.profile, c.field);
            if (!v.isEmpty() && (update || target->isEmpty()))
                *target = v;
        }
    }
    // The rule and the audit of editing a lead: a lead the actor may not edit is refused (the
    // row goes to the rejects file), and each changed field is audited.
    if (auto w = LeadService::storeProfile(m_db, m_audit, m_actor, current.value(), merged, now);
        !w)
        return w.error();
    // Import keys follow the profile (the E.164 form only if the file's phone is the lead's
    // phone now); the lead's stage belongs to the pipeline and stays as it is.
    const bool filesPhone = !row.profile.phone.isEmpty() && merged.phone == row.profile.phone;
    const QString e164 = filesPhone ? row.phoneE164 : QString();
    if (auto w = m_leads.writeImportKeys(duplicate, row.externalId, e164, !update,
            filesPhone ? std::optional<bool>(row.phoneInvalid) : std::nullopt);
        !w)
        return w;
    for (const auto &[name, value] : std::as_const(row.attributes)) {
        if (auto w = m_store.setAttribute(duplicate, name, value, update); !w)
            return w;
    }
    // The file's stage and stage dates move the lead on through the pipeline, dated by the file
    // (or now); a move the pipeline refuses is listed, the lead stays where it is.
    if (row.stage || !row.stageDates.empty()) {
        auto path = importPath(QDateTime(), row.stage, row.stageDates);
        std::vector<ImportedHistory::Step> steps;
        for (size_t i = 1; i < path.size(); ++i)
            steps.push_back({path[i].first, path[i].second, {}, {}, {}});
        if (!steps.empty() && row.reasonColumn)
            steps.back().reasonText = row.reasonText;
        auto moved = m_history.move(duplicate, steps, m_actor, now,
            row.reasonColumn ? row.reasonColumn->stageValues : QMap<QString, QString>());
        if (!moved)
            return moved.error();
        for (const ImportedHistory::Refusal &r : moved->refused)
            row.warnings.append({columnOf(ImportField::Stage), stageKey(steps[r.step].stage), r.why,
                tr("Stage left as it is.")});
    }
    if (row.owner && row.owner->id != current->ownerId.value_or(0))
        row.warnings.append({columnOf(ImportField::Owner), row.ownerText,
            tr("An import does not reassign a lead that is there (lead %1).").arg(duplicate),
            tr("Owner left as it is; reassign it in the team view.")});
    m_changedIds.push_back(duplicate);
    ++m_run.counts[update ? Updated : Merged];
    return {};
}

// A resumed run takes its file and options from the stored run.
Result<void> ImportJob::restoreRun(ImportOptions &options)
{
    auto r = m_store.run(options.resumeRunId);
    if (!r)
        return r.error();
    m_run = r.value();
    if (m_run.status == QLatin1String("done"))
        return Error::invalid(
            tr("Import run %1 of %2 is already complete.").arg(m_run.id).arg(m_run.filePath));
    const QJsonObject o = QJsonDocument::fromJson(m_run.optionsJson.toUtf8()).object();
    auto mapping = ImportMapping::fromJson(o.value(QStringLiteral("mapping")).toObject());
    if (!mapping)
        return mapping.error();
    options.mapping = mapping.value();
    options.duplicates = duplicatePolicyFromKey(o.value(QStringLiteral("duplicates")).toString())
                             .value_or(DuplicatePolicy::Skip);
    options.region = o.value(QStringLiteral("region")).toString();
    options.historicalBefore
        = QDate::fromString(o.value(QStringLiteral("historicalBefore")).toString(), Qt::ISODate);
    options.batchSize = o.value(QStringLiteral("batchSize")).toInt(2000);
    CsvFormat format;
    format.encoding = CsvEncoding(o.value(QStringLiteral("encoding")).toInt());
    format.delimiter = QChar(o.value(QStringLiteral("delimiter")).toInt(','));
    options.format = format;
    m_encodingSettled = o.value(QStringLiteral("encodingSettled")).toBool();
    m_path = m_run.filePath;
    return {};
}

// Opens the file and returns its format: the given one, or detected from the file's head.
Result<CsvFormat> ImportJob::openFile(QFile &file, bool resuming) const
{
    const QString name = QFileInfo(m_path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            tr("Cannot open %1: %2").arg(m_path, file.errorString()), QStringLiteral("file"));
    const qint64 size = file.size();
    if (resuming && size != m_run.fileSize)
        return Error::invalid(tr("%1 has changed since import run %2 started (%3 bytes then, %4 "
                                 "now); start a new import.")
                                  .arg(m_path)
                                  .arg(m_run.id)
                                  .arg(m_run.fileSize)
                                  .arg(size),
            QStringLiteral("file"));
    if (m_options.format) {
        if (size == 0)
            return Error::invalid(tr("%1 is empty.").arg(name), QStringLiteral("file"));
        return *m_options.format;
    }
    auto detected = CsvReader::detect(file.read(CsvReader::DetectionHeadSize));
    if (!detected)
        return Error::invalid(
            tr("%1: %2").arg(name, detected.error().message), QStringLiteral("file"));
    file.seek(0);
    return detected->format;
}

// Reads the header row and maps its columns (the given mapping, or one suggested from them and
// the first rows' values; a new run settles the date formats from those rows too).
Result<void> ImportJob::readHeader(CsvReader &reader, bool resuming)
{
    const QString name = QFileInfo(m_path).fileName();
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.error())
            return Error::invalid(
                tr("%1: %2").arg(name, reader.error()->message), QStringLiteral("file"));
        return Error::invalid(tr("%1 is empty.").arg(name), QStringLiteral("file"));
    }
    m_headers = record.fields;
    for (QString &h : m_headers)
        h = h.trimmed();
    if (resuming) {
        m_mapping = m_options.mapping->forHeaders(m_headers);
        return {};
    }
    const qint64 afterHeader = reader.offset(), headerNext = reader.nextLine();
    std::vector<QStringList> sample;
    CsvRecord row;
    while (sample.size() < size_t(kSampleRows) && reader.next(row))
        sample.push_back(row.fields);
    m_mapping = m_options.mapping ? m_options.mapping->forHeaders(m_headers, sample)
                                  : ImportMapping::suggest(m_headers, sample);
    // A date column whose slash dates the sample leaves open (only 03/04/2026, never 13/04) is
    // read on to the end of the file, that column alone, until a value settles the order.
    std::vector<qsizetype> open;
    for (qsizetype i = 0; i < qsizetype(m_mapping.columns.size()); ++i) {
        const ImportColumn &c = m_mapping.columns[size_t(i)];
        if ((c.field == ImportField::CreatedAt || c.field == ImportField::StageDate)
            && c.dateOrder == DateOrder::Auto) {
            QStringList values;
            for (const QStringList &r : sample)
                values << r.value(i);
            if (detectDates(values).ambiguous())
                open.push_back(i);
        }
    }
    while (!open.empty() && sample.size() == size_t(kSampleRows) && reader.next(row)) {
        for (auto it = open.begin(); it != open.end();) {
            const DateOrder order = detectDates({row.fields.value(*it)}).order;
            if (order != DateOrder::Auto) {
                m_mapping.columns[size_t(*it)].dateOrder = order;
                it = open.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (auto s = reader.startAt(afterHeader, headerNext); !s)
        return s.error(); // a read error in the sample is reported where the rows are read
    m_mapping.detectDateOrders(sample, m_options.region);
    return {};
}

// A new run: checks that a lead follows the header, then stores the run with its options and
// the position after the header, where the reader continues.
Result<void> ImportJob::startRun(CsvReader &reader, const CsvFormat &format, qint64 size)
{
    const QString name = QFileInfo(m_path).fileName();
    const qint64 afterHeader = reader.offset(), headerNext = reader.nextLine();
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.error())
            return Error::invalid(
                tr("%1: %2").arg(name, reader.error()->message), QStringLiteral("file"));
        return Error::invalid(
            tr("%1 has a header row but no leads.").arg(name), QStringLiteral("file"));
    }
    if (auto s = reader.startAt(afterHeader, headerNext); !s)
        return s.error();
    QJsonObject o {{QStringLiteral("mapping"), m_mapping.toJson()},
        {QStringLiteral("duplicates"), duplicatePolicyKey(m_options.duplicates)},
        {QStringLiteral("region"), m_options.region},
        {QStringLiteral("historicalBefore"), m_options.historicalBefore.toString(Qt::ISODate)},
        {QStringLiteral("batchSize"), m_options.batchSize},
        {QStringLiteral("encoding"), int(format.encoding)},
        {QStringLiteral("encodingSettled"), reader.encodingSettled()},
        {QStringLiteral("delimiter"), int(format.delimiter.unicode())}};
    m_run.filePath = QFileInfo(m_path).absoluteFilePath();
    m_run.fileSize = size;
    m_run.startedAt = m_clock.now();
    m_run.actorId = m_actor.id;
    m_run.optionsJson = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    m_run.byteOffset = afterHeader;
    m_run.nextLine = headerNext;
    auto id = m_store.insertRun(m_run);
    if (!id)
        return id.error();
    m_run.id = id.value();
    return {};
}

void ImportJob::readBatch(CsvReader &reader, Batch &b) const
{
    b.records.resize(size_t(m_options.batchSize));
    b.n = 0;
    while (b.n < b.records.size() && reader.next(b.records[b.n]))
        ++b.n;
    b.offset = reader.offset();
    b.nextLine = reader.nextLine();
    b.format = reader.format();
    b.encodingSettled = reader.encodingSettled();
    b.last = b.n < b.records.size();
    if (reader.error())
        b.readError = reader.error();
}

// What the reader decided about the encoding while reading a batch goes into the run's options,
// so that a resumed run reads the rest of the file as this one does (a Windows-1252 file whose
// first non-ASCII bytes came late, or UTF-8 with a stray invalid byte further on), and the side
// files are written in the file's encoding.
void ImportJob::noteEncoding(const CsvFormat &format, bool settled)
{
    m_format = format;
    m_encodingSettled = settled;
    QJsonObject o = QJsonDocument::fromJson(m_run.optionsJson.toUtf8()).object();
    o.insert(QStringLiteral("encoding"), int(format.encoding));
    o.insert(QStringLiteral("encodingSettled"), settled);
    m_run.optionsJson = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The batch being read is dropped whole: nothing of it is written. The run stops where the last
// good batch ended (cancelled, so a repaired file of the same size resumes).
Error ImportJob::readFailure(const Error &e)
{
    m_run.status = QStringLiteral("cancelled");
    (void)m_store.saveProgress(m_run);
    return Error::invalid(tr("%1: %2 Nothing from line %3 on was imported; the rows "
                             "before it are (run %4).")
                              .arg(QFileInfo(m_path).fileName(), e.message)
                              .arg(m_run.nextLine)
                              .arg(m_run.id),
        QStringLiteral("file"));
}

std::future<ImportJob::Mapped> ImportJob::mapAsync(const Batch &b) const
{
    return std::async(std::launch::async, [this, &b] {
        Mapped rows;
        rows.reserve(b.n);
        for (size_t i = 0; i < b.n; ++i)
            rows.push_back(mapRow(b.records[i]));
        return rows;
    });
}

// A row that is not written: counted, and kept with its reason for the rejects file.
void ImportJob::reject(const CsvRecord &record, const QString &reason)
{
    ++m_run.counts[Rejected];
    QStringList out {QString::number(record.line), reason};
    out += record.fields;
    m_rejects.push_back(out);
}

// Writes a batch's rows and the run's progress in one transaction; rejected rows are kept for
// the rejects file.
Result<void> ImportJob::writeBatch(const Batch &batch, Mapped &rows)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    m_rejects.clear();
    m_warnings.clear();
    m_newIds.clear();
    m_changedIds.clear();
    m_newMayPromote = false;
    m_routeIds.clear();
    m_flushes = 0;
    m_routedNew.reset();
    m_pending.clear();
    m_pendingKeys.clear();
    const auto countsBefore = m_run.counts;
    for (size_t i = 0; i < batch.n; ++i) {
        Result<Row> &row = rows[i];
        if (!row) {
            reject(batch.records[i], row.error().message);
            continue;
        }
        const qint64 skippedBefore = m_run.counts[Skipped];
        if (auto w = writeRow(row.value()); !w) {
            if (w.error().kind == Error::Kind::Forbidden) {
                reject(batch.records[i],
                    tr("%1: %2").arg(where(batch.records[i].line), w.error().message));
                continue;
            }
            m_run.counts = countsBefore;
            return Error {w.error().kind,
                tr("%1: %2").arg(where(batch.records[i].line), w.error().message), w.error().field};
        }
        // A skipped duplicate was not imported: its values were not kept apart either.
        if (!row->warnings.isEmpty() && m_run.counts[Skipped] == skippedBefore) {
            ++m_run.counts[Warned];
            for (const Warning &w : std::as_const(row->warnings))
                m_warnings.push_back({QString::number(batch.records[i].line), w.column, w.value,
                    w.why + QLatin1Char(' ') + w.kept});
        }
    }
    if (auto w = flushPending(true); !w) {
        m_run.counts = countsBefore;
        const qint64 first = batch.n > 0 ? batch.records[0].line : batch.nextLine;
        const qint64 last = batch.n > 0 ? batch.records[batch.n - 1].line : batch.nextLine;
        return Error {w.error().kind,
            tr("%1, lines %2 to %3: %4")
                .arg(QFileInfo(m_path).fileName())
                .arg(first)
                .arg(last)
                .arg(w.error().message),
            w.error().field};
    }
    // Owed in this transaction: a crash before they are rescored and routed leaves them to be
    // found (new leads have no score yet). The fast path wrote the new leads' routing owed with
    // them (Lead::routingOwed).
    if (auto w = ScoreRepository(m_db).markOwed(m_changedIds); !w)
        return w;
    if (!m_options.fastPaths) {
        if (auto w = RoutingRepository(m_db).markRoutingOwed(m_routeIds); !w)
            return w;
    }
    auto hash = prefixHash(batch.offset);
    if (!hash)
        return hash.error();
    const ImportRun before = m_run;
    const CsvFormat formatBefore = m_format;
    const bool settledBefore = m_encodingSettled;
    if (batch.format != m_format || batch.encodingSettled != m_encodingSettled)
        noteEncoding(batch.format, batch.encodingSettled);
    m_run.prefixSha256 = hash.value();
    m_run.byteOffset = batch.offset;
    m_run.nextLine = batch.nextLine;
    if (batch.last) {
        m_run.status = QStringLiteral("done");
        m_run.finishedAt = m_clock.now();
    }
    // The side files are written before the commit, their sizes recorded with it: whatever
    // a crash leaves of a batch that never committed is cut off on resume.
    auto committed = writeSideFiles();
    if (committed)
        committed = m_store.saveProgress(m_run);
    if (committed)
        committed = tx.commit();
    if (!committed) {
        cutSideFiles(before.rejectsBytes, before.warningsBytes);
        m_run = before;
        m_format = formatBefore;
        m_encodingSettled = settledBefore;
        m_run.counts = countsBefore;
    }
    return committed;
}

void ImportJob::scoreAndRoute(ImportSummary &summary)
{
    // New and changed leads are scored once their batch is committed, like any lead (a failure
    // leaves their score to the next recompute); those reaching the MQL threshold are promoted
    // (historical leads keep their imported stage: only stage Lead is).
    // The fast path scored its new leads with their insert: they are only promoted.
    const auto counted = [&](const Result<RescoreSummary> &scored) {
        if (scored) {
            summary.scored += scored->leads;
            summary.promoted += scored->promoted;
            if (scored->promoted > 0)
                m_routingLoads.forget(); // the promoted leads were routed on the way
        } else {
            m_routingLoads.forget();
        }
    };
    std::vector<qint64> ids = m_options.fastPaths ? std::vector<qint64>() : m_newIds;
    ids.insert(ids.end(), m_changedIds.begin(), m_changedIds.end());
    if (!ids.empty())
        counted(m_scoring.rescore(ids));
    if (m_options.fastPaths && !m_newIds.empty())
        counted(m_scoring.promoteNew(m_newIds, m_newMayPromote));
    if (m_routedNew) {
        m_routing.newLeadsCommitted(*m_routedNew, m_routingLoads);
        summary.routed += m_routedNew->outcome.assigned;
        m_routedNew.reset();
    }
    // New leads are routed once their batch is committed (a failure leaves them in the
    // unassigned queue, where `route` or the team view picks them up).
    if (!m_routeIds.empty()) {
        auto routed = m_options.fastPaths
            ? m_routing.routeAutomatically(m_actor, m_routeIds, m_routingLoads)
            : m_routing.routeAutomatically(m_actor, m_routeIds);
        if (routed)
            summary.routed += routed->outcome.assigned;
    }
}

// Each time the import has doubled the leads table, a quick sample of its statistics: without
// them the planner walks a wrong index for the routing's per-rep counts, and each batch's count
// grows with the table (a quadratic import).
void ImportJob::refreshStatisticsWhenGrown()
{
    constexpr qint64 kSmallTable = 1000;
    m_leadCount += qint64(m_newIds.size());
    if (!m_options.fastPaths || m_leadCount < 2 * std::max(m_sampledAt, kSmallTable))
        return;
    m_db.sampleLeadStatistics();
    m_sampledAt = m_leadCount;
}

// Appends rows to a CSV file beside the input (with the header when the file is new).
Result<void> ImportJob::appendRows(const QString &path, const CsvFormat &format,
    const QStringList &header, const std::vector<QStringList> &rows) const
{
    if (rows.empty())
        return {};
    QFile out(path);
    const bool exists = out.exists();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::storage(tr("Cannot write %1: %2").arg(path, out.errorString()));
    CsvWriter writer(out, format.delimiter, !exists);
    if (!exists)
        writer.writeRow(header);
    for (const QStringList &r : rows)
        writer.writeRow(r);
    return writer.finish();
}

// The batch's warnings (line, column, value and why, one line per value kept apart) and rejected
// rows (line, reason and the row as it was), appended to their files; their sizes go to the run.
Result<void> ImportJob::writeSideFiles()
{
    if (auto w = appendRows(m_warningsPath, m_format,
            QStringList {tr("line"), tr("column"), tr("value"), tr("reason")}, m_warnings);
        !w)
        return w;
    if (auto w = appendRows(m_rejectedPath, m_format,
            QStringList {tr("line"), tr("reason")} + m_headers, m_rejects);
        !w)
        return w;
    m_run.warningsBytes = QFileInfo(m_warningsPath).size();
    m_run.rejectsBytes = QFileInfo(m_rejectedPath).size();
    return {};
}

// Back to the sizes of the last commit (0: no file).
void ImportJob::cutSideFiles(qint64 rejectsBytes, qint64 warningsBytes) const
{
    const std::pair<QString, qint64> files[]
        = {{m_rejectedPath, rejectsBytes}, {m_warningsPath, warningsBytes}};
    for (const auto &[path, bytes] : files) {
        if (bytes <= 0)
            QFile::remove(path);
        else if (QFileInfo(path).size() > bytes)
            QFile(path).resize(bytes);
    }
}

// The hex SHA-256 of the file's first upTo bytes (read on from where the last call stopped).
Result<QByteArray> ImportJob::prefixHash(qint64 upTo)
{
    if (!m_hashed.isOpen()) {
        m_hashed.setFileName(m_path);
        if (!m_hashed.open(QIODevice::ReadOnly))
            return Error::invalid(tr("Cannot open %1: %2").arg(m_path, m_hashed.errorString()),
                QStringLiteral("file"));
    }
    if (!m_hashed.seek(m_hashedTo))
        return Error::invalid(
            tr("Cannot read %1: %2").arg(m_path, m_hashed.errorString()), QStringLiteral("file"));
    constexpr qint64 kChunk = 1 << 20;
    while (m_hashedTo < upTo) {
        const QByteArray chunk = m_hashed.read(std::min(kChunk, upTo - m_hashedTo));
        if (chunk.isEmpty())
            return Error::invalid(tr("Cannot read %1: %2").arg(m_path, m_hashed.errorString()),
                QStringLiteral("file"));
        m_prefixHash.addData(chunk);
        m_hashedTo += chunk.size();
    }
    return m_prefixHash.result().toHex();
}

// A resumed run goes on only in the file it started in: the bytes it imported are hashed again
// (the size alone misses an edit that keeps it), and the side files lose what a crash left of
// a batch that never committed.
Result<void> ImportJob::checkResumable()
{
    auto hash = prefixHash(m_run.byteOffset);
    if (!hash)
        return hash.error();
    if (m_run.prefixSha256.isEmpty()) {
        // No batch committed yet: nothing of the side files counts. (A run of a Bantam before
        // schema 16 recorded no hash: the size check is all it has.)
        qint64 committed = 0;
        for (qint64 n : m_run.counts)
            committed += n;
        if (committed == 0)
            cutSideFiles(0, 0);
        return {};
    }
    if (hash.value() != m_run.prefixSha256)
        return Error::invalid(tr("%1 has changed since import run %2 started: the rows up to "
                                 "line %3, already imported, are not the same any more (the "
                                 "size is). Start a new import of the file.")
                                  .arg(m_path)
                                  .arg(m_run.id)
                                  .arg(m_run.nextLine - 1),
            QStringLiteral("file"));
    cutSideFiles(m_run.rejectsBytes, m_run.warningsBytes);
    return {};
}

// Tells progress how far the run is; false if it cancels (the run is then stored as cancelled).
Result<bool> ImportJob::reportProgress(
    const LeadImporter::ProgressFn &progress, qint64 size, ImportSummary &summary)
{
    if (!progress)
        return true;
    ImportProgress p;
    p.line = m_run.nextLine;
    p.bytesRead = m_run.byteOffset;
    p.totalBytes = size;
    for (Count c : {New, Updated, Merged, Skipped, Rejected})
        p.processed += m_run.counts[c];
    if (progress(p))
        return true;
    m_run.status = QStringLiteral("cancelled");
    if (auto w = m_store.saveProgress(m_run); !w)
        return w.error();
    summary.cancelled = true;
    return false;
}

// Reads, maps and writes the rows batch by batch until the end of the file or a cancel. Batches
// are pipelined: while this thread writes one batch, a worker maps and validates the next (phone
// parsing is a fifth of the work). mapRow() only reads the job's settings.
Result<void> ImportJob::importBatches(CsvReader &reader, qint64 size,
    const LeadImporter::ProgressFn &progress, ImportSummary &summary)
{
    // Declared before the future: on any return, the future (which waits for the worker) goes
    // first, then the batches the worker reads.
    auto current = std::make_unique<Batch>();
    std::unique_ptr<Batch> next;
    readBatch(reader, *current);
    if (current->readError)
        return readFailure(*current->readError);
    std::future<Mapped> mapping = mapAsync(*current);
    while (true) {
        if (!current->last) {
            next = std::make_unique<Batch>();
            readBatch(reader, *next);
        }
        Mapped rows = mapping.get();
        if (next && !next->readError)
            mapping = mapAsync(*next);
        const Batch &batch = *current;
        if (auto w = writeBatch(batch, rows); !w) {
            m_routingLoads.forget(); // a batch routed before its insert did not commit
            return w;
        }
        if (qEnvironmentVariableIsSet("BANTAM_TEST_CRASH_AFTER_BATCH"))
            std::abort(); // the crash trials' window: committed, its follow-up work not done
        refreshStatisticsWhenGrown();
        scoreAndRoute(summary);
        summary.lastLine = batch.n > 0 ? batch.records[batch.n - 1].line : summary.lastLine;
        if (batch.last)
            return {};
        if (next->readError)
            return readFailure(*next->readError);
        auto goOn = reportProgress(progress, size, summary);
        if (!goOn)
            return goOn.error();
        if (!goOn.value())
            return {};
        mapping.wait(); // the worker reads *next; keep it alive until it is done
        current = std::exchange(next, nullptr); // next is empty until the next batch is read
    }
}

Result<ImportSummary> ImportJob::run(
    const QString &filePath, ImportOptions options, const LeadImporter::ProgressFn &progress)
{
    if (auto p = permissions::mayCreateLead(m_actor); !p)
        return p.error();
    if (auto u = m_history.loadUsers(); !u)
        return u.error();
    const bool resuming = options.resumeRunId != 0;
    if (resuming) {
        if (auto r = restoreRun(options); !r)
            return r.error();
    } else {
        m_path = filePath;
    }
    m_options = options;
    m_options.batchSize = std::max(1, options.batchSize);
    if (auto r = resolveRegion(); !r)
        return r.error();

    QFile file(m_path);
    auto opened = openFile(file, resuming);
    if (!opened)
        return opened.error();
    CsvReader reader(file, opened.value());
    if (auto h = readHeader(reader, resuming); !h)
        return h.error();
    const CsvFormat format = reader.format(); // Utf8 may have fallen back to Windows-1252
    m_format = format;
    if (!resuming) {
        m_encodingSettled = reader.encodingSettled();
        if (auto s = startRun(reader, format, file.size()); !s)
            return s.error();
    } else if (auto s = reader.startAt(m_run.byteOffset, m_run.nextLine); !s) {
        return s.error();
    } else if (m_encodingSettled) {
        reader.settleEncoding();
    }

    auto any = m_store.anyLead();
    if (!any)
        return any.error();
    m_checkDatabase = any.value() || !m_options.fastPaths;
    auto highest = m_store.highestLeadId();
    if (!highest)
        return highest.error();
    m_leadCount = m_sampledAt = highest.value();

    const QFileInfo info(m_path);
    const QString rejectedPath
        = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv"));
    m_rejectedPath = rejectedPath;
    m_warningsPath
        = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".warnings.csv"));
    if (!resuming) {
        QFile::remove(rejectedPath);
        QFile::remove(m_warningsPath);
    } else if (auto r = checkResumable(); !r) {
        return r.error();
    }
    // What a crashed import (or model save) left owed is finished first.
    if (auto owed = finishOwedWork(m_db, m_scoring, m_routing, m_actor); !owed)
        return owed.error();

    ImportSummary summary;
    summary.runId = m_run.id;
    summary.format = format;
    if (auto w = importBatches(reader, file.size(), progress, summary); !w)
        return w.error();
    summary.newLeads = m_run.counts[New];
    summary.updated = m_run.counts[Updated];
    summary.merged = m_run.counts[Merged];
    summary.skipped = m_run.counts[Skipped];
    summary.rejected = m_run.counts[Rejected];
    summary.warned = m_run.counts[Warned];
    summary.historical = m_historical;
    if (QFile::exists(m_warningsPath) && summary.warned > 0)
        summary.warningsFile = m_warningsPath;
    if (summary.lastLine == 0)
        summary.lastLine = m_run.nextLine - 1;
    if (QFile::exists(rejectedPath) && summary.rejected > 0)
        summary.rejectedFile = rejectedPath;
    if (m_checkDatabase || summary.newLeads > 10000)
        m_db.optimize();
    return summary;
}

// No region given: the database's home region (a resumed run keeps the one it started with).
Result<void> ImportJob::resolveRegion()
{
    if (!m_options.region.isEmpty())
        return {};
    auto home = HomeRegion::of(m_db);
    if (!home)
        return home.error();
    m_options.region = home.value();
    return {};
}

Result<ImportDryRun> ImportJob::dryRun(const QString &filePath, const ImportOptions &options)
{
    if (auto p = permissions::mayCreateLead(m_actor); !p)
        return p.error();
    if (auto u = m_history.loadUsers(); !u)
        return u.error();
    m_path = filePath;
    m_options = options;
    if (auto r = resolveRegion(); !r)
        return r.error();
    QFile file(m_path);
    auto opened = openFile(file, false);
    if (!opened)
        return opened.error();
    CsvReader reader(file, opened.value());
    if (auto h = readHeader(reader, false); !h)
        return h.error();
    ImportDryRun out;
    qsizetype stageColumn = -1;
    for (size_t i = 0; i < m_mapping.columns.size(); ++i) {
        if (m_mapping.columns[i].field == ImportField::Stage)
            stageColumn = qsizetype(i);
    }
    CsvRecord record;
    while (reader.next(record)) {
        ++out.rows;
        auto row = mapRow(record);
        if (!row) {
            ++out.rejected;
            continue;
        }
        const auto path = importPath(QDateTime(), row->stage, row->stageDates);
        ++out.stages[path.back().first];
        if (stageColumn >= 0 && stageColumn < record.fields.size()) {
            const QString value = record.fields[stageColumn].trimmed();
            if (!value.isEmpty())
                ++out.stageValues[value];
        }
        if (!row->ownerText.isEmpty() && !row->owner)
            ++out.unknownOwners[row->ownerText];
        if (auto reason = reasonOf(row.value(), path, false); !reason)
            return reason.error();
        out.warned += row->warnings.isEmpty() ? 0 : 1;
    }
    out.newReasons = m_history.newReasons();
    if (reader.error())
        return Error::invalid(
            tr("%1: %2").arg(QFileInfo(m_path).fileName(), reader.error()->message),
            QStringLiteral("file"));
    out.mapping = m_mapping;
    out.format = reader.format();
    return out;
}

} // namespace

Result<QStringList> SavedMappings::names() const
{
    return ImportRepository(m_db).mappingNames();
}

Result<ImportMapping> SavedMappings::load(const QString &name) const
{
    auto json = ImportRepository(m_db).mapping(name);
    if (!json)
        return json.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.value().toUtf8(), &error);
    if (!doc.isObject())
        return Error::invalid(
            tr("The saved mapping '%1' is damaged: %2").arg(name, error.errorString()),
            QStringLiteral("mapping"));
    return ImportMapping::fromJson(doc.object());
}

Result<void> SavedMappings::save(const User &actor, const QString &name,
    const ImportMapping &mapping, const QDateTime &now) const
{
    if (auto p = permissions::mayCreateLead(actor); !p)
        return p.error();
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error::invalid(tr("A saved mapping needs a name."), QStringLiteral("name"));
    if (n.size() > 100)
        return Error::invalid(
            tr("The mapping name is %1 characters long; at most 100 are allowed.").arg(n.size()),
            QStringLiteral("name"));
    return ImportRepository(m_db).saveMapping(
        n, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)), now);
}

Result<void> SavedMappings::remove(const User &actor, const QString &name) const
{
    if (auto p = permissions::mayCreateLead(actor); !p)
        return p.error();
    return ImportRepository(m_db).deleteMapping(name);
}

QString LeadImporter::finishedText(const ImportSummary &summary)
{
    return tr("Import finished: %Ln row(s) read.", nullptr, int(summary.rows()));
}

QStringList LeadImporter::outcomeText(const ImportSummary &s)
{
    const QLocale l;
    QStringList out {tr("%1 new, %2 updated, %3 merged, %4 skipped as duplicates, %5 rejected.")
                         .arg(l.toString(s.newLeads), l.toString(s.updated), l.toString(s.merged),
                             l.toString(s.skipped), l.toString(s.rejected))};
    if (s.scored > 0)
        out << tr("%Ln lead(s) scored, %1 of them promoted to MQL by their score.", nullptr,
            int(s.scored))
                   .arg(l.toString(s.promoted));
    if (s.routed > 0)
        out << tr("%Ln new lead(s) routed to a rep; the others wait in the unassigned queue.",
            nullptr, int(s.routed));
    if (s.historical > 0)
        out << tr("%Ln new lead(s) came in as history (closed, or created before the date "
                  "given): counted in the reports, never promoted or routed.",
            nullptr, int(s.historical));
    if (s.warned > 0)
        out << tr("%Ln imported row(s) had a value that did not fit its field; the leads were "
                  "kept with the value as a custom attribute (an invalid phone number as typed, "
                  "marked not valid).",
            nullptr, int(s.warned));
    return out;
}

LeadImporter::LeadImporter(const Database &db, const Clock &clock, const RoutingService &routing,
    const ScoringService &scoring)
    : m_db(db)
    , m_clock(clock)
    , m_routing(routing)
    , m_scoring(scoring)
{ }

Result<ImportSummary> LeadImporter::run(const User &actor, const QString &filePath,
    const ImportOptions &options, const ProgressFn &progress) const
{
    ImportJob job(m_db, m_clock, actor, m_routing, m_scoring);
    return job.run(filePath, options, progress);
}

Result<ImportDryRun> LeadImporter::dryRun(
    const User &actor, const QString &filePath, const ImportOptions &options) const
{
    ImportJob job(m_db, m_clock, actor, m_routing, m_scoring);
    return job.dryRun(filePath, options);
}

Result<ImportSummary> LeadImporter::resume(
    const User &actor, qint64 runId, const ProgressFn &progress) const
{
    ImportOptions options;
    options.resumeRunId = runId;
    ImportJob job(m_db, m_clock, actor, m_routing, m_scoring);
    return job.run(QString(), options, progress);
}

} // namespace bantam
