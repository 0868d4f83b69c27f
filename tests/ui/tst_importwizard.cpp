// Drives the real import wizard: a German Excel file (Windows-1252, ';') is detected and
// previewed, its columns are mapped from the German headers, the mapping is edited and saved,
// the import runs on the worker thread and the summary, the database and the rejected-rows
// file agree; an import stopped with the Stop button resumes to exactly one copy of every row.
// The summary counts in the reader's language: one row, two rows (English and German).
#include "common/session.h"
#include "import/historyimportdialog.h"
#include "import/importwizard.h"
#include "services.h"
#include "storage/importrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace bantam;
using namespace bantam::testing;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock;
    std::unique_ptr<Session> m_session;

    QVariant scalar(const QString &sqlText) const
    {
        QSqlQuery q(m_db->db().connection());
        if (!q.exec(sqlText) || !q.next())
            return {};
        return q.value(0);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_db->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QComboBox *fieldBox(ImportWizard &w, int row)
    {
        return w.findChild<QComboBox *>(QStringLiteral("importField%1").arg(row));
    }

    // The error of a failed import for QVERIFY2 (which evaluates its message even on success).
    static const char *why(const ImportWizard &w)
    {
        static QByteArray text;
        text = w.outcome() && !w.outcome()->ok() ? w.outcome()->error().message.toUtf8()
                                                 : QByteArray();
        return text.constData();
    }

    // The file read, its columns mapped as suggested, the default options: the import runs.
    static bool startWithDefaults(ImportWizard &w, const QString &path)
    {
        w.show();
        w.setFile(path);
        w.next();
        w.next();
        w.next();
        return w.currentId() == int(ImportWizard::RunPage);
    }

    static bool waitUntilDone(ImportWizard &w)
    {
        return QTest::qWaitFor([&w] { return !w.isRunning() && w.outcome().has_value(); }, 60000);
    }

    // Imports text (a file of that name) with the defaults, read in language ("de" or "en"),
    // and leaves the wizard showing the outcome.
    bool importReadIn(
        ImportWizard &w, const QString &language, const QString &name, const QString &text)
    {
        QTranslator german;
        if (language == QLatin1String("de")
            && !german.load(QStringLiteral(BANTAM_QM_DIR "/bantam_de.qm")))
            return false;
        if (language == QLatin1String("de"))
            QCoreApplication::installTranslator(&german);
        auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        const QString path = writeFile(name, text.toUtf8());
        return !path.isEmpty() && startWithDefaults(w, path) && waitUntilDone(w);
    }

    QTranslator m_english; // the catalogue the app loads for English: its plural forms

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(BANTAM_QM_DIR "/bantam_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        m_session = std::make_unique<Session>(m_db->db(), m_clock);
        m_session->setCurrentUser(
            Builders(m_db->db(), m_clock).user(QStringLiteral("mm"), Role::MarketingManager));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void germanExcelFileEndToEnd()
    {
        const QString utf8 = QStringLiteral(
            "Vorname;Nachname;E-Mail;Telefon;Firma;Position;Erstellt am;Status;Messe-Stand\r\n"
            "Jürgen;Müller;juergen.mueller@mueller-maschinenbau.de;030 1234567;Müller "
            "GmbH;Geschäftsführer;31.12.2025;Gewonnen;A12\r\n"
            "Anna;Schmidt;anna@schmidt.de;0171 2345678;Schmidt "
            "AG;IT-Leiterin;15.01.2026;Interessent;B7\r\n"
            "Peter;Kaiser;peter@@kaiser;089 555;Kaiser KG;Einkauf;02.02.2026;offen;C1\r\n");
        QStringEncoder latin1(QStringConverter::Latin1);
        const QString path = writeFile(QStringLiteral("messe.csv"), latin1.encode(utf8));
        QVERIFY(!path.isEmpty());

        ImportWizard w(*m_session);
        w.show();
        w.setFile(path);
        // Detected: Windows-1252 and ';', previewed with the umlauts right.
        QCOMPARE(w.format().encoding, CsvEncoding::Windows1252);
        QCOMPARE(w.format().delimiter, QLatin1Char(';'));
        auto *preview = w.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->columnCount(), 9);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Müller"));
        // Every value whole in its column: e-mail addresses were cut at a fixed 140 px.
        for (int r = 0; r < preview->rowCount(); ++r) {
            for (int c = 0; c < preview->columnCount(); ++c) {
                const QString text = preview->item(r, c)->text();
                QVERIFY2(preview->columnWidth(c) > preview->fontMetrics().horizontalAdvance(text),
                    qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(preview->columnWidth(c))));
            }
        }
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // Overriding the delimiter re-reads the preview (one column with ',').
        auto *delimiter = w.findChild<QComboBox *>(QStringLiteral("importDelimiter"));
        delimiter->setCurrentIndex(delimiter->findData(QVariant(QLatin1Char(','))));
        Q_EMIT delimiter->activated(delimiter->currentIndex());
        QCOMPARE(preview->columnCount(), 1);
        delimiter->setCurrentIndex(delimiter->findData(QVariant(QLatin1Char(';'))));
        Q_EMIT delimiter->activated(delimiter->currentIndex());
        QCOMPARE(preview->columnCount(), 9);

        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        // German headers suggested; the unknown one kept as a custom attribute.
        QCOMPARE(fieldBox(w, 0)->currentData().toString(), QStringLiteral("firstName"));
        QCOMPARE(fieldBox(w, 2)->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(fieldBox(w, 6)->currentData().toString(), QStringLiteral("createdAt"));
        QCOMPARE(fieldBox(w, 7)->currentData().toString(), QStringLiteral("stage"));
        QCOMPARE(fieldBox(w, 8)->currentData().toString(), QStringLiteral("custom"));
        // "Interessent" is no stage the importer knows: the details say so.
        auto *stageValues = w.findChild<QPushButton *>(QStringLiteral("importStageValues7"));
        QVERIFY(stageValues->text().contains(QLatin1String("without")));

        // The user ignores the job title column and maps nothing identifying: Next is refused.
        QComboBox *job = fieldBox(w, 5);
        job->setCurrentIndex(job->findData(QStringLiteral("ignore")));
        Q_EMIT job->activated(job->currentIndex());
        QCOMPARE(w.mapping().columns[5].field, ImportField::Ignore);
        const std::vector<ImportColumn> kept = w.mapping().columns;
        for (int row : {0, 1, 2, 3, 4}) {
            QComboBox *box = fieldBox(w, row);
            box->setCurrentIndex(box->findData(QStringLiteral("custom")));
            Q_EMIT box->activated(box->currentIndex());
        }
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("importMappingProblem"))->text().isEmpty());
        for (int row : {0, 1, 2, 3, 4}) {
            QComboBox *box = fieldBox(w, row);
            box->setCurrentIndex(box->findData(importFieldKey(kept[size_t(row)].field)));
            Q_EMIT box->activated(box->currentIndex());
        }
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // Saved for everybody under a name.
        QVERIFY(
            SavedMappings(m_db->db())
                .save(m_session->currentUser(), QStringLiteral("Messe"), w.mapping(), m_clock.now())
                .ok());
        QCOMPARE(SavedMappings(m_db->db()).load(QStringLiteral("Messe"))->columns[5].field,
            ImportField::Ignore);

        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::OptionsPage));
        w.findChild<QAbstractButton *>(QStringLiteral("importDuplicates_merge"))->click();
        QCOMPARE(w.options().duplicates, DuplicatePolicy::Merge);
        QCOMPARE(w.options().region, QStringLiteral("DE"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::RunPage));
        QVERIFY(waitUntilDone(w));
        QVERIFY2(w.outcome()->ok(), why(w));
        const ImportSummary s = w.outcome()->value();
        // Anna's status is unknown, Peter's e-mail invalid: both kept, with warnings.
        QCOMPARE(s.newLeads, 3);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.warned, 2);
        const QString result = w.findChild<QLabel *>(QStringLiteral("importResult"))->text();
        QVERIFY2(result.contains(QLatin1String("3 new, 0 updated")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("2 imported rows had a value")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("messe.warnings.csv")), qPrintable(result));
        QVERIFY2(!result.contains(QLatin1String("messe.rejected.csv")), qPrintable(result));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());

        QCOMPARE(scalar(QStringLiteral("SELECT stage FROM leads WHERE email = "
                                       "'juergen.mueller@mueller-maschinenbau.de'"))
                     .toString(),
            QStringLiteral("won"));
        QCOMPARE(scalar(QStringLiteral("SELECT phone_e164 FROM leads WHERE email = "
                                       "'juergen.mueller@mueller-maschinenbau.de'"))
                     .toString(),
            QStringLiteral("+49301234567"));
        QCOMPARE(scalar(QStringLiteral("SELECT stage FROM leads WHERE email = 'anna@schmidt.de'"))
                     .toString(),
            QStringLiteral("lead"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT job_title FROM leads")).toString(), QString()); // ignored
        QCOMPARE(
            scalar(QStringLiteral("SELECT value FROM lead_attributes WHERE name = 'Messe-Stand'"))
                .toString(),
            QStringLiteral("A12"));
        QFile warnings(m_db->filePath(QStringLiteral("messe.warnings.csv")));
        QVERIFY(warnings.open(QIODevice::ReadOnly));
        const QString warningsText = QString::fromUtf8(warnings.readAll());
        QVERIFY2(warningsText.contains(QLatin1String("3;Status;Interessent;")),
            qPrintable(warningsText));
        QVERIFY2(warningsText.contains(QLatin1String("4;E-Mail;peter@@kaiser;")),
            qPrintable(warningsText));
    }

    void warningCountReadsInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("badPhones");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English, one")
            << QStringLiteral("en") << 1 << QStringLiteral("1 imported row had a value");
        QTest::newRow("German, one")
            << QStringLiteral("de") << 1 << QStringLiteral("1 importierte Zeile hatte");
        QTest::newRow("German, two")
            << QStringLiteral("de") << 2 << QStringLiteral("2 importierte Zeilen hatten");
    }

    void warningCountReadsInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, badPhones);
        QFETCH(QString, expected);
        // A number no phone has ("4711") is kept apart as a warning; the lead is imported.
        QString text = QStringLiteral("Vorname;Nachname;E-Mail;Telefon\r\n");
        for (int i = 0; i < 3; ++i)
            text += QStringLiteral("Jürgen;Müller%1;j%1@example.de;%2\r\n")
                        .arg(i)
                        .arg(i < badPhones ? QStringLiteral("4711")
                                           : QStringLiteral("030 1234567%1").arg(i));
        ImportWizard w(*m_session);
        QVERIFY(importReadIn(w, language, QStringLiteral("phones.csv"), text));
        QVERIFY2(w.outcome()->ok(), why(w));
        QCOMPARE(w.outcome()->value().warned, qint64(badPhones));
        const QString result = w.findChild<QLabel *>(QStringLiteral("importResult"))->text();
        QVERIFY2(result.contains(expected), qPrintable(result));
    }

    // The wizard's summary counts data rows (not the header) and says "1 Lead", "3 Leads".
    void summaryCountsInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("scored");
        QTest::newRow("English, one")
            << QStringLiteral("en") << 1 << QStringLiteral("Import finished: 1 row read.")
            << QStringLiteral("1 lead scored, 0 of them promoted");
        QTest::newRow("English, three")
            << QStringLiteral("en") << 3 << QStringLiteral("Import finished: 3 rows read.")
            << QStringLiteral("3 leads scored, 0 of them promoted");
        QTest::newRow("German, one")
            << QStringLiteral("de") << 1 << QStringLiteral("Import abgeschlossen: 1 Zeile gelesen.")
            << QStringLiteral("1 Lead bewertet, davon 0");
        QTest::newRow("German, three") << QStringLiteral("de") << 3
                                       << QStringLiteral("Import abgeschlossen: 3 Zeilen gelesen.")
                                       << QStringLiteral("3 Leads bewertet, davon 0");
    }

    void summaryCountsInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, rows);
        QFETCH(QString, status);
        QFETCH(QString, scored);
        QString text = QStringLiteral("Vorname;Nachname;E-Mail\r\n");
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("Ida;Gut%1;ida%1@example.de\r\n").arg(i);
        ImportWizard w(*m_session);
        QVERIFY(importReadIn(w, language, QStringLiteral("zeilen.csv"), text));
        QVERIFY2(w.outcome()->ok(), why(w));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("importStatus"))->text(), status);
        const QString result = w.findChild<QLabel *>(QStringLiteral("importResult"))->text();
        QVERIFY2(result.contains(scored), qPrintable(result));
    }

    void stopThenResume()
    {
        QByteArray file = "Email,Name,Company\n";
        constexpr int rows = 30000;
        for (int i = 0; i < rows; ++i)
            file += QByteArray("lead") + QByteArray::number(i) + "@example.com,Lead "
                + QByteArray::number(i) + ",Firma " + QByteArray::number(i % 97) + "\n";
        const QString path = writeFile(QStringLiteral("big.csv"), file);
        ImportWizard w(*m_session);
        QVERIFY(startWithDefaults(w, path));
        // Stop at once: the worker finishes the batch it is in and stops.
        w.findChild<QPushButton *>(QStringLiteral("importCancel"))->click();
        QVERIFY(waitUntilDone(w));
        QVERIFY(w.outcome()->ok());
        QVERIFY(w.outcome()->value().cancelled);
        const qint64 stoppedAt = scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
        QVERIFY2(stoppedAt < rows, qPrintable(QString::number(stoppedAt)));
        auto *resume = w.findChild<QPushButton *>(QStringLiteral("importResumeAfterCancel"));
        QVERIFY(resume->isVisible());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("importStatus"))
                    ->text()
                    .contains(QLatin1String("resumed")));

        // A new wizard (as after a restart) lists the stopped run and resumes it.
        ImportWizard again(*m_session);
        again.show();
        auto *unfinished = again.findChild<QListWidget *>(QStringLiteral("importUnfinished"));
        QCOMPARE(unfinished->count(), 1);
        unfinished->setCurrentRow(0);
        again.findChild<QPushButton *>(QStringLiteral("importResume"))->click();
        QCOMPARE(again.currentId(), int(ImportWizard::RunPage));
        QVERIFY(waitUntilDone(again));
        QVERIFY2(again.outcome()->ok(), why(again));
        QVERIFY(!again.outcome()->value().cancelled);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM leads")).toLongLong(), rows);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(DISTINCT email) FROM leads")).toLongLong(), rows);
        QCOMPARE(ImportRepository(m_db->db()).unfinishedRuns()->size(), size_t(0));
    }

    void badFileIsExplainedAndNotAccepted()
    {
        const QString path
            = writeFile(QStringLiteral("binary.csv"), QByteArray("PK\x03\x04\x00\x00binary", 14));
        ImportWizard w(*m_session);
        w.show();
        w.setFile(path);
        auto *problem = w.findChild<QLabel *>(QStringLiteral("importFileProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(QLatin1String("binary.csv")), qPrintable(problem->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        const QString headerOnly = writeFile(QStringLiteral("header.csv"), "Email,Name\n");
        w.setFile(headerOnly);
        QVERIFY2(problem->text().contains(QLatin1String("no leads")), qPrintable(problem->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    }

    // Last year's leads as history: the option on the options page reaches the import, and the
    // summary says how many came in as history.
    void oldLeadsComeInAsHistory()
    {
        const QString path = writeFile(QStringLiteral("alt.csv"),
            "E-Mail,Erstellt am,Status\nalt@kunde.example,05.01.2021,Neu\n"
            "neu@kunde.example,,Neu\nweg@kunde.example,05.01.2021,Verloren\n");
        ImportWizard w(*m_session);
        w.show();
        w.setFile(path);
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::OptionsPage));
        QVERIFY(!w.options().historicalBefore.isValid());
        auto *before = w.findChild<QDateEdit *>(QStringLiteral("importHistoricalBefore"));
        QVERIFY(!before->isEnabled());
        w.findChild<QCheckBox *>(QStringLiteral("importHistorical"))->click();
        QVERIFY(before->isEnabled());
        before->setDate(QDate(2025, 1, 1));
        QCOMPARE(w.options().historicalBefore, QDate(2025, 1, 1));
        w.next();
        QVERIFY(waitUntilDone(w));
        QVERIFY2(w.outcome()->ok(), why(w));
        QCOMPARE(w.outcome()->value().newLeads, 3);
        QCOMPARE(w.outcome()->value().historical, 2); // the old open one and the lost one
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM leads WHERE historical = 1")).toInt(), 2);
    }

    // File > Import stage history: Check writes nothing, Import moves the lead on the file's
    // date, and a row for a lead Bantam does not have is named.
    void historyDialogChecksThenImports()
    {
        const QString leads = writeFile(QStringLiteral("leads.csv"),
            "Lead ID,E-Mail\nK-1,k1@kunde.example\nK-2,k2@kunde.example\n");
        auto imported
            = m_session->services().leadImporter().run(m_session->currentUser(), leads, {});
        QVERIFY(imported.ok());
        const QString events = writeFile(QStringLiteral("events.csv"),
            "Lead ID;Neuer Status;Datum;Grund\nK-1;MQL;05.03.2026;\n"
            "K-2;Disqualifiziert;06.03.2026;Kein Bedarf\nK-9;MQL;05.03.2026;\n");
        HistoryImportDialog dialog(*m_session);
        dialog.show();
        dialog.fileEdit()->setText(events);
        dialog.findChild<QPushButton *>(QStringLiteral("historyCheckButton"))->click();
        QVERIFY(dialog.report()->toPlainText().contains(QLatin1String("2")));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'lead'")).toInt(), 2);
        dialog.findChild<QPushButton *>(QStringLiteral("historyImportButton"))->click();
        QCOMPARE(
            scalar(QStringLiteral("SELECT stage FROM leads WHERE external_id = 'K-1'")).toString(),
            QStringLiteral("mql"));
        QCOMPARE(scalar(QStringLiteral("SELECT reason_code FROM stage_history WHERE "
                                       "to_stage = 'disqualified'"))
                     .toString(),
            QStringLiteral("no_need"));
        QVERIFY(dialog.report()->toPlainText().contains(QLatin1String("events.rejected.csv")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
