// Tests the activity import: German and English headers, types by key or label, timestamps,
// per-line issues for unknown e-mails, unknown types and bad timestamps, the rest imported in
// one go and the leads concerned rescored (and promoted) at once.
#include "events/eventbus.h"
#include "io/activityimport.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

class TestActivityImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timestamps_data();
    void timestamps();
    void englishHeadersAndLabels();
    void badLinesAreReportedTheRestImported();
    void missingColumnRefusesTheFile();
    void onlyMarketingAndAdmins();

private:
    QString file(const QByteArray &content);
    int activities() const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    User m_marketing;
    Lead m_anna, m_ben;
};

void TestActivityImport::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_t->isValid());
    m_clock = std::make_unique<FakeClock>(); // 2026-03-03 09:00 UTC
    m_bus = std::make_unique<EventBus>();
    Builders b(m_t->db(), *m_clock);
    m_marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    LeadProfile p;
    p.firstName = QStringLiteral("Anna");
    p.email = QStringLiteral("anna.mueller@example.de");
    p.jobTitle = QStringLiteral("CEO"); // 20 in the default model, nothing else fits
    m_anna = b.lead().profile(p).insert();
    p.firstName = QStringLiteral("Ben");
    p.email = QStringLiteral("ben@example.com");
    p.jobTitle = QStringLiteral("Student"); // -15
    m_ben = b.lead().profile(p).stage(Stage::Sql).insert();
}

void TestActivityImport::cleanup()
{
    m_bus.reset();
    m_t.reset();
}

QString TestActivityImport::file(const QByteArray &content)
{
    const QString path = m_t->filePath(QStringLiteral("export.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

int TestActivityImport::activities() const
{
    QSqlQuery q(m_t->db().connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM activities"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestActivityImport::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime at(QDate(2026, 3, 1), QTime(14, 30), Qt::UTC);
    QTest::newRow("ISO Z") << QStringLiteral("2026-03-01T14:30:00Z") << at;
    QTest::newRow("ISO offset") << QStringLiteral("2026-03-01T15:30:00+01:00") << at;
    QTest::newRow("ISO no zone") << QStringLiteral("2026-03-01T14:30:00") << at;
    QTest::newRow("ISO space") << QStringLiteral("2026-03-01 14:30") << at;
    QTest::newRow("German") << QStringLiteral("01.03.2026 14:30") << at;
    QTest::newRow("date only") << QStringLiteral("01.03.2026")
                               << QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("not a date") << QStringLiteral("gestern") << QDateTime();
    QTest::newRow("31 February") << QStringLiteral("31.02.2026 10:00") << QDateTime();
}

void TestActivityImport::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    QCOMPARE(parseActivityTimestamp(text), utc);
}

void TestActivityImport::englishHeadersAndLabels()
{
    const QString path
        = file("Email,Activity Type,Timestamp,Details\n"
               "ANNA.MUELLER@example.de,Pricing page visit,2026-03-03T09:00:00Z,/preise\n"
               "anna.mueller@example.de,webinar,2026-03-03T09:00:00Z,\n");
    auto r = Services(m_t->db(), *m_bus, *m_clock).activityImporter().run(m_marketing, path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->rows, 2);
    QCOMPARE(r->imported, 2);
    QVERIFY(r->issues.empty());
    QCOMPARE(r->leads, 1);
    QCOMPARE(LeadRepository(m_t->db()).byId(m_anna.id)->score, 20 + 10 + 15);
    QSqlQuery q(m_t->db().connection());
    q.exec(QStringLiteral("SELECT type, detail FROM activities ORDER BY id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pricing_page")); // stored by key
    QCOMPARE(q.value(1).toString(), QStringLiteral("/preise"));
}

void TestActivityImport::badLinesAreReportedTheRestImported()
{
    const QString path
        = file(QStringLiteral("E-Mail;Aktivität;Zeitpunkt\r\n"
                              "anna.mueller@example.de;Demo angefragt;03.03.2026 08:00\r\n"
                              "unbekannt@example.de;webinar;03.03.2026 08:00\r\n"
                              "ben@example.com;Fax;03.03.2026 08:00\r\n"
                              "\r\n"
                              "ben@example.com;webinar;morgen\r\n"
                              ";webinar;03.03.2026 08:00\r\n"
                              "ben@example.com;E-Mail geöffnet;2026-03-02T09:00:00Z\r\n")
                   .toUtf8());
    auto r = Services(m_t->db(), *m_bus, *m_clock).activityImporter().run(m_marketing, path);
    QVERIFY(r);
    QCOMPARE(r->rows, 6);
    QCOMPARE(r->imported, 2);
    QCOMPARE(r->issues.size(), size_t(4));
    QCOMPARE(r->issues[0].line, 3);
    QCOMPARE(r->issues[0].field, QStringLiteral("email"));
    QCOMPARE(r->issues[0].reason, QStringLiteral("no lead has the e-mail 'unbekannt@example.de'"));
    QCOMPARE(r->issues[1].line, 4);
    QCOMPARE(r->issues[1].field, QStringLiteral("type"));
    QVERIFY(r->issues[1].reason.startsWith(
        QStringLiteral("unknown activity type 'Fax' (the scoring model knows: page_visit,")));
    QCOMPARE(r->issues[2].line, 6); // line 5 is blank
    QCOMPARE(r->issues[2].field, QStringLiteral("timestamp"));
    QCOMPARE(r->issues[3].line, 7);
    QCOMPARE(r->issues[3].reason, QStringLiteral("no e-mail"));
    QCOMPARE(activities(), 2);
    QCOMPARE(r->leads, 2);
    // Anna: CEO 20 + demo request an hour ago (35 × 0.5^(1/720) = 34.97) => 55: promoted to MQL.
    QCOMPARE(r->promoted, 1);
    const Lead anna = LeadRepository(m_t->db()).byId(m_anna.id).value();
    QCOMPARE(anna.score, 55);
    QCOMPARE(anna.stage, Stage::Mql);
    QVERIFY(anna.fastTrack);
    // Ben: Student −15 + e-mail open a day ago (about 1) => −14, clamped to 0.
    QCOMPARE(LeadRepository(m_t->db()).byId(m_ben.id)->score, 0);
}

void TestActivityImport::missingColumnRefusesTheFile()
{
    const QString path = file("Email;Datum\nanna.mueller@example.de;03.03.2026\n");
    auto r = Services(m_t->db(), *m_bus, *m_clock).activityImporter().run(m_marketing, path);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("no column for the activity type")),
        qPrintable(r.error().message));
    QCOMPARE(activities(), 0);
}

void TestActivityImport::onlyMarketingAndAdmins()
{
    const User rep = Builders(m_t->db(), *m_clock).user(QStringLiteral("kschulz"), Role::Rep);
    const QString path = file("E-Mail;Typ;Datum\nanna.mueller@example.de;webinar;03.03.2026\n");
    auto r = Services(m_t->db(), *m_bus, *m_clock).activityImporter().run(rep, path);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QCOMPARE(activities(), 0);
}

QTEST_GUILESS_MAIN(TestActivityImport)
#include "tst_activityimport.moc"
