// Tests the lead import with exports of other lead systems (tests/core/crmexports.h makes them):
// the automatic mapping imports every lead, and the funnel, sources, velocity, countries and
// warnings equal the numbers computed here from the file itself.
#include "crmexports.h"
#include "events/eventbus.h"
#include "io/historyimport.h"
#include "io/leadimport.h"
#include "reports/reportservice.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "storage/database.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>

using namespace bantam;
using namespace bantam::testing;

namespace {

QVariant scalar(const Database &db, const QString &sqlText)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sqlText) || !q.next())
        return {};
    return q.value(0);
}

template <typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

// The median in days by nearest rank (ceil(n / 2)), as the velocity report defines it.
std::optional<double> medianDays(std::vector<qint64> days)
{
    if (days.empty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    return double(days[(days.size() + 1) / 2 - 1]);
}

QDate compactDate(const QString &text)
{
    return QDate::fromString(text, QStringLiteral("yyyyMMdd"));
}

} // namespace

class TestCrmImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void usB2bExportWithStageDates();
    void webLeadExportWithoutNames();
    void germanTradeFairList();
    void mqlListThenDealsFileMovesLeadsToWon();
    void historyFileMovesLeadsOnTheirDates();
    void dryRunListsStageValuesOwnersAndNewReasons();
    void historicalLeadsAreNeverPromoted();
    void slashDatesSettledByALateRow();

private:
    Result<ImportSummary> import(
        const CsvFixture &fixture, const QString &name, const ImportOptions &options = {});
    QString write(const QByteArray &bytes, const QString &name);

    std::unique_ptr<TestDatabase> m_t;
    FakeClock m_clock;
    EventBus m_events;
    User m_admin;
};

void TestCrmImport::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_admin = Builders(m_t->db(), m_clock).user(QStringLiteral("admin"), Role::Admin);
}

void TestCrmImport::cleanup()
{
    m_t.reset();
}

QString TestCrmImport::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_t->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

Result<ImportSummary> TestCrmImport::import(
    const CsvFixture &fixture, const QString &name, const ImportOptions &options)
{
    const QString path = write(fixture.bytes, name);
    if (path.isEmpty())
        return Error::storage(QStringLiteral("cannot write %1").arg(name));
    return Services(m_t->db(), m_events, m_clock).leadImporter().run(m_admin, path, options);
}

void TestCrmImport::usB2bExportWithStageDates()
{
    // Two of the file's three owners work here (found by the name part of their e-mail: one by
    // login, one by full name); the third left before the move.
    Builders b(m_t->db(), m_clock);
    const User jdoe
        = b.user(QStringLiteral("jdoe"), Role::Rep, std::nullopt, true, QStringLiteral("John Doe"));
    const User anna
        = b.user(QStringLiteral("anna"), Role::Rep, std::nullopt, true, QStringLiteral("A Smith"));
    const CsvFixture file = usB2bExport(400, 11);
    auto r = import(file, QStringLiteral("crm-export.csv"));
    QVERIFY2(r.ok(), why(r).constData());

    // From the file: stages the built-in list does not know are warnings; per-stage dates.
    const int status = int(file.header.indexOf(QStringLiteral("Lead Status")));
    const int created = int(file.header.indexOf(QStringLiteral("Created Date")));
    const int mqlAt = int(file.header.indexOf(QStringLiteral("MQL Date")));
    const int sqlAt = int(file.header.indexOf(QStringLiteral("SQL Date")));
    const int wonAt = int(file.header.indexOf(QStringLiteral("Converted Date")));
    const int owner = int(file.header.indexOf(QStringLiteral("Lead Owner")));
    const int reason = int(file.header.indexOf(QStringLiteral("Disqualified Reason")));
    qint64 warnedRows = 0, mql = 0, sql = 0, won = 0, ownedByJdoe = 0, ownedByAnna = 0;
    std::map<QString, qint64> reasons;
    std::vector<qint64> leadToMql, mqlToSql, sqlToWon;
    for (const QStringList &row : file.rows) {
        const QString s = row[status];
        const bool unknownStage = s == QLatin1String("Working") || s == QLatin1String("Contacted")
            || s == QLatin1String("Nurturing");
        const bool unknownOwner = row[owner].startsWith(QLatin1String("mlee@"));
        warnedRows += unknownStage || unknownOwner;
        ownedByJdoe += row[owner].startsWith(QLatin1String("jdoe@"));
        ownedByAnna += row[owner].startsWith(QLatin1String("asmith@"));
        if (!row[reason].isEmpty())
            ++reasons[row[reason]];
        const QDate c = compactDate(row[created]), m = compactDate(row[mqlAt]),
                    q = compactDate(row[sqlAt]), w = compactDate(row[wonAt]);
        if (m.isValid()) {
            ++mql;
            leadToMql.push_back(c.daysTo(m));
        }
        if (q.isValid()) {
            ++sql;
            mqlToSql.push_back(m.daysTo(q));
        }
        if (w.isValid()) {
            ++won;
            sqlToWon.push_back(q.daysTo(w));
        }
    }
    QVERIFY(warnedRows > 0 && won > 0 && ownedByJdoe > 0 && ownedByAnna > 0);
    QCOMPARE(reasons.size(), size_t(4));
    QCOMPARE(r->newLeads, qint64(file.rows.size()));
    QCOMPARE(r->rejected, 0);
    QCOMPARE(r->warned, warnedRows);
    // The owners who work here own their leads, open and closed; the one who left owns none.
    auto owned = [this](const User &u) {
        return scalar(
            m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE owner_id = %1").arg(u.id))
            .toLongLong();
    };
    QCOMPARE(owned(jdoe), ownedByJdoe);
    QCOMPARE(owned(anna), ownedByAnna);
    // "Lead ID" is the external id.
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(DISTINCT external_id) FROM leads "
                                "WHERE external_id LIKE '00Q%'"))
                 .toLongLong(),
        qint64(file.rows.size()));

    Services services(m_t->db(), m_events, m_clock);
    auto funnel = services.reports().funnel({});
    QVERIFY2(funnel.ok(), why(funnel).constData());
    QCOMPARE(funnel->leads, qint64(file.rows.size()));
    QCOMPARE(funnel->mql, mql);
    QCOMPARE(funnel->sql, sql);
    QCOMPARE(funnel->won, won);
    auto velocity = services.reports().velocity({});
    QVERIFY2(velocity.ok(), why(velocity).constData());
    QCOMPARE(velocity->size(), size_t(3));
    QCOMPARE(velocity->at(0).leads, qint64(leadToMql.size()));
    QCOMPARE(velocity->at(0).medianDays, medianDays(leadToMql));
    QCOMPARE(velocity->at(1).medianDays, medianDays(mqlToSql));
    QCOMPARE(velocity->at(2).medianDays, medianDays(sqlToWon));
    QVERIFY(*velocity->at(0).medianDays > 0.0);

    // The disqualification reasons came in under their own text, each as often as in the file.
    auto reasonReport = services.reports().reasons({});
    QVERIFY2(reasonReport.ok(), why(reasonReport).constData());
    QCOMPARE(reasonReport->totals.size(), reasons.size());
    for (const ReasonCount &c : reasonReport->totals) {
        QCOMPARE(c.kind, QStringLiteral("disqualify"));
        QCOMPARE(c.count, reasons[c.label]);
    }
}

// A marketplace's MQL list, then its closed deals joined by id: the update import moves each
// deal's lead to Won on the deal's date; a later file that says a won lead is an MQL again is
// refused with a warning and leaves it won.
void TestCrmImport::mqlListThenDealsFileMovesLeadsToWon()
{
    QByteArray mqls = "mql_id,first_contact_date,landing_page_id,origin\n";
    QByteArray deals = "mql_id,seller_id,won_date\n";
    std::map<QString, QDate> wonOn;
    for (int i = 1; i <= 200; ++i) {
        const QString id = QStringLiteral("%1").arg(i * 7919, 32, 16, QLatin1Char('a'));
        const QDate contact = QDate(2018, 1, 1).addDays(i);
        mqls += QStringLiteral("%1,%2,lp%3,%4\n")
                    .arg(id, contact.toString(Qt::ISODate))
                    .arg(i % 9)
                    .arg(i % 3 == 0 ? QStringLiteral("paid_search")
                                    : QStringLiteral("organic_search"))
                    .toUtf8();
        if (i % 4 == 0) {
            const QDate won = contact.addDays(10 + i % 30);
            wonOn[id] = won;
            deals += QStringLiteral("%1,seller%2,%3 14:30:00\n")
                         .arg(id)
                         .arg(i % 5)
                         .arg(won.toString(Qt::ISODate))
                         .toUtf8();
        }
    }
    ImportOptions asMql;
    ImportMapping mapping;
    mapping.constants[ImportField::Stage] = QStringLiteral("mql");
    // The first contact is when the lead came; the other columns as suggested.
    mapping.columns.push_back({QStringLiteral("first_contact_date"), ImportField::CreatedAt, {},
        DateOrder::Auto, Stage::Mql});
    asMql.mapping = mapping;
    auto first = import({mqls, QLatin1Char(','), {}, {}}, QStringLiteral("mqls.csv"), asMql);
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first->newLeads, 200);

    ImportOptions update;
    update.duplicates = DuplicatePolicy::Update;
    auto second = import({deals, QLatin1Char(','), {}, {}}, QStringLiteral("deals.csv"), update);
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second->updated, qint64(wonOn.size()));
    QCOMPARE(second->warned, 0);
    for (const auto &[id, day] : wonOn) {
        QCOMPARE(scalar(m_t->db(),
                     QStringLiteral("SELECT stage FROM leads WHERE external_id = '%1'").arg(id))
                     .toString(),
            QStringLiteral("won"));
        QCOMPARE(scalar(m_t->db(),
                     QStringLiteral("SELECT won_at FROM leads WHERE external_id = '%1'").arg(id))
                     .toLongLong(),
            QDateTime(day, QTime(14, 30), Qt::UTC).toSecsSinceEpoch());
    }
    // The move is in the history, MQL to Won on the deal's date; SQL is not invented.
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE action = 'import' AND "
                                "from_stage = 'mql' AND to_stage = 'won'"))
                 .toLongLong(),
        qint64(wonOn.size()));
    Services services(m_t->db(), m_events, m_clock);
    auto funnel = services.reports().funnel({});
    QVERIFY2(funnel.ok(), why(funnel).constData());
    QCOMPARE(funnel->mql, 200);
    QCOMPARE(funnel->won, qint64(wonOn.size()));
    QCOMPARE(funnel->sql, qint64(wonOn.size())); // the won count as having reached SQL

    const QString wonId = wonOn.begin()->first;
    const QByteArray back = "mql_id,status\n" + wonId.toUtf8() + ",MQL\n";
    auto third = import({back, QLatin1Char(','), {}, {}}, QStringLiteral("back.csv"), update);
    QVERIFY2(third.ok(), why(third).constData());
    QCOMPARE(third->updated, 1);
    QCOMPARE(third->warned, 1);
    QVERIFY(QFile::exists(third->warningsFile));
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT stage FROM leads WHERE external_id = '%1'").arg(wonId))
                 .toString(),
        QStringLiteral("won"));
}

// Status changes exported as events: each lead moves on the file's dates, by the users named;
// reasons come into the lists; moves the pipeline refuses and rows without a lead are listed;
// the same file imported again changes nothing.
void TestCrmImport::historyFileMovesLeadsOnTheirDates()
{
    Builders b(m_t->db(), m_clock);
    const User rep = b.user(
        QStringLiteral("kmueller"), Role::Rep, std::nullopt, true, QStringLiteral("Katrin Müller"));
    QByteArray leads = "Lead ID,E-Mail,Created\n";
    QByteArray events = "Lead ID;New Status;Changed At;Reason;Changed By\n";
    qint64 won = 0, lost = 0, disqualified = 0, refused = 0, moves = 0;
    std::map<QString, qint64> lostReasons;
    for (int i = 1; i <= 120; ++i) {
        const QString id = QStringLiteral("L-%1").arg(i);
        const QDate created = QDate(2025, 1, 1).addDays(i);
        leads += QStringLiteral("%1,p%2@kunde.example,%3\n")
                     .arg(id)
                     .arg(i)
                     .arg(created.toString(QStringLiteral("dd.MM.yyyy")))
                     .toUtf8();
        const QString mql = created.addDays(2).toString(QStringLiteral("dd.MM.yyyy"));
        const QString sql = created.addDays(5).toString(QStringLiteral("dd.MM.yyyy"));
        const QString end = created.addDays(20).toString(QStringLiteral("dd.MM.yyyy"));
        events += QStringLiteral("%1;MQL;%2 00:00;;Katrin Müller\n").arg(id, mql).toUtf8();
        ++moves;
        if (i % 3 == 0) {
            events += QStringLiteral("%1;Disqualified;%2 10:00;Kein Budget;kmueller\n")
                          .arg(id, sql)
                          .toUtf8();
            ++disqualified;
            ++moves;
            continue;
        }
        events += QStringLiteral("%1;SQL;%2 00:00;;kmueller\n").arg(id, sql).toUtf8();
        ++moves;
        if (i % 3 == 1) {
            events += QStringLiteral("%1;Won;%2 16:00;;kmueller\n").arg(id, end).toUtf8();
            ++won;
            ++moves;
            if (i % 10 == 1) { // a won lead back to MQL: the pipeline refuses
                events += QStringLiteral("%1;MQL;%2 17:00;;kmueller\n").arg(id, end).toUtf8();
                ++refused;
            }
        } else {
            const QString why = i % 2 == 0 ? QStringLiteral("Price") : QStringLiteral("Went dark");
            events += QStringLiteral("%1;Lost;%2 16:00;%3;kmueller\n").arg(id, end, why).toUtf8();
            ++lost;
            ++moves;
            ++lostReasons[why];
        }
    }
    events += "L-999;Won;01.01.2026 10:00;;kmueller\n"; // no such lead
    const QString leadFile = write(leads, QStringLiteral("leads.csv"));
    Services services(m_t->db(), m_events, m_clock);
    auto imported = services.leadImporter().run(m_admin, leadFile, {});
    QVERIFY2(imported.ok(), why(imported).constData());
    QCOMPARE(imported->newLeads, 120);

    const QString eventFile = write(events, QStringLiteral("events.csv"));
    auto dry = services.historyImporter().run(m_admin, eventFile, true);
    QVERIFY2(dry.ok(), why(dry).constData());
    QCOMPARE(dry->moves, moves);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE stage <> 'lead'"))
                 .toLongLong(),
        0); // a dry run writes nothing

    auto r = services.historyImporter().run(m_admin, eventFile);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->moves, moves);
    QCOMPARE(r->leads, 120);
    QCOMPARE(r->refused, refused);
    QCOMPARE(r->rejected, 1);
    QVERIFY(QFile::exists(r->rejectedFile));
    QVERIFY(QFile::exists(r->warningsFile));
    auto count = [this](const QString &where) {
        return scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE ") + where)
            .toLongLong();
    };
    QCOMPARE(count(QStringLiteral("stage = 'won'")), won);
    QCOMPARE(count(QStringLiteral("stage = 'lost'")), lost);
    QCOMPARE(count(QStringLiteral("stage = 'disqualified'")), disqualified);
    // Dated by the file, done by the rep it names (by full name and by login).
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM stage_history WHERE action = 'import' AND "
                                "from_stage IS NOT NULL AND actor_id = %1")
                     .arg(rep.id))
                 .toLongLong(),
        moves);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT mql_at FROM leads WHERE external_id = 'L-1'"))
                 .toLongLong(),
        QDateTime(QDate(2025, 1, 4), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    auto velocity = services.reports().velocity({});
    QVERIFY2(velocity.ok(), why(velocity).constData());
    QCOMPARE(velocity->at(0).medianDays, std::optional<double>(2.0));
    QCOMPARE(velocity->at(1).medianDays, std::optional<double>(3.0));
    // "Kein Budget" is the German label of an existing reason; lost reasons came in new.
    auto reasons = services.reports().reasons({});
    QVERIFY2(reasons.ok(), why(reasons).constData());
    std::map<std::pair<QString, QString>, qint64> byReason;
    for (const ReasonCount &c : reasons->totals)
        byReason[{c.kind, c.code}] = c.count;
    auto reasonCount = [&byReason](const char *kind, const char *code) {
        return byReason[{QString::fromLatin1(kind), QString::fromLatin1(code)}];
    };
    QCOMPARE(reasonCount("disqualify", "no_budget"), disqualified);
    QCOMPARE(reasonCount("lost", "price"), lostReasons[QStringLiteral("Price")]);
    QCOMPARE(reasonCount("lost", "went_dark"), lostReasons[QStringLiteral("Went dark")]);
    QCOMPARE(r->newReasons.size(), size_t(1));

    // Again: nothing moves, nothing new.
    auto again = services.historyImporter().run(m_admin, eventFile);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->moves, 0);
    QCOMPARE(again->refused, refused);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM reasons WHERE kind = 'lost'"))
                 .toLongLong(),
        6);
}

// The mapping step's lists: the stage column's values with their rows, the owners no user
// matches, and the reasons the import would add — and a dry run writes none of them.
void TestCrmImport::dryRunListsStageValuesOwnersAndNewReasons()
{
    const CsvFixture file = usB2bExport(200, 4);
    const QString path = write(file.bytes, QStringLiteral("dry.csv"));
    Services services(m_t->db(), m_events, m_clock);
    auto r = services.leadImporter().dryRun(m_admin, path, {});
    QVERIFY2(r.ok(), why(r).constData());
    const int status = int(file.header.indexOf(QStringLiteral("Lead Status")));
    const int owner = int(file.header.indexOf(QStringLiteral("Lead Owner")));
    std::map<QString, qint64> statuses, owners;
    for (const QStringList &row : file.rows) {
        ++statuses[row[status]];
        ++owners[row[owner]];
    }
    QCOMPARE(r->stageValues, statuses);
    QCOMPARE(r->unknownOwners, owners);
    QCOMPARE(r->newReasons.size(), size_t(1));
    QCOMPARE(r->newReasons.at(QStringLiteral("disqualify")).size(), size_t(4));
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM reasons")).toLongLong(), 23);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong(), 0);
}

void TestCrmImport::webLeadExportWithoutNames()
{
    const CsvFixture file = webLeadExport(300, 5);
    QVERIFY(file.header.size() > 30);
    auto r = import(file, QStringLiteral("web-leads.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    const int converted = int(file.header.indexOf(QStringLiteral("Converted")));
    const int source = int(file.header.indexOf(QStringLiteral("Lead Source")));
    const int country = int(file.header.indexOf(QStringLiteral("Country")));
    std::map<QString, std::pair<qint64, qint64>> bySource; // leads, won
    std::map<QString, qint64> byCountry;
    qint64 won = 0;
    for (const QStringList &row : file.rows) {
        const bool isWon = row[converted] == QLatin1String("1");
        won += isWon;
        auto &s = bySource[row[source]];
        ++s.first;
        s.second += isWon;
        ++byCountry[row[country]];
    }
    // No names, no e-mails: the UUID identifies each lead; every row imported, nothing to warn.
    QCOMPARE(r->newLeads, qint64(file.rows.size()));
    QCOMPARE(r->rejected, 0);
    QCOMPARE(r->warned, 0);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE "
                                "length(external_id) = 36"))
                 .toLongLong(),
        qint64(file.rows.size()));
    // Country names in English and German to their codes; the form's "Select" is no value.
    auto countryCount = [this](const char *code) {
        return scalar(m_t->db(),
            QStringLiteral("SELECT count(*) FROM leads WHERE country = '%1'")
                .arg(QLatin1String(code)))
            .toLongLong();
    };
    QCOMPARE(countryCount("IN"), byCountry[QStringLiteral("India")]);
    QCOMPARE(countryCount("DE"), byCountry[QStringLiteral("Deutschland")]);
    QCOMPARE(countryCount("US"), byCountry[QStringLiteral("United States")]);
    QCOMPARE(countryCount("AE"), byCountry[QStringLiteral("United Arab Emirates")]);
    QCOMPARE(countryCount(""), byCountry[QStringLiteral("Select")] + byCountry[QString()]);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM lead_attributes WHERE value = 'Select'"))
                 .toLongLong(),
        0);

    Services services(m_t->db(), m_events, m_clock);
    auto funnel = services.reports().funnel({});
    QVERIFY2(funnel.ok(), why(funnel).constData());
    QCOMPARE(funnel->leads, qint64(file.rows.size()));
    QCOMPARE(funnel->won, won);
    QCOMPARE(funnel->sql, won); // a 0/1 outcome tells nothing of SQL: only the won reached it
    auto sources = services.reports().sources({});
    QVERIFY2(sources.ok(), why(sources).constData());
    QCOMPARE(sources->size(), bySource.size());
    for (const SourceRow &s : sources.value()) {
        QCOMPARE(s.leads, bySource[s.source].first);
        QCOMPARE(s.won, bySource[s.source].second);
    }
}

void TestCrmImport::germanTradeFairList()
{
    const CsvFixture file = tradeFairList(300, 3);
    auto r = import(file, QStringLiteral("messe.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->format.delimiter, QLatin1Char(';'));
    QCOMPARE(r->format.encoding, CsvEncoding::Windows1252);
    const int email = int(file.header.indexOf(QStringLiteral("E-Mail")));
    const int name = int(file.header.indexOf(QStringLiteral("Nachname")));
    const int phone = int(file.header.indexOf(QStringLiteral("Telefon")));
    const int land = int(file.header.indexOf(QStringLiteral("Land")));
    qint64 withMail = 0, identified = 0, badPhones = 0, kept = 0, austria = 0;
    for (const QStringList &row : file.rows) {
        withMail += !row[email].isEmpty();
        identified += !row[name].isEmpty();
        const QString p = row[phone];
        const bool bad = p == QLatin1String("12345") || p == QLatin1String("4711")
            || p == QLatin1String("n. v.");
        badPhones += bad;
        kept += p == QLatin1String("12345"); // digits: kept as written, marked not valid
        austria += row[land] == QString::fromUtf8("\xc3\x96sterreich");
    }
    QVERIFY(badPhones > 0 && kept > 0 && identified < file.rows.size());
    QCOMPARE(r->newLeads, identified);
    QCOMPARE(r->rejected, qint64(file.rows.size()) - identified);
    QCOMPARE(r->warned, badPhones);
    // Every lead with an e-mail is there.
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE email <> ''"))
                 .toLongLong(),
        withMail);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE phone_invalid = 1 AND "
                                "phone = '12345' AND phone_e164 = ''"))
                 .toLongLong(),
        kept);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE phone_invalid = 1"))
                 .toLongLong(),
        kept);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE country = 'AT'"))
                 .toLongLong(),
        austria);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE created_at < %1")
                     .arg(QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()))
                 .toLongLong(),
        0);
}

// Last year's open leads and every closed one come in as history: a scoring model saved later
// promotes the recent leads that reach its threshold and none of the historical ones.
void TestCrmImport::historicalLeadsAreNeverPromoted()
{
    QByteArray file = "Lead ID,E-Mail,Job Title,Created,Lead Status\n";
    for (int i = 1; i <= 30; ++i) {
        const bool old = i <= 20;
        file += QStringLiteral("H-%1,ceo%1@firma.example,CEO,%2,%3\n")
                    .arg(i)
                    .arg(old ? QStringLiteral("2021-03-01") : QString())
                    .arg(i <= 5 ? QStringLiteral("Lost") : QStringLiteral("New"))
                    .toUtf8();
    }
    ImportOptions options;
    options.historicalBefore = QDate(2025, 1, 1);
    auto r = import({file, QLatin1Char(','), {}, {}}, QStringLiteral("old.csv"), options);
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 30);
    QCOMPARE(r->historical, 20);
    QCOMPARE(r->promoted, 0);

    Services services(m_t->db(), m_events, m_clock);
    ScoringModel model = ScoringModel::defaults();
    model.mql = 1; // every CEO reaches it
    auto saved = services.scoring().saveModel(m_admin, model, QString());
    QVERIFY2(saved.ok(), why(saved).constData());
    QCOMPARE(saved->promoted, 10);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'mql' AND "
                                "created_at < %1")
                     .arg(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()))
                 .toLongLong(),
        0);
    QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'lost'"))
                 .toLongLong(),
        5);
}

// 04/03/2026 reads both ways; the order comes from the whole column, not from the first rows:
// one US date far down the file (04/25/2026) makes every date of the column month first.
void TestCrmImport::slashDatesSettledByALateRow()
{
    QByteArray file = "Lead ID,E-Mail,Created\n";
    for (int i = 1; i <= 6000; ++i)
        file += QStringLiteral("S-%1,s%1@firma.example,%2\n")
                    .arg(i)
                    .arg(i == 6000 ? QStringLiteral("04/25/2026") : QStringLiteral("04/03/2026"))
                    .toUtf8();
    auto r = import({file, QLatin1Char(','), {}, {}}, QStringLiteral("us-dates.csv"));
    QVERIFY2(r.ok(), why(r).constData());
    QCOMPARE(r->newLeads, 6000);
    QCOMPARE(scalar(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM leads WHERE created_at = %1")
                     .arg(QDateTime(QDate(2026, 4, 3), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()))
                 .toLongLong(),
        5999);
}

QTEST_GUILESS_MAIN(TestCrmImport)
#include "tst_crmimport.moc"
