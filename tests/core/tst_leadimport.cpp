// Tests LeadImporter and its parts: German Excel files auto-mapped, phone numbers to E.164,
// each duplicate policy against the database and within the file, the rejected-rows file,
// custom attributes, historical stages with their milestones, cancel and resume, bad files.
#include "cadence/cadenceservice.h"
#include "events/eventbus.h"
#include "io/countrynames.h"
#include "io/csvreader.h"
#include "io/leadexport.h"
#include "io/leadimport.h"
#include "io/phonenormalizer.h"
#include "leads/leadservice.h"
#include "phone/callers.h"
#include "phone/homeregion.h"
#include "reports/reportservice.h"
#include "routing/routingrules.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

Q_DECLARE_METATYPE(bantam::ImportField)
Q_DECLARE_METATYPE(bantam::DuplicatePolicy)

namespace {

QVariant scalar(const Database &db, const QString &sqlText)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sqlText) || !q.next())
        return {};
    return q.value(0);
}

// The error of a failed result for QVERIFY2 (which evaluates its message even on success).
template <typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every lead as "email|first|last|company|job|phone|e164|extid|stage", sorted, for comparing runs.
QStringList leadRows(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT email, first_name, last_name, company, job_title, phone, "
                          "phone_e164, external_id, stage FROM leads"));
    QStringList out;
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < 9; ++i)
            r << q.value(i).toString();
        out << r.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

} // namespace

class TestLeadImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countryNamesInTheReadersLanguage();

    void suggestsFieldsFromHeaders_data();
    void suggestsFieldsFromHeaders();
    void mappingJsonRoundTrip();
    void ownExportColumnsAreRecognised();
    void parsesDates_data();
    void parsesDates();
    void phoneNormalisation_data();
    void phoneNormalisation();
    void germanExcelFile();
    void duplicatePolicies_data();
    void duplicatePolicies();
    void rejectedRowsFile();
    void historicalStagesReachMilestones();
    void cancelThenResumeEqualsOneRun();
    void resumeRefusesAFileChangedInItsImportedRows();
    void resumeReadsTheRestInTheEncodingOfTheFirstPart();
    void badFiles_data();
    void badFiles();
    void unclosedQuoteKeepsLastBatchOut();
    void slashDatesFollowTheColumnsOrder();
    void detectsDateFormats();
    void savedMappingsByName();
    void exportThenImportGivesTheSameLeads();
    void customAttributesFilteredAndExported();
    void importedLeadsAreScored();
    void largeBatchIsWrittenAndScoredLikeSingleLeads();
    void fastPathsGiveTheSameDatabase();
    void nameAndCompanyMatchOnlyWhereAnEmailIsMissing();
    void largeBatchKeepsTextExactly();
    void updatesRespectOwnershipAndAreAudited_data();
    void updatesRespectOwnershipAndAreAudited();
    void homeRegionReadsNationalNumbers();
    void stageDatesGiveHistory();
    void constantsForEveryRow();
    void suggestsExternalIdFromValues_data();
    void suggestsExternalIdFromValues();

private:
    Result<ImportSummary> import(const QByteArray &bytes, ImportOptions options = {},
        const LeadImporter::ProgressFn &progress = {},
        const QString &name = QStringLiteral("leads.csv"));
    Result<ImportSummary> importAs(const User &actor, const QByteArray &bytes,
        const ImportOptions &options, const QString &name = QStringLiteral("leads.csv"));
    qint64 leadCount() const
    {
        return scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
    }

    std::unique_ptr<TestDatabase> m_t;
    FakeClock m_clock;
    EventBus m_events;
    User m_admin;
};

void TestLeadImport::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_admin = Builders(m_t->db(), m_clock).user(QStringLiteral("admin"), Role::Admin);
}

void TestLeadImport::cleanup()
{
    m_t.reset();
}

Result<ImportSummary> TestLeadImport::importAs(
    const User &actor, const QByteArray &bytes, const ImportOptions &options, const QString &name)
{
    const QString path = m_t->filePath(name);
    if (!writeFile(path, bytes))
        return Error::storage(QStringLiteral("cannot write the test file"));
    return Services(m_t->db(), m_events, m_clock).leadImporter().run(actor, path, options);
}

Result<ImportSummary> TestLeadImport::import(const QByteArray &bytes, ImportOptions options,
    const LeadImporter::ProgressFn &progress, const QString &name)
{
    const QString path = m_t->filePath(name);
    if (!writeFile(path, bytes))
        return Error::storage(QStringLiteral("cannot write the test file"));
    return Services(m_t->db(), m_events, m_clock)
        .leadImporter()
        .run(m_admin, path, options, progress);
}

void TestLeadImport::suggestsFieldsFromHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportField>("field");
    QTest::newRow("Vorname") << QStringLiteral("Vorname") << ImportField::FirstName;
    QTest::newRow("Nachname") << QStringLiteral(" nachname ") << ImportField::LastName;
    QTest::newRow("Name") << QStringLiteral("Name") << ImportField::FullName;
    QTest::newRow("E-Mail") << QStringLiteral("E-Mail") << ImportField::Email;
    QTest::newRow("e_mail") << QStringLiteral("e_mail") << ImportField::Email;
    QTest::newRow("Mail") << QStringLiteral("Mail") << ImportField::Email;
    QTest::newRow("Tel.") << QStringLiteral("Tel.") << ImportField::Phone;
    QTest::newRow("Handy") << QStringLiteral("Handy") << ImportField::Phone;
    QTest::newRow("Firma") << QStringLiteral("Firma") << ImportField::Company;
    QTest::newRow("Unternehmen") << QStringLiteral("Unternehmen") << ImportField::Company;
    QTest::newRow("Job Title") << QStringLiteral("JOB-TITLE") << ImportField::JobTitle;
    QTest::newRow("Funktion") << QStringLiteral("Funktion") << ImportField::JobTitle;
    QTest::newRow("Branche") << QStringLiteral("Branche") << ImportField::Industry;
    QTest::newRow("Unternehmensgröße")
        << QStringLiteral("Unternehmensgröße") << ImportField::CompanySize;
    QTest::newRow("Land") << QStringLiteral("Land") << ImportField::Country;
    QTest::newRow("Quelle") << QStringLiteral("Quelle") << ImportField::Source;
    QTest::newRow("Kampagne") << QStringLiteral("Kampagne") << ImportField::Campaign;
    QTest::newRow("Kundennummer") << QStringLiteral("Kundennummer") << ImportField::ExternalId;
    QTest::newRow("External ID") << QStringLiteral("External ID") << ImportField::ExternalId;
    QTest::newRow("Erstellt") << QStringLiteral("Erstellt") << ImportField::CreatedAt;
    QTest::newRow("Converted") << QStringLiteral("Converted") << ImportField::Stage;
    QTest::newRow("Status") << QStringLiteral("Status") << ImportField::Stage;
    // Headers of HubSpot's, Salesforce's, Pipedrive's and Zoho's German and English exports.
    QTest::newRow("Lebenszyklusphase") << QStringLiteral("Lebenszyklusphase") << ImportField::Stage;
    QTest::newRow("Lifecycle Stage") << QStringLiteral("Lifecycle Stage") << ImportField::Stage;
    QTest::newRow("Lead-Status") << QStringLiteral("Lead-Status") << ImportField::Stage;
    QTest::newRow("Lead Status") << QStringLiteral("Lead Status") << ImportField::Stage;
    QTest::newRow("Leadstatus") << QStringLiteral("Leadstatus") << ImportField::Stage;
    QTest::newRow("Mitarbeiterzahl")
        << QStringLiteral("Mitarbeiterzahl") << ImportField::CompanySize;
    QTest::newRow("Anzahl Mitarbeiter")
        << QStringLiteral("Anzahl Mitarbeiter") << ImportField::CompanySize;
    QTest::newRow("Anzahl der Mitarbeiter")
        << QStringLiteral("Anzahl der Mitarbeiter") << ImportField::CompanySize;
    QTest::newRow("Number of Employees")
        << QStringLiteral("Number of Employees") << ImportField::CompanySize;
    QTest::newRow("No. of Employees")
        << QStringLiteral("No. of Employees") << ImportField::CompanySize;
    QTest::newRow("Employee Count") << QStringLiteral("Employee Count") << ImportField::CompanySize;
    QTest::newRow("Leadquelle") << QStringLiteral("Leadquelle") << ImportField::Source;
    QTest::newRow("Lead-Quelle") << QStringLiteral("Lead-Quelle") << ImportField::Source;
    QTest::newRow("Lead Source") << QStringLiteral("Lead Source") << ImportField::Source;
    QTest::newRow("Original Source") << QStringLiteral("Original Source") << ImportField::Source;
    QTest::newRow("Ursprüngliche Quelle")
        << QStringLiteral("Ursprüngliche Quelle") << ImportField::Source;
    QTest::newRow("Industry") << QStringLiteral("Industry") << ImportField::Industry;
    QTest::newRow("Industrie") << QStringLiteral("Industrie") << ImportField::Industry;
    QTest::newRow("Firmenname") << QStringLiteral("Firmenname") << ImportField::Company;
    QTest::newRow("Company Name") << QStringLiteral("Company Name") << ImportField::Company;
    QTest::newRow("Organization - Name")
        << QStringLiteral("Organization - Name") << ImportField::Company;
    QTest::newRow("Jobtitel") << QStringLiteral("Jobtitel") << ImportField::JobTitle;
    QTest::newRow("Mobiltelefonnummer")
        << QStringLiteral("Mobiltelefonnummer") << ImportField::Phone;
    QTest::newRow("Mobile Phone") << QStringLiteral("Mobile Phone") << ImportField::Phone;
    QTest::newRow("Land/Region") << QStringLiteral("Land/Region") << ImportField::Country;
    QTest::newRow("Country/Region") << QStringLiteral("Country/Region") << ImportField::Country;
    QTest::newRow("Erstellungsdatum")
        << QStringLiteral("Erstellungsdatum") << ImportField::CreatedAt;
    QTest::newRow("Create Date") << QStringLiteral("Create Date") << ImportField::CreatedAt;
    QTest::newRow("Created Time") << QStringLiteral("Created Time") << ImportField::CreatedAt;
    QTest::newRow("Kontaktinhaber") << QStringLiteral("Kontaktinhaber") << ImportField::Owner;
    QTest::newRow("Contact owner") << QStringLiteral("Contact owner") << ImportField::Owner;
    QTest::newRow("Lead-Inhaber") << QStringLiteral("Lead-Inhaber") << ImportField::Owner;
    QTest::newRow("Vertriebsmitarbeiter")
        << QStringLiteral("Vertriebsmitarbeiter") << ImportField::Owner;
    QTest::newRow("unknown") << QStringLiteral("Messe 2026") << ImportField::Custom;
}

void TestLeadImport::suggestsFieldsFromHeaders()
{
    QFETCH(QString, header);
    QFETCH(ImportField, field);
    QCOMPARE(importFieldKey(ImportMapping::suggestField(header)), importFieldKey(field));
}

void TestLeadImport::mappingJsonRoundTrip()
{
    ImportMapping m = ImportMapping::suggest({QStringLiteral("E-Mail"), QStringLiteral("Status")});
    m.columns[1].stageValues.insert(QStringLiteral("Abschluss"), QStringLiteral("won"));
    auto back = ImportMapping::fromJson(m.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->columns.size(), size_t(2));
    QCOMPARE(back->columns[0].field, ImportField::Email);
    QCOMPARE(back->columns[1].field, ImportField::Stage);
    QCOMPARE(
        back->columns[1].stageValues.value(QStringLiteral("Abschluss")), QStringLiteral("won"));
    QCOMPARE(
        parseImportStage(back->columns[1], QStringLiteral("abschluss")), std::optional(Stage::Won));

    QJsonObject bad = m.toJson();
    bad.insert(QStringLiteral("columns"),
        QJsonArray {QJsonObject {{QStringLiteral("header"), QStringLiteral("X")},
            {QStringLiteral("field"), QStringLiteral("nonsense")}}});
    auto refused = ImportMapping::fromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("nonsense")),
        qPrintable(refused.error().message));

    // A typo in a key is refused with its path, not ignored.
    QJsonObject typo = m.toJson();
    QJsonArray cols = typo.value(QStringLiteral("columns")).toArray();
    QJsonObject second = cols[1].toObject();
    second.insert(QStringLiteral("valeus"), QJsonObject {});
    cols[1] = second;
    typo.insert(QStringLiteral("columns"), cols);
    refused = ImportMapping::fromJson(typo);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("columns[1].valeus: unknown key")),
        qPrintable(refused.error().message));
    typo = m.toJson();
    typo.insert(QStringLiteral("colums"), QJsonArray {});
    refused = ImportMapping::fromJson(typo);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("colums: unknown key")),
        qPrintable(refused.error().message));
}

void TestLeadImport::ownExportColumnsAreRecognised()
{
    // Re-importing Bantam's export adds no attribute "Owner", "Score", "Updated", ...; the
    // owner (a user's full name) finds the user again.
    for (const QString &header : LeadExporter::headers())
        QVERIFY2(ImportMapping::suggestField(header) != ImportField::Custom, qPrintable(header));
    QCOMPARE(ImportMapping::suggestField(QStringLiteral("Owner")), ImportField::Owner);
    QCOMPARE(ImportMapping::suggestField(QStringLiteral("Score")), ImportField::Ignore);
    QCOMPARE(ImportMapping::suggestField(QStringLiteral("Updated")), ImportField::Ignore);
    QCOMPARE(ImportMapping::suggestField(QStringLiteral("E-mail")), ImportField::Email);
    QCOMPARE(ImportMapping::suggestField(QStringLiteral("Messe-Stand")), ImportField::Custom);
}

void TestLeadImport::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << QStringLiteral("2026-12-31") << QDate(2026, 12, 31);
    QTest::newRow("iso time") << QStringLiteral("2026-01-02T10:30:00") << QDate(2026, 1, 2);
    QTest::newRow("german") << QStringLiteral("31.12.2026") << QDate(2026, 12, 31);
    QTest::newRow("german short") << QStringLiteral("1.2.2026") << QDate(2026, 2, 1);
    QTest::newRow("us") << QStringLiteral("12/31/2026") << QDate(2026, 12, 31);
    QTest::newRow("day first") << QStringLiteral("31/12/2026") << QDate(2026, 12, 31);
    QTest::newRow("ambiguous") << QStringLiteral("01/02/2026") << QDate();
    QTest::newRow("iso seconds") << QStringLiteral("2026-03-04 05:06:07") << QDate(2026, 3, 4);
    QTest::newRow("iso zone ahead")
        << QStringLiteral("2026-03-04T01:30:00+02:00") << QDate(2026, 3, 3);
    QTest::newRow("iso zone behind")
        << QStringLiteral("2026-03-04T23:30:00-0500") << QDate(2026, 3, 5);
    QTest::newRow("iso Z") << QStringLiteral("2026-03-04T23:30:00.123Z") << QDate(2026, 3, 4);
    QTest::newRow("compact") << QStringLiteral("20210105") << QDate(2021, 1, 5);
    QTest::newRow("compact invalid") << QStringLiteral("20211305") << QDate();
    QTest::newRow("excel serial") << QStringLiteral("45292") << QDate(2024, 1, 1);
    QTest::newRow("excel serial time") << QStringLiteral("45292.75") << QDate(2024, 1, 1);
    QTest::newRow("small number") << QStringLiteral("42") << QDate();
    QTest::newRow("german time") << QStringLiteral("31.12.2026 14:05") << QDate(2026, 12, 31);
    QTest::newRow("iso junk") << QStringLiteral("2026-12-31x") << QDate();
    QTest::newRow("invalid") << QStringLiteral("31.02.2026") << QDate();
    QTest::newRow("text") << QStringLiteral("gestern") << QDate();
}

void TestLeadImport::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseImportDate(text).date(), date);
}

void TestLeadImport::phoneNormalisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // empty: must be refused
    QTest::newRow("DE landline") << QStringLiteral("030 1234567") << QStringLiteral("DE")
                                 << QStringLiteral("+49301234567");
    QTest::newRow("DE (0)") << QStringLiteral("+49 (0)30 1234567") << QStringLiteral("DE")
                            << QStringLiteral("+49301234567");
    QTest::newRow("DE mobile") << QStringLiteral("0171/1234567") << QStringLiteral("DE")
                               << QStringLiteral("+491711234567");
    QTest::newRow("AT") << QStringLiteral("0664 1234567") << QStringLiteral("AT")
                        << QStringLiteral("+436641234567");
    QTest::newRow("AT Vienna") << QStringLiteral("01 5131234") << QStringLiteral("AT")
                               << QStringLiteral("+4315131234");
    QTest::newRow("CH") << QStringLiteral("044 668 18 00") << QStringLiteral("CH")
                        << QStringLiteral("+41446681800");
    QTest::newRow("CH from DE") << QStringLiteral("+41 44 668 18 00") << QStringLiteral("DE")
                                << QStringLiteral("+41446681800");
    QTest::newRow("US") << QStringLiteral("(212) 736-5000") << QStringLiteral("US")
                        << QStringLiteral("+12127365000");
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("DE") << QString();
    QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("DE") << QString();
}

void TestLeadImport::phoneNormalisation()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    auto r = PhoneNormalizer::toE164(text, region);
    if (e164.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
        QCOMPARE(r.error().field, QStringLiteral("phone"));
    } else {
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r.value(), e164);
    }
}

void TestLeadImport::germanExcelFile()
{
    const QString text = QStringLiteral(
        "Vorname;Nachname;E-Mail;Telefon;Firma;Position;Erstellt;Messe\r\n"
        "Jürgen;Müller;j.mueller@example.de;030 1234567;Bäckerei Müller "
        "GmbH;Geschäftsführer;31.12.2025;Hannover\r\n"
        "Anna;\"Schmidt; Dr.\";anna@example.de;;\"Straße \"\"Süd\"\" AG\";;01.02.2026;\r\n");
    auto r = import(text.toLatin1()); // Windows-1252, as German Excel saves it
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->format.encoding, CsvEncoding::Windows1252);
    QCOMPARE(r->format.delimiter, QLatin1Char(';'));
    QCOMPARE(r->newLeads, 2);
    QCOMPARE(r->rejected, 0);
    QVERIFY(r->rejectedFile.isEmpty());

    const qint64 id
        = scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE last_name = 'M\u00fcller'"))
              .toLongLong();
    QVERIFY(id > 0);
    auto lead = LeadRepository(m_t->db()).byId(id);
    QVERIFY(lead.ok());
    QCOMPARE(lead->profile.firstName, QStringLiteral("Jürgen"));
    QCOMPARE(lead->profile.company, QStringLiteral("Bäckerei Müller GmbH"));
    QCOMPARE(lead->profile.jobTitle, QStringLiteral("Geschäftsführer"));
    QCOMPARE(lead->profile.phone, QStringLiteral("030 1234567")); // as typed
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT phone_e164 FROM leads WHERE id = %1").arg(id))
                 .toString(),
        QStringLiteral("+49301234567"));
    QCOMPARE(lead->createdAt, QDateTime(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC));
    auto attributes = ImportRepository(m_t->db()).attributes(id);
    QVERIFY(attributes.ok());
    QCOMPARE(attributes->value(QStringLiteral("Messe")), QStringLiteral("Hannover"));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE lead_id = %1 "
                                "AND action = 'import' AND to_stage = 'lead'")
                     .arg(id))
                 .toInt(),
        1);

    const QString other = scalar(m_t->db(),
        QStringLiteral("SELECT last_name || '/' || company FROM leads "
                       "WHERE email = 'anna@example.de'"))
                              .toString();
    QCOMPARE(other, QStringLiteral("Schmidt; Dr./Straße \"Süd\" AG"));
    // No empty attributes are stored.
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM lead_attributes")).toInt(), 1);
}

void TestLeadImport::duplicatePolicies_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("changed"); // updated or merged
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("company"); // of the lead already in the database
    QTest::addColumn<QString>("jobTitle");
    QTest::addColumn<QString>("fileLeadTitle"); // of the lead first met in the file
    QTest::newRow("skip") << DuplicatePolicy::Skip << 2 << 0 << 3 << QStringLiteral("Old GmbH")
                          << QString() << QStringLiteral("Dev");
    QTest::newRow("update") << DuplicatePolicy::Update << 2 << 3 << 0 << QStringLiteral("New GmbH")
                            << QStringLiteral("CTO") << QStringLiteral("Lead Dev");
    QTest::newRow("merge") << DuplicatePolicy::Merge << 2 << 3 << 0 << QStringLiteral("Old GmbH")
                           << QStringLiteral("CTO") << QStringLiteral("Dev");
}

void TestLeadImport::duplicatePolicies()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(int, created);
    QFETCH(int, changed);
    QFETCH(int, skipped);
    QFETCH(QString, company);
    QFETCH(QString, jobTitle);
    QFETCH(QString, fileLeadTitle);
    const Lead existing = Builders(m_t->db(), m_clock)
                              .lead()
                              .name(QStringLiteral("Anna"), QStringLiteral("Alt"))
                              .email(QStringLiteral("anna@example.com"))
                              .company(QStringLiteral("Old GmbH"))
                              .insert();
    QVERIFY(existing.id > 0);
    const QByteArray file
        = "Email,First Name,Last Name,Company,Job Title,Phone\n"
          "ANNA@Example.com,Anna,Alt,New GmbH,CTO,\n" // the database's lead, by e-mail
          "bob@example.com,Bob,Berg,Berg AG,Dev,030 555666\n" // new
          ",Bob,Berg,,Lead Dev,+49 30 555666\n" // Bob again, by E.164 phone
          "carl@example.com,Carl,Clay,Clay Ltd,,040 1234567\n" // new
          ",Carl,Clay,Clay Ltd,,\n"; // Carl again, by name + company
    ImportOptions options;
    options.duplicates = policy;
    auto r = import(file, options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, created);
    QCOMPARE(r->updated + r->merged, changed);
    QCOMPARE(policy == DuplicatePolicy::Update ? r->updated : r->merged,
        policy == DuplicatePolicy::Skip ? 0 : changed);
    QCOMPARE(r->skipped, skipped);
    QCOMPARE(leadCount(), 3);
    auto lead = LeadRepository(m_t->db()).byId(existing.id);
    QVERIFY(lead.ok());
    QCOMPARE(lead->profile.company, company);
    QCOMPARE(lead->profile.jobTitle, jobTitle);
    // Update overwrites the e-mail as the file writes it; skip and merge keep the database's.
    QCOMPARE(lead->profile.email,
        policy == DuplicatePolicy::Update ? QStringLiteral("ANNA@Example.com")
                                          : QStringLiteral("anna@example.com"));
    QCOMPARE(
        scalar(m_t->db(), QStringLiteral("SELECT job_title FROM leads WHERE first_name = 'Bob'"))
            .toString(),
        fileLeadTitle);
    // A duplicate row without a phone keeps the lead's phone and its E.164 key.
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral(
                     "SELECT phone || '|' || phone_e164 FROM leads WHERE first_name = 'Carl'"))
                 .toString(),
        QStringLiteral("040 1234567|+49401234567"));
}

// Only rows with nothing that identifies a lead are rejected; a value that does not fit its
// field keeps the lead and is listed in the warnings file.
void TestLeadImport::rejectedRowsFile()
{
    const QByteArray file = "Email;Name;Telefon;Land\n"
                            "ok@example.com;Ok Person;;\n"
                            "not-an-email;Bad Mail;;\n"
                            ";;;\n"
                            "\"multi\nline\"@x;Line Break;;\n"
                            "p@example.com;Phone Person;12345;India\n"
                            "only@bad;;;Deutschland\n"
                            "c@example.com;Country Person;;Narnia\n";
    auto r = import(file, {}, {}, QStringLiteral("messe.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 5);
    QCOMPARE(r->rejected, 2);
    QCOMPARE(r->warned, 4);
    QCOMPARE(r->rejectedFile, m_t->filePath(QStringLiteral("messe.rejected.csv")));
    QCOMPARE(r->warningsFile, m_t->filePath(QStringLiteral("messe.warnings.csv")));

    QFile f(r->rejectedFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader(f, CsvFormat {CsvEncoding::Utf8Bom, QLatin1Char(';')});
    CsvRecord rec;
    QVERIFY(reader.next(rec));
    QCOMPARE(rec.fields,
        (QStringList {QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("Email"),
            QStringLiteral("Name"), QStringLiteral("Telefon"), QStringLiteral("Land")}));
    struct Expected
    {
        const char *line;
        const char *reasonPart;
        const char *first;
    };
    const Expected expected[] = {
        {"4", "no identifying value", ""}, {"8", "'only@bad' is not a valid e-mail", "only@bad"}};
    for (const Expected &e : expected) {
        QVERIFY(reader.next(rec));
        QCOMPARE(rec.fields.value(0), QString::fromLatin1(e.line));
        QVERIFY2(rec.fields.value(1).contains(QString::fromLatin1(e.reasonPart)),
            qPrintable(rec.fields.value(1)));
        QVERIFY2(rec.fields.value(1).contains(
                     QStringLiteral("messe.csv, line %1").arg(QString::fromLatin1(e.line))),
            qPrintable(rec.fields.value(1)));
        QCOMPARE(rec.fields.value(2), QString::fromUtf8(e.first)); // the original field
    }
    QVERIFY(!reader.next(rec));
    QVERIFY(!reader.error());

    // The warnings: line, column, value, why.
    QFile w(r->warningsFile);
    QVERIFY(w.open(QIODevice::ReadOnly));
    CsvReader warnings(w, CsvFormat {CsvEncoding::Utf8Bom, QLatin1Char(';')});
    QVERIFY(warnings.next(rec));
    QCOMPARE(rec.fields,
        (QStringList {QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"),
            QStringLiteral("reason")}));
    QStringList got;
    while (warnings.next(rec))
        got << rec.fields.mid(0, 3).join(QLatin1Char('|'));
    QCOMPARE(got,
        (QStringList {QStringLiteral("3|Email|not-an-email"),
            QStringLiteral("5|Email|multi\nline@x"), QStringLiteral("7|Telefon|12345"),
            QStringLiteral("9|Land|Narnia")}));

    // The leads are there: the bad e-mail kept as an attribute, the invalid phone as written and
    // marked, the country name as its code, the unknown country as an attribute.
    const qint64 bad
        = scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE last_name = 'Mail'"))
              .toLongLong();
    QCOMPARE(ImportRepository(m_t->db()).attributes(bad)->value(QStringLiteral("Email")),
        QStringLiteral("not-an-email"));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT phone || '|' || phone_e164 || '|' || phone_invalid || '|' "
                                "|| country FROM leads WHERE email = 'p@example.com'"))
                 .toString(),
        QStringLiteral("12345||1|IN"));
    auto phoneLead = LeadRepository(m_t->db()).byId(
        scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'p@example.com'"))
            .toLongLong());
    QVERIFY(phoneLead.ok());
    QVERIFY(phoneLead->phoneInvalid);
    QCOMPARE(
        scalar(m_t->db(), QStringLiteral("SELECT country FROM leads WHERE email = 'c@example.com'"))
            .toString(),
        QString());
    QCOMPARE(
        scalar(m_t->db(), QStringLiteral("SELECT value FROM lead_attributes WHERE name = 'Land'"))
            .toString(),
        QStringLiteral("Narnia"));
}

void TestLeadImport::historicalStagesReachMilestones()
{
    const QByteArray file = "Name,Firma,Status,Erstellt\n"
                            "Won Person,A,Gewonnen,2025-06-01\n"
                            "Lost Person,B,Lost,2025-06-02\n"
                            "New Person,C,Neu,2025-06-03\n"
                            "Mql Person,D,MQL,2025-06-04\n"
                            "Closed Person,E,Abschluss,2025-06-05\n"
                            "Odd Person,F,vielleicht,2025-06-06\n";
    ImportMapping mapping = ImportMapping::suggest({QStringLiteral("Status")});
    mapping.columns[0].stageValues.insert(QStringLiteral("Abschluss"), QStringLiteral("won"));
    ImportOptions options;
    options.mapping = mapping;
    auto r = import(file, options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 6);
    QCOMPARE(r->rejected, 0);
    QCOMPARE(r->warned, 1); // "vielleicht" is no stage: the lead comes in as Lead
    QCOMPARE(
        scalar(m_t->db(),
            QStringLiteral("SELECT stage || ':' || (CASE WHEN mql_at IS NULL THEN 0 ELSE 1 END) "
                           "|| (CASE WHEN sql_at IS NULL THEN 0 ELSE 1 END) "
                           "|| (CASE WHEN won_at IS NULL THEN 0 ELSE 1 END) "
                           "FROM leads WHERE first_name = 'Won'"))
            .toString(),
        QStringLiteral("won:001"));
    auto byFirst = [this](const char *first) {
        return scalar(m_t->db(),
            QStringLiteral("SELECT stage || ':' || (CASE WHEN mql_at IS NULL THEN 0 ELSE 1 END) "
                           "|| (CASE WHEN sql_at IS NULL THEN 0 ELSE 1 END) "
                           "|| (CASE WHEN won_at IS NULL THEN 0 ELSE 1 END) "
                           "FROM leads WHERE first_name = '%1'")
                .arg(QLatin1String(first)))
            .toString();
    };
    // No path is invented: stages the file does not name are not recorded.
    QCOMPARE(byFirst("Lost"), QStringLiteral("lost:000"));
    QCOMPARE(byFirst("New"), QStringLiteral("lead:000"));
    QCOMPARE(byFirst("Mql"), QStringLiteral("mql:100"));
    QCOMPARE(byFirst("Closed"), QStringLiteral("won:001"));
    QCOMPARE(byFirst("Odd"), QStringLiteral("lead:000"));
    // Milestones at the imported creation date, and the path in the history as "import".
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT won_at FROM leads WHERE first_name = 'Won'"))
                 .toLongLong(),
        QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(
        scalar(m_t->db(),
            QStringLiteral("SELECT %1 FROM (SELECT to_stage FROM "
                           "stage_history h JOIN leads l ON l.id = h.lead_id WHERE "
                           "l.first_name = 'Won' AND h.action = 'import' ORDER BY h.id) h")
                .arg(TestDatabase::onServer() ? QLatin1String("string_agg(h.to_stage, '>')")
                                              : QLatin1String("group_concat(h.to_stage, '>')")))
            .toString(),
        QStringLiteral("lead>won"));
    // What the reports count: leads that reached SQL.
    QCOMPARE(
        scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE sql_at IS NOT NULL"))
            .toInt(),
        0);
}

// Per-stage date columns (recognised by name, YYYYMMDD) give the history and the milestones
// the file's dates, so velocity shows real days; an id column with unique values is the external
// id; an unknown stage comes in as Lead with a warning.
void TestLeadImport::stageDatesGiveHistory()
{
    const QByteArray file = "Lead ID,Email,Created,MQL Date,SQL Date,Won Date,Disqualified "
                            "Date,Status,Owner Team ID\n"
                            "L1,a@example.com,20240101,20240105,20240110,20240201,,Won,7\n"
                            "L2,b@example.com,20240101,20240103,,,20240120,Disqualified,7\n"
                            "L3,c@example.com,20240101,,,,,Lost,8\n"
                            "L4,d@example.com,20240101,20240104,,,,Working,8\n";
    auto r = import(file);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 4);
    QCOMPARE(r->rejected, 0);
    QCOMPARE(r->warned, 1);
    auto path = [this](const char *extId) {
        QSqlQuery q(m_t->db().connection());
        q.prepare(
            QStringLiteral("SELECT h.to_stage, h.changed_at FROM stage_history h JOIN leads l ON "
                           "l.id = h.lead_id WHERE l.external_id = :x ORDER BY h.id"));
        q.bindValue(QStringLiteral(":x"), QString::fromLatin1(extId));
        q.exec();
        QStringList steps;
        while (q.next())
            steps << q.value(0).toString() + QLatin1Char('@')
                    + QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)
                          .toString(QStringLiteral("MMdd"));
        return steps.join(QLatin1Char('>'));
    };
    QCOMPARE(path("L1"), QStringLiteral("lead@0101>mql@0105>sql@0110>won@0201"));
    QCOMPARE(path("L2"), QStringLiteral("lead@0101>mql@0103>disqualified@0120"));
    QCOMPARE(path("L3"), QStringLiteral("lead@0101>lost@0101"));
    QCOMPARE(path("L4"), QStringLiteral("lead@0101>mql@0104"));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM lead_attributes WHERE name = 'Owner Team ID' "
                                "AND value = '7'"))
                 .toInt(),
        2); // repeated ids are no external id: kept as an attribute

    // The reports from the file's dates: Lead->MQL 4, 2 and 3 days (median 3), MQL->SQL 5,
    // SQL->Won 22.
    Services services(m_t->db(), m_events, m_clock);
    auto funnel = services.reports().funnel({});
    QVERIFY2(funnel.ok(), why(funnel).constData());
    QCOMPARE(funnel->leads, 4);
    QCOMPARE(funnel->mql, 3);
    QCOMPARE(funnel->sql, 1);
    QCOMPARE(funnel->won, 1);
    auto velocity = services.reports().velocity({});
    QVERIFY2(velocity.ok(), why(velocity).constData());
    QCOMPARE(velocity->size(), size_t(3));
    QCOMPARE(velocity->at(0).leads, 3);
    QCOMPARE(velocity->at(0).medianDays, std::optional<double>(3.0));
    QCOMPARE(velocity->at(1).medianDays, std::optional<double>(5.0));
    QCOMPARE(velocity->at(2).medianDays, std::optional<double>(22.0));
}

// "These are all MQLs from the fair": a mapping's constants fill every row that has no value.
void TestLeadImport::constantsForEveryRow()
{
    QJsonObject json
        = ImportMapping::suggest({QStringLiteral("Email"), QStringLiteral("Quelle")}).toJson();
    json.insert(QStringLiteral("constants"),
        QJsonObject {{QStringLiteral("stage"), QStringLiteral("mql")},
            {QStringLiteral("source"), QStringLiteral("Messe 2026")}});
    auto mapping = ImportMapping::fromJson(json);
    QVERIFY2(mapping.ok(), why(mapping).constData());
    QCOMPARE(ImportMapping::fromJson(mapping->toJson())->constants, mapping->constants);
    ImportOptions options;
    options.mapping = mapping.value();
    auto r = import("Email,Quelle\na@example.com,\nb@example.com,Web\n", options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 2);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT source || '/' || stage FROM leads WHERE email = "
                                "'a@example.com'"))
                 .toString(),
        QStringLiteral("Messe 2026/mql"));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT source || '/' || stage FROM leads WHERE email = "
                                "'b@example.com'"))
                 .toString(),
        QStringLiteral("Web/mql"));

    json.insert(QStringLiteral("constants"),
        QJsonObject {{QStringLiteral("stage"), QStringLiteral("maybe")}});
    auto refused = ImportMapping::fromJson(json);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("'maybe'")),
        qPrintable(refused.error().message));
    json.insert(QStringLiteral("constants"),
        QJsonObject {{QStringLiteral("createdAt"), QStringLiteral("2026-01-01")}});
    QVERIFY(!ImportMapping::fromJson(json).ok());
}

void TestLeadImport::suggestsExternalIdFromValues_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("rows"); // rows separated by '|', fields by ','
    QTest::addColumn<int>("externalColumn"); // -1: none
    QTest::newRow("Prospect ID") << QStringList {QStringLiteral("Prospect ID"),
        QStringLiteral("Lead Source")}
                                 << QStringLiteral("7f1c,Web|9a2b,Web") << 0;
    QTest::newRow("LeadId") << QStringList {QStringLiteral("Country"), QStringLiteral("LeadId")}
                            << QStringLiteral("DE,1|DE,2") << 1;
    QTest::newRow("Lead Number") << QStringList {QStringLiteral("Lead Number")}
                                 << QStringLiteral("660737|660728") << 0;
    QTest::newRow("mql_id") << QStringList {QStringLiteral("seller_id"), QStringLiteral("mql_id")}
                            << QStringLiteral("s1,m1|s1,m2") << 1;
    QTest::newRow("Id repeated") << QStringList {QStringLiteral("Id")} << QStringLiteral("1|1")
                                 << -1;
    QTest::newRow("Id empty") << QStringList {QStringLiteral("Id")} << QStringLiteral("1|") << -1;
    QTest::newRow("Paid") << QStringList {QStringLiteral("Paid")} << QStringLiteral("1|2") << -1;
}

void TestLeadImport::suggestsExternalIdFromValues()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, rows);
    QFETCH(int, externalColumn);
    std::vector<QStringList> sample;
    for (const QString &row : rows.split(QLatin1Char('|')))
        sample.push_back(row.split(QLatin1Char(',')));
    const ImportMapping m = ImportMapping::suggest(headers, sample);
    for (int i = 0; i < headers.size(); ++i)
        QCOMPARE(m.columns[size_t(i)].field == ImportField::ExternalId, i == externalColumn);
    // Per-stage dates by their German and English names.
    QCOMPARE(
        ImportMapping::suggestDateStage(QStringLiteral("MQL Date")), std::optional(Stage::Mql));
    QCOMPARE(
        ImportMapping::suggestDateStage(QStringLiteral("Gewonnen am")), std::optional(Stage::Won));
    QCOMPARE(ImportMapping::suggestDateStage(QStringLiteral("Datum Disqualifiziert")),
        std::optional(Stage::Disqualified));
    QCOMPARE(
        ImportMapping::suggestDateStage(QStringLiteral("Lost Date")), std::optional(Stage::Lost));
    QCOMPARE(ImportMapping::suggestDateStage(QStringLiteral("Date")), std::optional<Stage>());
}

void TestLeadImport::cancelThenResumeEqualsOneRun()
{
    QByteArray file = "Kundennummer;Vorname;Nachname;E-Mail;Firma;Telefon;Notiz\n";
    for (int i = 1; i <= 10; ++i)
        file += QStringLiteral("K%1;Vor%1;Nach%1;p%1@example.com;Firma %1;030 1000%1;n%1\n")
                    .arg(i)
                    .toUtf8();
    file += "K2;Zwei;Doppelt;;;;dup of K2 after the cancel point\n";
    file += ";;;;;;no identifying value\n";
    file += "K11;Elf;Elf;p1@example.com;;;dup of p1 by e-mail\n";

    ImportOptions options;
    options.batchSize = 4;
    options.duplicates = DuplicatePolicy::Merge;

    // The reference: one uninterrupted run in another database.
    TestDatabase reference;
    QVERIFY(reference.isValid());
    const User refAdmin
        = Builders(reference.db(), m_clock).user(QStringLiteral("admin"), Role::Admin);
    QVERIFY(writeFile(reference.filePath(QStringLiteral("leads.csv")), file));
    auto whole = Services(reference.db(), m_events, m_clock)
                     .leadImporter()
                     .run(refAdmin, reference.filePath(QStringLiteral("leads.csv")), options);
    QVERIFY2(whole.ok(), why(whole).constData());
    QCOMPARE(whole->newLeads, 10);
    QCOMPARE(whole->merged, 2);
    QCOMPARE(whole->rejected, 1);

    int calls = 0;
    auto first = import(file, options, [&calls](const ImportProgress &p) {
        ++calls;
        return p.line < 0; // cancel after the first batch
    });
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(first->cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(first->newLeads, 4);
    QCOMPARE(first->lastLine, 5);
    QCOMPARE(leadCount(), 4);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT status FROM import_runs WHERE id = %1").arg(first->runId))
                 .toString(),
        QStringLiteral("cancelled"));

    auto rest = Services(m_t->db(), m_events, m_clock).leadImporter().resume(m_admin, first->runId);
    QVERIFY2(rest.ok(), why(rest).constData());
    QVERIFY(!rest->cancelled);
    QCOMPARE(rest->runId, first->runId);
    QCOMPARE(rest->newLeads, whole->newLeads);
    QCOMPARE(rest->merged, whole->merged);
    QCOMPARE(rest->skipped, whole->skipped);
    QCOMPARE(rest->rejected, whole->rejected);
    QCOMPARE(leadRows(m_t->db()), leadRows(reference.db()));
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM lead_attributes")).toInt(),
        scalar(reference.db(), QStringLiteral("SELECT count(*) FROM lead_attributes")).toInt());
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT status FROM import_runs WHERE id = %1").arg(first->runId))
                 .toString(),
        QStringLiteral("done"));
    // A finished run is not resumed twice.
    QVERIFY(
        !Services(m_t->db(), m_events, m_clock).leadImporter().resume(m_admin, first->runId).ok());
}

void TestLeadImport::resumeReadsTheRestInTheEncodingOfTheFirstPart()
{
    // A UTF-8 export with one stray Windows-1252 byte far down (two exports pasted together),
    // past the head that detection reads. The umlauts of the first batch settle UTF-8; a resumed
    // run must not take the stray byte for the file's encoding and garble every umlaut after it
    // (found by fuzzing).
    QByteArray file = "Kundennummer;Vorname;Nachname\nK1;J\xC3\xBCrgen;M\xC3\xBCller\n";
    for (int i = 2; file.size() < 2 * CsvReader::DetectionHeadSize; ++i)
        file += "K" + QByteArray::number(i) + ";Anna;Schmidt-Mustermann-" + QByteArray::number(i)
            + "\n";
    file += "R1;Ren\xE9;Caf\xE9\nR2;J\xC3\xB6rg;Stra\xC3\x9F"
            "e\n";
    ImportOptions options;
    options.batchSize = 1000;

    TestDatabase reference;
    QVERIFY(reference.isValid());
    const User refAdmin
        = Builders(reference.db(), m_clock).user(QStringLiteral("admin"), Role::Admin);
    QVERIFY(writeFile(reference.filePath(QStringLiteral("leads.csv")), file));
    auto whole = Services(reference.db(), m_events, m_clock)
                     .leadImporter()
                     .run(refAdmin, reference.filePath(QStringLiteral("leads.csv")), options);
    QVERIFY2(whole.ok(), why(whole).constData());

    auto first = import(file, options, [](const ImportProgress &p) { return p.line < 0; });
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(first->cancelled);
    QCOMPARE(leadCount(), 1000);
    auto rest = Services(m_t->db(), m_events, m_clock).leadImporter().resume(m_admin, first->runId);
    QVERIFY2(rest.ok(), why(rest).constData());
    QCOMPARE(leadRows(m_t->db()), leadRows(reference.db()));
    QCOMPARE(
        scalar(m_t->db(), QStringLiteral("SELECT last_name FROM leads WHERE external_id = 'R2'"))
            .toString(),
        QStringLiteral("Straße"));
}

void TestLeadImport::resumeRefusesAFileChangedInItsImportedRows()
{
    QByteArray file = "Vorname;Nachname;E-Mail\n";
    for (int i = 1; i <= 8; ++i)
        file += QStringLiteral("Vor%1;Nach%1;p%1@example.com\n").arg(i).toUtf8();
    ImportOptions options;
    options.batchSize = 4;
    auto first = import(file, options, [](const ImportProgress &) { return false; });
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(first->cancelled);
    QCOMPARE(leadCount(), 4);

    // An edit in the imported rows that keeps the size: resuming would start mid-record.
    QByteArray edited = file;
    edited.replace("Vor2;Nach2", "Vor2;Nac;2");
    QCOMPARE(edited.size(), file.size());
    QVERIFY(writeFile(m_t->filePath(QStringLiteral("leads.csv")), edited));
    auto refused
        = Services(m_t->db(), m_events, m_clock).leadImporter().resume(m_admin, first->runId);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("has changed since import run"))
            && refused.error().message.contains(QLatin1String("up to line 5")),
        qPrintable(refused.error().message));
    QCOMPARE(leadCount(), 4);

    // The rows not imported yet may change; the run goes on from where it stopped.
    edited = file;
    edited.replace("Vor7;Nach7", "Vox7;Nach7");
    QVERIFY(writeFile(m_t->filePath(QStringLiteral("leads.csv")), edited));
    auto rest = Services(m_t->db(), m_events, m_clock).leadImporter().resume(m_admin, first->runId);
    QVERIFY2(rest.ok(), why(rest).constData());
    QCOMPARE(leadCount(), 8);
}

void TestLeadImport::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << QStringLiteral("leads.csv");
    QTest::newRow("header only") << QByteArray("Vorname;Nachname;E-Mail\r\n")
                                 << QStringLiteral("header row but no leads");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x01\x02\x00\xff\xfe", 11)
                            << QStringLiteral("leads.csv");
}

void TestLeadImport::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto r = import(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(leadCount(), 0);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM import_runs")).toInt(), 0);
}

void TestLeadImport::unclosedQuoteKeepsLastBatchOut()
{
    const QByteArray file = "Email,Name\n"
                            "a@example.com,A A\n"
                            "b@example.com,B B\n"
                            "c@example.com,C C\n"
                            "d@example.com,\"D D\n"
                            "e@example.com,E E\n";
    ImportOptions options;
    options.batchSize = 2;
    auto r = import(file, options);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().message.contains(QStringLiteral("leads.csv")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("line 5"), Qt::CaseInsensitive),
        qPrintable(r.error().message));
    // The first batch is committed; the batch with the broken record (c and d) is not.
    QCOMPARE(leadCount(), 2);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE email = 'c@example.com'"))
                 .toInt(),
        0);
    // The run is listed as stopped, with the first batch counted, so it can be resumed once
    // the file is repaired.
    auto runs = ImportRepository(m_t->db()).unfinishedRuns();
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), size_t(1));
    QCOMPARE(runs->front().status, QStringLiteral("cancelled"));
    QCOMPARE(runs->front().nextLine, 4);
    QCOMPARE(runs->front().counts[0], 2);
}

void TestLeadImport::slashDatesFollowTheColumnsOrder()
{
    // 03/04/2026 is 3 April read day first, 4 March read month first, and unreadable without.
    QCOMPARE(parseImportDate(QStringLiteral("03/04/2026"), DateOrder::DayFirst).date(),
        QDate(2026, 4, 3));
    QCOMPARE(parseImportDate(QStringLiteral("03/04/2026"), DateOrder::MonthFirst).date(),
        QDate(2026, 3, 4));
    QVERIFY(!parseImportDate(QStringLiteral("03/04/2026")).isValid());
    QVERIFY(!parseImportDate(QStringLiteral("13/04/2026"), DateOrder::MonthFirst).isValid());

    const QByteArray file = "Email,Created\n"
                            "a@example.com,03/04/2026\n"
                            "b@example.com,12/01/2026\n";
    ImportMapping mapping
        = ImportMapping::suggest({QStringLiteral("Email"), QStringLiteral("Created")});
    mapping.columns[1].dateOrder = DateOrder::DayFirst;
    // The order survives a saved mapping.
    auto reread = ImportMapping::fromJson(mapping.toJson());
    QVERIFY2(reread.ok(), why(reread).constData());
    QCOMPARE(reread->columns[1].dateOrder, DateOrder::DayFirst);
    ImportOptions options;
    options.mapping = reread.value();
    auto r = import(file, options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 2);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(
                 scalar(m_t->db(),
                     QStringLiteral("SELECT created_at FROM leads WHERE email = 'a@example.com'"))
                     .toLongLong(),
                 Qt::UTC)
                 .date(),
        QDate(2026, 4, 3));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(
                 scalar(m_t->db(),
                     QStringLiteral("SELECT created_at FROM leads WHERE email = 'b@example.com'"))
                     .toLongLong(),
                 Qt::UTC)
                 .date(),
        QDate(2026, 1, 12));
    QVERIFY(!ImportMapping::fromJson(QJsonDocument::fromJson(R"({"columns":[{"header":"C",
        "field":"createdAt","dates":"ymd"}]})")
                                         .object())
                 .ok());
}

void TestLeadImport::detectsDateFormats()
{
    const DateDetection german
        = detectDates({QStringLiteral("31.12.2025"), QString(), QStringLiteral("1.2.2026")});
    QCOMPARE(german.dotted, 2);
    QCOMPARE(german.empty, 1);
    QCOMPARE(german.describe(), QStringLiteral("DD.MM.YYYY"));
    const DateDetection us
        = detectDates({QStringLiteral("03/04/2026"), QStringLiteral("12/31/2026")});
    QCOMPARE(us.order, DateOrder::MonthFirst);
    QVERIFY(!us.ambiguous());
    const DateDetection uk
        = detectDates({QStringLiteral("03/04/2026"), QStringLiteral("31/12/2026")});
    QCOMPARE(uk.order, DateOrder::DayFirst);
    const DateDetection unclear
        = detectDates({QStringLiteral("03/04/2026"), QStringLiteral("05/06/2026")});
    QVERIFY(unclear.ambiguous());
    const DateDetection mixed = detectDates({QStringLiteral("2026-01-02"), QStringLiteral("soon")});
    QCOMPARE(mixed.iso, 1);
    QCOMPARE(mixed.invalid, 1);
}

void TestLeadImport::savedMappingsByName()
{
    const SavedMappings saved(m_t->db());
    ImportMapping mapping
        = ImportMapping::suggest({QStringLiteral("Mail"), QStringLiteral("Stand")});
    mapping.columns[1].field = ImportField::Ignore;
    QVERIFY(saved.save(m_admin, QStringLiteral("  Messe Hannover "), mapping, m_clock.now()).ok());
    auto names = saved.names();
    QVERIFY(names.ok());
    QCOMPARE(names.value(), QStringList {QStringLiteral("Messe Hannover")});
    auto loaded = saved.load(QStringLiteral("Messe Hannover"));
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QCOMPARE(loaded->columns.size(), size_t(2));
    QCOMPARE(loaded->columns[1].field, ImportField::Ignore);
    // Saving under the same name replaces it.
    mapping.columns[1].field = ImportField::Custom;
    QVERIFY(saved.save(m_admin, QStringLiteral("Messe Hannover"), mapping, m_clock.now()).ok());
    QCOMPARE(saved.load(QStringLiteral("Messe Hannover"))->columns[1].field, ImportField::Custom);
    QCOMPARE(saved.names()->size(), 1);

    auto unnamed = saved.save(m_admin, QStringLiteral("  "), mapping, m_clock.now());
    QVERIFY(!unnamed.ok());
    QCOMPARE(unnamed.error().field, QStringLiteral("name"));
    const User marketing
        = Builders(m_t->db(), m_clock).user(QStringLiteral("mm"), Role::MarketingManager);
    QVERIFY(saved.save(marketing, QStringLiteral("Web form"), mapping, m_clock.now()).ok());
    QVERIFY(!saved.load(QStringLiteral("nothing")).ok());
    QVERIFY(saved.remove(m_admin, QStringLiteral("Web form")).ok());
    QCOMPARE(saved.names().value(), QStringList {QStringLiteral("Messe Hannover")});
}

void TestLeadImport::exportThenImportGivesTheSameLeads()
{
    // Values a spreadsheet would run as formulas are exported with an apostrophe; reading the
    // export back must give the values as they were.
    const QByteArray file
        = "E-Mail;Vorname;Nachname;Telefon;Firma;Position;Status;Stand\n"
          "a@example.de;Jürgen;Müller;+49 30 1234567;=Müller GmbH;CEO;Gewonnen;A1\n"
          "b@example.de;Anna;Schmidt;0171 2345678;-Minus AG;@Home;offen;\n"
          "c@example.de;\"Quote \"\"Q\"\"\";Semi;+43 1 234567;\"A;B\";x;verloren;B 7\n";
    auto first = import(file);
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first->newLeads, 3);
    const QStringList before = leadRows(m_t->db());
    auto attributesBefore = ImportRepository(m_t->db()).attributes(
        scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'c@example.de'"))
            .toLongLong());

    const QString exported = m_t->filePath(QStringLiteral("export.csv"));
    LeadExportOptions exportOptions;
    exportOptions.delimiter = QLatin1Char(';');
    auto written = LeadExporter(m_t->db()).exportTo(exported, exportOptions);
    QVERIFY2(written.ok(), why(written).constData());
    QFile check(exported);
    QVERIFY(check.open(QIODevice::ReadOnly));
    const QByteArray bytes = check.readAll();
    QVERIFY(bytes.contains("'+49 30 1234567"));
    QVERIFY(bytes.contains("'=Müller GmbH"));

    // Into an empty database: the same leads, stages and attributes.
    auto second = std::make_unique<TestDatabase>();
    QVERIFY(second->isValid());
    const User admin = Builders(second->db(), m_clock).user(QStringLiteral("admin"), Role::Admin);
    auto again = Services(second->db(), m_events, m_clock).leadImporter().run(admin, exported, {});
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->newLeads, 3);
    QCOMPARE(again->rejected, 0);
    // The export's ID column becomes the external ID: the lead's id in the database it came from.
    QCOMPARE(scalar(second->db(),
                 QStringLiteral("SELECT external_id FROM leads WHERE email = 'b@example.de'"))
                 .toString(),
        scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'b@example.de'"))
            .toString());
    auto withoutExternalId = [](QStringList rows) {
        for (QString &r : rows) {
            QStringList f = r.split(QLatin1Char('|'));
            f.removeAt(7);
            r = f.join(QLatin1Char('|'));
        }
        return rows;
    };
    QCOMPARE(withoutExternalId(leadRows(second->db())), withoutExternalId(before));
    auto attributesAfter
        = ImportRepository(second->db())
              .attributes(scalar(
                  second->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'c@example.de'"))
                              .toLongLong());
    QCOMPARE(attributesAfter->value(QStringLiteral("Stand")),
        attributesBefore->value(QStringLiteral("Stand")));
    QCOMPARE(attributesAfter->value(QStringLiteral("Stand")), QStringLiteral("B 7"));
}

void TestLeadImport::customAttributesFilteredAndExported()
{
    const QByteArray file = "Email,Booth,Interest\n"
                            "a@example.com,A12,CRM\n"
                            "b@example.com,B7,CRM\n"
                            "c@example.com,A12,\n";
    QVERIFY(import(file).ok());
    LeadRepository leads(m_t->db());
    LeadFilter f;
    f.attributeName = QStringLiteral("Booth");
    f.attributeValue = QStringLiteral("A12");
    QCOMPARE(leads.count(f).value(), 2);
    f.attributeName = QStringLiteral("Interest");
    f.attributeValue.clear(); // has the attribute at all
    QCOMPARE(leads.count(f).value(), 2);
    f.attributeValue = QStringLiteral("ERP");
    QCOMPARE(leads.count(f).value(), 0);
    QCOMPARE(ImportRepository(m_t->db()).attributeNames().value(),
        (QStringList {QStringLiteral("Booth"), QStringLiteral("Interest")}));
    QCOMPARE(ImportRepository(m_t->db()).attributeValues(QStringLiteral("Booth"), 10).value(),
        (QStringList {QStringLiteral("A12"), QStringLiteral("B7")}));

    // The filtered export has the attributes as columns of their own.
    const QString path = m_t->filePath(QStringLiteral("booth.csv"));
    LeadExportOptions options;
    options.filter.attributeName = QStringLiteral("Booth");
    options.filter.attributeValue = QStringLiteral("A12");
    options.withBom = false;
    QCOMPARE(LeadExporter(m_t->db()).exportTo(path, options).value(), 2);
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    QVERIFY(lines[0].trimmed().endsWith(",Booth,Interest"));
    QVERIFY2(lines[1].trimmed().endsWith(",A12,CRM"), lines[1].constData());
    QVERIFY2(lines[2].trimmed().endsWith(",A12,"), lines[2].constData());
}

void TestLeadImport::importedLeadsAreScored()
{
    // Fit from the job title: a managing director scores above a working student, and both are
    // scored (band and all) the moment their batch commits, like leads created by hand.
    const QByteArray file = "Email;Position;Land\n"
                            "gf@example.de;Geschäftsführer;DE\n"
                            "ws@example.de;Werkstudent;DE\n";
    EventBus events;
    const Services services(m_t->db(), events, m_clock);
    const QString path = m_t->filePath(QStringLiteral("scored.csv"));
    QVERIFY(writeFile(path, file));
    auto r = services.leadImporter().run(m_admin, path, {});
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->scored, 2);
    const int director
        = scalar(m_t->db(), QStringLiteral("SELECT score FROM leads WHERE email = 'gf@example.de'"))
              .toInt();
    const int student
        = scalar(m_t->db(), QStringLiteral("SELECT score FROM leads WHERE email = 'ws@example.de'"))
              .toInt();
    QVERIFY2(director > student, qPrintable(QStringLiteral("%1 vs %2").arg(director).arg(student)));
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM lead_scores")).toInt(), 2);
    // The stored score is the one the explanation adds up to.
    const qint64 id
        = scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'gf@example.de'"))
              .toLongLong();
    auto explained = services.scoring().explain(id);
    QVERIFY2(explained.ok(), why(explained).constData());
    QCOMPARE(explained->storedScore, director);
}

void TestLeadImport::largeBatchIsWrittenAndScoredLikeSingleLeads()
{
    // 150 new leads in one batch go in together (one COPY per table on a team database) and are
    // scored together; each must come out as if it had been created and scored alone: its
    // history, its attributes character for character, a stored score that its explanation adds
    // up to, and a recorded reason for staying unassigned (no routing rules here).
    QByteArray file = "Email;Position;Land;Notiz;Notiz\n";
    for (int i = 0; i < 150; ++i) {
        file += QStringLiteral("p%1@example.de;%2;DE;\"erste Zeile\nzweite\tZeile \\%1\";x%1\n")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("Werkstudent") : QStringLiteral("Geschäftsführer"))
                    .toUtf8();
    }
    ImportOptions options;
    options.mapping = ImportMapping::suggest({QStringLiteral("Email"), QStringLiteral("Position"),
        QStringLiteral("Land"), QStringLiteral("Notiz"), QStringLiteral("Notiz")});
    for (ImportColumn &c : options.mapping->columns) {
        if (c.header == QLatin1String("Notiz"))
            c.field = ImportField::Custom;
    }
    EventBus events;
    const Services services(m_t->db(), events, m_clock);
    const QString path = m_t->filePath(QStringLiteral("batch.csv"));
    QVERIFY(writeFile(path, file));
    auto r = services.leadImporter().run(m_admin, path, options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 150);
    QCOMPARE(r->scored, 150);
    QCOMPARE(leadCount(), 150);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE action = "
                                "'import' AND to_stage = 'lead'"))
                 .toInt(),
        150);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM lead_scores")).toInt(), 150);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL "
                                "AND unassigned_reason = ''"))
                 .toInt(),
        0);
    const qint64 id
        = scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'p42@example.de'"))
              .toLongLong();
    auto attributes = ImportRepository(m_t->db()).attributes(id);
    QVERIFY2(attributes.ok(), why(attributes).constData());
    // The same column name twice: the last one wins.
    QCOMPARE(attributes->value(QStringLiteral("Notiz")), QStringLiteral("x42"));
    const int director = scalar(
        m_t->db(), QStringLiteral("SELECT score FROM leads WHERE email = 'p42@example.de'"))
                             .toInt();
    const int student = scalar(
        m_t->db(), QStringLiteral("SELECT score FROM leads WHERE email = 'p43@example.de'"))
                            .toInt();
    QVERIFY2(director > student, qPrintable(QStringLiteral("%1 vs %2").arg(director).arg(student)));
    for (const char *email : {"p0@example.de", "p42@example.de", "p149@example.de"}) {
        const qint64 lead = scalar(m_t->db(),
            QStringLiteral("SELECT id FROM leads WHERE email = '%1'").arg(QLatin1String(email)))
                                .toLongLong();
        auto explained = services.scoring().explain(lead);
        QVERIFY2(explained.ok(), why(explained).constData());
        QVERIFY2(!explained->stale, email);
        QCOMPARE(explained->storedScore, explained->explanation.score);
    }
}

void TestLeadImport::fastPathsGiveTheSameDatabase()
{
    // One file imported twice into the same starting database, in small batches: with the fast
    // paths (the reps' loads carried from batch to batch, duplicates looked up only when the
    // file may repeat a key, statistics sampled as the table grows) and on the reference path.
    // Every lead, owner, score, assignment, audit row, history row and inbox entry must match.
    // The scoring model has an attribute rule and a lower MQL threshold, so that some new leads
    // are promoted by their score (and routed as MQLs); a second file then updates leads (they
    // are rescored) and brings new ones.
    const char *countries[] = {"DE", "AT", "FR", "DE", "CH"};
    const auto makeFile = [&](int rows, int offset) {
        QByteArray file = "E-Mail;Vorname;Nachname;Firma;Position;Telefon;Land;Budget\n";
        for (int j = 0; j < rows; ++j) {
            const int i = j + offset;
            file
                += QStringLiteral("%1;Vor%2;Nach%3;Firma %4;%5;%6;%7;%8\n")
                       .arg(i % 10 == 0 ? QString() : QStringLiteral("p%1@example.de").arg(i % 370))
                       .arg(i % 37)
                       .arg(i % 23)
                       .arg(i % 11)
                       .arg(i % 5 == 0 ? QStringLiteral("Geschäftsführer")
                                       : QStringLiteral("Werkstudent"))
                       .arg(
                           i % 3 == 0 ? QString() : QStringLiteral("030 %1").arg(1000000 + i % 150))
                       .arg(QLatin1String(countries[i % 5]))
                       .arg(i % 4 == 0 ? QStringLiteral("90000") : QStringLiteral("500"))
                       .toUtf8();
        }
        return file;
    };
    const QByteArray file = makeFile(400, 0);
    const QByteArray update = makeFile(60, 350); // 20 of its e-mails are new
    // Then files whose new leads reach no MQL (no budget, no title that scores): the fast path
    // decides the routing of such a batch before its insert and writes each lead once with its
    // owner. The second one comes in after the Rest team's reps left: its leads outside DACH stay
    // unassigned (no rep), and the team lead hears of it.
    const auto makeQuiet = [&](int rows, int offset, const char *prefix) {
        QByteArray out = "E-Mail;Vorname;Nachname;Firma;Position;Land;Budget\n";
        for (int j = 0; j < rows; ++j) {
            const int i = j + offset;
            out += QStringLiteral("%1;Vor%2;Nach%3;Firma %4;Werkstudent;%5;500\n")
                       .arg(i % 10 == 0 ? QString()
                                        : QStringLiteral("%1%2@example.de")
                                              .arg(QLatin1String(prefix))
                                              .arg(i % 90))
                       .arg(i % 37)
                       .arg(i % 23)
                       .arg(i % 11)
                       .arg(QLatin1String(countries[i % 5]))
                       .toUtf8();
        }
        return out;
    };
    const QByteArray quiet = makeQuiet(80, 1000, "q");
    const QByteArray quieter = makeQuiet(40, 2000, "r");
    ScoringModel model = ScoringModel::defaults();
    AttributeRule budget {QStringLiteral("Budget"), QString(), 30};
    budget.min = 50000;
    model.attributes.push_back(budget);
    model.mql = 20;
    auto importInto = [&](TestDatabase &t, bool fast) -> Result<ImportSummary> {
        // Two teams: least-loaded for DACH with a daily cap, round robin for the rest. No leads
        // yet, so the fast path looks duplicates up only when the file repeats a key.
        const Builders make(t.db(), m_clock);
        const User admin = make.user(QStringLiteral("admin"), Role::Admin);
        const qint64 dach = make.team(QStringLiteral("DACH"));
        const qint64 rest = make.team(QStringLiteral("Rest"));
        make.user(QStringLiteral("restlead"), Role::TeamLead, rest);
        UserRepository people(t.db());
        for (int r = 0; r < 5; ++r) {
            User u;
            u.login = QStringLiteral("rep%1").arg(r);
            u.name = u.login;
            u.role = r == 0 ? Role::SeniorRep : Role::Rep;
            u.teamId = r < 3 ? dach : rest;
            u.capacityDaily = r == 1 ? 40 : 0;
            if (auto added = people.insert(u, m_clock.now()); !added)
                return added.error();
        }
        RoutingRules rules(t.db(), m_clock);
        RoutingRule r;
        r.name = QStringLiteral("DACH");
        r.targetTeamId = dach;
        r.method = RoutingMethod::LeastLoaded;
        r.countries = {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")};
        if (auto a = rules.add(admin, r); !a)
            return a.error();
        r.name = QStringLiteral("Rest");
        r.targetTeamId = rest;
        r.method = RoutingMethod::RoundRobin;
        r.countries.clear();
        if (auto a = rules.add(admin, r); !a)
            return a.error();
        EventBus events;
        const Services services(t.db(), events, m_clock);
        if (auto saved = services.scoring().saveModel(admin, model, QString()); !saved)
            return saved.error();
        const QString path = t.filePath(QStringLiteral("leads.csv"));
        const QString updatePath = t.filePath(QStringLiteral("update.csv"));
        const QString quietPath = t.filePath(QStringLiteral("quiet.csv"));
        const QString quieterPath = t.filePath(QStringLiteral("quieter.csv"));
        if (!writeFile(path, file) || !writeFile(updatePath, update) || !writeFile(quietPath, quiet)
            || !writeFile(quieterPath, quieter))
            return Error::storage(QStringLiteral("cannot write the test file"));
        ImportOptions options;
        options.batchSize = 7;
        options.fastPaths = fast;
        auto first = services.leadImporter().run(admin, path, options);
        if (!first)
            return first;
        options.duplicates = DuplicatePolicy::Update;
        auto second = services.leadImporter().run(admin, updatePath, options);
        if (!second)
            return second;
        auto third = services.leadImporter().run(admin, quietPath, options);
        if (!third)
            return third;
        QSqlQuery leave(t.db().connection());
        if (!leave.exec(
                QStringLiteral("UPDATE users SET active = 0 WHERE login IN ('rep3', 'rep4')")))
            return Error::storage(leave.lastError().text());
        auto fourth = services.leadImporter().run(admin, quieterPath, options);
        if (!fourth)
            return fourth;
        ImportSummary both = first.value();
        for (const ImportSummary *later : {&second.value(), &third.value(), &fourth.value()}) {
            both.newLeads += later->newLeads;
            both.updated += later->updated;
            both.skipped += later->skipped;
            both.routed += later->routed;
            both.scored += later->scored;
            both.promoted += later->promoted;
        }
        return both;
    };
    TestDatabase reference, quick;
    QVERIFY2(reference.isValid(), qPrintable(reference.errorMessage()));
    QVERIFY2(quick.isValid(), qPrintable(quick.errorMessage()));
    auto slow = importInto(reference, false);
    QVERIFY2(slow.ok(), why(slow).constData());
    auto fast = importInto(quick, true);
    QVERIFY2(fast.ok(), why(fast).constData());
    QCOMPARE(fast->newLeads, slow->newLeads);
    QCOMPARE(fast->skipped, slow->skipped);
    QCOMPARE(fast->routed, slow->routed);
    QCOMPARE(fast->updated, slow->updated);
    QCOMPARE(fast->scored, slow->scored);
    QCOMPARE(fast->promoted, slow->promoted);
    QVERIFY(fast->newLeads > 200);
    QVERIFY(fast->skipped > 100);
    QVERIFY(fast->updated > 20);
    QVERIFY(fast->promoted > 20);
    QVERIFY(fast->promoted < fast->newLeads / 2);
    // Every new lead got an owner (by the import's routing, or as an MQL on its promotion), but
    // for the last file's leads outside DACH, which routing could not place.
    const int unplaced = scalar(quick.db(),
        QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL AND "
                       "unassigned_reason = 'no_rep' AND email LIKE 'r%' AND country = 'FR'"))
                             .toInt();
    QVERIFY(unplaced > 0);
    QCOMPARE(scalar(quick.db(), QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL"))
                 .toInt(),
        unplaced);
    QVERIFY(
        scalar(quick.db(),
            QStringLiteral("SELECT count(*) FROM inbox i JOIN users u ON u.id = i.user_id WHERE "
                           "u.login = 'restlead'"))
            .toInt()
        > 0);
    // The rep with a daily cap of 40 got 40 (the carried loads count today's leads too).
    QCOMPARE(scalar(quick.db(),
                 QStringLiteral("SELECT count(*) FROM leads l JOIN users u ON u.id = l.owner_id "
                                "WHERE u.login = 'rep1'"))
                 .toInt(),
        40);
    for (const char *table :
        {"leads", "assignments", "audit_log", "stage_history", "lead_scores", "lead_attributes",
            "inbox", "routing_state", "routing_credits", "sla_clocks", "scoring_models"}) {
        const QString name = QString::fromLatin1(table);
        QCOMPARE(tableRows(quick.db(), name), tableRows(reference.db(), name));
    }
}

void TestLeadImport::nameAndCompanyMatchOnlyWhereAnEmailIsMissing()
{
    // Two different e-mails are two people, whatever their names and companies; a row or lead
    // without an e-mail still matches by first name, last name and company. Once into an empty
    // database (the file's own keys decide) and once into one with leads (looked up).
    const QByteArray file = "E-Mail;Vorname;Nachname;Firma\n"
                            "eva@a.de;Eva;Ernst;Ernst AG\n" // new
                            "eva@b.de;Eva;Ernst;Ernst AG\n" // another Eva: new
                            ";Eva;Ernst;Ernst AG\n" // no e-mail: an Eva already here, skipped
                            ";Fritz;Fink;Fink GmbH\n" // new
                            "fritz@f.de;Fritz;Fink;Fink GmbH\n"; // Fritz without e-mail: skipped
    auto first = import(file);
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first->newLeads, 3);
    QCOMPARE(first->skipped, 2);
    const QByteArray again = "E-Mail;Vorname;Nachname;Firma\n"
                             "eva@c.de;Eva;Ernst;Ernst AG\n" // a third Eva: new
                             ";Eva;Ernst;Ernst AG\n" // skipped
                             "fritz@g.de;Fritz;Fink;Fink GmbH\n"; // the Fritz without e-mail
    auto second = import(again, {}, {}, QStringLiteral("again.csv"));
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second->newLeads, 1);
    QCOMPARE(second->skipped, 2);
    QCOMPARE(leadCount(), 4);
}

void TestLeadImport::largeBatchKeepsTextExactly()
{
    // Values with what COPY's text format escapes (tab, line break, backslash) and umlauts.
    const QString note = QStringLiteral("erste Zeile\nzweite\tZeile \\N \\ Grüße");
    const QByteArray file
        = "Email;Firma;Notiz\n\"a@example.de\";\"Müller \\ Söhne\";\"" + note.toUtf8() + "\"\n";
    QByteArray many = file;
    for (int i = 0; i < 100; ++i)
        many += QStringLiteral("b%1@example.de;Firma %1;n%1\n").arg(i).toUtf8();
    ImportOptions options;
    options.mapping = ImportMapping::suggest(
        {QStringLiteral("Email"), QStringLiteral("Firma"), QStringLiteral("Notiz")});
    options.mapping->columns[2].field = ImportField::Custom;
    auto r = import(many, options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 101);
    const qint64 id
        = scalar(m_t->db(), QStringLiteral("SELECT id FROM leads WHERE email = 'a@example.de'"))
              .toLongLong();
    auto lead = LeadRepository(m_t->db()).byId(id);
    QVERIFY2(lead.ok(), why(lead).constData());
    QCOMPARE(lead->profile.company, QStringLiteral("Müller \\ Söhne"));
    auto attributes = ImportRepository(m_t->db()).attributes(id);
    QVERIFY2(attributes.ok(), why(attributes).constData());
    QCOMPARE(attributes->value(QStringLiteral("Notiz")), note);
}

void TestLeadImport::updatesRespectOwnershipAndAreAudited_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::newRow("update") << DuplicatePolicy::Update;
    QTest::newRow("merge") << DuplicatePolicy::Merge;
}

// Issue 19, defect 1: an update or merge import applies the rule of editing a lead (a rep only
// their own leads), lists refused rows in the rejects file, and audits every changed field.
void TestLeadImport::updatesRespectOwnershipAndAreAudited()
{
    QFETCH(DuplicatePolicy, policy);
    Builders b(m_t->db(), m_clock);
    const qint64 north = b.team(QStringLiteral("North")), south = b.team(QStringLiteral("South"));
    const User rep = b.user(QStringLiteral("rita"), Role::Rep, north);
    const User other
        = b.user(QStringLiteral("sam"), Role::Rep, south, true, QStringLiteral("Sam Sud"));
    const Lead mine = b.lead()
                          .name(QStringLiteral("Mia"), QStringLiteral("Mine"))
                          .email(QStringLiteral("mia@example.com"))
                          .company(QString())
                          .owner(rep)
                          .insert();
    const Lead theirs = b.lead()
                            .name(QStringLiteral("Theo"), QStringLiteral("Theirs"))
                            .email(QStringLiteral("theo@example.com"))
                            .company(QStringLiteral("Sud AG"))
                            .owner(other)
                            .insert();
    const QByteArray file = "Email,Company,Job Title\n"
                            "mia@example.com,Mine GmbH,CEO\n"
                            "theo@example.com,Stolen Ltd,Intern\n";
    ImportOptions options;
    options.duplicates = policy;
    auto r = importAs(rep, file, options, QStringLiteral("own.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->updated + r->merged, 1);
    QCOMPARE(r->rejected, 1);
    QCOMPARE(r->newLeads, 0);

    auto theirsNow = LeadRepository(m_t->db()).byId(theirs.id);
    QVERIFY(theirsNow.ok());
    QCOMPARE(theirsNow->profile.company, QStringLiteral("Sud AG"));
    QCOMPARE(theirsNow->profile.jobTitle, QString());
    QCOMPARE(theirsNow->version, theirs.version);
    auto mineNow = LeadRepository(m_t->db()).byId(mine.id);
    QVERIFY(mineNow.ok());
    QCOMPARE(mineNow->profile.company, QStringLiteral("Mine GmbH"));
    QCOMPARE(mineNow->profile.jobTitle, QStringLiteral("CEO"));

    // The refused row, with the reason naming the file, the line and the owner.
    QFile f(r->rejectedFile);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(r->rejectedFile));
    CsvReader reader(f, CsvFormat {CsvEncoding::Utf8Bom, QLatin1Char(',')});
    CsvRecord rec;
    QVERIFY(reader.next(rec)); // header
    QVERIFY(reader.next(rec));
    QCOMPARE(rec.fields.value(0), QStringLiteral("3"));
    QVERIFY2(rec.fields.value(1).contains(QStringLiteral("own.csv, line 3")),
        qPrintable(rec.fields.value(1)));
    QVERIFY2(
        rec.fields.value(1).contains(QStringLiteral("Sam Sud")), qPrintable(rec.fields.value(1)));
    QCOMPARE(rec.fields.value(2), QStringLiteral("theo@example.com"));
    QVERIFY(!reader.next(rec));

    // One audit row per changed field of the rep's own lead, by the rep; none for the other.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT entity_id, actor_id, field, old_value, new_value FROM "
                                  "audit_log WHERE entity = 'lead' ORDER BY field")));
    QStringList rows;
    while (q.next()) {
        QCOMPARE(q.value(0).toLongLong(), mine.id);
        QCOMPARE(q.value(1).toLongLong(), rep.id);
        rows << QStringLiteral("%1:%2>%3")
                    .arg(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
    }
    QCOMPARE(rows,
        (QStringList {QStringLiteral("company:>Mine GmbH"), QStringLiteral("jobTitle:>CEO")}));
}

// The country picker and the import wizard name countries in the reader's language.
void TestLeadImport::countryNamesInTheReadersLanguage()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(countryName(QStringLiteral("DE"), german), QStringLiteral("Deutschland"));
    QCOMPARE(countryName(QStringLiteral("de"), english), QStringLiteral("Germany"));
    QCOMPARE(countryName(QStringLiteral("AT"), german), QStringLiteral("Österreich"));
    QCOMPARE(countryName(QStringLiteral("XX"), german), QStringLiteral("XX")); // no country
    const std::vector<Country> list = countries(german);
    QVERIFY(list.size() > 240);
    auto at = [&list](const char *code) {
        return std::find_if(list.begin(), list.end(), [code](const Country &c) {
            return c.code == QLatin1String(code);
        }) - list.begin();
    };
    // Sorted as a German reader expects: Ägypten with the A's, Österreich with the O's.
    QVERIFY(at("EG") < at("AL")); // Ägypten before Albanien
    QVERIFY(at("AT") > at("NO") && at("AT") < at("PL")); // Norwegen < Österreich < Polen
    QCOMPARE(
        countryCode(QStringLiteral("Österreich")), std::optional<QString>(QStringLiteral("AT")));
}

// Issue 19, item 9: national numbers ("0664 1234567") are read in the database's home region,
// which only an administrator changes (audited): with AT, the import stores +43664..., a lead
// typed in the form gets its international number, the search finds the national form from the
// international one, and a ringing caller's number finds the lead.
void TestLeadImport::homeRegionReadsNationalNumbers()
{
    const Services services(m_t->db(), m_events, m_clock);
    const Builders b(m_t->db(), m_clock);
    const User rep = b.user(QStringLiteral("rita"), Role::Rep, b.team(QStringLiteral("Wien")));
    QCOMPARE(services.cadence().homeRegion().value(), QStringLiteral("DE"));
    auto refused = services.cadence().saveHomeRegion(rep, QStringLiteral("AT"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    QVERIFY(!services.cadence().saveHomeRegion(m_admin, QStringLiteral("XX")));
    QCOMPARE(services.cadence().homeRegion().value(), QStringLiteral("DE"));
    QCOMPARE(services.cadence().saveHomeRegion(m_admin, QStringLiteral("at")).value(),
        QStringLiteral("AT"));
    QCOMPARE(services.cadence().homeRegion().value(), QStringLiteral("AT"));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE entity "
                                "= 'call_settings' AND field = 'home_region' AND actor_id = %1")
                     .arg(m_admin.id))
                 .toString(),
        QStringLiteral("DE>AT"));

    // The import without --region reads the file's national numbers as Austrian ones.
    auto r = import("First Name,Last Name,Phone\nAnna,Huber,0664 1234567\n", {});
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 1);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT phone_e164 FROM leads WHERE last_name = "
                                "'Huber'"))
                 .toString(),
        QStringLiteral("+436641234567"));
    // So does the lead form.
    LeadProfile typed;
    typed.lastName = QStringLiteral("Gruber");
    typed.phone = QStringLiteral("0664 7654321");
    auto created = services.leads().create(m_admin, typed);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->phoneE164, QStringLiteral("+436647654321"));

    // The search: the international form finds the number stored as typed, nationally.
    LeadFilter filter;
    filter.homeCallingCode = HomeRegion::callingCode(services.cadence().homeRegion().value());
    QCOMPARE(filter.homeCallingCode, QStringLiteral("43"));
    filter.search = QStringLiteral("+43 664 765");
    auto found = LeadRepository(m_t->db()).page(filter, {}, 0, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), size_t(1));
    QCOMPARE(found->front().profile.lastName, QStringLiteral("Gruber"));

    // A ringing caller (`bantam --open-caller`), in the national form.
    auto callers = Callers::leadsWithNumber(
        m_t->db(), QStringLiteral("0664 1234567"), HomeRegion::of(m_t->db()).value());
    QVERIFY(callers);
    QCOMPARE(callers->size(), size_t(1));
    QCOMPARE(callers->front().profile.lastName, QStringLiteral("Huber"));
}

QTEST_GUILESS_MAIN(TestLeadImport)
#include "tst_leadimport.moc"
