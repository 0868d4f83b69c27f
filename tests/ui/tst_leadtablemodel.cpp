// LeadTableModel: pages through the database, sorts and filters in SQL, and stays small.
#include "common/eventbridge.h"
#include "demo/demogenerator.h"
#include "leads/leadservice.h"
#include "pipeline/leadtablemodel.h"
#include "services.h"
#include "storage/leadrepository.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

namespace {

// The administrator the demo data makes first (id 1).
User admin()
{
    User u;
    u.id = 1;
    u.login = QStringLiteral("admin");
    u.name = QStringLiteral("Admin");
    u.role = Role::Admin;
    return u;
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_big; // 100,000 demo leads, shared by the read-only tests
    FakeClock m_clock;
    EventBus m_bus;

private Q_SLOTS:
    void initTestCase()
    {
        m_big = std::make_unique<TestDatabase>();
        QVERIFY2(m_big->isValid(), qPrintable(m_big->errorMessage()));
        const Services services(m_big->db(), m_bus, m_clock);
        auto created = DemoGenerator(services).generate({100000, 42});
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->leads, 100000);
    }

    void holdsOnlyAPageAfterOpening()
    {
        LeadTableModel model(m_big->db(), nullptr);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.cachedRowCount(), 0); // counting fetches no rows
        QVERIFY(model.data(model.index(0, LeadTableModel::Name)).isValid());
        QCOMPARE(model.cachedRowCount(), LeadTableModel::PageSize);
        // Jumping to the middle fetches that page only.
        QVERIFY(model.data(model.index(55555, LeadTableModel::Email))
                    .toString()
                    .contains(QLatin1Char('@')));
        QCOMPARE(model.cachedRowCount(), 2 * LeadTableModel::PageSize);
        // Scrolling through many pages never keeps more than the cache limit.
        for (int row = 0; row < 100000; row += 3000)
            QVERIFY(model.leadIdAt(row) > 0);
        QVERIFY(
            model.cachedRowCount() <= LeadTableModel::MaxCachedPages * LeadTableModel::PageSize);
        // The last row exists and is the lead with the smallest "last activity" (default sort).
        QVERIFY(model.leadIdAt(99999) > 0);
    }

    // The window's list: the first page at once, the length when the background count arrives,
    // as rows added (not a reset), so the scroll bar and the summary become right.
    void countsInTheBackgroundAfterTheFirstPage()
    {
        LeadTableModel model(m_big->db(), nullptr, nullptr, LeadTableModel::Count::InBackground);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy arrived(&model, &LeadTableModel::countArrived);
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), LeadTableModel::PageSize); // the first page, already read
        QCOMPARE(model.cachedRowCount(), LeadTableModel::PageSize);
        const qint64 first = model.leadIdAt(0);
        QVERIFY(first > 0);
        model.startCounting(); // as the window does after painting the first page
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 60000);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.totalCount(), qint64(100000));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().toLongLong(), qint64(100000));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.leadIdAt(0), first); // the rows on the screen stay where they are
        QVERIFY(model.leadIdAt(99999) > 0);

        // A list shorter than a page is counted by its first page: no count to wait for.
        LeadFilter few;
        few.search = QStringLiteral("zzz-nobody-is-called-this");
        model.setFilter(few);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 0);
    }

    // A filter changed while the whole list is still being counted shows the filtered list's
    // length, never the stale count of the list before it.
    void filterChangedWhileCountingKeepsNoStaleCount()
    {
        LeadFilter won;
        won.stage = Stage::Won;
        const auto expected = LeadRepository(m_big->db()).count(won);
        QVERIFY(expected.ok());
        QVERIFY(expected.value() > LeadTableModel::PageSize); // counted in the background too
        QVERIFY(expected.value() < 100000);

        LeadTableModel model(m_big->db(), nullptr, nullptr, LeadTableModel::Count::InBackground);
        QSignalSpy arrived(&model, &LeadTableModel::countArrived);
        model.startCounting();
        QVERIFY(model.isCounting()); // all 100,000: still running
        model.setFilter(won);
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), LeadTableModel::PageSize);
        // The count of all leads finishes first (one count at a time) and is dropped.
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 60000);
        QCOMPARE(model.totalCount(), expected.value());
        QCOMPARE(model.rowCount(), int(expected.value()));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().toLongLong(), expected.value());
        QCOMPARE(
            model.data(model.index(0, LeadTableModel::Stage)).toString(), stageName(Stage::Won));
    }

    void sortsInSqlByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
            QTest::addRow("column %d", c) << c;
    }

    void sortsInSqlByEveryColumn()
    {
        QFETCH(int, column);
        LeadTableModel model(m_big->db(), nullptr);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.rowCount(), 100000);
            // Ids of adjacent rows differ (no duplicated rows at a page border) ...
            QSet<qint64> ids;
            for (int row = 0; row < 2 * LeadTableModel::PageSize + 5; ++row)
                ids.insert(model.leadIdAt(row));
            QCOMPARE(ids.size(), 2 * LeadTableModel::PageSize + 5);
            // ... and numeric columns are really ordered.
            if (column == LeadTableModel::Score || column == LeadTableModel::Id) {
                const int role = column == LeadTableModel::Score ? LeadTableModel::ScoreRole
                                                                 : int(Qt::DisplayRole);
                const int first = model.data(model.index(0, column), role).toInt();
                const int later = model.data(model.index(5000, column), role).toInt();
                QVERIFY2(order == Qt::AscendingOrder ? first <= later : first >= later,
                    qPrintable(QStringLiteral("%1 vs %2").arg(first).arg(later)));
            }
            QVERIFY(model.cachedRowCount()
                <= LeadTableModel::MaxCachedPages * LeadTableModel::PageSize);
        }
    }

    void filtersByStageAndSearch()
    {
        LeadTableModel model(m_big->db(), nullptr);
        LeadFilter f;
        f.stage = Stage::Won;
        model.setFilter(f);
        auto won = LeadRepository(m_big->db()).countByStage({});
        QVERIFY(won.ok());
        QCOMPARE(model.rowCount(), int(won.value()[size_t(Stage::Won)]));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(
            model.data(model.index(0, LeadTableModel::Stage)).toString(), stageName(Stage::Won));

        f = {};
        f.search = QStringLiteral("MÜLLER");
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < std::min(model.rowCount(), 50); ++row)
            QVERIFY(model.data(model.index(row, LeadTableModel::Name))
                        .toString()
                        .startsWith(QStringLiteral("Müller")));
    }

    void passesTheModelTester()
    {
        TestDatabase small;
        QVERIFY(small.isValid());
        const Services services(small.db(), m_bus, m_clock);
        auto created = DemoGenerator(services).generate({450, 3});
        QVERIFY(created.ok());
        LeadTableModel model(small.db(), nullptr);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(LeadTableModel::Company, Qt::AscendingOrder);
        LeadFilter f;
        f.stage = Stage::Mql;
        model.setFilter(f);
        model.refresh();
        model.setFilter({});
        QCOMPARE(model.rowCount(), 450);
    }

    void reloadsWhenCoreReportsAChange()
    {
        TestDatabase small;
        QVERIFY(small.isValid());
        EventBus bus;
        EventBridge bridge(bus);
        const Services services(small.db(), bus, m_clock);
        auto created = DemoGenerator(services).generate({60, 5});
        QVERIFY(created.ok());
        LeadTableModel model(small.db(), &bridge);
        LeadFilter f;
        f.stage = Stage::Lead;
        model.setFilter(f);
        const int before = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // Another part of the app creates a lead; the list follows.
        auto lead = services.leads().create(admin(),
            LeadProfile {QStringLiteral("Neu"), QStringLiteral("Kunde"), {}, {},
                QStringLiteral("Acme"), {}, {}, {}, {}, {}, {}});
        QVERIFY2(lead.ok(), lead.ok() ? "" : qPrintable(lead.error().message));
        QCOMPARE(model.rowCount(), before + 1);
        // Rows added, not a reset: the view keeps its scroll position and current row.
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
