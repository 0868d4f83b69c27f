// Tests the schema migrations against databases the previous release created (tests/testdata/,
// SQL dumps made with main at 6235f18): a new database has the same schema and the same seeded
// rows as the previous release's, and an old database full of demo data opens with every row
// kept. The *_upgraded runs of the other core tests (tests/CMakeLists.txt) run the whole suite on
// such a database.
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/migrations.h"
#include "support/rawsqlite.h"
#include "support/sqldump.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace bantam;
using namespace bantam::testing;

namespace {

const QString kEmptyDump = QStringLiteral(BANTAM_TESTDATA "/v9-empty.sql");
const QString kDemoDump = QStringLiteral(BANTAM_TESTDATA "/v9-demo-200-seed7.sql");

// What a database holds, in a form to compare: the schema (sqlite_master's SQL, white space
// folded), every row of every table in rowid order (values with their type, NULL apart from
// ''), and the schema version.
struct Snapshot
{
    QStringList schema;
    QMap<QString, QStringList> rows;
    int userVersion = -1;
    QString error;
};

QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    return QString::fromLatin1(v.typeName()) + QLatin1Char(':') + v.toString();
}

Snapshot snapshot(const QSqlDatabase &db)
{
    Snapshot s;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name "
                               "NOT LIKE 'sqlite_%' ORDER BY type, name"))) {
        s.error = q.lastError().text();
        return s;
    }
    QStringList tables;
    while (q.next()) {
        s.schema << QStringLiteral("%1 %2 on %3: %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString().simplified());
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // Table names from sqlite_master itself, not from input.
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
            s.error = table + QLatin1String(": ") + rows.lastError().text();
            return s;
        }
        QStringList &out = s.rows[table];
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << cell(rows.value(i));
            out << values.join(QLatin1String(" | "));
        }
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        s.userVersion = q.value(0).toInt();
    return s;
}

Snapshot snapshotOfFile(const QString &path)
{
    RawSqlite raw(path);
    if (!raw.isOpen()) {
        Snapshot s;
        s.error = QStringLiteral("cannot open ") + path;
        return s;
    }
    return snapshot(raw.db());
}

void compareSnapshots(const Snapshot &actual, const Snapshot &expected)
{
    QVERIFY2(actual.error.isEmpty(), qPrintable(actual.error));
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    QCOMPARE(actual.userVersion, expected.userVersion);
    QCOMPARE(actual.schema, expected.schema);
    QCOMPARE(actual.rows.keys(), expected.rows.keys());
    for (auto it = expected.rows.cbegin(); it != expected.rows.cend(); ++it) {
        const QStringList &rows = actual.rows.value(it.key());
        QVERIFY2(rows.size() == it.value().size(),
            qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                           .arg(it.key())
                           .arg(rows.size())
                           .arg(it.value().size())));
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i], it.value()[i]);
    }
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreConsecutiveAndInOrder();
    void newDatabaseEqualsPreviousRelease();
    void previousReleaseDatabaseKeepsEveryRow();
};

void TestMigrations::versionsAreConsecutiveAndInOrder()
{
    for (auto dialect : {Database::Dialect::Sqlite, Database::Dialect::Postgres}) {
        const auto all = migrations(dialect);
        QVERIFY(!all.empty());
        for (size_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, int(i) + 1);
    }
    // A migration may concern one engine only (10: the server's change notices), never none.
    const auto files = migrations(Database::Dialect::Sqlite);
    const auto servers = migrations(Database::Dialect::Postgres);
    QCOMPARE(files.size(), servers.size());
    for (size_t i = 0; i < files.size(); ++i)
        QVERIFY(!files[i].statements.isEmpty() || !servers[i].statements.isEmpty());
}

// A database created by this version and one created by the previous release, opened (and so
// migrated) by this version: the same tables, indexes and triggers, the same seeded rows
// (reasons, SLA calendar and policies, questionnaire and frameworks), the same schema version.
void TestMigrations::newDatabaseEqualsPreviousRelease()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
    const QString error = loadSqlDump(kEmptyDump, oldPath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        auto upgraded = Database::openSqlite(oldPath);
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(upgraded.value()->backupPath(), QString()); // an empty file needs no copy
    }
    const Snapshot old = snapshotOfFile(oldPath);
    QCOMPARE(old.userVersion, Database::latestSchemaVersion());
    QVERIFY(old.rows.value(QStringLiteral("sla_holidays")).size() > 0);
    QVERIFY(old.rows.value(QStringLiteral("qualification_definitions")).size() == 2);

    const QString newPath = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto opened = Database::openSqlite(newPath);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    }
    compareSnapshots(snapshotOfFile(newPath), old);
}

// A database the previous release filled with demo data opens (migrating if its version is
// older) and keeps every row of every table.
void TestMigrations::previousReleaseDatabaseKeepsEveryRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString error = loadSqlDump(kDemoDump, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Snapshot before = snapshotOfFile(path);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(before.rows.value(QStringLiteral("leads")).size(), 200);

    auto opened = Database::openSqlite(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const Snapshot after = snapshot(db.connection());
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it)
        QCOMPARE(after.rows.value(it.key()).size(), it.value().size());
    // Nothing to migrate (the dump is at today's version): then nothing changed at all.
    if (before.userVersion == Database::latestSchemaVersion())
        compareSnapshots(after, before);

    // And today's code reads it.
    const LeadRepository leads(db);
    auto count = leads.count({});
    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QCOMPARE(count.value(), qint64(200));
    auto first = leads.byId(1);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(!first->profile.lastName.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
