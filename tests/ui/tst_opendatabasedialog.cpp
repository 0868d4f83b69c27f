// Tests File › Open team database…: a connection that fails keeps the dialog open with the
// server's message; one that works opens (and migrates) the database and remembers it without
// its password.
#include "mainwindow/opendatabasedialog.h"
#include "settings/preferences.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

class TestOpenDatabaseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("session/recentServers"));
    }

    void failedConnectionStaysOpenWithTheReason()
    {
        OpenDatabaseDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(1); // nothing listens
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("geheim"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = dialog.findChild<QLabel *>(QStringLiteral("error"))->text();
        QVERIFY2(error.contains(QLatin1String("127.0.0.1:1/bantam")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("geheim")));
        QVERIFY(!dialog.takeDatabase());
        QVERIFY(preferences::recentServers().isEmpty());

        // No server named: said at once, nothing tried.
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->clear();
        dialog.accept();
        QVERIFY(dialog.isVisible());
    }

    void workingConnectionOpensAndIsRemembered()
    {
        if (!TestDatabase::onServer())
            QSKIP("needs the PostgreSQL test server (the *_pg run)");
        QTemporaryDir dir;
        DatabaseLocations locations(dir.path());
        auto target = ServerLocation::parse(locations.next(QStringLiteral("team")));
        QVERIFY(target.ok());
        OpenDatabaseDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(target->host());
        if (target->port() > 0)
            dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(target->port());
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(target->database());
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(target->user());
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("unused"));
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto db = dialog.takeDatabase();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        const QStringList recent = preferences::recentServers();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first().contains(target->database()));
        QVERIFY(!recent.first().contains(QLatin1String("unused")));

        // The next time, the recent connection fills the form; only the password is asked.
        OpenDatabaseDialog again;
        QCOMPARE(
            again.findChild<QLineEdit *>(QStringLiteral("database"))->text(), target->database());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QString());
    }
};

QTEST_MAIN(TestOpenDatabaseDialog)
#include "tst_opendatabasedialog.moc"
