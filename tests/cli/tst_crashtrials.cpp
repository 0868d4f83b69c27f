// Crash trials: bantam-cli killed (SIGKILL, as kill -9) at random moments during an import, a
// full recompute, a scoring model save (which promotes and routes), routing, an SLA rebuild and a
// reassignment of every lead. After each kill the database must be intact and keep Bantam's
// rules (the same code as `bantam-cli check`: integrity_check, foreign_key_check, stage = last
// history entry, owner = last assignment); only owed scoring, promotion, routing and reassigning
// may be left, and `check --repair` finishes it; the job then runs again to a clean check. An
// import is then resumed and must end with the same leads and the same rejected rows as an
// uninterrupted run.
// Size: BANTAM_TRIALS kills per operation (default 4) on a demo of BANTAM_TRIAL_LEADS leads
// (default 2000) and an import of BANTAM_TRIAL_ROWS rows (default 5000); the kill times are
// drawn from BANTAM_TRIAL_SEED (default: a new seed each run, printed). Files only (each trial
// works on a copy of the file).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#ifndef BANTAM_CLI
#error "BANTAM_CLI must be the path of the bantam-cli executable"
#endif

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class TestCrashTrials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledAnywhereResumesToTheSameLeads();
    void recomputeKilledAnywhereKeepsTheRules();
    void modelSaveKilledAnywhereKeepsTheRules();
    void routingKilledAnywhereKeepsTheRules();
    void slaRebuildKilledAnywhereKeepsTheRules();
    void reassignmentKilledAnywhereIsFinished();

private:
    QProcess *start(const QStringList &args) const;
    Run cli(const QStringList &args) const;
    // Copies the base database (or another) for one trial.
    QString copyOfBase(int trial, const QString &base = {}) const;
    // Runs args, kills it after a random share of how long it takes uninterrupted; true if the
    // kill came before it finished.
    bool killSomewhereIn(const QStringList &args, qint64 fullMs);
    // The check after a kill: nothing but owed work, which --repair finishes.
    void expectOnlyOwedWork(const QString &db);
    void killTrials(const QStringList &command, const char *what, const QString &base = {});

    QTemporaryDir m_dir;
    QString m_base;
    QString m_csv;
    int m_trials = 4;
    QRandomGenerator m_random;
};

void TestCrashTrials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trials = setting("BANTAM_TRIALS", 4);
    const quint32 seed
        = quint32(setting("BANTAM_TRIAL_SEED", int(QRandomGenerator::system()->bounded(1 << 30))));
    qInfo("crash trials: seed %u (BANTAM_TRIAL_SEED=%u repeats them)", seed, seed);
    m_random.seed(seed);
    m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
    const Run demo = cli({QStringLiteral("--db"), m_base, QStringLiteral("demo"),
        QStringLiteral("--leads"), QString::number(setting("BANTAM_TRIAL_LEADS", 2000))});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    // Every 250th row has nothing that identifies a lead: rejected, in every batch.
    m_csv = m_dir.filePath(QStringLiteral("trial.csv"));
    QByteArray bytes = "Vorname;Nachname;E-Mail;Firma;Land\n";
    const int rows = setting("BANTAM_TRIAL_ROWS", 5000);
    for (int i = 1; i <= rows; ++i) {
        bytes += i % 250 == 0 ? QByteArray(";;;;DE\n")
                              : QStringLiteral("Vor%1;Nach%1;trial%1@example.com;Firma %2;DE\n")
                                    .arg(i)
                                    .arg(i % 97)
                                    .toUtf8();
    }
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
}

QProcess *TestCrashTrials::start(const QStringList &args) const
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    p->setProcessEnvironment(env);
    p->start(QString::fromUtf8(BANTAM_CLI), args);
    return p;
}

Run TestCrashTrials::cli(const QStringList &args) const
{
    std::unique_ptr<QProcess> p(start(args));
    Run r;
    if (!p->waitForFinished(600000)) {
        p->kill();
        p->waitForFinished();
        r.err = "(bantam-cli did not finish in time)";
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

QString TestCrashTrials::copyOfBase(int trial, const QString &base) const
{
    const QString path = m_dir.filePath(QStringLiteral("trial-%1.sqlite").arg(trial));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".checked"));
    if (!QFile::copy(base.isEmpty() ? m_base : base, path))
        return {};
    return path;
}

bool TestCrashTrials::killSomewhereIn(const QStringList &args, qint64 fullMs)
{
    std::unique_ptr<QProcess> p(start(args));
    if (!p->waitForStarted())
        return false;
    const int after = int(m_random.bounded(quint32(std::max<qint64>(fullMs, 2))));
    const bool finished = p->waitForFinished(after);
    if (!finished) {
        p->kill(); // SIGKILL
        p->waitForFinished();
    }
    return !finished;
}

void TestCrashTrials::expectOnlyOwedWork(const QString &db)
{
    const Run check
        = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(check.out).object();
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
        const QString kind = f.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY2(kind == QLatin1String("not_scored") || kind == QLatin1String("not_promoted")
                || kind == QLatin1String("not_routed")
                || kind == QLatin1String("reassignment_unfinished"),
            check.out.constData());
    }
    const Run repair = cli({QStringLiteral("--db"), db, QStringLiteral("--as"),
        QStringLiteral("admin"), QStringLiteral("check"), QStringLiteral("--repair")});
    QVERIFY2(repair.exitCode == 0, repair.out + repair.err);
}

void TestCrashTrials::importKilledAnywhereResumesToTheSameLeads()
{
    const auto import = [this](const QString &db, const QStringList &what) {
        return QStringList {QStringLiteral("--db"), db, QStringLiteral("--as"),
                   QStringLiteral("admin"), QStringLiteral("import"), QStringLiteral("leads")}
        + what;
    };
    const auto leads = [this](const QString &db) {
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("leads"),
            QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("trial"),
            QStringLiteral("--limit"), QStringLiteral("1000000"), QStringLiteral("--json")});
        QStringList emails;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("leads")).toArray())
            emails << v.toObject().value(QStringLiteral("email")).toString();
        emails.sort();
        return emails;
    };
    const QString rejectedFile = m_dir.filePath(QStringLiteral("trial.rejected.csv"));
    const auto rejected = [&rejectedFile] {
        QFile f(rejectedFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };

    // The reference: one uninterrupted run.
    const QString reference = copyOfBase(0);
    QElapsedTimer timer;
    timer.start();
    const Run whole = cli(import(reference, {m_csv}));
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(whole.exitCode == 3, whole.out + whole.err); // 3: done, with rejected rows
    const QStringList expected = leads(reference);
    const QByteArray expectedRejects = rejected();
    QVERIFY(!expected.isEmpty() && !expectedRejects.isEmpty());

    int killed = 0;
    for (int trial = 1; trial <= m_trials; ++trial) {
        const QString db = copyOfBase(trial);
        QFile::remove(rejectedFile);
        if (!killSomewhereIn(import(db, {m_csv}), fullMs))
            continue; // finished before the kill: nothing to recover
        ++killed;
        expectOnlyOwedWork(db);
        if (QTest::currentTestFailed())
            return;
        const Run runs = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
            QStringLiteral("import"), QStringLiteral("runs")});
        const QJsonArray open = QJsonDocument::fromJson(runs.out).array();
        if (open.isEmpty()) {
            // Killed before the run was recorded (the import starts again), or after its last
            // batch committed (nothing left but the owed work, which --repair did).
            if (leads(db) != expected) {
                const Run again = cli(import(db, {m_csv}));
                QVERIFY2(again.exitCode == 3, again.out + again.err);
            }
        } else {
            const QString run
                = QString::number(open.first().toObject().value(QStringLiteral("run")).toInteger());
            const Run resumed = cli(import(db, {QStringLiteral("--resume"), run}));
            QVERIFY2(resumed.exitCode == 3 || resumed.exitCode == 0, resumed.out + resumed.err);
        }
        QCOMPARE(leads(db), expected);
        QCOMPARE(rejected(), expectedRejects);
        const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.out + check.err);
    }
    qInfo("import: %d of %d trials killed mid-run", killed, m_trials);
}

void TestCrashTrials::killTrials(const QStringList &command, const char *what, const QString &base)
{
    const QString reference = copyOfBase(0, base);
    QElapsedTimer timer;
    timer.start();
    const Run whole = cli(QStringList {QStringLiteral("--db"), reference} + command);
    const qint64 fullMs = timer.elapsed();
    QVERIFY2(whole.exitCode == 0, whole.out + whole.err);
    int killed = 0;
    for (int trial = 1; trial <= m_trials; ++trial) {
        const QString db = copyOfBase(trial, base);
        if (!killSomewhereIn(QStringList {QStringLiteral("--db"), db} + command, fullMs))
            continue;
        ++killed;
        expectOnlyOwedWork(db);
        if (QTest::currentTestFailed())
            return;
        // And the job itself can run again to its end, leaving nothing owed.
        const Run again = cli(QStringList {QStringLiteral("--db"), db} + command);
        QVERIFY2(again.exitCode == 0, again.out + again.err);
        const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.out + check.err);
    }
    qInfo("%s: %d of %d trials killed mid-run", what, killed, m_trials);
}

void TestCrashTrials::recomputeKilledAnywhereKeepsTheRules()
{
    killTrials({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("score"),
                   QStringLiteral("recompute")},
        "score recompute");
}

void TestCrashTrials::modelSaveKilledAnywhereKeepsTheRules()
{
    // A model with a lower MQL threshold: saving it rescores every lead and promotes (and
    // routes) many of them.
    const Run shown = cli({QStringLiteral("--db"), m_base, QStringLiteral("score"),
        QStringLiteral("model"), QStringLiteral("show")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QJsonObject model = QJsonDocument::fromJson(shown.out).object();
    QJsonObject thresholds = model.value(QStringLiteral("thresholds")).toObject();
    thresholds.insert(QStringLiteral("mql"), 35);
    model.insert(QStringLiteral("thresholds"), thresholds);
    const QString file = m_dir.filePath(QStringLiteral("mql35.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(model).toJson());
    f.close();
    killTrials({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("score"),
                   QStringLiteral("model"), QStringLiteral("save"), file},
        "score model save");
}

void TestCrashTrials::routingKilledAnywhereKeepsTheRules()
{
    killTrials({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("route")}, "route");
}

void TestCrashTrials::slaRebuildKilledAnywhereKeepsTheRules()
{
    killTrials({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("sla"),
                   QStringLiteral("rebuild")},
        "sla rebuild");
}

void TestCrashTrials::reassignmentKilledAnywhereIsFinished()
{
    // Every lead of the demo and the imported file to one rep: several chunks of 500.
    const QString base = m_dir.filePath(QStringLiteral("reassign-base.sqlite"));
    QFile::remove(base);
    QVERIFY(QFile::copy(m_base, base));
    const Run imported = cli({QStringLiteral("--db"), base, QStringLiteral("--as"),
        QStringLiteral("admin"), QStringLiteral("import"), QStringLiteral("leads"), m_csv});
    QVERIFY2(imported.exitCode == 3, imported.out + imported.err);
    const Run listed
        = cli({QStringLiteral("--db"), base, QStringLiteral("leads"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("1000000"), QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("leads")).toArray())
        ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(ids.size() > 4000);
    const Run reps
        = cli({QStringLiteral("--db"), base, QStringLiteral("--json"), QStringLiteral("users")});
    QString rep;
    for (const QJsonValue &v : QJsonDocument::fromJson(reps.out).array()) {
        if (v.toObject().value(QStringLiteral("role")).toString() == QLatin1String("rep")
            && v.toObject().value(QStringLiteral("active")).toBool()) {
            rep = v.toObject().value(QStringLiteral("login")).toString();
            break;
        }
    }
    QVERIFY2(!rep.isEmpty(), reps.out.constData());
    killTrials(
        QStringList {QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("reassign")}
            + ids
            + QStringList {QStringLiteral("--to"), rep, QStringLiteral("--reason"),
                QStringLiteral("trial")},
        "reassign", base);
}

QTEST_GUILESS_MAIN(TestCrashTrials)
#include "tst_crashtrials.moc"
