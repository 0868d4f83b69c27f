// Tests the lead import with exports of other lead systems (tests/core/crmexports.h makes them):
// the automatic mapping imports every lead, and the funnel, sources, velocity, countries and
// warnings equal the numbers computed here from the file itself.
#include "crmexports.h"
#include "events/eventbus.h"
#include "io/leadimport.h"
#include "reports/reportservice.h"
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

private:
    Result<ImportSummary> import(const CsvFixture &fixture, const QString &name);

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

Result<ImportSummary> TestCrmImport::import(const CsvFixture &fixture, const QString &name)
{
    const QString path = m_t->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(fixture.bytes) != fixture.bytes.size())
        return Error::storage(QStringLiteral("cannot write %1").arg(path));
    f.close();
    return Services(m_t->db(), m_events, m_clock).leadImporter().run(m_admin, path, {});
}

void TestCrmImport::usB2bExportWithStageDates()
{
    const CsvFixture file = usB2bExport(400, 11);
    auto r = import(file, QStringLiteral("crm-export.csv"));
    QVERIFY2(r.ok(), why(r).constData());

    // From the file: stages the built-in list does not know are warnings; per-stage dates.
    const int status = int(file.header.indexOf(QStringLiteral("Lead Status")));
    const int created = int(file.header.indexOf(QStringLiteral("Created Date")));
    const int mqlAt = int(file.header.indexOf(QStringLiteral("MQL Date")));
    const int sqlAt = int(file.header.indexOf(QStringLiteral("SQL Date")));
    const int wonAt = int(file.header.indexOf(QStringLiteral("Converted Date")));
    qint64 unknownStages = 0, mql = 0, sql = 0, won = 0;
    std::vector<qint64> leadToMql, mqlToSql, sqlToWon;
    for (const QStringList &row : file.rows) {
        const QString s = row[status];
        unknownStages += s == QLatin1String("Working") || s == QLatin1String("Contacted")
            || s == QLatin1String("Nurturing");
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
    QVERIFY(unknownStages > 0 && won > 0);
    QCOMPARE(r->newLeads, qint64(file.rows.size()));
    QCOMPARE(r->rejected, 0);
    QCOMPARE(r->warned, unknownStages);
    // "Lead ID" is the external id; the owner and the reason are kept as attributes.
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

QTEST_GUILESS_MAIN(TestCrmImport)
#include "tst_crmimport.moc"
