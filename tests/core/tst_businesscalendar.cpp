// BusinessCalendar: due times in business time are right across evenings, weekends, German
// holidays and the daylight-saving changes of Europe/Berlin.
#include "domain/businesscalendar.h"

#include <QTest>

using namespace bantam;

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kBerlin);
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Every day of the week, all day long: business time is real elapsed time.
BusinessCalendar roundTheClock()
{
    BusinessCalendar c;
    c.setTimeZone(kBerlin);
    for (int d = 1; d <= 7; ++d)
        c.setHours(d, {0, 1440});
    return c;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(kBerlin.isValid(), "tzdata for Europe/Berlin is missing"); }

    void easterAndGermanHolidays()
    {
        QCOMPARE(BusinessCalendar::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(BusinessCalendar::easterSunday(2027), QDate(2027, 3, 28));
        QCOMPARE(BusinessCalendar::easterSunday(2028), QDate(2028, 4, 16));
        QCOMPARE(BusinessCalendar::easterSunday(2029), QDate(2029, 4, 1));
        QCOMPARE(BusinessCalendar::easterSunday(2030), QDate(2030, 4, 21));
        const auto days = BusinessCalendar::germanHolidays(2026);
        QCOMPARE(days.size(), size_t(9));
        QCOMPARE(days[1].day, QDate(2026, 4, 3)); // Karfreitag
        QCOMPARE(days[2].day, QDate(2026, 4, 6)); // Ostermontag
        QCOMPARE(days[4].day, QDate(2026, 5, 14)); // Christi Himmelfahrt
        QCOMPARE(days[5].day, QDate(2026, 5, 25)); // Pfingstmontag
        QCOMPARE(days[6].name, QStringLiteral("Tag der Deutschen Einheit"));

        const BusinessCalendar c = BusinessCalendar::germanDefault();
        QCOMPARE(c.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(c.holidays().size(), size_t(45));
        QVERIFY(c.isHoliday(QDate(2030, 6, 10))); // Pfingstmontag 2030
        QVERIFY(!c.isWorkingDay(QDate(2026, 3, 7))); // a Saturday
        QVERIFY(c.isWorkingDay(QDate(2026, 12, 24))); // Heiligabend is no national holiday
    }

    void addBusinessMinutes_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("within the day") << berlin(2026, 3, 3, 10) << 240 << berlin(2026, 3, 3, 14);
        QTest::newRow("until closing exactly")
            << berlin(2026, 3, 3, 13) << 240 << berlin(2026, 3, 3, 17);
        QTest::newRow("over the evening")
            << berlin(2026, 3, 3, 15, 30) << 240 << berlin(2026, 3, 4, 11, 30);
        QTest::newRow("over the weekend")
            << berlin(2026, 3, 6, 16) << 240 << berlin(2026, 3, 9, 12);
        QTest::newRow("started on Saturday")
            << berlin(2026, 3, 7, 11) << 60 << berlin(2026, 3, 9, 10);
        QTest::newRow("started before opening")
            << berlin(2026, 3, 3, 7) << 60 << berlin(2026, 3, 3, 10);
        QTest::newRow("started after closing")
            << berlin(2026, 3, 3, 20) << 60 << berlin(2026, 3, 4, 10);
        // Karfreitag, the weekend and Ostermontag are skipped.
        QTest::newRow("over Easter") << berlin(2026, 4, 2, 16) << 240 << berlin(2026, 4, 7, 12);
        QTest::newRow("over Christmas")
            << berlin(2026, 12, 24, 16) << 120 << berlin(2026, 12, 28, 10);
        // Spring forward (Sunday 29 March 2026): Friday 15:00 CET -> Monday 11:00 CEST.
        QTest::newRow("spring DST") << berlin(2026, 3, 27, 15) << 240 << utc(2026, 3, 30, 9);
        // Fall back (Sunday 25 October 2026): Friday 16:00 CEST -> Monday 10:00 CET.
        QTest::newRow("autumn DST") << utc(2026, 10, 23, 14) << 120 << utc(2026, 10, 26, 9);
        QTest::newRow("zero minutes outside hours")
            << berlin(2026, 3, 7, 11) << 0 << berlin(2026, 3, 9, 9);
    }

    void addBusinessMinutes()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QDateTime, due);
        const BusinessCalendar c = BusinessCalendar::germanDefault();
        const QDateTime got = c.addBusinessMinutes(start, minutes);
        QCOMPARE(got.toUTC(), due.toUTC());
        QCOMPARE(got.timeSpec(), Qt::UTC);
        // The way back: the business time between start and due is what was added.
        QCOMPARE(c.businessSecondsBetween(start, got), qint64(minutes) * 60);
    }

    void addBusinessDays_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("same time two days later")
            << berlin(2026, 3, 2, 15) << 2 << berlin(2026, 3, 4, 15);
        QTest::newRow("over the weekend") << berlin(2026, 3, 5, 11) << 2 << berlin(2026, 3, 9, 11);
        QTest::newRow("Friday evening counts from Monday")
            << berlin(2026, 3, 6, 20) << 2 << berlin(2026, 3, 11, 9);
        QTest::newRow("over Christmas")
            << berlin(2026, 12, 23, 11) << 2 << berlin(2026, 12, 28, 11);
        // 10:00 stays 10:00 local time although UTC moved by an hour in between.
        QTest::newRow("spring DST") << utc(2026, 3, 27, 9) << 2 << utc(2026, 3, 31, 8);
        QTest::newRow("autumn DST") << utc(2026, 10, 23, 8) << 1 << utc(2026, 10, 26, 9);
    }

    void addBusinessDays()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        QCOMPARE(
            BusinessCalendar::germanDefault().addBusinessDays(start, days).toUTC(), due.toUTC());
    }

    void businessTimeBetween()
    {
        const BusinessCalendar c = BusinessCalendar::germanDefault();
        QCOMPARE(c.businessSecondsBetween(berlin(2026, 3, 6, 16), berlin(2026, 3, 9, 10)),
            qint64(2 * 3600));
        QCOMPARE(
            c.businessSecondsBetween(berlin(2026, 3, 7, 8), berlin(2026, 3, 8, 20)), qint64(0));
        QCOMPARE(
            c.businessSecondsBetween(berlin(2026, 3, 9, 10), berlin(2026, 3, 6, 16)), qint64(0));
        // The week of Karfreitag and Ostermontag: Tue, Wed, Thu are 3 days of 8 hours.
        QCOMPARE(c.businessSecondsBetween(berlin(2026, 4, 3, 0), berlin(2026, 4, 10, 0)),
            qint64(3 * 8 * 3600));
        QCOMPARE(c.businessSecondsBetween(berlin(2026, 4, 3, 0), berlin(2026, 4, 11, 0)),
            qint64(4 * 8 * 3600));
    }

    void daylightSavingDaysAreShortAndLong()
    {
        const BusinessCalendar c = roundTheClock();
        // From noon to noon over the change: 23 hours in spring, 25 in autumn.
        QCOMPARE(c.businessSecondsBetween(berlin(2026, 3, 28, 12), berlin(2026, 3, 29, 12)),
            qint64(23 * 3600));
        QCOMPARE(c.businessSecondsBetween(berlin(2026, 10, 24, 12), berlin(2026, 10, 25, 12)),
            qint64(25 * 3600));
        QCOMPARE(c.addBusinessSeconds(berlin(2026, 3, 28, 12), 24 * 3600),
            berlin(2026, 3, 29, 13).toUTC());
        QCOMPARE(c.addBusinessSeconds(berlin(2026, 10, 24, 12), 24 * 3600),
            berlin(2026, 10, 25, 11).toUTC());
    }

    void calendarWithoutWorkingTime()
    {
        BusinessCalendar c;
        QVERIFY(!c.hasWorkingTime());
        QVERIFY(!c.addBusinessMinutes(utc(2026, 3, 3, 9), 60).isValid());
        QVERIFY(!c.addBusinessDays(utc(2026, 3, 3, 9), 2).isValid());
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
