// Tests bantam-cli as users and scripts run it: a separate process on a temporary database,
// checking exit codes, what it prints on stdout and stderr, and what ends up in the database.
#include "io/leadimport.h"
#include "io/phonenormalizer.h"
#include "reports/reportservice.h"
#include "sla/slareport.h"
#include "storage/database.h"
#include "storage/searchkey.h"
#include "storage/slarepository.h"
#include "storage/userrepository.h"
#include "support/testdatabase.h"
#include "version.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#ifndef BANTAM_CLI
#error "BANTAM_CLI must be the path of the bantam-cli executable"
#endif

using namespace bantam;
using bantam::testing::DatabaseLocations;
using bantam::testing::TestDatabase;

// How much longer the waits are in a slower build (tests/CMakeLists.txt); 1 outside CMake.
#ifndef BANTAM_TEST_TIME_FACTOR
#define BANTAM_TEST_TIME_FACTOR 1
#endif
constexpr int kTimeFactor = BANTAM_TEST_TIME_FACTOR;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray rawOut; // stdout as written (QString::fromUtf8 drops a BOM)
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Lists of texts written as C strings (QT_NO_CAST_FROM_ASCII).
QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QString describe(const QStringList &args, const Run &r)
{
    return QStringLiteral("bantam-cli %1\nexit %2\nstdout: %3\nstderr: %4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.exitCode)
        .arg(r.out.left(2000), r.err);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initCreatesDatabase();
    void copyToMovesEverythingToTheTeamDatabase();
    void copyToThatFailsLeavesTheTargetEmpty();
    void backupRestoresToTheSameNumbers();
    void checkFindsAndRepairsOwedWork();
    void importKilledAfterABatchIsFinishedOnResume();
    void modelSaveKilledBeforeItsHandoverIsFinished();
    void initRefusesOtherFiles();
    void lastAdminIsKeptAndRecoverable();
    void onlyInitMakesADatabase();
    void demoIsDeterministic();
    void demoOnlyIntoEmptyDatabase();
    void listByStage();
    void listPaging();
    void listSearch();
    void showHasTimeline();
    void marketingPromotesLead();
    void illegalMoveChangesNothing();
    void repCannotMoveOthersLead();
    void disqualifyNeedsReason();
    void reportFunnelJsonIsTheServicesNumbers();
    void reportSourcesCsvParses();
    void reportTextShowsEveryReport();
    void importLeads();
    void importDryRunThenFindByExternalId();
    void importWithSavedMappingAndAttributes();
    void scoreExplainAddsUp();
    void scoreModelVersions();
    void scoreTrainSaveAndExplain();
    void importActivities();
    void qualifyRecordsAnswersFile();
    void qualifyRefusesInvalidAnswersFile();
    void routeDryRunThenRouteAndReassign();
    void slaStatusJsonIsTheServicesNumbers();
    void reportSlaJsonIsTheServicesNumbers();
    void loggedCallStopsTheFirstTouchClock();
    void queueShowsADueCallbackFirst();
    void recontactReturnsRecycledLeads();
    void cadenceShownAndSetByTeamLeads();
    void homeRegionSetByAdminsReadsNationalNumbers();
    void slaSettings();
    void errors_data();
    void errors();
    void usageListsEveryCommand();
    void helpOfEachCommand_data();
    void helpOfEachCommand();
    void versionNamesQtSchemaAndLicence();

private:
    Run cli(const QStringList &args) const;
    // Runs and checks the exit code, reporting the whole run if it differs.
    Run expect(int exitCode, const QStringList &args, const char *file, int line) const;
    QString newDemoDatabase(const QString &name, int seed = 7);
    // The active scoring model with the MQL threshold at 35, as a file; how many leads saving it
    // would promote (its preview).
    QString lowerMqlModel(const QString &db, int *wouldPromote);
    QJsonArray list(const QString &db, const QStringList &extra) const;
    QJsonObject firstLeadIn(const QString &db, const QString &stage) const;
    QByteArray show(const QString &db, qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseLocations> m_locations; // the databases a test creates
};

#define EXPECT_RUN(code, ...)                                                                      \
    expect(code, __VA_ARGS__, __FILE__, __LINE__);                                                 \
    if (QTest::currentTestFailed())                                                                \
        return;

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_locations = std::make_unique<DatabaseLocations>(m_dir->path());
    QVERIFY2(QFile::exists(QString::fromUtf8(BANTAM_CLI)), BANTAM_CLI);
}

void TestCli::cleanup()
{
    m_locations.reset();
    m_dir.reset();
}

Run TestCli::cli(const QStringList &args) const
{
    QProcess p;
    // Never the user's own data folder, should a command miss its --db.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(BANTAM_CLI), args);
    Run r;
    // Two minutes, longer in the sanitizers' build (BANTAM_TEST_TIME_FACTOR, tests/CMakeLists.txt).
    if (!p.waitForFinished(120000 * kTimeFactor)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(bantam-cli did not finish in time)");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run TestCli::expect(int exitCode, const QStringList &args, const char *file, int line) const
{
    const Run r = cli(args);
    if (r.exitCode != exitCode) {
        QTest::qFail(
            qPrintable(QStringLiteral("expected exit code %1\n").arg(exitCode) + describe(args, r)),
            file, line);
    }
    return r;
}

QString TestCli::lowerMqlModel(const QString &db, int *wouldPromote)
{
    const Run shown = cli({QStringLiteral("--db"), db, QStringLiteral("score"),
        QStringLiteral("model"), QStringLiteral("show")});
    QJsonObject model = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QJsonObject thresholds = model.value(QStringLiteral("thresholds")).toObject();
    thresholds.insert(QStringLiteral("mql"), 35);
    model.insert(QStringLiteral("thresholds"), thresholds);
    const QString file = m_dir->filePath(QStringLiteral("mql35.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(model).toJson()) <= 0) {
        QTest::qFail(qPrintable(file), __FILE__, __LINE__);
        return {};
    }
    f.close();
    const Run preview = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
        QStringLiteral("score"), QStringLiteral("preview"), file});
    *wouldPromote = preview.json().object().value(QStringLiteral("promoted")).toInt();
    return file;
}

QString TestCli::newDemoDatabase(const QString &name, int seed)
{
    const QString db = m_locations->next(name);
    const QStringList args = {QStringLiteral("--db"), db, QStringLiteral("--json"),
        QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("300"),
        QStringLiteral("--seed"), QString::number(seed)};
    const Run r = cli(args);
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(describe(args, r)), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject summary = r.json().object();
    if (summary.value(QStringLiteral("leads")).toInt() != 300)
        QTest::qFail(qPrintable(QStringLiteral("demo summary: ") + r.out), __FILE__, __LINE__);
    return db;
}

QJsonArray TestCli::list(const QString &db, const QStringList &extra) const
{
    const QStringList args = QStringList {QStringLiteral("--db"), db, QStringLiteral("leads"),
                                 QStringLiteral("list"), QStringLiteral("--json")}
        + extra;
    const Run r = cli(args);
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(describe(args, r)), __FILE__, __LINE__);
        return {};
    }
    return r.json().object().value(QStringLiteral("leads")).toArray();
}

QJsonObject TestCli::firstLeadIn(const QString &db, const QString &stage) const
{
    const QJsonArray leads = list(
        db, {QStringLiteral("--stage"), stage, QStringLiteral("--limit"), QStringLiteral("1")});
    if (leads.isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("no demo lead in stage ") + stage), __FILE__, __LINE__);
        return {};
    }
    return leads.first().toObject();
}

QByteArray TestCli::show(const QString &db, qint64 id) const
{
    const QStringList args = {QStringLiteral("--db"), db, QStringLiteral("leads"),
        QStringLiteral("show"), QString::number(id), QStringLiteral("--json")};
    const Run r = cli(args);
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(describe(args, r)), __FILE__, __LINE__);
        return {};
    }
    return r.out.toUtf8();
}

void TestCli::initCreatesDatabase()
{
    const QString db = m_locations->next(QStringLiteral("new/bantam.sqlite"));
    const QString latest = QString::number(Database::latestSchemaVersion());
    Run r = EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    QVERIFY2(r.out.contains(QStringLiteral("schema version ") + latest), qPrintable(r.out));
    QVERIFY2(r.out.contains(db), qPrintable(r.out));
    QCOMPARE(r.err, QString());
    QVERIFY(TestDatabase::onServer() || QFile::exists(db));

    // Again, as JSON: nothing to migrate, so no backup.
    r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init")});
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(o.value(QStringLiteral("backup")).toString(), QString());

    // The administrator exists, once.
    r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("users")});
    const QJsonArray users = r.json().array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QStringLiteral("login")).toString(),
        QStringLiteral("admin"));
    QCOMPARE(
        users.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
}

namespace {
// A team database's index and foreign key definitions, sorted.
QStringList indexesAndKeys(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        return {db.error().message};
    QSqlQuery q(db.value()->connection());
    QStringList out;
    if (!q.exec(QStringLiteral(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND connamespace = "
            "current_schema()::regnamespace")))
        return {q.lastError().text()};
    while (q.next())
        out << q.value(0).toString();
    out.sort();
    return out;
}
} // namespace

void TestCli::copyToMovesEverythingToTheTeamDatabase()
{
    if (!TestDatabase::onServer())
        QSKIP("copies into a team database: needs the PostgreSQL test server (the *_pg run)");
    // A one-person database (always a file), with data of every kind the demo makes.
    const QString file = m_dir->filePath(QStringLiteral("mine.sqlite"));
    EXPECT_RUN(0,
        {QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--leads"),
            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    const QString team = m_locations->next(QStringLiteral("team"));
    Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), file, QStringLiteral("--json"), QStringLiteral("copy-to"), team});
    QVERIFY(r.json().object().value(QStringLiteral("rows")).toInteger() > 300);
    QVERIFY2(r.err.contains(QLatin1String("leads: 300 of 300 rows")), qPrintable(r.err));

    // Every report, the SLA status and the lead list print the same on both.
    const QStringList range = {QStringLiteral("--from"), QStringLiteral("2000-01-01"),
        QStringLiteral("--to"), QStringLiteral("2100-01-01"), QStringLiteral("--json")};
    QList<QStringList> commands;
    for (const char *report :
        {"funnel", "sources", "velocity", "reasons", "fairness", "calibration"})
        commands << QStringList {QStringLiteral("report"), QLatin1String(report)} + range;
    commands << QStringList {QStringLiteral("sla"), QStringLiteral("status"),
        QStringLiteral("--json")}
             << QStringList {QStringLiteral("leads"), QStringLiteral("list"),
                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")}
             << QStringList {QStringLiteral("users"), QStringLiteral("--json")}
             << QStringList {QStringLiteral("audit"), QStringLiteral("--json")};
    for (const QStringList &command : commands) {
        const Run mine = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), file} + command);
        const Run theirs = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), team} + command);
        QVERIFY2(mine.out.size() > 2, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(mine.out == theirs.out, qPrintable(command.join(QLatin1Char(' '))));
    }
    // The copy drops indexes and foreign keys for the load and makes them again: the target has
    // the same ones as a freshly made team database.
    const QString fresh = m_locations->next(QStringLiteral("fresh"));
    EXPECT_RUN(0, {QStringLiteral("--db"), fresh, QStringLiteral("init")});
    QCOMPARE(indexesAndKeys(team), indexesAndKeys(fresh));
    QVERIFY(indexesAndKeys(team).size() > 40);
    // New rows on the server continue after the copied ids.
    {
        auto db = Database::open(team);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM stage_history")) && q.next());
        const qint64 copied = q.value(0).toLongLong();
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO stage_history (lead_id, action, from_stage, "
                                       "to_stage, changed_at) SELECT min(id), 'note', 'lead', "
                                       "'lead', 0 FROM leads RETURNING id"))
                && q.next(),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), copied + 1);
    }
    // A second copy into the same (now used) database is refused and changes nothing.
    r = EXPECT_RUN(1, {QStringLiteral("--db"), file, QStringLiteral("copy-to"), team});
    QVERIFY2(r.err.contains(QLatin1String("not empty")), qPrintable(r.err));
    // A file is not a copy-to target.
    EXPECT_RUN(2,
        {QStringLiteral("--db"), file, QStringLiteral("copy-to"),
            m_dir->filePath(QStringLiteral("other.sqlite"))});
}

void TestCli::copyToThatFailsLeavesTheTargetEmpty()
{
    if (!TestDatabase::onServer())
        QSKIP("copies into a team database: needs the PostgreSQL test server (the *_pg run)");
    const QString file = m_dir->filePath(QStringLiteral("mine.sqlite"));
    EXPECT_RUN(0,
        {QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--leads"),
            QStringLiteral("100")});
    const QString team = m_locations->next(QStringLiteral("team"));
    EXPECT_RUN(0, {QStringLiteral("--db"), team, QStringLiteral("init")});
    {
        // The server refuses the stage history half-way through the copy.
        auto db = Database::open(team);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM users"))); // init's administrator
        QVERIFY(
            q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                  "$$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON stage_history "
                                      "FOR EACH ROW EXECUTE FUNCTION refuse()")));
    }
    const QStringList before = indexesAndKeys(team);
    const Run r = EXPECT_RUN(1, {QStringLiteral("--db"), file, QStringLiteral("copy-to"), team});
    QCOMPARE(indexesAndKeys(team), before); // the dropped ones are back with the rollback
    QVERIFY2(r.err.contains(QLatin1String("disk full (simulated)"))
            && r.err.contains(QLatin1String("stage_history")),
        qPrintable(r.err));
    auto db = Database::open(team);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    for (const char *table : {"users", "leads", "teams", "activities", "audit_log"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 0, table);
    }
    // The seed rows of the migrations are still there.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM reasons")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void TestCli::backupRestoresToTheSameNumbers()
{
    // On both engines: back up a demo database, restore it into a new one, same numbers.
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    const QString file = m_dir->filePath(QStringLiteral("backup/demo.backup"));
    Run r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("backup"), file});
    QVERIFY(r.json().object().value(QStringLiteral("bytes")).toInteger() > 10000);
    // Never over an existing file.
    r = EXPECT_RUN(1, {QStringLiteral("--db"), db, QStringLiteral("backup"), file});
    QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("exists")), qPrintable(r.err));

    const QString restored = m_locations->next(QStringLiteral("restored.sqlite"));
    EXPECT_RUN(0, {QStringLiteral("--db"), restored, QStringLiteral("restore"), file});
    for (const char *report : {"funnel", "sources", "fairness"}) {
        const QStringList command = {QStringLiteral("report"), QLatin1String(report),
            QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--json")};
        const Run a = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), db} + command);
        const Run b = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), restored} + command);
        QVERIFY2(a.out.size() > 2 && a.out == b.out, report);
    }
    // Restoring over a database that holds data is refused, and a file that is no backup too.
    r = EXPECT_RUN(1, {QStringLiteral("--db"), restored, QStringLiteral("restore"), file});
    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup\n");
    }
    r = EXPECT_RUN(1,
        {QStringLiteral("--db"), m_locations->next(QStringLiteral("x.sqlite")),
            QStringLiteral("restore"), notes});
    QVERIFY2(r.err.contains(QLatin1String("not a Bantam backup")), qPrintable(r.err));
}

void TestCli::checkFindsAndRepairsOwedWork()
{
    const QString db = newDemoDatabase(QStringLiteral("check.sqlite"));
    Run r = EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY2(r.out.contains(QLatin1String("No problems found")), qPrintable(r.out));

    // What a crash between an import batch's commit and its scoring and routing leaves behind:
    // a lead without a score of the active model, an open lead without owner and reason.
    qint64 unscored = 0;
    qint64 unrouted = 0;
    {
        auto opened = Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM leads WHERE stage = 'mql' AND owner_id IS "
                                      "NOT NULL ORDER BY id LIMIT 2")));
        QVERIFY(q.next());
        unscored = q.value(0).toLongLong();
        QVERIFY(q.next());
        unrouted = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM lead_scores WHERE lead_id = %1").arg(unscored)));
        QVERIFY(q.exec(QStringLiteral("UPDATE leads SET owner_id = NULL, unassigned_reason = "
                                      "'routing_owed' WHERE id = %1")
                           .arg(unrouted)));
    }
    r = EXPECT_RUN(
        1, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
    QJsonObject report = r.json().object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
    QStringList kinds;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
        kinds << f.toObject().value(QStringLiteral("kind")).toString();
        const QStringList examples
            = f.toObject().value(QStringLiteral("examples")).toVariant().toStringList();
        QCOMPARE(examples,
            QStringList {QString::number(
                kinds.last() == QLatin1String("not_scored") ? unscored : unrouted)});
    }
    QCOMPARE(kinds, strings({"not_scored", "not_routed"}));

    // Only admins repair; then all is well again.
    r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--repair"),
            QStringLiteral("--as"), QStringLiteral("kschulz")});
    QVERIFY2(r.err.contains(QLatin1String("administrators")), qPrintable(r.err));
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--repair"),
            QStringLiteral("--as"), QStringLiteral("admin")});
    QVERIFY2(r.out.contains(QLatin1String("Repaired: 1 lead scored, 0 promoted to MQL")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("No problems found")), qPrintable(r.out));
    {
        // Routed: an owner, or unassigned with routing's reason.
        auto opened = Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT owner_id, unassigned_reason FROM leads WHERE id = %1")
                           .arg(unrouted)));
        QVERIFY(q.next());
        QVERIFY2(
            !q.value(0).isNull() || !strings({"", "routing_owed"}).contains(q.value(1).toString()),
            qPrintable(q.value(1).toString()));
    }

    // A stage that is not the last history entry's: named, and left for a person to judge.
    {
        auto opened = Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE leads SET stage = 'won' WHERE id = %1").arg(unscored)));
    }
    for (int i = 0; i < 2; ++i) {
        QStringList args {QStringLiteral("--db"), db, QStringLiteral("check")};
        if (i == 1)
            args << QStringLiteral("--repair") << QStringLiteral("--as") << QStringLiteral("admin");
        r = EXPECT_RUN(1, args);
        QVERIFY2(
            r.out.contains(QStringLiteral("Leads whose stage is not the one their last history "
                                          "entry gives: 1 (ids %1)")
                               .arg(unscored)),
            qPrintable(r.out));
    }
}

void TestCli::importKilledAfterABatchIsFinishedOnResume()
{
    const QString db = newDemoDatabase(QStringLiteral("killed.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    // 2,500 rows (two batches of the import's 2,000), every 500th with nothing that identifies
    // a lead: one rejected row in the second batch, four in the first.
    const QString csv = m_dir->filePath(QStringLiteral("messe.csv"));
    {
        QByteArray bytes = "Vorname;Nachname;E-Mail;Firma;Notiz\n";
        for (int i = 1; i <= 2500; ++i) {
            bytes += i % 500 == 0
                ? QByteArray(";;;;nichts\n")
                : QStringLiteral("Vor%1;Nach%1;messe%1@example.com;Firma %1;\n").arg(i).toUtf8();
        }
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    const QString rejected = m_dir->filePath(QStringLiteral("messe.rejected.csv"));
    const auto rejectedRows = [&rejected] {
        QFile f(rejected);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(f.readAll().count('\n')) - 1; // without the header
    };
    const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("--as"),
        QStringLiteral("admin"), QStringLiteral("import"), QStringLiteral("leads")};

    // Killed right after the first batch committed, before its promotions and routing.
    qputenv("BANTAM_TEST_CRASH_AFTER_BATCH", "1");
    Run r = cli(import + QStringList {csv});
    qunsetenv("BANTAM_TEST_CRASH_AFTER_BATCH");
    QVERIFY2(r.exitCode == -1, qPrintable(describe(import, r)));
    qint64 runId = 0;
    {
        auto opened = Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, new_count, rejected_count FROM import_runs ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        runId = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toInt(), 1996);
        QCOMPARE(q.value(2).toInt(), 4);
        // The batch's leads came in with their scores (written with them, not after the commit).
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(s.lead_id) FROM leads l LEFT JOIN "
                                      "lead_scores s ON s.lead_id = l.id WHERE l.email LIKE "
                                      "'messe%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1996);
        QCOMPARE(q.value(1).toInt(), 1996);
    }
    // The rejected-rows file agrees with the run's counts, and check finds the owed routing.
    QCOMPARE(rejectedRows(), 4);
    r = EXPECT_RUN(
        1, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
    QStringList kinds;
    for (const QJsonValue &f : r.json().object().value(QStringLiteral("findings")).toArray())
        kinds << f.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, strings({"not_routed"}));

    // The resume finishes it first, then the rest of the file.
    r = EXPECT_RUN(3, import + QStringList {QStringLiteral("--resume"), QString::number(runId)});
    QCOMPARE(rejectedRows(), 5);
    r = EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("check")});
    const QJsonArray imported = list(db,
        {QStringLiteral("--search"), QStringLiteral("messe"), QStringLiteral("--limit"),
            QStringLiteral("3000")});
    QCOMPARE(imported.size(), 2495);
}

void TestCli::modelSaveKilledBeforeItsHandoverIsFinished()
{
    const QString db = newDemoDatabase(QStringLiteral("killedsave.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    // MQLs nobody owns and routing never saw (without the reason it gives).
    const auto unroutedMqls = [&db]() -> qint64 {
        auto opened = Database::open(db);
        if (!opened)
            return -1;
        QSqlQuery q(opened.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'mql' AND owner_id "
                                   "IS NULL AND unassigned_reason IN ('', 'routing_owed')"))
            || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    const qint64 unroutedBefore = unroutedMqls();
    QVERIFY(unroutedBefore >= 0);

    // A lower MQL threshold promotes leads.
    int wouldPromote = 0;
    const QString file = lowerMqlModel(db, &wouldPromote);
    QVERIFY(wouldPromote > 0);
    const auto findings = [this, &db](int exitCode) {
        const Run r
            = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
        QMap<QString, int> counts;
        if (r.exitCode != exitCode)
            counts.insert(QStringLiteral("exit code ") + QString::number(r.exitCode), 0);
        for (const QJsonValue &f : r.json().object().value(QStringLiteral("findings")).toArray())
            counts.insert(f.toObject().value(QStringLiteral("kind")).toString(),
                f.toObject().value(QStringLiteral("count")).toInt());
        return counts;
    };

    // Killed right after the new scores committed, before the promotions: check sees them owed.
    const QStringList save
        = {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("score"), QStringLiteral("model"), QStringLiteral("save"), file};
    qputenv("BANTAM_TEST_CRASH_AT", "recomputed");
    Run r = cli(save);
    QCOMPARE(r.exitCode, -1);
    QCOMPARE(findings(1), (QMap<QString, int> {{QStringLiteral("not_promoted"), wouldPromote}}));

    // The repair is killed after the promotions committed, before their routing: the new MQLs
    // are marked owed in the promotions' own transaction.
    qputenv("BANTAM_TEST_CRASH_AT", "promoted");
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
        QStringLiteral("check"), QStringLiteral("--repair")});
    qunsetenv("BANTAM_TEST_CRASH_AT");
    QCOMPARE(r.exitCode, -1);
    QCOMPARE(findings(1), (QMap<QString, int> {{QStringLiteral("not_routed"), wouldPromote}}));
    QCOMPARE(unroutedMqls(), unroutedBefore + wouldPromote);

    // The next recompute (a marketing manager's) routes them too; then all is well.
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("score"), QStringLiteral("recompute")});
    QVERIFY2(
        r.out.contains(QStringLiteral("Routed %1 leads whose routing an earlier crash left owed")
                           .arg(wouldPromote)),
        qPrintable(r.out));
    QCOMPARE(findings(0), (QMap<QString, int> {}));
    QCOMPARE(unroutedMqls(), unroutedBefore);
}

void TestCli::initRefusesOtherFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("These are my notes, not a database.\n");
    }
    const Run r = EXPECT_RUN(1, {QStringLiteral("--db"), path, QStringLiteral("init")});
    QVERIFY2(r.err.contains(path) && r.err.contains(QLatin1String("not a Bantam database")),
        qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestCli::lastAdminIsKeptAndRecoverable()
{
    const QString db = m_locations->next(QStringLiteral("admins.sqlite"));
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"),
            QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("rep"),
            QStringLiteral("--as"), QStringLiteral("admin")});
    // The only admin can neither step down nor switch themselves off.
    for (const QStringList &change : {QStringList {QStringLiteral("--role"), QStringLiteral("rep")},
             QStringList {QStringLiteral("--active"), QStringLiteral("0")}}) {
        const Run r = EXPECT_RUN(1,
            QStringList {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("set"),
                QStringLiteral("admin"), QStringLiteral("--as"), QStringLiteral("admin")}
                + change);
        QVERIFY2(r.err.contains(QLatin1String("Bantam needs at least one active admin")),
            qPrintable(r.err));
    }

    // A database locked out before the rule existed: init says so instead of failing on a
    // unique constraint, and recover-admin (the file's owner, the server's setup login) helps.
    {
        auto opened = Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = 'admin'")));
    }
    Run r = EXPECT_RUN(1, {QStringLiteral("--db"), db, QStringLiteral("init")});
    QVERIFY2(r.err.contains(QLatin1String("already set up")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("users recover-admin LOGIN")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive), qPrintable(r.err));
    r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("recover-admin"),
            QStringLiteral("nobody")});
    QVERIFY2(r.err.contains(QLatin1String("nobody")), qPrintable(r.err));
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("recover-admin"),
            QStringLiteral("bob")});
    QVERIFY2(r.out.contains(QLatin1String("bob is an active admin")), qPrintable(r.out));
    r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("users")});
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("login")).toString() == QLatin1String("bob")) {
            QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
            QVERIFY(u.value(QStringLiteral("active")).toBool());
        }
    }
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
}

void TestCli::onlyInitMakesADatabase()
{
    // A mistyped path (or an empty team database): an error naming it, nothing created.
    const QString db = m_locations->next(QStringLiteral("typo.sqlite"));
    const QStringList list = {QStringLiteral("leads"), QStringLiteral("list")};
    Run r = EXPECT_RUN(1, QStringList {QStringLiteral("--db"), db} + list);
    QVERIFY2(r.err.contains(TestDatabase::onServer() ? QStringLiteral("is empty") : db),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("init")), qPrintable(r.err));
    QVERIFY(TestDatabase::onServer() || !QFileInfo::exists(db));
    if (!TestDatabase::onServer()) {
        // A 0-byte file is not made a new database behind the user's back either.
        const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        r = EXPECT_RUN(1, QStringList {QStringLiteral("--db"), empty} + list);
        QVERIFY2(r.err.contains(QLatin1String("0 bytes")), qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    EXPECT_RUN(0, QStringList {QStringLiteral("--db"), db} + list);
}

void TestCli::demoIsDeterministic()
{
    const QString a = newDemoDatabase(QStringLiteral("a.sqlite"));
    const QString b = newDemoDatabase(QStringLiteral("b.sqlite"));
    const QString c = newDemoDatabase(QStringLiteral("c.sqlite"), 8);
    QVERIFY(!QTest::currentTestFailed());

    const QStringList args = {QStringLiteral("leads"), QStringLiteral("list"),
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")};
    const Run ra = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), a} + args);
    const Run rb = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), b} + args);
    const Run rc = EXPECT_RUN(0, QStringList {QStringLiteral("--db"), c} + args);
    const QJsonObject la = ra.json().object();
    QCOMPARE(la.value(QStringLiteral("total")).toInt(), 300);
    QCOMPARE(la.value(QStringLiteral("leads")).toArray().size(), 300);
    // Same seed, same day: the same leads, field for field.
    QCOMPARE(ra.out, rb.out);
    QVERIFY(ra.out != rc.out);

    // The demo covers every stage, with names and owners a user would see.
    QSet<QString> stages;
    int owned = 0;
    for (const QJsonValue &v : la.value(QStringLiteral("leads")).toArray()) {
        const QJsonObject l = v.toObject();
        stages.insert(l.value(QStringLiteral("stage")).toString());
        QVERIFY(!l.value(QStringLiteral("lastName")).toString().isEmpty());
        owned += l.value(QStringLiteral("owner")).toString().isEmpty() ? 0 : 1;
        // Phone numbers an import accepts (a re-import of the demo's export keeps them).
        const QString phone = l.value(QStringLiteral("phone")).toString();
        QVERIFY2(PhoneNormalizer::toE164(phone, QStringLiteral("DE")), qPrintable(phone));
    }
    QCOMPARE(stages.size(), 6);
    QVERIFY(owned > 0 && owned < 300);
}

void TestCli::demoOnlyIntoEmptyDatabase()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--leads"),
            QStringLiteral("10")});
    QVERIFY2(r.err.contains(QLatin1String("300")), qPrintable(r.err));
    QCOMPARE(list(db, {QStringLiteral("--limit"), QStringLiteral("0")}).size(), 300);
}

void TestCli::listByStage()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    int sum = 0;
    for (const char *stage : {"lead", "mql", "sql", "disqualified", "won", "lost"}) {
        const QStringList args = {QStringLiteral("--db"), db, QStringLiteral("leads"),
            QStringLiteral("list"), QStringLiteral("--stage"), QString::fromLatin1(stage),
            QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")};
        const Run r = EXPECT_RUN(0, args);
        const QJsonObject o = r.json().object();
        const QJsonArray leads = o.value(QStringLiteral("leads")).toArray();
        QVERIFY2(!leads.isEmpty(), stage);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), leads.size());
        for (const QJsonValue &v : leads)
            QCOMPARE(
                v.toObject().value(QStringLiteral("stage")).toString(), QString::fromLatin1(stage));
        sum += leads.size();
    }
    QCOMPARE(sum, 300);
}

void TestCli::listPaging()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonArray all = list(db, {QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(all.size(), 300);
    const Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("leads"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("10"),
            QStringLiteral("--offset"), QStringLiteral("295")});
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 300);
    const QJsonArray tail = o.value(QStringLiteral("leads")).toArray();
    QCOMPARE(tail.size(), 5);
    QCOMPARE(tail.first(), all.at(295));
    QCOMPARE(tail.last(), all.at(299));

    // The default table says how much it left out.
    const Run text = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("leads"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("3")});
    QVERIFY2(text.out.contains(QLatin1String("3 of 300")), qPrintable(text.out));
    QCOMPARE(text.out.count(QLatin1Char('\n')), 1 + 3 + 1);
}

void TestCli::listSearch()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonArray all = list(db, {QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(all.size(), 300);

    // By a last name: exactly the leads with that name (no demo first name, company or
    // e-mail address starts with a demo last name).
    const QString lastName = all.at(0).toObject().value(QStringLiteral("lastName")).toString();
    QSet<qint64> expected;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("lastName")).toString() == lastName)
            expected.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    }
    QSet<qint64> found;
    for (const QJsonValue &v : list(db,
             {QStringLiteral("--search"), lastName.toUpper(), QStringLiteral("--limit"),
                 QStringLiteral("0")}))
        found.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(found, expected);

    // By an e-mail address: the one lead.
    const QJsonObject lead = all.at(123).toObject();
    const QJsonArray byMail
        = list(db, {QStringLiteral("--search"), lead.value(QStringLiteral("email")).toString()});
    QCOMPARE(byMail.size(), 1);
    QCOMPARE(
        byMail.first().toObject().value(QStringLiteral("id")), lead.value(QStringLiteral("id")));

    // Nothing found is not an error.
    const Run none = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("leads"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("xyzzy")});
    QCOMPARE(none.json().object().value(QStringLiteral("total")).toInt(), 0);
}

void TestCli::showHasTimeline()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonObject won = firstLeadIn(db, QStringLiteral("won"));
    QVERIFY(!QTest::currentTestFailed());
    const qint64 id = won.value(QStringLiteral("id")).toInteger();
    const QJsonObject o = QJsonDocument::fromJson(show(db, id)).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("stage")).toString(), QStringLiteral("won"));
    QCOMPARE(o.value(QStringLiteral("lastName")), won.value(QStringLiteral("lastName")));

    // Newest first: won last, created first; the way there in between.
    const QJsonArray timeline = o.value(QStringLiteral("timeline")).toArray();
    QStringList stageSteps;
    for (const QJsonValue &v : timeline) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("stage"))
            stageSteps.prepend(v.toObject().value(QStringLiteral("type")).toString());
    }
    QCOMPARE(stageSteps,
        (QStringList {QStringLiteral("create"), QStringLiteral("promote"), QStringLiteral("accept"),
            QStringLiteral("qualify"), QStringLiteral("win")}));
    QVERIFY(timeline.size() > stageSteps.size()); // activities too

    // The human-readable form shows the same.
    const Run text = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("leads"), QStringLiteral("show"),
            QString::number(id)});
    QVERIFY2(text.out.contains(QLatin1String("Timeline")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("win: sql -> won")), qPrintable(text.out));
}

void TestCli::marketingPromotesLead()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonObject lead = firstLeadIn(db, QStringLiteral("lead"));
    QVERIFY(!QTest::currentTestFailed());
    const qint64 id = lead.value(QStringLiteral("id")).toInteger();
    const int version = lead.value(QStringLiteral("version")).toInt();

    const Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("stage"), QString::number(id),
            QStringLiteral("mql"), QStringLiteral("--as"), QStringLiteral("mkoch")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("Lead %1: lead -> mql (promote)").arg(id));
    QCOMPARE(r.err, QString());

    const QJsonObject after = QJsonDocument::fromJson(show(db, id)).object();
    QCOMPARE(after.value(QStringLiteral("stage")).toString(), QStringLiteral("mql"));
    // The move, then routing: the demo's rules give the new MQL an owner (two writes).
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), version + 2);
    QVERIFY(!after.value(QStringLiteral("owner")).toString().isEmpty());
    const QJsonObject latest = after.value(QStringLiteral("timeline")).toArray().first().toObject();
    QCOMPARE(latest.value(QStringLiteral("kind")).toString(), QStringLiteral("stage"));
    QCOMPARE(latest.value(QStringLiteral("type")).toString(), QStringLiteral("promote"));
    QCOMPARE(latest.value(QStringLiteral("from")).toString(), QStringLiteral("lead"));
    QCOMPARE(latest.value(QStringLiteral("to")).toString(), QStringLiteral("mql"));
    QCOMPARE(latest.value(QStringLiteral("user")).toString(), QStringLiteral("Miriam Koch"));

    // The lists agree.
    bool listed = false;
    for (const QJsonValue &v : list(db,
             {QStringLiteral("--stage"), QStringLiteral("mql"), QStringLiteral("--limit"),
                 QStringLiteral("0")}))
        listed = listed || v.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY(listed);
}

void TestCli::illegalMoveChangesNothing()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const qint64 id
        = firstLeadIn(db, QStringLiteral("lead")).value(QStringLiteral("id")).toInteger();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray before = show(db, id);

    for (const char *as : {"mkoch", "admin"}) {
        const Run r = EXPECT_RUN(1,
            {QStringLiteral("--db"), db, QStringLiteral("stage"), QString::number(id),
                QStringLiteral("won"), QStringLiteral("--as"), QString::fromLatin1(as)});
        QVERIFY2(r.err.contains(QString::number(id)) && r.err.contains(QLatin1String("Won")),
            qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
    QCOMPARE(show(db, id), before);
}

void TestCli::repCannotMoveOthersLead()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    // An MQL of someone other than Kevin Schulz (kschulz).
    QJsonObject mql;
    for (const QJsonValue &v : list(db,
             {QStringLiteral("--stage"), QStringLiteral("mql"), QStringLiteral("--limit"),
                 QStringLiteral("0")})) {
        if (v.toObject().value(QStringLiteral("owner")).toString()
            != QLatin1String("Kevin Schulz")) {
            mql = v.toObject();
            break;
        }
    }
    QVERIFY(!mql.isEmpty());
    const qint64 id = mql.value(QStringLiteral("id")).toInteger();
    const QByteArray before = show(db, id);
    const Run r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("stage"), QString::number(id),
            QStringLiteral("sql"), QStringLiteral("--as"), QStringLiteral("kschulz")});
    QVERIFY2(r.err.contains(mql.value(QStringLiteral("owner")).toString()), qPrintable(r.err));
    QCOMPARE(show(db, id), before);
}

void TestCli::disqualifyNeedsReason()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const qint64 id
        = firstLeadIn(db, QStringLiteral("lead")).value(QStringLiteral("id")).toInteger();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray before = show(db, id);
    const QStringList move
        = {QStringLiteral("--db"), db, QStringLiteral("stage"), QString::number(id),
            QStringLiteral("disqualified"), QStringLiteral("--as"), QStringLiteral("mkoch")};

    Run r = EXPECT_RUN(1, move);
    QVERIFY2(r.err.contains(QLatin1String("reason")) && r.err.contains(QLatin1String("no_budget")),
        qPrintable(r.err));
    QCOMPARE(show(db, id), before);

    r = EXPECT_RUN(
        1, move + QStringList {QStringLiteral("--reason"), QStringLiteral("too expensive")});
    QVERIFY2(r.err.contains(QLatin1String("too expensive")), qPrintable(r.err));
    QCOMPARE(show(db, id), before);

    r = EXPECT_RUN(0, move + QStringList {QStringLiteral("--reason"), QStringLiteral("no_budget")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("Lead %1: lead -> disqualified (disqualify)").arg(id));
    const QJsonObject after = QJsonDocument::fromJson(show(db, id)).object();
    QCOMPARE(after.value(QStringLiteral("stage")).toString(), QStringLiteral("disqualified"));
    const QJsonObject latest = after.value(QStringLiteral("timeline")).toArray().first().toObject();
    QCOMPARE(latest.value(QStringLiteral("type")).toString(), QStringLiteral("disqualify"));
    QCOMPARE(latest.value(QStringLiteral("reason")).toString(), QStringLiteral("no_budget"));
}

void TestCli::reportFunnelJsonIsTheServicesNumbers()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run all = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("funnel"),
            QStringLiteral("--json")});
    QCOMPARE(all.err, QString());
    const Run nord = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("funnel"),
            QStringLiteral("--json"), QStringLiteral("--team"), QStringLiteral("inside sales nord"),
            QStringLiteral("--source"), QStringLiteral("Webinar")});

    // The same numbers straight from the core, on the same file.
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    const ReportService service(*opened.value());
    ReportFilter nordWebinar;
    nordWebinar.source = QStringLiteral("Webinar");
    auto teams = UserRepository(*opened.value()).teams();
    QVERIFY(teams.ok());
    for (const Team &t : teams.value()) {
        if (t.name == QStringLiteral("Inside Sales Nord"))
            nordWebinar.teamId = t.id;
    }
    QVERIFY(nordWebinar.teamId);
    for (const auto &[run, filter] :
        {std::pair {all, ReportFilter {}}, std::pair {nord, nordWebinar}}) {
        auto funnel = service.funnel(filter);
        QVERIFY(funnel.ok());
        const QJsonArray rows = run.json().array();
        QCOMPARE(rows.size(), 4);
        const qint64 expected[] = {funnel->leads, funnel->mql, funnel->sql, funnel->won};
        const char *stages[] = {"lead", "mql", "sql", "won"};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QStringLiteral("stage")).toString(), QString::fromLatin1(stages[i]));
            QCOMPARE(row.value(QStringLiteral("leads")).toInteger(), expected[i]);
            QCOMPARE(row.value(QStringLiteral("cohortRate")).toDouble(),
                rate(expected[i], funnel->leads));
            if (i > 0)
                QCOMPARE(row.value(QStringLiteral("stepRate")).toDouble(),
                    rate(expected[i], expected[i - 1]));
        }
    }
    // A demo of 300 leads has leads in every step, and the filter narrows it.
    const QJsonArray allRows = all.json().array();
    QCOMPARE(allRows[0].toObject().value(QStringLiteral("leads")).toInt(), 300);
    QVERIFY(allRows[3].toObject().value(QStringLiteral("leads")).toInt() > 0);
    QVERIFY(nord.json().array()[0].toObject().value(QStringLiteral("leads")).toInt() < 100);
}

void TestCli::reportSourcesCsvParses()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("sources"),
            QStringLiteral("--csv")});
    QVERIFY2(r.rawOut.startsWith("source,leads,"), r.rawOut.left(20).toHex().constData()); // no BOM
    QVERIFY(r.out.endsWith(QLatin1String("\r\n")));
    const QStringList lines = r.out.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    QCOMPARE(header,
        (QStringList {QStringLiteral("source"), QStringLiteral("leads"), QStringLiteral("mql"),
            QStringLiteral("sql"), QStringLiteral("won"), QStringLiteral("leadToMqlRate"),
            QStringLiteral("mqlToSqlRate"), QStringLiteral("sqlToWonRate"),
            QStringLiteral("leadToWonRate")}));

    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    auto sources = ReportService(*opened.value()).sources({});
    QVERIFY(sources.ok());
    QCOMPARE(lines.size(), int(sources->size()) + 1);
    qint64 total = 0;
    for (size_t i = 0; i < sources->size(); ++i) {
        const SourceRow &s = sources->at(i);
        const QStringList cells = lines[int(i) + 1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells[0], s.source); // demo sources need no quoting
        QCOMPARE(cells[1].toLongLong(), s.leads);
        QCOMPARE(cells[2].toLongLong(), s.mql);
        QCOMPARE(cells[3].toLongLong(), s.sql);
        QCOMPARE(cells[4].toLongLong(), s.won);
        bool ok = false;
        const double closeRate = cells[8].toDouble(&ok); // a plain decimal point
        QVERIFY2(ok, qPrintable(cells[8]));
        QVERIFY(qAbs(closeRate - rate(s.won, s.leads)) < 1e-12);
        total += cells[1].toLongLong();
    }
    QCOMPARE(total, 300);
}

void TestCli::reportTextShowsEveryReport()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const struct
    {
        const char *report;
        const char *title;
        const char *header;
    } reports[] = {{"funnel", "Funnel", "From previous stage"},
        {"sources", "Sources", "Close rate"}, {"velocity", "Velocity", "Median (days)"},
        {"reasons", "Reasons by month", "Month"}, {"fairness", "Workload by rep", "Hot share"},
        {"calibration", "Score calibration", "Won rate"}};
    for (const auto &rep : reports) {
        const Run r = EXPECT_RUN(0,
            {QStringLiteral("--db"), db, QStringLiteral("report"),
                QString::fromLatin1(rep.report)});
        QVERIFY2(r.out.contains(QLatin1String(rep.title)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(rep.header)), qPrintable(r.out));
        QCOMPARE(r.err, QString());
    }
    // Calibration always lists the ten bands, the last one up to 100.
    const Run c = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("calibration"),
            QStringLiteral("--json")});
    // Its tables by name: the score bands and the learned score's deciles (none active here).
    const QJsonArray bands = c.json().object().value(QStringLiteral("calibration")).toArray();
    QCOMPARE(bands.size(), 10);
    QVERIFY(c.json().object().value(QStringLiteral("learned")).toArray().isEmpty());
    QCOMPARE(bands.last().toObject().value(QStringLiteral("scoreTo")).toInt(), 100);
    // Reasons as JSON: the totals and the months.
    const Run reasons = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("reasons"),
            QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
            QStringLiteral("--to"), QStringLiteral("2999-12-31")});
    const QJsonObject o = reasons.json().object();
    QVERIFY(!o.value(QStringLiteral("totals")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("byMonth")).toArray().isEmpty());
    qint64 totals = 0, months = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("totals")).toArray())
        totals += v.toObject().value(QStringLiteral("count")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("byMonth")).toArray())
        months += v.toObject().value(QStringLiteral("count")).toInteger();
    QCOMPARE(months, totals);
}

void TestCli::scoreExplainAddsUp()
{
    const QString db = newDemoDatabase(QStringLiteral("explain.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    const QJsonArray leads = list(db, {QStringLiteral("--limit"), QStringLiteral("20")});
    QCOMPARE(leads.size(), 20);
    for (const QJsonValue &v : leads) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        const int shown = v.toObject().value(QStringLiteral("score")).toInt();
        const Run r = EXPECT_RUN(0,
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
                QStringLiteral("explain"), QString::number(id)});
        const QJsonObject x = r.json().object();
        QCOMPARE(x.value(QStringLiteral("score")).toInt(), shown);
        QVERIFY(x.value(QStringLiteral("scored")).toBool());
        // Sum in tenths, as shown.
        int tenths = qRound(x.value(QStringLiteral("rounding")).toDouble() * 10)
            + qRound(x.value(QStringLiteral("clamp")).toDouble() * 10);
        QVERIFY(shown >= 0 && shown <= 100);
        for (const QJsonValue &c : x.value(QStringLiteral("contributions")).toArray())
            tenths += qRound(c.toObject().value(QStringLiteral("points")).toDouble() * 10);
        QCOMPARE(tenths, shown * 10);
    }
    // The text form ends with the score.
    const qint64 first = leads.first().toObject().value(QStringLiteral("id")).toInteger();
    const Run text = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("explain"),
            QString::number(first)});
    QVERIFY2(text.out.contains(QStringLiteral("Job title")), qPrintable(text.out));
    QVERIFY(text.out.trimmed().endsWith(
        QStringLiteral("%1  score")
            .arg(leads.first().toObject().value(QStringLiteral("score")).toInt())));
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("explain"),
            QStringLiteral("99999")});
}

// The learned score: too few outcomes said plainly; trained and evaluated without writing;
// saved by marketing; each open lead's explanation adds up to its stored chance.
void TestCli::scoreTrainSaveAndExplain()
{
    const QString small = newDemoDatabase(QStringLiteral("train-small.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    const Run few = EXPECT_RUN(
        1, {QStringLiteral("--db"), small, QStringLiteral("score"), QStringLiteral("train")});
    QVERIFY2(
        few.err.contains(QStringLiteral("Too few outcomes to learn from")), qPrintable(few.err));

    const QString db = m_locations->next(QStringLiteral("train.sqlite"));
    EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--leads"),
            QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("5")});
    const Run trained = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("train"),
            QStringLiteral("--exclude"), QStringLiteral("call,email")});
    QVERIFY2(trained.out.contains(QStringLiteral("ROC AUC")), qPrintable(trained.out));
    QVERIFY2(trained.out.contains(QStringLiteral("Not saved")), qPrintable(trained.out));
    EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
            QStringLiteral("models")});
    const Run none = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("models")});
    QVERIFY2(none.out.contains(QStringLiteral("No learned score saved yet")), qPrintable(none.out));
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("kschulz"),
            QStringLiteral("score"), QStringLiteral("train"), QStringLiteral("--save")});

    const Run saved = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("--json"), QStringLiteral("score"), QStringLiteral("train"),
            QStringLiteral("--exclude"), QStringLiteral("call,email"), QStringLiteral("--save")});
    const QJsonObject s = saved.json().object().value(QStringLiteral("saved")).toObject();
    QCOMPARE(s.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(s.value(QStringLiteral("leads")).toInt() > 0);
    const Run models = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
            QStringLiteral("models")});
    QCOMPARE(models.json().array().size(), 1);
    QVERIFY(models.json().array().first().toObject().value(QStringLiteral("active")).toBool());

    const QJsonArray open = list(db,
        {QStringLiteral("--stage"), QStringLiteral("lead"), QStringLiteral("--limit"),
            QStringLiteral("10")});
    QVERIFY(!open.isEmpty());
    for (const QJsonValue &v : open) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        const Run r = EXPECT_RUN(0,
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
                QStringLiteral("predict"), QStringLiteral("explain"), QString::number(id)});
        const QJsonObject x = r.json().object();
        int hundredths = 0;
        for (const QJsonValue &l : x.value(QStringLiteral("lines")).toArray())
            hundredths += qRound(l.toObject().value(QStringLiteral("shown")).toDouble() * 100);
        QCOMPARE(hundredths, qRound(x.value(QStringLiteral("logOdds")).toDouble() * 100));
        QCOMPARE(x.value(QStringLiteral("chance")).toInt(),
            x.value(QStringLiteral("storedChance")).toInt(-1));
    }
}

void TestCli::scoreModelVersions()
{
    const QString db = newDemoDatabase(QStringLiteral("versions.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    const Run shown = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("model"),
            QStringLiteral("show")});
    QJsonObject model = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(
        model.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("mql")).toInt(),
        50);

    // An invalid file: the field is named, nothing is saved.
    QJsonObject bad = model;
    bad.insert(QStringLiteral("decay"), QJsonObject {{QStringLiteral("half_life_days"), 0}});
    const QString badFile = m_dir->filePath(QStringLiteral("bad.json"));
    {
        QFile f(badFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(bad).toJson());
    }
    const Run invalid = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("model"),
            QStringLiteral("validate"), badFile});
    QVERIFY2(invalid.err.contains(QStringLiteral("decay.half_life_days: must be > 0")),
        qPrintable(invalid.err));
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("score"), QStringLiteral("model"), QStringLiteral("save"), badFile});
    // A rule with a misspelt key is refused, naming it (it used to give every lead the points).
    {
        QJsonObject misspelt = model;
        QJsonObject fit = misspelt.value(QStringLiteral("fit")).toObject();
        fit.insert(QStringLiteral("attributes"),
            QJsonArray {QJsonObject {
                {QStringLiteral("attribute"), QStringLiteral("Total Time Spent on Website")},
                {QStringLiteral("minn"), 600}, {QStringLiteral("points"), 20}}});
        misspelt.insert(QStringLiteral("fit"), fit);
        QFile f(badFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(misspelt).toJson());
    }
    const Run unknownKey = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("model"),
            QStringLiteral("validate"), badFile});
    QVERIFY2(unknownKey.err.contains(QStringLiteral("fit.attributes[0].minn: unknown key")),
        qPrintable(unknownKey.err));
    // Without a file the preview looks at the active model and lists what it misses.
    const Run missing = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
            QStringLiteral("preview")});
    const QJsonObject unrecognised
        = missing.json().object().value(QStringLiteral("unrecognised")).toObject();
    for (const char *key : {"titles", "sizes", "industries"})
        QVERIFY2(unrecognised.value(QLatin1String(key)).isArray(), key);

    // A lower MQL threshold: the preview's count is what saving promotes.
    int wouldPromote = 0;
    const QString file = lowerMqlModel(db, &wouldPromote);
    QVERIFY(wouldPromote > 0);

    // Reps may not; marketing managers may.
    const Run refused = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("kschulz"),
            QStringLiteral("score"), QStringLiteral("model"), QStringLiteral("save"), file});
    QVERIFY2(refused.err.contains(QStringLiteral("only marketing managers and admins")),
        qPrintable(refused.err));
    const Run saved = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("--json"), QStringLiteral("score"), QStringLiteral("model"),
            QStringLiteral("save"), file, QStringLiteral("--note"), QStringLiteral("MQL ab 35")});
    QCOMPARE(saved.json().object().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(saved.json().object().value(QStringLiteral("promoted")).toInt(), wouldPromote);

    const Run versions = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("score"),
            QStringLiteral("model"), QStringLiteral("versions")});
    const QJsonArray rows = versions.json().array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(
        rows[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("MQL ab 35"));
    QVERIFY(rows[0].toObject().value(QStringLiteral("active")).toBool());

    const Run restored = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("score"), QStringLiteral("model"), QStringLiteral("restore"),
            QStringLiteral("1")});
    QVERIFY2(restored.out.contains(QStringLiteral("version 1")), qPrintable(restored.out));
    const Run active = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("model"),
            QStringLiteral("show")});
    QCOMPARE(QJsonDocument::fromJson(active.out.toUtf8())
                 .object()
                 .value(QStringLiteral("thresholds"))
                 .toObject()
                 .value(QStringLiteral("mql"))
                 .toInt(),
        50);
}

void TestCli::importActivities()
{
    const QString db = newDemoDatabase(QStringLiteral("activities.sqlite"));
    QVERIFY(!QTest::currentTestFailed());
    const QJsonArray sqls = list(db,
        {QStringLiteral("--stage"), QStringLiteral("sql"), QStringLiteral("--limit"),
            QStringLiteral("1")});
    QCOMPARE(sqls.size(), 1);
    const QJsonObject lead = sqls.first().toObject();
    const QString email = lead.value(QStringLiteral("email")).toString();
    const int before = lead.value(QStringLiteral("score")).toInt();

    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        f.write(QStringLiteral("E-Mail;Aktivität;Zeitpunkt;Beschreibung\r\n"
                               "%1;webinar;%2;Frühjahrs-Webinar\r\n"
                               "niemand@example.com;webinar;%2;\r\n"
                               "%1;fax;%2;\r\n"
                               "%1;Demo angefragt;gestern;\r\n"
                               "%3;Demo angefragt;%2;\r\n")
                    .arg(email, now, email.toUpper())
                    .toUtf8());
    }
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("kschulz"),
            QStringLiteral("import"), QStringLiteral("activities"), csv});
    const Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("mkoch"),
            QStringLiteral("import"), QStringLiteral("activities"), csv});
    QVERIFY2(r.out.contains(
                 QStringLiteral("line 3, email: no lead has the e-mail 'niemand@example.com'")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("line 4, type: unknown activity type 'fax'")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("line 5, timestamp: 'gestern' is not a timestamp")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QStringLiteral("Imported 2 of 5 activities (3 lines rejected); rescored 1 leads")),
        qPrintable(r.out));
    // Webinar 15 and demo request 35, both fresh: the score rose at once by 50 (give or take
    // the decay of the older activities since the demo data was scored).
    const QJsonObject after
        = QJsonDocument::fromJson(show(db, lead.value(QStringLiteral("id")).toInteger())).object();
    const int score = after.value(QStringLiteral("score")).toInt();
    QVERIFY2(score >= before + 49 && score <= before + 50,
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(score)));
    QVERIFY(after.value(QStringLiteral("fastTrack")).toBool());
}

void TestCli::importLeads()
{
    const QString db = m_locations->next(QStringLiteral("import.sqlite"));
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    const QString csv = m_dir->filePath(QStringLiteral("messe.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Vorname;Nachname;E-Mail;Telefon;Firma\r\n"
                               "Jürgen;Müller;jm@example.de;030 1234567;Müller GmbH\r\n"
                               "Eva;Kurz;eva(at)example.de;;Kurz KG\r\n"
                               "Jürgen;Müller;JM@example.de;;Müller GmbH\r\n")
                    .toLatin1());
    }
    // Changes need a user.
    EXPECT_RUN(
        1, {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("leads"), csv});
    // A bad e-mail costs not the lead (exit code 3: imported with warnings).
    const Run r = EXPECT_RUN(3,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("leads"), csv,
            QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    const QJsonObject summary = r.json().object();
    QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("merged")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("warned")).toInt(), 1);
    const QString warnings = m_dir->filePath(QStringLiteral("messe.warnings.csv"));
    QCOMPARE(summary.value(QStringLiteral("warningsFile")).toString(), warnings);
    QFile warningsFile(warnings);
    QVERIFY(warningsFile.open(QIODevice::ReadOnly));
    const QString warningsText = QString::fromUtf8(warningsFile.readAll());
    QVERIFY2(warningsText.contains(QStringLiteral("3;E-Mail;eva(at)example.de;")),
        qPrintable(warningsText));
    const QJsonArray leads = list(db, {QStringLiteral("--search"), QStringLiteral("Müller")});
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.first().toObject().value(QStringLiteral("phone")).toString(),
        QStringLiteral("030 1234567"));

    // Every row rejected: nothing imported, exit code 1 and the rejects file named.
    const QString nothing = m_dir->filePath(QStringLiteral("nichts.csv"));
    {
        QFile f(nothing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname;Nachname;Notiz\r\n;;eins\r\n;;zwei\r\n");
    }
    const Run none = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), nothing});
    QVERIFY2(none.out.contains(QStringLiteral("0 new")), qPrintable(none.out));
    // The header is no row read; counted sentences in the singular and the plural.
    QVERIFY2(
        none.out.contains(QStringLiteral("Import finished: 2 rows read.")), qPrintable(none.out));
    QVERIFY2(none.err.contains(QStringLiteral("nichts.rejected.csv")), qPrintable(none.err));
    // Every row imported: exit code 0.
    const QString good = m_dir->filePath(QStringLiteral("gut.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname;Nachname;E-Mail\r\nIda;Gut;ida@example.de\r\n");
    }
    const Run one = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), good});
    QVERIFY2(
        one.out.contains(QStringLiteral("Import finished: 1 row read.\n")), qPrintable(one.out));
    QVERIFY2(one.out.contains(QStringLiteral("\n1 lead scored, 0 of them promoted")),
        qPrintable(one.out));

    // A header-only file: a message on stderr, exit 1, nothing written.
    const QString headerOnly = m_dir->filePath(QStringLiteral("leer.csv"));
    {
        QFile f(headerOnly);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname;Nachname\r\n");
    }
    const Run bad = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), headerOnly});
    QVERIFY2(bad.err.contains(QStringLiteral("leer.csv has a header row but no leads")),
        qPrintable(bad.err));
    QCOMPARE(bad.out, QString());
    QCOMPARE(list(db, {}).size(), 3);
}

// --dry-run prints the suggested mapping and the counts and writes nothing; after the import a
// lead is found by its external id and shows it with its custom attributes (text and JSON).
void TestCli::importDryRunThenFindByExternalId()
{
    const QString db = m_locations->next(QStringLiteral("dryrun.sqlite"));
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    const QString csv = m_dir->filePath(QStringLiteral("web.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Prospect ID,Country,Converted,Fax\n"
                "7f1c-01,India,1,0049 30 1\n"
                "7f1c-02,Select,0,\n"
                "7f1c-03,Narnia,0,\n");
    }
    const Run dry = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--dry-run")});
    const QJsonObject plan = dry.json().object();
    QCOMPARE(plan.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(plan.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(plan.value(QStringLiteral("warned")).toInt(), 1); // Narnia
    QCOMPARE(
        plan.value(QStringLiteral("stages")).toObject().value(QStringLiteral("won")).toInt(), 1);
    const QJsonArray columns = plan.value(QStringLiteral("mapping"))
                                   .toObject()
                                   .value(QStringLiteral("columns"))
                                   .toArray();
    QCOMPARE(columns.size(), 4);
    QCOMPARE(columns[0].toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("externalId"));
    QCOMPARE(list(db, {}).size(), 0); // nothing written

    EXPECT_RUN(3,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), csv});
    const QJsonArray found = list(db, {QStringLiteral("--external-id"), QStringLiteral("7f1c-01")});
    QCOMPARE(found.size(), 1);
    const qint64 id = found.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject lead = QJsonDocument::fromJson(show(db, id)).object();
    QCOMPARE(lead.value(QStringLiteral("externalId")).toString(), QStringLiteral("7f1c-01"));
    QCOMPARE(lead.value(QStringLiteral("country")).toString(), QStringLiteral("IN"));
    QCOMPARE(lead.value(QStringLiteral("stage")).toString(), QStringLiteral("won"));
    QCOMPARE(lead.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("Fax")),
        QJsonValue(QStringLiteral("0049 30 1")));
    const Run text = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("leads"), QStringLiteral("show"),
            QString::number(id)});
    QVERIFY2(text.out.contains(QStringLiteral("External id"))
            && text.out.contains(QStringLiteral("7f1c-01"))
            && text.out.contains(QStringLiteral("Fax: 0049 30 1")),
        qPrintable(text.out));
    const QJsonArray narnia
        = list(db, {QStringLiteral("--attr"), QStringLiteral("Country=Narnia")});
    QCOMPARE(narnia.size(), 1);
}

void TestCli::importWithSavedMappingAndAttributes()
{
    const QString db = m_locations->next(QStringLiteral("mapped.sqlite"));
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    // A mapping saved in the wizard: "Kürzel" is the external id, "Notiz" is not imported.
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        const Database &database = *opened.value();
        ImportMapping mapping = ImportMapping::suggest({QStringLiteral("Mail"),
            QStringLiteral("Kürzel"), QStringLiteral("Stand"), QStringLiteral("Notiz")});
        mapping.columns[1].field = ImportField::ExternalId;
        mapping.columns[3].field = ImportField::Ignore;
        User admin;
        admin.id = 1;
        admin.role = Role::Admin;
        QVERIFY(SavedMappings(database)
                    .save(admin, QStringLiteral("Messe"), mapping, QDateTime::currentDateTimeUtc())
                    .ok());
    }
    const QString csv = m_dir->filePath(QStringLiteral("stand.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Mail,Kürzel,Stand,Notiz\n"
                               "a@example.com,K1,A12,secret\n"
                               "b@example.com,K2,B7,\n"
                               "c@example.com,K3,A12,\n")
                    .toUtf8());
    }
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--map"),
            QStringLiteral("Nonesuch")});
    EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("admin"),
            QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--map"),
            QStringLiteral("Messe")});
    const QJsonArray a12 = list(db, {QStringLiteral("--attr"), QStringLiteral("Stand=A12")});
    QCOMPARE(a12.size(), 2);
    QCOMPARE(list(db, {QStringLiteral("--attr"), QStringLiteral("Stand")}).size(), 3);
    QCOMPARE(
        list(db, {QStringLiteral("--attr"), QStringLiteral("Notiz")}).size(), 0); // ignored column
    const QString out = m_dir->filePath(QStringLiteral("a12.csv"));
    EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("leads"), out,
            QStringLiteral("--attr"), QStringLiteral("Stand=A12"), QStringLiteral("--delimiter"),
            QStringLiteral(",")});
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY2(text.contains(QStringLiteral(",Stand")) && text.contains(QStringLiteral(",A12"))
            && !text.contains(QStringLiteral("B7")),
        qPrintable(text));
    const Run runs = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("runs")});
    QVERIFY2(runs.out.contains(QStringLiteral("No import")), qPrintable(runs.out));
}

namespace {
// The login of the demo user with this name.
// The first MQL of a demo database that a rep owns (leads scored into MQL wait unassigned).
QJsonObject firstOwnedMql(const QJsonArray &mqls)
{
    for (const QJsonValue &l : mqls) {
        if (!l.toObject().value(QStringLiteral("owner")).toString().isEmpty())
            return l.toObject();
    }
    return {};
}

QString loginOf(const QJsonDocument &users, const QString &name)
{
    for (const QJsonValue &u : users.array()) {
        if (u.toObject().value(QStringLiteral("name")).toString() == name)
            return u.toObject().value(QStringLiteral("login")).toString();
    }
    return {};
}
} // namespace

void TestCli::qualifyRecordsAnswersFile()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonObject mql = firstOwnedMql(list(db,
        {QStringLiteral("--stage"), QStringLiteral("mql"), QStringLiteral("--limit"),
            QStringLiteral("500")}));
    QVERIFY(!mql.isEmpty());
    QVERIFY(!QTest::currentTestFailed());
    const QString id = QString::number(mql.value(QStringLiteral("id")).toInteger());
    Run r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("users")});
    const QString owner = loginOf(r.json(), mql.value(QStringLiteral("owner")).toString());
    QVERIFY(!owner.isEmpty());

    const QString file = m_dir->filePath(QStringLiteral("answers.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"icp_fit": "yes", "contact_role": "management", "need": "yes", "solution_fit": "yes",
               "budget": 40000, "authority": "co_decides", "next_step": "Demo am Freitag, Angebot folgt"})");
    f.close();
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), owner, QStringLiteral("qualify"), id,
            QStringLiteral("--answers"), file});
    QVERIFY2(r.out.contains(QStringLiteral("Recorded 7 answers")), qPrintable(r.out));
    // 10 + 10 + 10 + 10 + 10 + 5 + 10 points of 100; stage 3; BANT: budget and need met,
    // authority partly, timing unknown: 2 of 4.
    QVERIFY2(r.out.contains(QStringLiteral("Score:      65/100")), qPrintable(r.out));

    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("qualify"), id,
            QStringLiteral("--show")});
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("score")).toInt(), 65);
    QCOMPARE(shown.value(QStringLiteral("stage")).toInt(), 3);
    QCOMPARE(shown.value(QStringLiteral("met")).toInt(), 2);
    QCOMPARE(shown.value(QStringLiteral("salesReady")).toBool(), false);
    QCOMPARE(shown.value(QStringLiteral("criteria"))
                 .toObject()
                 .value(QStringLiteral("authority"))
                 .toString(),
        QStringLiteral("partly"));
    QCOMPARE(shown.value(QStringLiteral("answers"))
                 .toObject()
                 .value(QStringLiteral("next_step"))
                 .toString(),
        QString::fromUtf8("Demo am Freitag, Angebot folgt"));
    // The lead list shows the stored stage.
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("leads"),
            QStringLiteral("show"), id});
    QCOMPARE(r.json().object().value(QStringLiteral("qualificationStage")).toInt(), 3);
}

void TestCli::qualifyRefusesInvalidAnswersFile()
{
    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const QJsonObject mql = firstOwnedMql(list(db,
        {QStringLiteral("--stage"), QStringLiteral("mql"), QStringLiteral("--limit"),
            QStringLiteral("500")}));
    QVERIFY(!mql.isEmpty());
    QVERIFY(!QTest::currentTestFailed());
    const QString id = QString::number(mql.value(QStringLiteral("id")).toInteger());
    Run r = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("users")});
    const QString owner = loginOf(r.json(), mql.value(QStringLiteral("owner")).toString());
    const QByteArray before = show(db, id.toLongLong());

    const QString file = m_dir->filePath(QStringLiteral("answers.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"icp_fit": "yes", "need": "yes", "timing": "next spring"})");
    f.close();
    r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), owner, QStringLiteral("qualify"), id,
            QStringLiteral("--answers"), file});
    QVERIFY2(
        r.err.contains(QStringLiteral("timing")) && r.err.contains(QStringLiteral("next spring")),
        qPrintable(r.err));
    // Nothing of the file was recorded, not even the valid answers.
    r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("qualify"), id,
            QStringLiteral("--show")});
    QCOMPARE(r.json().object().value(QStringLiteral("answered")).toInt(), 0);
    QCOMPARE(show(db, id.toLongLong()), before);

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"(["yes", "no"])");
    f.close();
    r = EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("--as"), owner, QStringLiteral("qualify"), id,
            QStringLiteral("--answers"), file});
    QVERIFY2(r.err.contains(QStringLiteral("--answers")), qPrintable(r.err));
    // What is wrong, not "no error occurred".
    QVERIFY2(
        r.err.contains(QStringLiteral("expected a JSON object, found a list")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("no error occurred")), qPrintable(r.err));
}

void TestCli::routeDryRunThenRouteAndReassign()
{
    const QString db = m_locations->next(QStringLiteral("route.sqlite"));
    auto as = [&db](const QString &login, const QStringList &args) {
        return QStringList {QStringLiteral("--db"), db, QStringLiteral("--as"), login} + args;
    };
    const QString admin = QStringLiteral("admin");
    EXPECT_RUN(0, {QStringLiteral("--db"), db, QStringLiteral("init")});
    EXPECT_RUN(
        0, as(admin, {QStringLiteral("teams"), QStringLiteral("add"), QStringLiteral("Nord")}));
    for (const QStringList &user : {QStringList {QStringLiteral("tl"), QStringLiteral("team_lead")},
             QStringList {QStringLiteral("anna"), QStringLiteral("rep")},
             QStringList {QStringLiteral("ben"), QStringLiteral("rep")}}) {
        EXPECT_RUN(0,
            as(admin,
                {QStringLiteral("users"), QStringLiteral("add"), user[0], QStringLiteral("--role"),
                    user[1], QStringLiteral("--team"), QStringLiteral("Nord")}));
    }
    // Ben can hold one open lead.
    EXPECT_RUN(0,
        as(QStringLiteral("tl"),
            {QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("ben"),
                QStringLiteral("--capacity-open"), QStringLiteral("1")}));
    // A rep may not change capacities.
    EXPECT_RUN(1,
        as(QStringLiteral("anna"),
            {QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("ben"),
                QStringLiteral("--capacity-open"), QStringLiteral("9")}));
    const QString csv = m_dir->filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname,Nachname,Land\nEva,Berg,DE\nTom,Wolf,DE\nIda,Graf,FR\nUlf,Kern,DE\n");
    }
    // Without rules the import leaves every lead unassigned.
    const Run imported = EXPECT_RUN(0,
        as(admin,
            {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("leads"), csv}));
    QCOMPARE(imported.json().object().value(QStringLiteral("routed")).toInt(), 0);
    const QString rules = m_dir->filePath(QStringLiteral("rules.json"));
    {
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"([{"name": "Deutschland", "countries": ["DE"], "targetTeam": "Nord",
                     "method": "round_robin"}])");
    }
    EXPECT_RUN(
        1, as(QStringLiteral("anna"), {QStringLiteral("rules"), QStringLiteral("import"), rules}));
    EXPECT_RUN(
        0, as(QStringLiteral("tl"), {QStringLiteral("rules"), QStringLiteral("import"), rules}));

    const Run dry = EXPECT_RUN(0,
        as(QStringLiteral("tl"),
            {QStringLiteral("--json"), QStringLiteral("route"), QStringLiteral("--dry-run")}));
    const QJsonObject plan = dry.json().object();
    QCOMPARE(plan.value(QStringLiteral("assigned")).toInt(), 3);
    QCOMPARE(plan.value(QStringLiteral("unassigned")).toInt(), 1);
    // Round-robin anna, ben; then ben is full: anna again. The French lead matches no rule.
    QCOMPARE(
        plan.value(QStringLiteral("perRep")).toObject().value(QStringLiteral("anna")).toInt(), 2);
    QCOMPARE(
        plan.value(QStringLiteral("perRep")).toObject().value(QStringLiteral("ben")).toInt(), 1);
    const QJsonArray perLead = plan.value(QStringLiteral("leads")).toArray();
    QCOMPARE(perLead.size(), 4);
    QStringList owners, reasons;
    for (const QJsonValue &v : perLead) {
        owners << v.toObject().value(QStringLiteral("owner")).toString();
        reasons << v.toObject().value(QStringLiteral("reason")).toString();
        if (!owners.last().isEmpty())
            QCOMPARE(v.toObject().value(QStringLiteral("rule")).toString(),
                QStringLiteral("Deutschland"));
    }
    // Leads are routed in order of fast-track, then score (imported leads are scored): the
    // three German ones round-robin anna, ben, anna; the French one matches no rule.
    const qsizetype french = owners.indexOf(QString());
    QVERIFY(french >= 0);
    QCOMPARE(reasons[french], QStringLiteral("no_rule"));
    owners.removeAt(french);
    QCOMPARE(owners,
        (QStringList {QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("anna")}));
    QCOMPARE(
        list(db, {QStringLiteral("--owner"), QStringLiteral("none")}).size(), 4); // nothing written
    const Run text = EXPECT_RUN(
        0, as(QStringLiteral("tl"), {QStringLiteral("route"), QStringLiteral("--dry-run")}));
    QVERIFY2(text.out.contains(QStringLiteral("Would assign 3 of 4")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("No routing rule matches the lead.")),
        qPrintable(text.out));
    QCOMPARE(plan.value(QStringLiteral("bandsFrom")).toString(), QStringLiteral("score"));
    // With the learned chance driving, the bands are read from the chance: without a learned
    // score every lead is cold, and the preview says where the bands come from.
    EXPECT_RUN(0,
        as(admin,
            {QStringLiteral("score"), QStringLiteral("driver"), QStringLiteral("learned"),
                QStringLiteral("--threshold"), QStringLiteral("0.9")}));
    const Run byChance = EXPECT_RUN(0,
        as(QStringLiteral("tl"),
            {QStringLiteral("--json"), QStringLiteral("route"), QStringLiteral("--dry-run")}));
    QCOMPARE(byChance.json().object().value(QStringLiteral("bandsFrom")).toString(),
        QStringLiteral("chance"));
    for (const QJsonValue &v : byChance.json().object().value(QStringLiteral("leads")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("band")).toString(), QStringLiteral("cold"));
    const Run chanceText = EXPECT_RUN(
        0, as(QStringLiteral("tl"), {QStringLiteral("route"), QStringLiteral("--dry-run")}));
    QVERIFY2(
        chanceText.out.contains(QStringLiteral("Score bands are read from the learned chance")),
        qPrintable(chanceText.out));
    EXPECT_RUN(
        0, as(admin, {QStringLiteral("score"), QStringLiteral("driver"), QStringLiteral("rules")}));
    QCOMPARE(list(db, {QStringLiteral("--owner"), QStringLiteral("none")}).size(), 4);

    EXPECT_RUN(1, as(QStringLiteral("anna"), {QStringLiteral("route")}));
    EXPECT_RUN(0, as(QStringLiteral("tl"), {QStringLiteral("route")}));
    QCOMPARE(list(db, {QStringLiteral("--owner"), QStringLiteral("none")}).size(), 1);
    const QJsonArray bens = list(db, {QStringLiteral("--owner"), QStringLiteral("ben")});
    QCOMPARE(bens.size(), 1);
    const QString bensLead
        = QString::number(bens.first().toObject().value(QStringLiteral("id")).toInteger());

    // A rep cannot take someone else's lead; a reason is required; the team lead can.
    const Run refused = EXPECT_RUN(1,
        as(QStringLiteral("anna"),
            {QStringLiteral("reassign"), bensLead, QStringLiteral("--to"), QStringLiteral("anna"),
                QStringLiteral("--reason"), QStringLiteral("mine")}));
    QVERIFY2(refused.err.contains(QStringLiteral("only reassign your own leads")),
        qPrintable(refused.err));
    const Run noReason = EXPECT_RUN(1,
        as(QStringLiteral("tl"),
            {QStringLiteral("reassign"), bensLead, QStringLiteral("--to"),
                QStringLiteral("anna")}));
    QVERIFY2(noReason.err.contains(QStringLiteral("[field: reason]")), qPrintable(noReason.err));
    EXPECT_RUN(0,
        as(QStringLiteral("tl"),
            {QStringLiteral("reassign"), bensLead, QStringLiteral("--to"), QStringLiteral("anna"),
                QStringLiteral("--reason"), QStringLiteral("Ben im Urlaub")}));
    QCOMPARE(list(db, {QStringLiteral("--owner"), QStringLiteral("anna")}).size(), 3);
    // --from: the owner the caller saw. Someone else moved the lead to anna meanwhile: nothing
    // moves, and the message says who took it where.
    const Run stale = EXPECT_RUN(1,
        as(QStringLiteral("tl"),
            {QStringLiteral("reassign"), bensLead, QStringLiteral("--to"), QStringLiteral("ben"),
                QStringLiteral("--from"), QStringLiteral("ben"), QStringLiteral("--reason"),
                QStringLiteral("zurück")}));
    QVERIFY2(stale.err.contains(QStringLiteral("Lead %1 was already reassigned to").arg(bensLead)),
        qPrintable(stale.err));
    QCOMPARE(list(db, {QStringLiteral("--owner"), QStringLiteral("anna")}).size(), 3);
    EXPECT_RUN(1,
        as(QStringLiteral("tl"),
            {QStringLiteral("reassign"), bensLead, QStringLiteral("--to"), QStringLiteral("ben"),
                QStringLiteral("--from"), QStringLiteral("nobody"), QStringLiteral("--reason"),
                QStringLiteral("x")}));
    const Run audit = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("audit"),
            QStringLiteral("--lead"), bensLead});
    const QJsonArray entries = audit.json().object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2); // routed to ben, then reassigned to anna
    QCOMPARE(entries[0].toObject().value(QStringLiteral("old")).toString(), QStringLiteral("ben"));
    QCOMPARE(entries[0].toObject().value(QStringLiteral("new")).toString(), QStringLiteral("anna"));
    QCOMPARE(entries[0].toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Ben im Urlaub"));
    const Run inbox = EXPECT_RUN(0, as(QStringLiteral("ben"), {QStringLiteral("inbox")}));
    QVERIFY2(
        inbox.out.contains(
            QStringLiteral("Lead %1 was reassigned from you to anna. Ben im Urlaub").arg(bensLead)),
        qPrintable(inbox.out));
}

namespace {

// Runs a CLI command and the same numbers from the core until no clock changed its state in
// between (the CLI runs on the system clock): what the CLI printed must be what the core said
// both before and after it.
template <typename Core>
bool sameWhileStill(
    const std::function<QJsonValue()> &runCli, Core core, QJsonValue *printed, QJsonValue *expected)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QJsonValue before = core();
        *printed = runCli();
        *expected = core();
        if (before == *expected)
            return true;
    }
    return false;
}

} // namespace

void TestCli::slaStatusJsonIsTheServicesNumbers()
{
    const QString db = newDemoDatabase(QStringLiteral("sla.sqlite"));
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    QJsonValue printed, expected;
    QVERIFY(sameWhileStill(
        [&] {
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("sla"),
                QStringLiteral("status"), QStringLiteral("--json")});
            return r.exitCode == 0 ? QJsonValue(r.json().array()) : QJsonValue(r.err);
        },
        [&] {
            auto status = SlaReports(*opened.value()).status(QDateTime::currentDateTimeUtc());
            return status ? QJsonValue(slaStatusTable(status.value()).toJson()) : QJsonValue();
        },
        &printed, &expected));
    QCOMPARE(printed, expected);
    const QJsonArray rows = printed.toArray();
    const QJsonObject total = rows.last().toObject();
    QCOMPARE(total.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
    QVERIFY(total.value(QStringLiteral("open")).toInteger() > 0); // demo data has open clocks
    QCOMPARE(total.value(QStringLiteral("open")).toInteger(),
        total.value(QStringLiteral("onTrack")).toInteger()
            + total.value(QStringLiteral("dueSoon")).toInteger()
            + total.value(QStringLiteral("breached")).toInteger());
    // The text form shows the same total.
    const Run text = EXPECT_RUN(
        0, {QStringLiteral("--db"), db, QStringLiteral("sla"), QStringLiteral("status")});
    QVERIFY2(text.out.contains(QStringLiteral("Breached")), qPrintable(text.out));
}

void TestCli::reportSlaJsonIsTheServicesNumbers()
{
    const QString db = newDemoDatabase(QStringLiteral("slareport.sqlite"));
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    const QDate to = QDate::currentDate(), from = to.addDays(-180);
    QJsonValue printed, expected;
    QVERIFY(sameWhileStill(
        [&] {
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
                QStringLiteral("sla"), QStringLiteral("--from"), from.toString(Qt::ISODate),
                QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--json")});
            return r.exitCode == 0 ? QJsonValue(r.json().object()) : QJsonValue(r.err);
        },
        [&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const SlaReports reports(*opened.value());
            auto report = reports.report(from, to, now);
            auto breaches = reports.breaches(from, to, now, SlaReports::BreachListLimit);
            if (!report || !breaches)
                return QJsonValue();
            return QJsonValue(QJsonObject {
                {QStringLiteral("compliance"), slaComplianceTable(report.value()).toJson()},
                {QStringLiteral("firstTouch"), slaFirstTouchTable(report.value()).toJson()},
                {QStringLiteral("weekly"), slaWeeklyTable(report.value()).toJson()},
                {QStringLiteral("mqlTargets"), mqlTargetTable(report.value()).toJson()},
                {QStringLiteral("breaches"), slaBreachTable(breaches.value()).toJson()}});
        },
        &printed, &expected));
    QCOMPARE(printed, expected);
    const QJsonObject o = printed.toObject();
    QVERIFY(o.value(QStringLiteral("firstTouch"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("firstTouches"))
                .toInteger()
        > 0);
    QVERIFY(o.value(QStringLiteral("weekly")).toArray().size() >= 20);
    const int months = (to.year() * 12 + to.month()) - (from.year() * 12 + from.month()) + 1;
    QCOMPARE(o.value(QStringLiteral("mqlTargets")).toArray().size(), months);
}

void TestCli::loggedCallStopsTheFirstTouchClock()
{
    const QString db = newDemoDatabase(QStringLiteral("log.sqlite"));
    QVERIFY(!db.isEmpty());
    qint64 leadId = 0;
    QString owner;
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.lead_id, u.login FROM sla_clocks c JOIN "
                                      "sla_policies p ON p.id = c.policy_id JOIN users u "
                                      "ON u.id = c.owner_id WHERE c.stopped_at IS NULL AND "
                                      "p.clock_kind = 'first_touch' ORDER BY c.id LIMIT 1")));
        QVERIFY2(q.next(), "the demo data has no open first-touch clock");
        leadId = q.value(0).toLongLong();
        owner = q.value(1).toString();
    }
    const QString id = QString::number(leadId);
    EXPECT_RUN(1,
        {QStringLiteral("--db"), db, QStringLiteral("log"), id, QStringLiteral("call"),
            QStringLiteral("--as"),
            owner == QLatin1String("kschulz") ? QStringLiteral("fhuber")
                                              : QStringLiteral("kschulz")});
    const Run r = EXPECT_RUN(0,
        {QStringLiteral("--db"), db, QStringLiteral("log"), id, QStringLiteral("call"),
            QStringLiteral("--note"), QStringLiteral("Reached, interested"), QStringLiteral("--as"),
            owner});
    QVERIFY2(r.out.contains(QStringLiteral("Logged call")), qPrintable(r.out));
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    const auto clocks = SlaRepository(*opened.value()).clocksOf(leadId).value();
    const auto policies = SlaRepository(*opened.value()).policies().value();
    int stoppedByCall = 0;
    for (const SlaClock &c : clocks) {
        for (const SlaPolicy &p : policies) {
            if (p.id == c.policyId && p.kind == QLatin1String("first_touch")) {
                QVERIFY(!c.isOpen());
                stoppedByCall += c.stoppedBy == QLatin1String("call") ? 1 : 0;
            }
        }
    }
    QCOMPARE(stoppedByCall, 1);
    QVERIFY(show(db, leadId).contains("Reached, interested"));
}

// A rep promises a callback from the command line; when its time has come (the test moves it
// into the past in the file) it tops the rep's queue and is in the rep's inbox.
// A lead recycled with a re-contact date (the test moves the date into the past in the file) is
// back on it with `recontact`: an MQL again, and the history says why.
void TestCli::recontactReturnsRecycledLeads()
{
    const QString db = newDemoDatabase(QStringLiteral("recontact.sqlite"));
    QVERIFY(!db.isEmpty());
    qint64 lead = 0;
    QString owner;
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT l.id, u.login FROM leads l JOIN users u ON u.id = l.owner_id WHERE l.stage = "
            "'mql' AND u.active = 1 AND u.role = 'rep' AND u.absent_from IS NULL ORDER BY l.id "
            "LIMIT 1")));
        QVERIFY2(q.next(), "the demo data has no MQL of a present rep");
        lead = q.value(0).toLongLong();
        owner = q.value(1).toString();
    }
    const QString id = QString::number(lead);
    const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    EXPECT_RUN(0,
        QStringList {QStringLiteral("--db"), db, QStringLiteral("--as"), owner,
            QStringLiteral("stage"), id, QStringLiteral("lead"), QStringLiteral("--reason"),
            QStringLiteral("not_now"), QStringLiteral("--recontact"), later});
    Run r = EXPECT_RUN(0, strings({"--db"}) + QStringList {db} + strings({"recontact", "--json"}));
    QCOMPARE(r.json().array().size(), 0); // not yet
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        q.prepare(QStringLiteral("UPDATE leads SET recontact_on = :day WHERE id = :id"));
        q.bindValue(QStringLiteral(":day"), QDate::currentDate().toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":id"), lead);
        QVERIFY(q.exec());
    }
    r = EXPECT_RUN(0, strings({"--db"}) + QStringList {db} + strings({"recontact", "--json"}));
    const QJsonArray back = r.json().array();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].toObject().value(QStringLiteral("lead")).toInteger(), lead);
    // To its owner, or routed when the demo rep is at capacity: either way with its reason.
    QVERIFY(back[0]
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .startsWith(QStringLiteral("recontact_owner")));
    r = EXPECT_RUN(
        0, strings({"--db"}) + QStringList {db} + strings({"leads", "show"}) + QStringList {id});
    QVERIFY2(r.out.contains(QStringLiteral("Back on its re-contact date")), qPrintable(r.out));
    r = EXPECT_RUN(0, strings({"--db"}) + QStringList {db} + strings({"recontact"}));
    QVERIFY2(r.out.contains(QStringLiteral("0 recycled leads")), qPrintable(r.out)); // once
}

// `cadence` shows the default policy; a rep may not change it, a team lead may (audited).
void TestCli::cadenceShownAndSetByTeamLeads()
{
    const QString db = newDemoDatabase(QStringLiteral("cadence.sqlite"));
    QVERIFY(!db.isEmpty());
    const QStringList onDb = {QStringLiteral("--db"), db};
    Run r = EXPECT_RUN(0, onDb + strings({"cadence", "--json"}));
    const QJsonObject mql = r.json().array()[0].toObject();
    QCOMPARE(mql.value(QStringLiteral("code")).toString(), QStringLiteral("new_mql"));
    QCOMPARE(mql.value(QStringLiteral("attempts")).toInt(), 6);
    QCOMPARE(mql.value(QStringLiteral("withinDays")).toInt(), 10);
    QCOMPARE(mql.value(QStringLiteral("gapHours")).toInt(), 4);
    r = EXPECT_RUN(0, onDb + strings({"cadence"}));
    QVERIFY2(r.out.contains(QStringLiteral("6 attempts in 10 business days")), qPrintable(r.out));
    r = EXPECT_RUN(
        1, onDb + strings({"--as", "kschulz", "cadence", "set", "new_mql", "--attempts", "4"}));
    QVERIFY2(r.err.contains(QStringLiteral("team leads")), qPrintable(r.err));
    r = EXPECT_RUN(
        1, onDb + strings({"--as", "tbauer", "cadence", "set", "new_mql", "--gap", "99"}));
    QVERIFY2(r.err.contains(QStringLiteral("between 0 and 80")), qPrintable(r.err));
    r = EXPECT_RUN(1, onDb + strings({"--as", "tbauer", "cadence", "set", "nope"}));
    QVERIFY2(r.err.contains(QStringLiteral("new_mql")), qPrintable(r.err));
    EXPECT_RUN(0,
        onDb
            + strings({"--as", "tbauer", "cadence", "set", "new_mql", "--attempts", "4", "--vary",
                "no"}));
    r = EXPECT_RUN(0, onDb + strings({"cadence", "--json"}));
    QCOMPARE(r.json().array()[0].toObject().value(QStringLiteral("attempts")).toInt(), 4);
    QCOMPARE(r.json().array()[0].toObject().value(QStringLiteral("varyTimeOfDay")).toBool(), false);
    r = EXPECT_RUN(0, onDb + strings({"audit", "--json"}));
    QVERIFY2(r.out.contains(QStringLiteral("cadence_policy")), qPrintable(r.out.left(2000)));
}

// Issue 19, item 9, on the command line: every role but the administrator is refused the home
// region; set to AT (audited), an import reads "0664 …" as +43 664 …, which the search finds.
void TestCli::homeRegionSetByAdminsReadsNationalNumbers()
{
    const QString db = newDemoDatabase(QStringLiteral("region.sqlite"));
    QVERIFY(!db.isEmpty());
    const QStringList onDb = {QStringLiteral("--db"), db};
    Run r = EXPECT_RUN(0, onDb + strings({"settings", "home-region", "--json"}));
    QCOMPARE(
        r.json().object().value(QStringLiteral("homeRegion")).toString(), QStringLiteral("DE"));
    for (const char *login : {"mkoch", "tbauer", "lfischer", "kschulz"}) {
        r = EXPECT_RUN(1, onDb + strings({"--as", login, "settings", "home-region", "AT"}));
        QVERIFY2(r.err.contains(QStringLiteral("administrators")), qPrintable(r.err));
    }
    r = EXPECT_RUN(1, onDb + strings({"--as", "admin", "settings", "home-region", "Austria"}));
    QVERIFY2(r.err.contains(QStringLiteral("'Austria'")), qPrintable(r.err));
    r = EXPECT_RUN(0, onDb + strings({"--as", "admin", "settings", "home-region", "at"}));
    QVERIFY2(r.out.contains(QStringLiteral("AT (+43)")), qPrintable(r.out));

    const QString csv = m_dir->filePath(QStringLiteral("austrian.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("First Name,Last Name,Phone\nAnna,Zwettler,0664 9081726\n");
    f.close();
    EXPECT_RUN(0, onDb + strings({"--as", "admin", "import", "leads"}) + QStringList {csv});
    r = EXPECT_RUN(0, onDb + strings({"leads", "list", "--search", "+43 664 908172"}));
    QVERIFY2(r.out.contains(QStringLiteral("Zwettler")), qPrintable(r.out));
    r = EXPECT_RUN(0, onDb + strings({"audit", "--entity", "call_settings"}));
    QVERIFY2(r.out.contains(QStringLiteral("home_region: 'DE' -> 'AT'")), qPrintable(r.out));
}

void TestCli::queueShowsADueCallbackFirst()
{
    const QString db = newDemoDatabase(QStringLiteral("queue.sqlite"));
    QVERIFY(!db.isEmpty());
    QString owner;
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT u.login FROM sla_clocks c JOIN users u ON u.id = "
                                      "c.owner_id WHERE c.stopped_at IS NULL ORDER BY c.id "
                                      "LIMIT 1")));
        QVERIFY2(q.next(), "the demo data has no open clock");
        owner = q.value(0).toString();
    }
    const QStringList as = {QStringLiteral("--db"), db, QStringLiteral("--as"), owner};
    Run r = EXPECT_RUN(0, as + strings({"queue", "--json"}));
    const QJsonArray before = r.json().array();
    QVERIFY(before.size() >= 2);
    QCOMPARE(before[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("sla"));
    // The last lead of the queue is the one the rep promises to call back.
    const qint64 lead = before.last().toObject().value(QStringLiteral("lead")).toInteger();
    const QString id = QString::number(lead);
    r = EXPECT_RUN(1,
        as
            + QStringList {QStringLiteral("callback"), id, QStringLiteral("--at"),
                QStringLiteral("2001-01-12 14:30")});
    QVERIFY2(r.err.contains(QStringLiteral("in the future")), qPrintable(r.err));
    r = EXPECT_RUN(1,
        as
            + QStringList {QStringLiteral("callback"), id, QStringLiteral("--at"),
                QStringLiteral("tomorrow")});
    QVERIFY2(r.err.contains(QStringLiteral("--at")), qPrintable(r.err));
    const QString at
        = QDateTime::currentDateTime().addDays(1).toString(QStringLiteral("yyyy-MM-dd 14:30"));
    r = EXPECT_RUN(0,
        as
            + QStringList {QStringLiteral("callback"), id, QStringLiteral("--at"), at,
                QStringLiteral("--note"), QStringLiteral("send the offer first")});
    QVERIFY2(r.out.contains(at), qPrintable(r.out));
    r = EXPECT_RUN(0, as + strings({"queue", "--json"}));
    QCOMPARE(r.json().array()[0].toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("sla")); // not due yet
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        q.prepare(QStringLiteral("UPDATE callbacks SET due_at = due_at - 2 * 86400"));
        QVERIFY(q.exec());
    }
    r = EXPECT_RUN(0, as + strings({"queue", "--json"}));
    const QJsonObject first = r.json().array()[0].toObject();
    QCOMPARE(first.value(QStringLiteral("lead")).toInteger(), lead);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("callback"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("callback_overdue"));
    QCOMPARE(r.json().array().size(), before.size()); // the lead once
    r = EXPECT_RUN(0, as + strings({"inbox", "--json"}));
    bool told = false;
    for (const QJsonValue v : r.json().array())
        told = told
            || (v.toObject().value(QStringLiteral("kind")).toString()
                    == QLatin1String("callback_due")
                && v.toObject().value(QStringLiteral("lead")).toInteger() == lead);
    QVERIFY2(told, qPrintable(r.out));
}

void TestCli::slaSettings()
{
    const QString db = newDemoDatabase(QStringLiteral("settings.sqlite"));
    QVERIFY(!db.isEmpty());
    const QStringList base = {QStringLiteral("--db"), db};
    Run r = EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("holidays"),
                QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--json")});
    const QJsonObject cal = r.json().object();
    QCOMPARE(cal.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(cal.value(QStringLiteral("holidays")).toArray().size(), 9);
    QCOMPARE(cal.value(QStringLiteral("holidays"))
                 .toArray()[1]
                 .toObject()
                 .value(QStringLiteral("day"))
                 .toString(),
        QStringLiteral("2027-03-26")); // Karfreitag
    EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("add"),
                QStringLiteral("2027-12-24"), QStringLiteral("Heiligabend"), QStringLiteral("--as"),
                QStringLiteral("admin")});
    EXPECT_RUN(1,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("add"),
                QStringLiteral("2027-12-31"), QStringLiteral("Silvester"), QStringLiteral("--as"),
                QStringLiteral("kschulz")});
    r = EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("holidays"),
                QStringLiteral("--year"), QStringLiteral("2027")});
    QVERIFY2(r.out.contains(QStringLiteral("2027-12-24  Heiligabend")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("Silvester")));
    r = EXPECT_RUN(0,
        base
            + QStringList {
                QStringLiteral("sla"), QStringLiteral("policies"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().size(), 4);
    QCOMPARE(r.json().array()[1].toObject().value(QStringLiteral("allowed")).toInt(), 240);
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("target"), month,
                QStringLiteral("1000"), QStringLiteral("--as"), QStringLiteral("mkoch")});
    r = EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("report"), QStringLiteral("sla"),
                QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate),
                QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate),
                QStringLiteral("--json")});
    const QJsonObject mql
        = r.json().object().value(QStringLiteral("mqlTargets")).toArray().first().toObject();
    QCOMPARE(mql.value(QStringLiteral("month")).toString(), month);
    QCOMPARE(mql.value(QStringLiteral("target")).toInteger(), qint64(1000));
    r = EXPECT_RUN(0,
        base
            + QStringList {QStringLiteral("sla"), QStringLiteral("rebuild"), QStringLiteral("--as"),
                QStringLiteral("admin"), QStringLiteral("--json")});
    QCOMPARE(r.json().object().value(QStringLiteral("leads")).toInteger(), qint64(300));
    r = EXPECT_RUN(0, base + QStringList {QStringLiteral("sla"), QStringLiteral("escalate")});
    QVERIFY2(r.out.contains(QStringLiteral("Recorded 0 new SLA breaches")),
        qPrintable(r.out)); // the rebuild recorded them
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args"); // after --db FILE; "ID" is a demo lead in stage lead
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions"); // what stderr must name

    auto row = [](const char *tag, const char *args, int code, const char *mentions) {
        QTest::newRow(tag) << QString::fromUtf8(args).split(QLatin1Char(' ')) << code
                           << QString::fromUtf8(mentions);
    };
    row("missing --as", "stage ID mql", 1, "--as");
    row("unknown user", "stage ID mql --as nobody", 1, "nobody");
    row("--as without a value", "stage ID mql --as", 2, "--as");
    row("bad id", "stage abc mql --as mkoch", 2, "abc");
    row("negative id", "leads show -5", 2, "-5");
    row("id of no lead", "stage 999999 mql --as mkoch", 1, "999999");
    row("show id of no lead", "leads show 999999", 1, "999999");
    row("unknown target stage", "stage ID purple --as mkoch", 2, "purple");
    row("unknown command", "frobnicate", 2, "frobnicate");
    row("unknown sub-command", "leads delete", 2, "list");
    row("unknown option", "leads list --colour red", 2, "--colour");
    row("option of another command", "stage ID mql --as mkoch --limit 5", 2, "--limit");
    row("flag with a value", "leads list --json=yes", 2, "--json");
    row("bad stage filter", "leads list --stage purple", 2, "purple");
    row("bad limit", "leads list --limit -1", 2, "--limit");
    row("bad sort column", "leads list --sort colour", 2, "colour");
    row("bad re-contact date", "stage ID lead --as mkoch --recontact 31.12.2030", 2, "31.12.2030");
    row("unknown owner", "leads list --owner nobody", 1, "nobody");
    row("unknown report", "report purple", 2, "purple");
    row("report without a name", "report", 2, "funnel");
    row("sla report without dates", "report sla --from 2026-01-01", 2, "--to");
    row("sla: unknown sub-command", "sla purple", 2, "status");
    row("sla rebuild by a rep", "sla rebuild --as kschulz", 1, "administrator");
    row("sla target: bad month", "sla target 2026-13 5 --as mkoch", 1, "2026-13");
    row("log: not a touch", "log ID visit --as admin", 1, "visit");
    row("report: bad date", "report funnel --from 2026-02-30", 2, "2026-02-30");
    row("report: date in another format", "report funnel --to 01.03.2026", 2, "01.03.2026");
    row("report: from after to", "report funnel --from 2026-03-02 --to 2026-03-01", 2, "--from");
    row("report: unknown team", "report sources --team Atlantis", 1, "Atlantis");
    row("report: unknown owner", "report fairness --owner nobody", 1, "nobody");
    row("report: json and csv", "report funnel --json --csv", 2, "--csv");
    row("report: option of another command", "report funnel --limit 5", 2, "--limit");
    row("qualify: neither --answers nor --show", "qualify ID", 2, "--show");
    row("qualify: answers without --as", "qualify ID --answers /nonexistent.json", 1,
        "nonexistent");
    row("qualify: missing file", "qualify ID --answers /nonexistent.json --as mkoch", 1,
        "nonexistent");
    row("qualify: no lead", "qualify 999999 --show", 1, "999999");
    row("option of another form of the command", "teams add Nord --countries DE --as admin", 2,
        "--countries");
    row("holidays: --year of the list form",
        "sla holidays add 2026-12-24 Eve --year 2026 --as admin", 2, "--year");
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);

    const QString db = newDemoDatabase(QStringLiteral("demo.sqlite"));
    QVERIFY(!db.isEmpty());
    const qint64 id
        = firstLeadIn(db, QStringLiteral("lead")).value(QStringLiteral("id")).toInteger();
    QVERIFY(!QTest::currentTestFailed());
    args.replaceInStrings(QRegularExpression(QStringLiteral("^ID$")), QString::number(id));
    const QByteArray before = show(db, id);

    const Run r = EXPECT_RUN(exitCode, QStringList {QStringLiteral("--db"), db} + args);
    QVERIFY2(r.err.startsWith(QLatin1String("bantam-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(show(db, id), before);
}

void TestCli::usageListsEveryCommand()
{
    const QStringList commands = {QStringLiteral("init"), QStringLiteral("demo"),
        QStringLiteral("leads list"), QStringLiteral("leads show"), QStringLiteral("export leads"),
        QStringLiteral("import leads"), QStringLiteral("import runs"),
        QStringLiteral("import activities"), QStringLiteral("score recompute"),
        QStringLiteral("score explain"), QStringLiteral("score preview"),
        QStringLiteral("score model show"), QStringLiteral("score model validate"),
        QStringLiteral("score model save"), QStringLiteral("score model versions"),
        QStringLiteral("score model restore"), QStringLiteral("score train"),
        QStringLiteral("score predict explain"), QStringLiteral("score models"),
        QStringLiteral("stage"), QStringLiteral("qualify"), QStringLiteral("users"),
        QStringLiteral("users add"), QStringLiteral("users set"), QStringLiteral("teams"),
        QStringLiteral("territories"), QStringLiteral("rules"), QStringLiteral("route"),
        QStringLiteral("reassign"), QStringLiteral("audit"), QStringLiteral("inbox"),
        QStringLiteral("log"), QStringLiteral("queue"), QStringLiteral("callback"),
        QStringLiteral("recontact"), QStringLiteral("cadence"), QStringLiteral("cadence set"),
        QStringLiteral("settings home-region"), QStringLiteral("sla status"),
        QStringLiteral("sla policies"), QStringLiteral("sla holidays"),
        QStringLiteral("sla target"), QStringLiteral("sla rebuild"), QStringLiteral("sla escalate"),
        QStringLiteral("report funnel|"), QStringLiteral("report sla")};
    Run r = EXPECT_RUN(0, {QStringLiteral("--help")});
    for (const QString &command : commands)
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + command), qPrintable(command));
    QVERIFY(r.out.contains(QStringLiteral("--db FILE")));
    QCOMPARE(r.err, QString());

    // Without a command: the same usage, and exit code 2.
    const Run none = EXPECT_RUN(2, {});
    QCOMPARE(none.out, r.out);
    r = EXPECT_RUN(0, {QStringLiteral("help")});
    QCOMPARE(r.out, none.out);
}

void TestCli::helpOfEachCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions"); // what the help must say
    QTest::addColumn<QStringList>("absent"); // what it must not (other commands' forms)

    QTest::newRow("import leads: the mapping file")
        << strings({"import", "leads", "--help"})
        << strings({"bantam-cli import leads FILE.csv", "--on-duplicate", "\"columns\"",
               "\"header\": \"E-Mail\", \"field\": \"email\"", "fullName", "custom",
               "\"dates\": \"dmy\""})
        << strings({"import activities", "score", "--limit"});
    QTest::newRow("help COMMAND") << strings({"help", "stage"})
                                  << strings({"bantam-cli stage ID TO", "--recontact"})
                                  << strings({"leads list", "--map"});
    QTest::newRow("a group: its forms only")
        << strings({"sla", "holidays", "--help"})
        << strings({"sla holidays add", "sla holidays remove", "--year"})
        << strings({"sla status", "--csv"});
    QTest::newRow("the whole command")
        << strings({"--help", "report"})
        << strings({"report funnel|sources", "report sla", "--csv", "--team NAME"})
        << strings({"leads list", "--limit"});
}

void TestCli::helpOfEachCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, absent);
    const Run r = EXPECT_RUN(0, args);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage:\n")), qPrintable(r.out));
    for (const QString &m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(m + QStringLiteral(" in\n") + r.out));
    for (const QString &a : absent)
        QVERIFY2(!r.out.contains(a), qPrintable(a + QStringLiteral(" in\n") + r.out));
    QCOMPARE(r.err, QString());
}

// `bantam-cli --version`: what the man page's footer and a bug report need.
void TestCli::versionNamesQtSchemaAndLicence()
{
    const Run r = EXPECT_RUN(0, {QStringLiteral("--version")});
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("bantam-cli (Bantam) ") + QLatin1String(kVersion));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                 .match(QLatin1String(kVersion))
                 .hasMatch(),
        kVersion);
    QCOMPARE(lines.value(1),
        QStringLiteral("Qt %1 (built with Qt %2)")
            .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    QCOMPARE(lines.value(2),
        QStringLiteral("Database schema version %1").arg(Database::latestSchemaVersion()));
    QCOMPARE(lines.value(3), QStringLiteral("Licence: ") + QLatin1String(kLicense));
    QCOMPARE(r.err, QString());
    const Run usage = EXPECT_RUN(0, {QStringLiteral("--help")});
    QVERIFY(usage.out.contains(QStringLiteral("\n  --version ")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
