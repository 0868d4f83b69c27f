// Tests the lead list queries of LeadRepository (paging, sorting, filters, search, counts per
// stage) and LeadService's validation and optimistic locking of profile edits.
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/searchkey.h"
#include "storage/timelinerepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace bantam;
using namespace bantam::testing;

Q_DECLARE_METATYPE(bantam::LeadColumn)

namespace {

QList<qint64> idsOf(const std::vector<Lead> &leads)
{
    QList<qint64> ids;
    for (const Lead &l : leads)
        ids << l.id;
    return ids;
}

int pipelineOrder(Stage s)
{
    switch (s) {
    case Stage::Lead:
        return 0;
    case Stage::Mql:
        return 1;
    case Stage::Sql:
        return 2;
    case Stage::Won:
        return 3;
    case Stage::Lost:
        return 4;
    case Stage::Disqualified:
        return 5;
    }
    return 6;
}

// a < b in the list's order for the column, ascending; ties are broken by the caller.
int compareBy(LeadColumn column, const Lead &a, const Lead &b)
{
    auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y) < 0 ? -1 : (QString::compare(x, y) > 0 ? 1 : 0);
    };
    switch (column) {
    case LeadColumn::Id:
        return 0;
    case LeadColumn::Name: {
        const int last = text(searchKey(a.profile.lastName), searchKey(b.profile.lastName));
        return last != 0 ? last
                         : text(searchKey(a.profile.firstName), searchKey(b.profile.firstName));
    }
    case LeadColumn::Company:
        return text(searchKey(a.profile.company), searchKey(b.profile.company));
    case LeadColumn::Email:
        return text(searchKey(a.profile.email), searchKey(b.profile.email));
    case LeadColumn::Phone:
        return text(phoneKey(a.profile.phone), phoneKey(b.profile.phone));
    case LeadColumn::Stage:
        return cmp(pipelineOrder(a.stage), pipelineOrder(b.stage));
    case LeadColumn::Owner:
        // Unassigned leads (no owner name) come first in ascending order.
        if (a.ownerId.has_value() != b.ownerId.has_value())
            return a.ownerId ? 1 : -1;
        return text(a.ownerName, b.ownerName);
    case LeadColumn::Source:
        return text(a.profile.source, b.profile.source);
    case LeadColumn::Score:
        return cmp(a.score, b.score);
    case LeadColumn::Created:
        return cmp(a.createdAt, b.createdAt);
    case LeadColumn::Updated:
        return cmp(a.updatedAt, b.updatedAt);
    case LeadColumn::Qualification:
        return cmp(a.qualificationStage, b.qualificationStage);
    case LeadColumn::Chance: // leads without a chance first in ascending order
        return cmp(a.chance.value_or(-1), b.chance.value_or(-1));
    }
    return 0;
}

} // namespace

class TestLeadRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesCoverAllRowsInOrder_data();
    void pagesCoverAllRowsInOrder();
    void filters_data();
    void filters();
    void countByStageIgnoresStageFilter();
    void sources();
    void search_data();
    void search();
    void searchCombinesWithFilters();
    void keysStoredBeforeArePlainAfterMigration11();

    void validate_data();
    void validate();
    void validateNormalises();
    void createWritesHistory();
    void updateProfile();
    void updateProfileWithStaleVersionIsConflict();
    void updateProfileChecksPermissionAndInput();

private:
    // 57 leads with many equal scores, dates, sources and names, so that ties need breaking.
    void insertMixedLeads();
    std::vector<Lead> allLeads() const;
    QStringList namesFound(const LeadFilter &filter) const;

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Builders> m_make;
    User m_admin, m_anna, m_bert, m_otherRep;
};

void TestLeadRepository::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->errorMessage()));
    m_clock = std::make_unique<FakeClock>();
    m_bus = std::make_unique<EventBus>();
    m_make = std::make_unique<Builders>(m_tdb->db(), *m_clock);
    const qint64 team = m_make->team(QStringLiteral("Nord"));
    m_admin = m_make->user(
        QStringLiteral("admin"), Role::Admin, std::nullopt, true, QStringLiteral("Administrator"));
    m_anna
        = m_make->user(QStringLiteral("aberg"), Role::Rep, team, true, QStringLiteral("Anna Berg"));
    m_bert
        = m_make->user(QStringLiteral("bzorn"), Role::Rep, team, true, QStringLiteral("Bert Zorn"));
    m_otherRep
        = m_make->user(QStringLiteral("cmai"), Role::Rep, team, true, QStringLiteral("Carla Mai"));
    QVERIFY(!QTest::currentTestFailed());
}

void TestLeadRepository::cleanup()
{
    m_make.reset();
    m_bus.reset();
    m_tdb.reset();
    m_clock.reset();
}

void TestLeadRepository::insertMixedLeads()
{
    const QString first[] = {QStringLiteral("Anna"), QStringLiteral("Jürgen"),
        QStringLiteral("Zoë"), QStringLiteral("Lukas"), QStringLiteral("Özlem")};
    const QString last[]
        = {QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Äbi"),
            QStringLiteral("Weber"), QStringLiteral("Koch"), QStringLiteral("Zander")};
    const QString companies[] = {QStringLiteral("Nordlicht GmbH"), QStringLiteral("alpen AG"),
        QStringLiteral("Élan SE"), QStringLiteral("Rhein KG")};
    const QString sources[] = {QStringLiteral("Website"), QStringLiteral("Trade fair"),
        QStringLiteral("Referral"), QString()};
    const std::optional<qint64> owners[] = {m_anna.id, m_bert.id, std::nullopt};
    const QDateTime base = m_clock->now().addDays(-30);
    QRandomGenerator rng(20260303);
    Transaction tx(m_tdb->db());
    QVERIFY(tx.isActive());
    for (int i = 0; i < 57; ++i) {
        const Stage stage = allStages[rng.bounded(int(allStages.size()))];
        const Lead l
            = m_make->lead()
                  .name(first[rng.bounded(5)], last[rng.bounded(6)])
                  .company(companies[rng.bounded(4)])
                  .email(QStringLiteral("p%1@firma%2.example").arg(rng.bounded(10)).arg(i))
                  .phone(
                      QStringLiteral("+49 %1 %2").arg(30 + rng.bounded(3)).arg(rng.bounded(1000)))
                  .source(sources[rng.bounded(4)])
                  .stage(stage)
                  .owner(owners[rng.bounded(3)])
                  .score(10 * rng.bounded(5))
                  .createdAt(base.addSecs(3600 * rng.bounded(8)))
                  .insert();
        QVERIFY(l.id > 0);
        QVERIFY(LeadRepository(m_tdb->db()).writeQualificationStage(l.id, 1 + (i * 7) % 5).ok());
    }
    QVERIFY(tx.commit().ok());
}

std::vector<Lead> TestLeadRepository::allLeads() const
{
    std::vector<Lead> out;
    auto page = LeadRepository(m_tdb->db()).page({}, {LeadColumn::Id, false}, 0, 100000);
    if (!page)
        return out;
    // Read each one by id as well, so the list and the single-lead query must agree.
    for (const Lead &l : page.value()) {
        auto one = LeadRepository(m_tdb->db()).byId(l.id);
        if (one)
            out.push_back(one.value());
    }
    return out;
}

QStringList TestLeadRepository::namesFound(const LeadFilter &filter) const
{
    auto page = LeadRepository(m_tdb->db()).page(filter, {LeadColumn::Id, false}, 0, 1000);
    if (!page)
        return {QStringLiteral("error: ") + page.error().message};
    QStringList names;
    for (const Lead &l : page.value())
        names << l.displayName();
    names.sort();
    auto count = LeadRepository(m_tdb->db()).count(filter);
    if (!count || count.value() != names.size())
        names << QStringLiteral("count() says %1").arg(count ? count.value() : -1);
    return names;
}

void TestLeadRepository::pagesCoverAllRowsInOrder_data()
{
    QTest::addColumn<LeadColumn>("column");
    QTest::addColumn<bool>("descending");
    const std::pair<LeadColumn, const char *> columns[] = {{LeadColumn::Id, "id"},
        {LeadColumn::Name, "name"}, {LeadColumn::Company, "company"}, {LeadColumn::Email, "email"},
        {LeadColumn::Phone, "phone"}, {LeadColumn::Stage, "stage"}, {LeadColumn::Owner, "owner"},
        {LeadColumn::Source, "source"}, {LeadColumn::Score, "score"},
        {LeadColumn::Created, "created"}, {LeadColumn::Updated, "updated"},
        {LeadColumn::Qualification, "qualification"}, {LeadColumn::Chance, "chance"}};
    for (const auto &[column, name] : columns) {
        QTest::addRow("%s ascending", name) << column << false;
        QTest::addRow("%s descending", name) << column << true;
    }
}

void TestLeadRepository::pagesCoverAllRowsInOrder()
{
    QFETCH(LeadColumn, column);
    QFETCH(bool, descending);
    insertMixedLeads();
    std::vector<Lead> expected = allLeads();
    QCOMPARE(expected.size(), size_t(57));
    std::sort(expected.begin(), expected.end(), [&](const Lead &a, const Lead &b) {
        int c = compareBy(column, a, b);
        if (c == 0)
            c = a.id < b.id ? -1 : 1;
        return descending ? c > 0 : c < 0;
    });

    LeadRepository repo(m_tdb->db());
    const int pageSize = 8;
    std::vector<Lead> paged;
    for (qint64 offset = 0;; offset += pageSize) {
        auto page = repo.page({}, {column, descending}, offset, pageSize);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        QVERIFY(page->size() <= size_t(pageSize));
        paged.insert(paged.end(), page->begin(), page->end());
        if (page->size() < size_t(pageSize))
            break;
    }
    QCOMPARE(idsOf(paged), idsOf(expected));
    // Nothing twice: the sorted ids have no neighbours alike.
    QList<qint64> ids = idsOf(paged);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    // Past the end there is nothing.
    auto beyond = repo.page({}, {column, descending}, 57, pageSize);
    QVERIFY(beyond.ok());
    QVERIFY(beyond->empty());
}

void TestLeadRepository::filters_data()
{
    QTest::addColumn<int>("stage"); // -1 = any
    QTest::addColumn<int>("owner"); // 0 any, 1 Anna, 2 Bert, 3 unassigned, 4 Carla (owns none)
    QTest::addColumn<QString>("source");
    QTest::newRow("everything") << -1 << 0 << QString();
    for (Stage s : allStages)
        QTest::addRow("stage %s", qPrintable(stageKey(s))) << int(s) << 0 << QString();
    QTest::newRow("owner Anna") << -1 << 1 << QString();
    QTest::newRow("owner Bert") << -1 << 2 << QString();
    QTest::newRow("unassigned") << -1 << 3 << QString();
    QTest::newRow("owner without leads") << -1 << 4 << QString();
    QTest::newRow("source Website") << -1 << 0 << QStringLiteral("Website");
    QTest::newRow("source Referral") << -1 << 0 << QStringLiteral("Referral");
    QTest::newRow("source is exact") << -1 << 0 << QStringLiteral("website");
    QTest::newRow("mql of Anna from trade fairs")
        << int(Stage::Mql) << 1 << QStringLiteral("Trade fair");
    QTest::newRow("unassigned leads") << int(Stage::Lead) << 3 << QString();
}

void TestLeadRepository::filters()
{
    QFETCH(int, stage);
    QFETCH(int, owner);
    QFETCH(QString, source);
    insertMixedLeads();

    LeadFilter filter;
    if (stage >= 0)
        filter.stage = Stage(stage);
    const User *owners[] = {nullptr, &m_anna, &m_bert, nullptr, &m_otherRep};
    if (owner == 3)
        filter.unassignedOnly = true;
    else if (owners[owner])
        filter.ownerId = owners[owner]->id;
    filter.source = source;

    QList<qint64> expected;
    for (const Lead &l : allLeads()) {
        if (filter.stage && l.stage != *filter.stage)
            continue;
        if (filter.unassignedOnly && l.ownerId)
            continue;
        if (filter.ownerId && l.ownerId != filter.ownerId)
            continue;
        if (!source.isEmpty() && l.profile.source != source)
            continue;
        expected << l.id;
    }
    if (owner == 0 && stage < 0 && source.isEmpty())
        QCOMPARE(expected.size(), 57);
    LeadRepository repo(m_tdb->db());
    auto page = repo.page(filter, {LeadColumn::Id, false}, 0, 1000);
    QVERIFY(page.ok());
    QCOMPARE(idsOf(page.value()), expected);
    auto count = repo.count(filter);
    QVERIFY(count.ok());
    QCOMPARE(count.value(), qint64(expected.size()));
    // unassignedOnly wins over an owner.
    if (owner == 3) {
        filter.ownerId = m_anna.id;
        QCOMPARE(repo.count(filter).value(), qint64(expected.size()));
    }
}

void TestLeadRepository::countByStageIgnoresStageFilter()
{
    // A new database is empty (the window then offers demo data), one with leads is not.
    QCOMPARE(LeadRepository(m_tdb->db()).isEmpty().value(), true);
    insertMixedLeads();
    QCOMPARE(LeadRepository(m_tdb->db()).isEmpty().value(), false);
    StageCounts expected {}, expectedAnna {};
    for (const Lead &l : allLeads()) {
        ++expected[size_t(l.stage)];
        if (l.ownerId == m_anna.id)
            ++expectedAnna[size_t(l.stage)];
    }
    LeadRepository repo(m_tdb->db());
    auto all = repo.countByStage({});
    QVERIFY(all.ok());
    QCOMPARE(all.value(), expected);
    qint64 sum = 0;
    for (qint64 c : all.value())
        sum += c;
    QCOMPARE(sum, qint64(57));

    LeadFilter annasMql;
    annasMql.ownerId = m_anna.id;
    annasMql.stage = Stage::Mql; // ignored: the counts are there to show the other stages too
    auto anna = repo.countByStage(annasMql);
    QVERIFY(anna.ok());
    QCOMPARE(anna.value(), expectedAnna);
    QVERIFY(anna.value() != all.value());
}

void TestLeadRepository::sources()
{
    insertMixedLeads();
    auto sources = LeadRepository(m_tdb->db()).sources();
    QVERIFY(sources.ok());
    // Distinct, sorted, without the empty source.
    QCOMPARE(sources.value(),
        (QStringList {
            QStringLiteral("Referral"), QStringLiteral("Trade fair"), QStringLiteral("Website")}));
}

void TestLeadRepository::search_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("found"); // display names, sorted

    const QString annaMueller = QStringLiteral("Anna Müller");
    const QString jonas = QStringLiteral("Jonas MUELLER");
    const QString annaSchmidt = QStringLiteral("Anna Schmidt");
    const QString gross = QStringLiteral("Lena Großmann");
    const QString celik = QStringLiteral("Zoë Çelik");
    const QString yilmaz = QStringLiteral("Emre Yılmaz");
    const QString all5 = QString();

    // searchKey folds case and strips accents ("Müller" -> "muller"); it does not spell out
    // umlauts, so "mül" and "mul" find Müller, and "mue" finds only the one spelled MUELLER.
    QTest::newRow("last name prefix with umlaut")
        << QStringLiteral("mül") << QStringList {annaMueller};
    QTest::newRow("upper case umlaut") << QStringLiteral("MÜL") << QStringList {annaMueller};
    QTest::newRow("without the accent") << QStringLiteral("mul") << QStringList {annaMueller};
    QTest::newRow("ue spelling") << QStringLiteral("mue") << QStringList {jonas};
    QTest::newRow("ue spelling, whole") << QStringLiteral("Mueller") << QStringList {jonas};
    QTest::newRow("sharp s") << QStringLiteral("groß") << QStringList {gross};
    QTest::newRow("sharp s as ss") << QStringLiteral("GROSSM") << QStringList {gross};
    QTest::newRow("cedilla and diaeresis") << QStringLiteral("celik") << QStringList {celik};
    QTest::newRow("first name, accent-free") << QStringLiteral("zoe") << QStringList {celik};
    // Letters without a decomposition, typed as their plain form (Turkish dotless i).
    QTest::newRow("dotless i as i") << QStringLiteral("yilmaz") << QStringList {yilmaz};
    QTest::newRow("dotless i upper case") << QStringLiteral("YILMAZ") << QStringList {yilmaz};
    QTest::newRow("dotless i as typed") << QStringLiteral("Yıl") << QStringList {yilmaz};
    QTest::newRow("company with breve and cedilla")
        << QStringLiteral("bogazici") << QStringList {yilmaz};
    QTest::newRow("first name") << QStringLiteral("anna") << QStringList {annaMueller, annaSchmidt};
    QTest::newRow("surrounding blanks") << QStringLiteral("  schmi ") << QStringList {annaSchmidt};
    QTest::newRow("prefix only, not inside") << QStringLiteral("ller") << QStringList {};
    // Two words: first and last name in either order, or the company.
    QTest::newRow("first last") << QStringLiteral("anna müller") << QStringList {annaMueller};
    QTest::newRow("last first") << QStringLiteral("Müller Anna") << QStringList {annaMueller};
    QTest::newRow("first and last prefix") << QStringLiteral("an sch") << QStringList {annaSchmidt};
    QTest::newRow("first last, ue spelling")
        << QStringLiteral("jonas mueller") << QStringList {jonas};
    QTest::newRow("two words, no such person") << QStringLiteral("anna weber") << QStringList {};
    QTest::newRow("many blanks between")
        << QStringLiteral("anna    schmidt") << QStringList {annaSchmidt};
    QTest::newRow("company, two words") << QStringLiteral("alpen soft") << QStringList {jonas};
    QTest::newRow("company") << QStringLiteral("nordlicht") << QStringList {annaMueller};
    // E-mail addresses.
    QTest::newRow("e-mail prefix") << QStringLiteral("anna.mue") << QStringList {annaMueller};
    QTest::newRow("e-mail, upper case") << QStringLiteral("J.MUELLER@") << QStringList {jonas};
    QTest::newRow("whole e-mail") << QStringLiteral("j.mueller@alpen.example")
                                  << QStringList {jonas};
    QTest::newRow("e-mail domain is not a prefix")
        << QStringLiteral("alpen.example") << QStringList {};
    // Phone numbers: the digits, whatever the formatting.
    QTest::newRow("phone digits") << QStringLiteral("4930") << QStringList {annaMueller};
    QTest::newRow("phone with plus") << QStringLiteral("+431") << QStringList {jonas};
    QTest::newRow("phone as written") << QStringLiteral("+49 30 1234") << QStringList {annaMueller};
    QTest::newRow("phone with dashes") << QStringLiteral("+41-44-55") << QStringList {gross};
    // The home region's (Germany's) national format and the international one find each other.
    QTest::newRow("national for international")
        << QStringLiteral("030 1234") << QStringList {annaMueller};
    QTest::newRow("international for national")
        << QStringLiteral("+49 221 555") << QStringList {annaSchmidt};
    QTest::newRow("international with 00")
        << QStringLiteral("0049 30 12") << QStringList {annaMueller};
    QTest::newRow("national is the home's only") << QStringLiteral("01 987") << QStringList {};
    // Not patterns.
    QTest::newRow("percent is no wildcard") << QStringLiteral("%") << QStringList {};
    QTest::newRow("underscore is no wildcard") << QStringLiteral("m_ller") << QStringList {};
    QTest::newRow("quote") << QStringLiteral("o'") << QStringList {};
}

void TestLeadRepository::search()
{
    QFETCH(QString, term);
    QFETCH(QStringList, found);

    m_make->lead()
        .name(QStringLiteral("Anna"), QStringLiteral("Müller"))
        .email(QStringLiteral("anna.mueller@nordlicht.example"))
        .company(QStringLiteral("Nordlicht Logistik GmbH"))
        .phone(QStringLiteral("+49 30 1234567"))
        .insert();
    m_make->lead()
        .name(QStringLiteral("Jonas"), QStringLiteral("MUELLER"))
        .email(QStringLiteral("j.mueller@alpen.example"))
        .company(QStringLiteral("Alpen Software AG"))
        .phone(QStringLiteral("+43 1 9876543"))
        .insert();
    m_make->lead()
        .name(QStringLiteral("Anna"), QStringLiteral("Schmidt"))
        .email(QStringLiteral("schmidt@rhein.example"))
        .company(QStringLiteral("Rhein Bau KG"))
        .phone(QStringLiteral("0221 555 0199"))
        .insert();
    m_make->lead()
        .name(QStringLiteral("Emre"), QStringLiteral("Yılmaz"))
        .email(QStringLiteral("emre@istanbul.example"))
        .company(QStringLiteral("Boğaziçi Tekstil"))
        .phone(QStringLiteral("+90 212 5550101"))
        .insert();
    m_make->lead()
        .name(QStringLiteral("Lena"), QStringLiteral("Großmann"))
        .email(QStringLiteral("lena@zug.example"))
        .company(QStringLiteral("Zug Medizintechnik AG"))
        .phone(QStringLiteral("+41 44 5551234"))
        .insert();
    m_make->lead()
        .name(QStringLiteral("Zoë"), QStringLiteral("Çelik"))
        .email(QStringLiteral("z.celik@elbe.example"))
        .company(QStringLiteral("Elbe Energie SE"))
        .phone(QStringLiteral("040 7654321"))
        .insert();
    QVERIFY(!QTest::currentTestFailed());

    LeadFilter filter;
    filter.search = term;
    found.sort();
    QCOMPARE(namesFound(filter), found);
}

void TestLeadRepository::keysStoredBeforeArePlainAfterMigration11()
{
    Database::Options v10;
    v10.migrateUpTo = 10;
    v10.backupBeforeMigration = false;
    TestDatabase old(v10);
    QVERIFY2(old.isValid(), qPrintable(old.errorMessage()));
    // Written as release 10 wrote it, with the keys as release 10 folded them (raw SQL: today's
    // repository writes columns of later migrations).
    QSqlQuery q(old.db().connection());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO leads (first_name, last_name, company, first_name_key, last_name_key, "
        "company_key, stage_changed_at, created_at, updated_at) "
        "VALUES (:first, :last, :company, :f, :l, :c, :at, :at, :at)")));
    q.bindValue(QStringLiteral(":first"), QStringLiteral("Łukasz"));
    q.bindValue(QStringLiteral(":last"), QStringLiteral("Yılmaz"));
    q.bindValue(QStringLiteral(":company"), QStringLiteral("Ørsted Æble"));
    q.bindValue(QStringLiteral(":f"), QStringLiteral("łukasz"));
    q.bindValue(QStringLiteral(":l"), QStringLiteral("yılmaz"));
    q.bindValue(QStringLiteral(":c"), QStringLiteral("ørsted æble"));
    q.bindValue(QStringLiteral(":at"), m_clock->now().toSecsSinceEpoch());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.finish();
    LeadFilter filter;
    filter.search = QStringLiteral("yilmaz");
    QCOMPARE(LeadRepository(old.db()).count(filter).value(), 0);

    Database::Options latest;
    latest.backupBeforeMigration = false;
    QVERIFY2(old.reopen(latest), qPrintable(old.errorMessage()));
    for (const char *term : {"yilmaz", "lukasz yilmaz", "orsted aeble"}) {
        filter.search = QString::fromUtf8(term);
        QCOMPARE(LeadRepository(old.db()).count(filter).value(), 1);
    }
}

void TestLeadRepository::searchCombinesWithFilters()
{
    m_make->lead()
        .name(QStringLiteral("Anna"), QStringLiteral("Müller"))
        .stage(Stage::Mql)
        .owner(m_anna)
        .insert();
    m_make->lead()
        .name(QStringLiteral("Anna"), QStringLiteral("Möller"))
        .stage(Stage::Lead)
        .owner(m_anna)
        .insert();
    m_make->lead()
        .name(QStringLiteral("Anna"), QStringLiteral("Mahler"))
        .stage(Stage::Mql)
        .owner(m_bert)
        .insert();

    LeadFilter f;
    f.search = QStringLiteral("anna m");
    QCOMPARE(namesFound(f).size(), 3);
    f.stage = Stage::Mql;
    QCOMPARE(namesFound(f),
        (QStringList {QStringLiteral("Anna Mahler"), QStringLiteral("Anna Müller")}));
    f.ownerId = m_anna.id;
    QCOMPARE(namesFound(f), QStringList {QStringLiteral("Anna Müller")});
    // The per-stage counts honour the search too.
    f.stage.reset();
    auto counts = LeadRepository(m_tdb->db()).countByStage(f);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value()[size_t(Stage::Lead)], qint64(1));
    QCOMPARE(counts.value()[size_t(Stage::Mql)], qint64(1));
}

void TestLeadRepository::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField"); // empty: valid

    auto row = [](const char *tag, const char *field, const QString &value, const char *error) {
        QTest::newRow(tag) << QString::fromLatin1(field) << value << QString::fromLatin1(error);
    };
    auto text = [](const char *s) { return QString::fromUtf8(s); };
    const char *ok = "";
    row("e-mail fine", "email", text("anna.mueller@nordlicht.example"), ok);
    row("e-mail without @", "email", text("anna.mueller.example.com"), "email");
    row("e-mail without domain", "email", text("anna@"), "email");
    row("e-mail without dot in domain", "email", text("anna@localhost"), "email");
    row("e-mail with two @", "email", text("anna@b@c.de"), "email");
    row("e-mail with a blank", "email", text("anna m@firma.de"), "email");
    row("phone fine", "phone", text("+49 (30) 123-4567"), ok);
    row("phone with slash", "phone", text("030/1234567"), ok);
    row("phone with letters", "phone", text("030 CALL ME"), "phone");
    row("phone too short", "phone", text("1234"), "phone");
    row("phone too long", "phone", text("+49 1234 5678 9012 34"), "phone");
    row("phone plus in the middle", "phone", text("030+1234567"), "phone");
    row("country code", "country", text("AT"), ok);
    row("country lower case", "country", text("ch"), ok);
    row("country name", "country", text("Germany"), "country");
    row("country one letter", "country", text("D"), "country");
    row("country with digit", "country", text("D1"), "country");
    row("company name too long", "company", QString(201, QLatin1Char('x')), "company");
    row("company name at the limit", "company", QString(200, QLatin1Char('x')), ok);
    row("empty lead", "", text(""), "lastName");
}

void TestLeadRepository::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);

    LeadProfile p;
    if (field.isEmpty()) {
        p.source = QStringLiteral("Website"); // a source alone is not a lead
        p.country = QStringLiteral("DE");
    } else {
        p.lastName = QStringLiteral("Müller");
        if (field == QLatin1String("email"))
            p.email = value;
        else if (field == QLatin1String("phone"))
            p.phone = value;
        else if (field == QLatin1String("country"))
            p.country = value;
        else if (field == QLatin1String("company"))
            p.company = value;
    }
    auto result = LeadService::validate(p);
    if (errorField.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, errorField);
    QVERIFY(!result.error().message.isEmpty());
    if (!value.isEmpty() && value.size() < 50)
        QVERIFY2(result.error().message.contains(value.simplified().toUpper(), Qt::CaseInsensitive),
            qPrintable(result.error().message));
}

void TestLeadRepository::validateNormalises()
{
    LeadProfile p;
    p.firstName = QStringLiteral("  Anna  Maria ");
    p.lastName = QStringLiteral("Müller\t");
    p.country = QStringLiteral(" de ");
    p.email = QStringLiteral(" anna@firma.de ");
    auto result = LeadService::validate(p);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->firstName, QStringLiteral("Anna Maria"));
    QCOMPARE(result->lastName, QStringLiteral("Müller"));
    QCOMPARE(result->country, QStringLiteral("DE"));
    QCOMPARE(result->email, QStringLiteral("anna@firma.de"));

    LeadProfile blank;
    blank.firstName = QStringLiteral("   ");
    blank.company = QStringLiteral("\t");
    auto refused = LeadService::validate(blank);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("lastName"));
}

void TestLeadRepository::createWritesHistory()
{
    const Services services(m_tdb->db(), *m_bus, *m_clock);
    const LeadService &service = services.leads();
    LeadProfile p;
    p.firstName = QStringLiteral("Björn");
    p.lastName = QStringLiteral("Köhler");
    p.country = QStringLiteral("at");
    auto created = service.create(m_anna, p);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    auto stored = LeadRepository(m_tdb->db()).byId(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->profile.country, QStringLiteral("AT"));
    QCOMPARE(stored->stage, Stage::Lead);
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->createdAt, m_clock->now());
    auto history = TimelineRepository(m_tdb->db()).historyOf(created->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(history->front().action, QStringLiteral("create"));
    QCOMPARE(history->front().actorId, std::optional<qint64>(m_anna.id));
    // Found by its folded name.
    LeadFilter f;
    f.search = QStringLiteral("kohl");
    QCOMPARE(namesFound(f), QStringList {QStringLiteral("Björn Köhler")});
}

void TestLeadRepository::updateProfile()
{
    const Lead lead = m_make->lead()
                          .name(QStringLiteral("Anna"), QStringLiteral("Müller"))
                          .owner(m_anna)
                          .insert();
    const Services services(m_tdb->db(), *m_bus, *m_clock);
    const LeadService &service = services.leads();
    m_clock->advanceSecs(120);
    LeadProfile p = lead.profile;
    p.lastName = QStringLiteral("Schäfer");
    p.phone = QStringLiteral("+49 89 4455667");
    auto updated = service.updateProfile(m_anna, lead.id, p, lead.version);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated->version, lead.version + 1);
    QCOMPARE(updated->profile.lastName, QStringLiteral("Schäfer"));
    QCOMPARE(updated->updatedAt, m_clock->now());
    QCOMPARE(updated->stage, lead.stage);

    // The search keys follow the new profile.
    LeadFilter f;
    f.search = QStringLiteral("schaf");
    QCOMPARE(namesFound(f), QStringList {QStringLiteral("Anna Schäfer")});
    f.search = QStringLiteral("mül");
    QCOMPARE(namesFound(f), QStringList {});
    f.search = QStringLiteral("498944");
    QCOMPARE(namesFound(f), QStringList {QStringLiteral("Anna Schäfer")});
}

void TestLeadRepository::updateProfileWithStaleVersionIsConflict()
{
    const Lead lead = m_make->lead()
                          .name(QStringLiteral("Anna"), QStringLiteral("Müller"))
                          .owner(m_anna)
                          .insert();
    const Services services(m_tdb->db(), *m_bus, *m_clock);
    const LeadService &service = services.leads();
    LeadProfile first = lead.profile;
    first.jobTitle = QStringLiteral("CTO");
    QVERIFY(service.updateProfile(m_anna, lead.id, first, lead.version).ok());

    // A second editor still holds the old version.
    LeadProfile second = lead.profile;
    second.jobTitle = QStringLiteral("CEO");
    auto stale = service.updateProfile(m_admin, lead.id, second, lead.version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(QString::number(lead.id)),
        qPrintable(stale.error().message));
    auto stored = LeadRepository(m_tdb->db()).byId(lead.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->profile.jobTitle, QStringLiteral("CTO"));
    QCOMPARE(stored->version, lead.version + 1);
}

void TestLeadRepository::updateProfileChecksPermissionAndInput()
{
    const Lead lead = m_make->lead()
                          .name(QStringLiteral("Anna"), QStringLiteral("Müller"))
                          .owner(m_anna)
                          .insert();
    const Services services(m_tdb->db(), *m_bus, *m_clock);
    const LeadService &service = services.leads();
    LeadProfile p = lead.profile;
    p.company = QStringLiteral("Neue Firma GmbH");
    auto forbidden = service.updateProfile(m_bert, lead.id, p, lead.version);
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);

    p.email = QStringLiteral("not-an-address");
    auto invalid = service.updateProfile(m_anna, lead.id, p, lead.version);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().field, QStringLiteral("email"));

    auto missing = service.updateProfile(m_admin, 99999, lead.profile, 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);

    auto stored = LeadRepository(m_tdb->db()).byId(lead.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->profile, lead.profile);
    QCOMPARE(stored->version, lead.version);
}

QTEST_GUILESS_MAIN(TestLeadRepository)
#include "tst_leadrepository.moc"
