// Tests the main window's watch on a team database's server: a connection the server no longer
// accepts is reported as lost (with the server's reason), and as back once it works again; a
// session the server dropped while it stayed up is replaced without a word; a file is never
// watched.
#include "mainwindow/connectionwatch.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

class TestConnectionWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsNeverLost()
    {
        if (TestDatabase::onServer())
            QSKIP("a file is watched by nobody; the *_pg run tests the server");
        TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
        ConnectionWatch watch(t.db(), 50);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        watch.check();
        QTest::qWait(200);
        QCOMPARE(lost.count(), 0);
        QVERIFY(!watch.isLost());
    }

    void lostThenBack()
    {
        if (!TestDatabase::onServer())
            QSKIP("needs the PostgreSQL test server (the *_pg run)");
        TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
        TestDatabase admin; // another database on the same server, for the admin's statements
        QVERIFY2(admin.isValid(), qPrintable(admin.errorMessage()));
        const QString name = ServerLocation::parse(t.path())->database();
        ConnectionWatch watch(t.db(), 60000); // checked by hand below
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);

        // The server drops the window's session but stays up (what a restart looks like
        // afterwards): the next check opens a new session and says nothing.
        const qint64 pid
            = queryValue(t.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(queryValue(admin.db(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid))
                    .toBool());
        QTest::qWait(100);
        watch.check();
        QTRY_VERIFY(!watch.isLost() && queryValue(t.db(), QStringLiteral("SELECT 1")).toInt() == 1);
        QCOMPARE(lost.count(), 0);
        QVERIFY(queryValue(t.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong() != pid);

        // The database stops accepting connections and the session goes: lost, with why.
        queryValue(admin.db(),
            QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false; SELECT 1").arg(name));
        const qint64 second
            = queryValue(t.db(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(
            queryValue(admin.db(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(second))
                .toBool());
        QTest::qWait(100);
        watch.check();
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(watch.isLost());
        const QString why = lost.front().front().toString();
        QVERIFY2(why.contains(name), qPrintable(why));
        QCOMPARE(restored.count(), 0);

        // Accepting again: the next check brings the connection back and says so.
        queryValue(admin.db(),
            QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true; SELECT 1").arg(name));
        watch.check();
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(!watch.isLost());
        QCOMPARE(queryValue(t.db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    }
};

QTEST_MAIN(TestConnectionWatch)
#include "tst_connectionwatch.moc"
