// PageCache, the memory of the paged item models: a page is read once and kept while it is
// among the most recently used; a failed read says why and keeps nothing; a short page (the
// list shrank since it was counted) has no rows past its end.
#include "common/pagecache.h"

#include <QTest>

#include <vector>

using namespace bantam;

namespace {

// Reads rows offset..offset+limit-1 of a list of `size` numbers, counting the reads.
struct Loader
{
    qint64 size = 0;
    std::vector<qint64> *reads = nullptr;
    bool fail = false;

    Result<std::vector<qint64>> operator()(qint64 offset, int limit) const
    {
        reads->push_back(offset);
        if (fail)
            return Error::storage(QStringLiteral("database is locked"));
        std::vector<qint64> rows;
        for (qint64 i = offset; i < std::min(size, offset + limit); ++i)
            rows.push_back(i);
        return rows;
    }
};

} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAPageOnceAndKeepsTheRecentOnes()
    {
        std::vector<qint64> reads;
        const Loader load {100, &reads};
        PageCache<qint64> cache(10, 3);
        QCOMPARE(*cache.row(15, load), qint64(15));
        QCOMPARE(*cache.row(19, load), qint64(19));
        QCOMPARE(reads, (std::vector<qint64> {10})); // one read for the page
        QCOMPARE(*cache.row(25, load), qint64(25));
        QCOMPARE(*cache.row(35, load), qint64(35));
        QCOMPARE(cache.cachedRowCount(), 30);
        QCOMPARE(
            *cache.row(12, load), qint64(12)); // page 1 is used again: page 2 is now the oldest
        QCOMPARE(*cache.row(45, load), qint64(45)); // evicts page 2
        QCOMPARE(cache.cachedRowCount(), 30);
        QCOMPARE(reads, (std::vector<qint64> {10, 20, 30, 40}));
        QCOMPARE(*cache.row(22, load), qint64(22)); // read again
        QCOMPARE(reads.back(), qint64(20));
        QCOMPARE(cache.find([](qint64 v) { return v == 45; }).value_or(-1), qint64(45));
        QVERIFY(!cache.find([](qint64 v) { return v == 35; })); // evicted
        cache.clear();
        QCOMPARE(cache.cachedRowCount(), 0);
    }

    void aFailedReadSaysWhyAndKeepsNothing()
    {
        std::vector<qint64> reads;
        const Loader load {100, &reads, true};
        PageCache<qint64> cache(10, 3);
        QString error;
        QVERIFY(!cache.row(5, load, &error));
        QCOMPARE(error, QStringLiteral("database is locked"));
        QCOMPARE(cache.cachedRowCount(), 0);
    }

    void aShortPageHasNoRowsPastItsEnd()
    {
        std::vector<qint64> reads;
        const Loader load {25, &reads};
        PageCache<qint64> cache(10, 3);
        QCOMPARE(*cache.row(24, load), qint64(24));
        QVERIFY(!cache.row(27, load));
        QCOMPARE(cache.page(2, load)->size(), size_t(5));
        QVERIFY(!cache.row(-1, load));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
