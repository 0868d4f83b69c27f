// Tests Database: creating and migrating files, the backup taken before a migration, the
// pragmas every connection gets, refusing files that are not (or not yet) ours, and the
// Transaction guard.
#include "reports/reportservice.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/integritymark.h"
#include "storage/leadrepository.h"
#include "storage/libpq.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/rawsqlite.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <link.h>

using namespace bantam;
using namespace bantam::testing;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

QVariant scalar(const Database &db, const QString &sql)
{
    return scalar(db.connection(), sql);
}

QStringList backupsBeside(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral("*.bak")}, QDir::Files);
}

// Whether a shared library whose file name starts with name is mapped into this process.
bool libraryLoaded(const char *name)
{
    struct Search
    {
        const char *name;
        bool found = false;
    } search {name};
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *s = static_cast<Search *>(data);
            const QByteArray file
                = QFileInfo(QString::fromLocal8Bit(info->dlpi_name)).fileName().toLocal8Bit();
            s->found = s->found || file.startsWith(s->name);
            return 0;
        },
        &search);
    return search.found;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsAtLatestVersion();
    void connectionPragmas();
    void postgresClientIsLoadedOnlyForATeamDatabase();
    void reopenKeepsDataWithoutBackup();
    void oldVersionIsUpgradedWithBackup();
    void migration3BackfillsMilestones();
    void newerVersionIsRefused();
    void notADatabaseIsRefused();
    void otherProgramsDatabaseIsRefused();
    void missingFolderIsCreated();
    void damagedFileIsRefusedWithHowToRecover();
    void fileUnchangedSinceBantamClosedItIsNotCheckedAgain();
    void missingOrEmptyFileIsCreatedOnlyWhenAsked();
    void writeProtectedFileOpensReadOnly();
    void transactionRollsBackUnlessCommitted();
    void transactionCommits();
    void backupWhileAnotherConnectionWrites();
    void largeCommitIsCheckpointedInTheBackground();
};

void TestDatabaseFile::freshDatabaseIsAtLatestVersion()
{
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    if (TestDatabase::onServer())
        return; // the rest is about the file (the server's version table: tst_teamdatabase)
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA user_version")).toInt(),
        Database::latestSchemaVersion());
    QCOMPARE(t.db().path(), QFileInfo(t.path()).absoluteFilePath());
    QVERIFY(QFileInfo::exists(t.path()));
    // A new file has nothing to back up.
    QCOMPARE(t.db().backupPath(), QString());
    QCOMPARE(backupsBeside(t.path()), QStringList());

    // The tables of every migration exist, and the reason lists are filled.
    for (const char *table :
        {"teams", "users", "leads", "stage_history", "activities", "reasons"}) {
        QCOMPARE(scalar(t.db(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                    "type = 'table' AND name = '%1'")
                         .arg(QLatin1String(table)))
                     .toInt(),
            1);
    }
    for (const char *kind : {"disqualify", "reject", "recycle", "lost"}) {
        QVERIFY2(scalar(t.db(),
                     QStringLiteral("SELECT count(*) FROM reasons WHERE kind = '%1'")
                         .arg(QLatin1String(kind)))
                     .toInt()
                >= 3,
            kind);
    }
    QCOMPARE(scalar(t.db(),
                 QStringLiteral("SELECT label_en FROM reasons WHERE kind = 'disqualify' "
                                "AND code = 'no_budget'"))
                 .toString(),
        QStringLiteral("No budget"));
}

void TestDatabaseFile::connectionPragmas()
{
    if (TestDatabase::onServer())
        QSKIP("SQLite connection pragmas; a PostgreSQL connection has none of them");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QCOMPARE(
        scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL

    // Foreign keys are enforced: a lead cannot point at a user that does not exist.
    QSqlQuery q(t.db().connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO leads (owner_id, stage_changed_at, created_at, "
                                   "updated_at) VALUES (999, 0, 0, 0)")));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
}

void TestDatabaseFile::postgresClientIsLoadedOnlyForATeamDatabase()
{
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM leads")).toInt(), 0);
    // On a file, the PostgreSQL client and the twenty libraries behind it stay out of the
    // process (a quarter of bantam-cli's start-up); a team database loads it when it connects.
    QCOMPARE(libraryLoaded("libpq.so"), TestDatabase::onServer());
    if (TestDatabase::onServer()) {
        QString why;
        QVERIFY2(LibPq::get(&why), qPrintable(why));
    }
}

void TestDatabaseFile::reopenKeepsDataWithoutBackup()
{
    FakeClock clock;
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    const User rep = Builders(t.db(), clock).user(QStringLiteral("kschulz"), Role::Rep);
    const Lead lead = Builders(t.db(), clock)
                          .lead()
                          .name(QStringLiteral("Björn"), QStringLiteral("Krüger"))
                          .owner(rep)
                          .insert();
    QVERIFY(lead.id > 0);
    const int reasons = scalar(t.db(), QStringLiteral("SELECT count(*) FROM reasons")).toInt();

    t.close();
    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(t.db().backupPath(), QString());
    QCOMPARE(backupsBeside(t.path()), QStringList());
    auto again = LeadRepository(t.db()).byId(lead.id);
    QVERIFY(again.ok());
    QCOMPARE(again->profile.lastName, QStringLiteral("Krüger"));
    QCOMPARE(again->ownerName, QStringLiteral("kschulz"));
    // No migration ran again (it would have added its reasons a second time).
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM reasons")).toInt(), reasons);
    auto users = UserRepository(t.db()).count();
    QVERIFY(users.ok());
    QCOMPARE(users.value(), qint64(1));
}

void TestDatabaseFile::oldVersionIsUpgradedWithBackup()
{
    if (TestDatabase::onServer())
        QSKIP("the backup before migrating is an SQLite file copy beside the file; the server case "
              "is in tst_teamdatabase");
    FakeClock clock;
    TestDatabase t(Database::Options {1, true});
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), 1);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reasons'"))
            .toInt(),
        0);
    // The user and the lead are written as version 1 wrote them (today's repositories write
    // columns it did not have).
    User rep;
    {
        QSqlQuery q(t.db().connection());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO users (login, name, role, created_at) VALUES "
                                  "('kschulz', 'Kevin Schulz', 'rep', 1772000000) RETURNING id")),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        rep.id = q.value(0).toLongLong();
    }
    Lead lead;
    lead.profile.firstName = QStringLiteral("Özlem");
    lead.profile.lastName = QStringLiteral("Yılmaz");
    lead.profile.email = QStringLiteral("oezlem@example.com");
    {
        QSqlQuery q(t.db().connection());
        q.prepare(
            QStringLiteral("INSERT INTO leads (first_name, last_name, email, stage, owner_id, "
                           "stage_changed_at, created_at, updated_at) VALUES (:first, :last, "
                           ":email, 'mql', :owner, 1772000000, 1772000000, 1772000000) "
                           "RETURNING id, version"));
        q.bindValue(QStringLiteral(":first"), lead.profile.firstName);
        q.bindValue(QStringLiteral(":last"), lead.profile.lastName);
        q.bindValue(QStringLiteral(":email"), lead.profile.email);
        q.bindValue(QStringLiteral(":owner"), rep.id);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        lead.id = q.value(0).toLongLong();
        lead.version = q.value(1).toInt();
    }
    QVERIFY(lead.id > 0);
    t.close();

    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA user_version")).toInt(),
        Database::latestSchemaVersion());
    // The data survived the migration...
    auto upgraded = LeadRepository(t.db()).byId(lead.id);
    QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message));
    QCOMPARE(upgraded->profile, lead.profile);
    QCOMPARE(upgraded->stage, Stage::Mql);
    QCOMPARE(upgraded->ownerId, std::optional<qint64>(rep.id));
    QCOMPARE(upgraded->version, lead.version);
    // ...and what the new version brings is there.
    QVERIFY(scalar(t.db(), QStringLiteral("SELECT count(*) FROM reasons")).toInt() > 0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM activities")).toInt(), 0);

    // The copy from before the migration is a version-1 database with the same data.
    const QString backup = t.db().backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(t.path()).absolutePath());
    QVERIFY2(backup.contains(QLatin1String("v1")), qPrintable(backup));
    QCOMPARE(backupsBeside(t.path()).size(), 1);
    {
        RawSqlite old(backup);
        QVERIFY(old.isOpen());
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(
            old.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'reasons'"))
                .toInt(),
            0);
        QCOMPARE(
            old.scalar(QStringLiteral("SELECT last_name FROM leads WHERE id = %1").arg(lead.id))
                .toString(),
            QStringLiteral("Yılmaz"));
        QCOMPARE(old.scalar(QStringLiteral("SELECT login FROM users")).toString(),
            QStringLiteral("kschulz"));
    }

    // Opening the upgraded file again needs no further backup.
    t.close();
    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().backupPath(), QString());
    QCOMPARE(backupsBeside(t.path()).size(), 1);
}

// Migration 3 fills the report milestones of existing leads from their stage history: the
// first entry into MQL, SQL and Won, whatever happened afterwards.
void TestDatabaseFile::migration3BackfillsMilestones()
{
    if (TestDatabase::onServer())
        QSKIP("builds a version-2 database and migrates it, which takes a file backup first; the "
              "server case is in tst_teamdatabase");
    TestDatabase t(Database::Options {2, true});
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), 2);
    QSqlDatabase db = t.db().connection();
    auto exec = [&db](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            QTest::qFail(
                qPrintable(sql + QStringLiteral(": ") + q.lastError().text()), __FILE__, __LINE__);
    };
    const qint64 t0 = 1772000000; // 2026-02-25 06:13:20 UTC
    // Leads as version 2 wrote them, with their history; hours after t0 in the comments.
    for (int id = 1; id <= 6; ++id) {
        exec(QStringLiteral("INSERT INTO leads (id, stage, stage_changed_at, created_at, "
                            "updated_at) VALUES (%1, 'lead', %2, %2, %2)")
                 .arg(id)
                 .arg(t0));
        exec(QStringLiteral("INSERT INTO stage_history (lead_id, action, to_stage, changed_at) "
                            "VALUES (%1, 'create', 'lead', %2)")
                 .arg(id)
                 .arg(t0));
    }
    struct H
    {
        int lead;
        const char *action, *from, *to;
        int hour;
    };
    const H history[] = {
        // 1: promoted (1), accepted (2: MQL again), qualified (3), won (4)
        {1, "promote", "lead", "mql", 1},
        {1, "accept", "mql", "mql", 2},
        {1, "qualify", "mql", "sql", 3},
        {1, "win", "sql", "won", 4},
        // 2: qualified straight from Lead (5), lost (6)
        {2, "qualify", "lead", "sql", 5},
        {2, "lose", "sql", "lost", 6},
        // 3: recycled and qualified again, written out of order: the earliest entries count
        {3, "promote", "lead", "mql", 9},
        {3, "qualify", "mql", "sql", 10},
        {3, "promote", "lead", "mql", 6},
        {3, "qualify", "mql", "sql", 7},
        {3, "recycle", "sql", "lead", 8},
        // 4: rejected by sales
        {4, "promote", "lead", "mql", 11},
        {4, "reject", "mql", "lead", 12},
        // 5: disqualified as a lead; 6: untouched
        {5, "disqualify", "lead", "disqualified", 13},
    };
    for (const H &h : history) {
        exec(QStringLiteral("INSERT INTO stage_history (lead_id, action, from_stage, to_stage, "
                            "changed_at) VALUES (%1, '%2', '%3', '%4', %5)")
                 .arg(h.lead)
                 .arg(QLatin1String(h.action), QLatin1String(h.from), QLatin1String(h.to))
                 .arg(t0 + h.hour * 3600));
    }
    QVERIFY(!QTest::currentTestFailed());
    t.close();

    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion()); // 3 and later
    QVERIFY(!t.db().backupPath().isEmpty());
    const auto hour = [t0](int h) { return QDateTime::fromSecsSinceEpoch(t0 + h * 3600, Qt::UTC); };
    struct Expected
    {
        int lead;
        int mql, sql, won; // hours after t0, -1 = none
    };
    const Expected expected[] = {{1, 1, 3, 4}, {2, -1, 5, -1}, {3, 6, 7, -1}, {4, 11, -1, -1},
        {5, -1, -1, -1}, {6, -1, -1, -1}};
    LeadRepository leads(t.db());
    for (const Expected &e : expected) {
        auto lead = leads.byId(e.lead);
        QVERIFY2(lead.ok(), lead.ok() ? "" : qPrintable(lead.error().message));
        const QByteArray which = QByteArray("lead ") + QByteArray::number(e.lead);
        QVERIFY2(lead->mqlAt == (e.mql < 0 ? QDateTime() : hour(e.mql)), which.constData());
        QVERIFY2(lead->sqlAt == (e.sql < 0 ? QDateTime() : hour(e.sql)), which.constData());
        QVERIFY2(lead->wonAt == (e.won < 0 ? QDateTime() : hour(e.won)), which.constData());
    }

    // The reports' indexes are there (idx_leads_report_owner only until migration 19 dropped it:
    // no report reads it), and the reports count the backfilled leads.
    QCOMPARE(
        scalar(t.db(),
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                           "('idx_leads_report_source', 'idx_leads_report_score', "
                           "'idx_leads_hours_to_mql', 'idx_leads_hours_to_sql', "
                           "'idx_leads_hours_to_won', 'idx_history_reason_day')"))
            .toInt(),
        6);
    auto funnel = ReportService(t.db()).funnel({});
    QVERIFY(funnel.ok());
    QCOMPARE(funnel->leads, qint64(6));
    QCOMPARE(funnel->mql, qint64(4)); // 1, 2 (skipped MQL), 3, 4
    QCOMPARE(funnel->sql, qint64(3));
    QCOMPARE(funnel->won, qint64(1));
}

void TestDatabaseFile::newerVersionIsRefused()
{
    if (TestDatabase::onServer())
        QSKIP("writes the version into the SQLite file header; the server case is in "
              "tst_teamdatabase");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    t.close();
    {
        RawSqlite raw(t.path());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = contents(t.path());

    auto opened = Database::openSqlite(t.path());
    QVERIFY(!opened.ok());
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QLatin1String("99")), qPrintable(message));
    QVERIFY2(
        message.contains(QString::number(Database::latestSchemaVersion())), qPrintable(message));
    QVERIFY2(message.contains(t.path()), qPrintable(message));
    QCOMPARE(opened.error().field, QStringLiteral("database"));

    // Refused means untouched: no migration, no backup, the file as it was.
    QCOMPARE(backupsBeside(t.path()), QStringList());
    QCOMPARE(contents(t.path()), before);
    RawSqlite raw(t.path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void TestDatabaseFile::notADatabaseIsRefused()
{
    if (TestDatabase::onServer())
        QSKIP("about files that are not SQLite databases; the server case is in tst_teamdatabase");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray text;
    QRandomGenerator rng(7);
    while (text.size() < 8192) {
        text += "Meeting notes, line ";
        text += QByteArray::number(rng.generate());
        text += '\n';
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    auto opened = Database::openSqlite(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Invalid);
    QCOMPARE(opened.error().field, QStringLiteral("database"));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("not a Bantam database")),
        qPrintable(opened.error().message));
    QCOMPARE(contents(path), text);
    QCOMPARE(backupsBeside(path), QStringList());
}

void TestDatabaseFile::otherProgramsDatabaseIsRefused()
{
    if (TestDatabase::onServer())
        QSKIP("an SQLite file of another program; the server case is in tst_teamdatabase");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("addressbook.sqlite"));
    {
        RawSqlite other(path);
        QVERIFY(other.isOpen());
        QVERIFY(other.exec(
            QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO contacts (name) VALUES ('Anna')")));
    }
    const QByteArray before = contents(path);

    auto opened = Database::openSqlite(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Invalid);
    QCOMPARE(opened.error().field, QStringLiteral("database"));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("another program")),
        qPrintable(opened.error().message));

    // The other program's file is left exactly as it was: no Bantam tables, and still in its
    // own journal mode (a file switched to WAL needs -wal/-shm files and WAL-capable readers).
    {
        RawSqlite other(path);
        QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(other.scalar(QStringLiteral("SELECT name FROM contacts")).toString(),
            QStringLiteral("Anna"));
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("delete"));
    }
    QCOMPARE(contents(path), before);
}

void TestDatabaseFile::missingFolderIsCreated()
{
    if (TestDatabase::onServer())
        QSKIP("about folders of database files");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/bantam.sqlite"));
    auto opened = Database::openSqlite(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFileInfo::exists(path));

    // A folder where the file should be is refused.
    auto folder = Database::openSqlite(dir.filePath(QStringLiteral("a")));
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().field, QStringLiteral("database"));
}

void TestDatabaseFile::damagedFileIsRefusedWithHowToRecover()
{
    if (TestDatabase::onServer())
        QSKIP("about damaged database files");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bantam.sqlite"));
    {
        auto opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO teams (name) VALUES (:n)")));
        for (int i = 0; i < 4000; ++i) {
            q.bindValue(QStringLiteral(":n"),
                QStringLiteral("Team %1 %2").arg(i).arg(QString(60, QLatin1Char('x'))));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    } // the last connection checkpoints the WAL into the file
    QFile::remove(path + QStringLiteral("-wal"));
    // Random bytes over a page in the middle (the header and schema on page 1 stay intact).
    QByteArray bytes = contents(path);
    const int pageSize = 4096;
    const int pages = int(bytes.size() / pageSize);
    QVERIFY(pages > 20);
    QRandomGenerator rng(19);
    for (int i = 0; i < pageSize; ++i)
        bytes[(pages / 2) * pageSize + i] = char(rng.bounded(256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // A copy Bantam took before a migration lies beside it: the message names it.
    QFile::copy(path, path + QStringLiteral(".v9-20260101-120000.bak"));

    auto opened = Database::openSqlite(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().field, QStringLiteral("database"));
    const QString message = opened.error().message;
    QVERIFY2(message.contains(path) && message.contains(QLatin1String("is damaged")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("restore")), qPrintable(message));
    QVERIFY2(
        message.contains(path + QStringLiteral(".v9-20260101-120000.bak")), qPrintable(message));
    QCOMPARE(contents(path), bytes); // nothing written to it
}

void TestDatabaseFile::fileUnchangedSinceBantamClosedItIsNotCheckedAgain()
{
    if (TestDatabase::onServer())
        QSKIP("about database files");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bantam.sqlite"));
    const auto checkedOnOpen = [&path]() -> int {
        auto opened = Database::openSqlite(path);
        if (!opened.ok()) {
            qWarning() << opened.error().message;
            return -1;
        }
        return opened.value()->checkedOnOpen() ? 1 : 0;
    };
    // Another program touches the file: its time changes (to an hour ago, so that the time
    // differs for certain from what Bantam saw however coarse the file system's clock).
    const auto touch = [&path](int secondsAgo) {
        QFile f(path);
        return f.open(QIODevice::ReadWrite)
            && f.setFileTime(QDateTime::currentDateTime().addSecs(-secondsAgo),
                QFileDevice::FileModificationTime);
    };
    QCOMPARE(checkedOnOpen(), 1); // a new file
    QVERIFY(touch(3600));
    QCOMPARE(checkedOnOpen(), 1); // changed since Bantam closed it
    QCOMPARE(checkedOnOpen(), 0); // as Bantam left it: no second check
    QCOMPARE(checkedOnOpen(), 0);
    QVERIFY(touch(1800));
    QCOMPARE(checkedOnOpen(), 1);
    // No mark (Bantam was killed before it closed the file): checked.
    QVERIFY(QFile::remove(IntegrityMark::pathFor(path)));
    QCOMPARE(checkedOnOpen(), 1);
    QCOMPARE(checkedOnOpen(), 0);
}

void TestDatabaseFile::missingOrEmptyFileIsCreatedOnlyWhenAsked()
{
    if (TestDatabase::onServer())
        QSKIP("about files; an empty team database in tst_teamdatabase");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    using Create = Database::Options::Create;
    Database::Options never;
    never.create = Create::Never;
    Database::Options ifMissing;
    ifMissing.create = Create::IfMissing;

    // A mistyped path: an error naming it, and no file.
    const QString typo = dir.filePath(QStringLiteral("bantm.sqlite"));
    auto opened = Database::openSqlite(typo, never);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QCOMPARE(opened.error().field, QStringLiteral("database"));
    QVERIFY2(opened.error().message.contains(typo), qPrintable(opened.error().message));
    QVERIFY(!QFileInfo::exists(typo));

    // A 0-byte file is not silently made a new database.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const Database::Options &options : {never, ifMissing}) {
        opened = Database::openSqlite(empty, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QVERIFY2(opened.error().message.contains(QLatin1String("0 bytes")),
            qPrintable(opened.error().message));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }
    // Creating is asked for: a missing file (first start), an empty one too (init).
    opened = Database::openSqlite(typo, ifMissing);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    opened = Database::openSqlite(empty, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    opened.value().reset();
    // Once set up, it opens without creating.
    opened = Database::openSqlite(empty, never);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
}

void TestDatabaseFile::writeProtectedFileOpensReadOnly()
{
    if (TestDatabase::onServer())
        QSKIP("about write-protected files");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bantam.sqlite"));
    {
        auto opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(!opened.value()->isReadOnly());
        QVERIFY(UserRepository(*opened.value()).insertTeam(QStringLiteral("Nord")).ok());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = contents(path);

    Database::Options never;
    never.create = Database::Options::Create::Never;
    auto opened = Database::openSqlite(path, never);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    Database &db = *opened.value();
    QVERIFY(db.isReadOnly());
    auto teams = UserRepository(db).teams();
    QVERIFY2(teams.ok(), teams.ok() ? "" : qPrintable(teams.error().message));
    QCOMPARE(teams->size(), size_t(1));
    // Writes are refused with a message that says why, not SQLite's.
    {
        Transaction tx(db);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.beginError().kind, Error::Kind::Forbidden);
        QVERIFY2(tx.beginError().message.contains(QLatin1String("read-only"))
                && tx.beginError().message.contains(path),
            qPrintable(tx.beginError().message));
    }
    opened.value().reset();
    QCOMPARE(contents(path), before);
}

void TestDatabaseFile::transactionRollsBackUnlessCommitted()
{
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    UserRepository users(t.db());
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QVERIFY(users.insertTeam(QStringLiteral("Nord")).ok());
        QVERIFY(users.insertTeam(QStringLiteral("Süd")).ok());
        auto inside = users.teams();
        QVERIFY(inside.ok());
        QCOMPARE(inside->size(), size_t(2)); // visible inside the transaction
    } // no commit
    auto after = users.teams();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), size_t(0));

    // A later transaction on the same connection works normally.
    Transaction tx(t.db());
    QVERIFY(tx.isActive());
    QVERIFY(users.insertTeam(QStringLiteral("West")).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(users.teams()->size(), size_t(1));
}

void TestDatabaseFile::transactionCommits()
{
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QVERIFY(UserRepository(t.db()).insertTeam(QStringLiteral("Nord")).ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.isActive());
    }
    // Committed data is on disk: another database object on the same file sees it.
    t.close();
    QVERIFY2(t.reopen(), qPrintable(t.errorMessage()));
    auto teams = UserRepository(t.db()).teams();
    QVERIFY(teams.ok());
    QCOMPARE(teams->size(), size_t(1));
    QCOMPARE(teams->front().name, QStringLiteral("Nord"));
}

// bantam-cli backup / File › Back up database… while another program is in the middle of a write:
// the backup is taken (it does not wait for the writer) and holds the committed state only.
void TestDatabaseFile::backupWhileAnotherConnectionWrites()
{
    if (TestDatabase::onServer())
        QSKIP("a team database is backed up by pg_dump, which takes its own snapshot");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QSqlQuery create(t.db().connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE kept (x INTEGER)")));
    RawSqlite writer(t.path());
    QVERIFY(writer.isOpen());
    QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(writer.exec(QStringLiteral("CREATE TABLE unfinished (x INTEGER)")));

    const QString file = t.filePath(QStringLiteral("backups/now.sqlite"));
    const auto written = DatabaseBackup::write(t.db(), file);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QVERIFY(writer.exec(QStringLiteral("COMMIT")));

    RawSqlite copy(file);
    QVERIFY(copy.isOpen());
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
        Database::latestSchemaVersion());
    const QString tableCount
        = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'");
    QCOMPARE(copy.scalar(tableCount.arg(QLatin1String("kept"))).toInt(), 1);
    QCOMPARE(copy.scalar(tableCount.arg(QLatin1String("unfinished"))).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
// A commit that leaves more than 1,000 pages in the write-ahead log does not copy them into the
// file itself (with two fsyncs, most of a large commit's time): a thread of the Database does,
// while the caller goes on. The data are there throughout, and a clean close leaves no log.
void TestDatabaseFile::largeCommitIsCheckpointedInTheBackground()
{
    if (TestDatabase::onServer())
        QSKIP("the write-ahead log is SQLite's");
    TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorMessage()));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE bulk (x BLOB)")));
    const qint64 before = t.db().backgroundCheckpoints();
    const qint64 fileBefore = QFileInfo(t.path()).size();
    constexpr int kRows = 1500; // a page each, and more
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO bulk (x) VALUES (zeroblob(5000))")));
        for (int i = 0; i < kRows; ++i)
            QVERIFY(q.exec());
        QVERIFY(tx.commit().ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(t.db().backgroundCheckpoints() > before, 10000);
    // Copied into the file (not only in the log).
    QVERIFY(QFileInfo(t.path()).size() >= fileBefore + qint64(kRows) * 4096);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM bulk")).toInt(), kRows);
    // A small commit does not wake it.
    const qint64 after = t.db().backgroundCheckpoints();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO bulk (x) VALUES (1)")));
    QTest::qWait(100);
    QCOMPARE(t.db().backgroundCheckpoints(), after);
    const QString path = t.path();
    t.close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

#include "tst_database.moc"
