// LeadExporter: the filtered, sorted list as Excel-safe CSV (numbers as numbers, the learned
// chance as a column); nothing half-written.
#include "io/csvreader.h"
#include "io/leadexport.h"
#include "storage/predictiverepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <qplatformdefs.h>

#include <sys/stat.h>

using namespace bantam;
using namespace bantam::testing;

class TestLeadExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock;

    std::vector<QStringList> readBack(const QString &path, QChar delimiter)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        CsvReader reader(f, CsvFormat {CsvEncoding::Utf8Bom, delimiter});
        std::vector<QStringList> rows;
        CsvRecord r;
        while (reader.next(r))
            rows.push_back(r.fields);
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        Builders make(m_db->db(), m_clock);
        make.lead()
            .name(QStringLiteral("Anna"), QStringLiteral("Ärger"))
            .company(QStringLiteral("=HYPERLINK(\"x\")"))
            .source(QStringLiteral("Web"))
            .stage(Stage::Mql)
            .score(80)
            .insert();
        make.lead()
            .name(QStringLiteral("Bert"), QStringLiteral("Bauer"))
            .company(QStringLiteral("Bau; \"Süd\" GmbH"))
            .source(QStringLiteral("Web"))
            .score(20)
            .insert();
        make.lead()
            .name(QStringLiteral("Carl"), QStringLiteral("Cramer"))
            .source(QStringLiteral("Messe"))
            .score(50)
            .insert();
    }

    void exportsTheFilteredSortedList()
    {
        LeadExportOptions options;
        options.filter.source = QStringLiteral("Web");
        options.sort = LeadSort {LeadColumn::Score, true};
        options.delimiter = QLatin1Char(';');
        const QString path = m_db->filePath(QStringLiteral("web.csv"));
        auto written = LeadExporter(m_db->db()).exportTo(path, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 2);

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);

        const auto rows = readBack(path, QLatin1Char(';'));
        QCOMPARE(int(rows.size()), 3);
        QCOMPARE(rows[0], LeadExporter::headers() + LeadExporter::computedHeaders());
        QCOMPARE(rows[1][2], QStringLiteral("Ärger")); // score 80 first (descending)
        QCOMPARE(rows[1][5], QStringLiteral("'=HYPERLINK(\"x\")")); // neutralised formula
        QCOMPARE(rows[1][12], QStringLiteral("mql"));
        QCOMPARE(rows[2][5], QStringLiteral("Bau; \"Süd\" GmbH")); // delimiter and quotes survive
    }

    // Issue 18: the window's export is for people in Excel: stages as the list names them, local
    // times in the reader's notation, not "mql" and UTC ISO times.
    void exportForPeopleUsesTheReadersWords()
    {
        const QDateTime created(QDate(2026, 3, 14), QTime(9, 5), Qt::UTC);
        Builders(m_db->db(), m_clock)
            .lead()
            .name(QStringLiteral("Dora"), QStringLiteral("Datum"))
            .stage(Stage::Disqualified)
            .createdAt(created)
            .insert();
        LeadExportOptions options;
        options.filter.search = QStringLiteral("Datum");
        options.delimiter = QLatin1Char(';');
        options.reader = QLocale(QLocale::German, QLocale::Germany);
        const QString path = m_db->filePath(QStringLiteral("people.csv"));
        auto written = LeadExporter(m_db->db()).exportTo(path, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const auto rows = readBack(path, QLatin1Char(';'));
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[0], LeadExporter::translatedHeaders());
        const int stage = int(LeadExporter::headers().indexOf(QStringLiteral("Stage")));
        const int createdAt = int(LeadExporter::headers().indexOf(QStringLiteral("Created")));
        QCOMPARE(rows[1][stage], stageName(Stage::Disqualified));
        QCOMPARE(
            rows[1][createdAt], created.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));

        options.reader.reset(); // scripts: keys and ISO times, as before
        QVERIFY(LeadExporter(m_db->db()).exportTo(path, options));
        const auto plain = readBack(path, QLatin1Char(';'));
        QCOMPARE(plain[1][stage], QStringLiteral("disqualified"));
        QCOMPARE(plain[1][createdAt], created.toString(Qt::ISODate));
    }

    // A negative score (stored before scores were clamped) is a number in the file, not text;
    // a phone number starting with + keeps the guard.
    void numbersAreWrittenAsNumbers()
    {
        LeadProfile p;
        p.lastName = QStringLiteral("Negativ");
        p.phone = QStringLiteral("+4930123456");
        const Lead l = Builders(m_db->db(), m_clock).lead().profile(p).score(-15).insert();
        QVERIFY(PredictiveRepository(m_db->db()).replaceChances({{l.id, 73}}, 1, m_clock.now()));
        LeadExportOptions options;
        options.filter.search = QStringLiteral("Negativ");
        const QString path = m_db->filePath(QStringLiteral("negative.csv"));
        auto written = LeadExporter(m_db->db()).exportTo(path, options);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 1);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        const QList<QByteArray> cells = lines[1].trimmed().split(',');
        const QStringList titles = LeadExporter::headers();
        QCOMPARE(cells[titles.indexOf(QStringLiteral("Score"))], QByteArray("-15"));
        QCOMPARE(cells[titles.indexOf(QStringLiteral("Phone"))], QByteArray("'+4930123456"));
        // The learned chance follows the standard columns, as a number 0–100.
        QCOMPARE(cells[titles.size()], QByteArray("73"));
        QCOMPARE(lines[0].trimmed().split(',').value(titles.size()), QByteArray("Chance"));
    }

    void failedOrCancelledExportLeavesNoFile()
    {
        const QString path = m_db->filePath(QStringLiteral("all.csv"));
        auto cancelled
            = LeadExporter(m_db->db()).exportTo(path, {}, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(path));

        auto failed = LeadExporter(m_db->db())
                          .exportTo(m_db->filePath(QStringLiteral("missing/dir/x.csv")), {});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("missing/dir/x.csv")));
    }

    void onlyRegularFilesAreExportTargets()
    {
        // A named pipe stands in for a device such as /dev/full: an export must not replace it
        // by a regular file (QSaveFile renames over its target).
        const QString pipe = m_db->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        auto refused = LeadExporter(m_db->db()).exportTo(pipe, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(pipe)
                && refused.error().message.contains(QLatin1String("not a regular file")),
            qPrintable(refused.error().message));
        QT_STATBUF st;
        QCOMPARE(QT_STAT(QFile::encodeName(pipe).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode)); // still the pipe
        // A folder is no file either.
        refused = LeadExporter(m_db->db()).exportTo(m_db->dirPath(), {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("is a folder")),
            qPrintable(refused.error().message));
        // A regular file is replaced as before.
        const QString file = m_db->filePath(QStringLiteral("again.csv"));
        QVERIFY(LeadExporter(m_db->db()).exportTo(file, {}).ok());
        QVERIFY(LeadExporter(m_db->db()).exportTo(file, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestLeadExport)
#include "tst_leadexport.moc"
