// ReportsView: the dashboard shows the report service's numbers, the same ones bantam-cli
// prints, and exports them as PNG, CSV and PDF.
#include "common/session.h"
#include "demo/demogenerator.h"
#include "reports/reportcharts.h"
#include "reports/reportsview.h"
#include "services.h"
#include "sla/slacharts.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace bantam;
using namespace bantam::testing;

class TestReportsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()}; // the CLI runs on the system clock

    QJsonValue cli(const QStringList &args)
    {
        QProcess p;
        p.start(
            QStringLiteral(BANTAM_CLI), QStringList {QStringLiteral("--db"), m_db->path()} + args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return {};
        }
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    // Shows the view; it computes its first figures off the GUI thread.
    static bool showAndWait(ReportsView &view, QSignalSpy &refreshed)
    {
        view.resize(1200, 800);
        view.show();
        return refreshed.wait(30000);
    }

    // The table widget's rows as shown, against the CLI's JSON rows formatted the same way.
    void compareTable(QTableWidget *table, const QJsonArray &rows, const QStringList &keys)
    {
        QCOMPARE(table->rowCount(), int(rows.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const QJsonObject row = rows[r].toObject();
            for (int c = 0; c < keys.size(); ++c) {
                const QString shown = table->item(r, c)->text();
                const QString printed
                    = ReportTable::display(row.value(keys[c]).toVariant(), keys[c]);
                QCOMPARE(shown, printed);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        EventBus bus;
        const Services services(m_db->db(), bus, m_clock);
        auto created = DemoGenerator(services).generate({800, 11});
        QVERIFY(created.ok());
    }

    void chartsSpeakTheReadersNotation()
    {
        // "73.5 %" in a German window and German dates in an English one (issue 18): charts
        // format numbers and dates as the reader's locale does.
        const QLocale before;
        SlaReport report;
        report.weeks.push_back({QDate(2026, 11, 2), 147, 3, 50});
        report.weeks.push_back({QDate(2026, 11, 9), 120, 5, 25});
        for (const QLocale &reader : {QLocale(QLocale::German, QLocale::Germany),
                 QLocale(QLocale::English, QLocale::UnitedStates)}) {
            QLocale::setDefault(reader);
            std::unique_ptr<QChart> chart(charts::slaWeekly(report));
            QVERIFY(chart->localizeNumbers());
            QCOMPARE(chart->locale(), reader);
            auto axes = chart->axes(Qt::Horizontal);
            QCOMPARE(axes.size(), 1);
            auto *dates = qobject_cast<QDateTimeAxis *>(axes.first());
            QVERIFY(dates);
            QCOMPARE(dates->format(), reader.dateFormat(QLocale::ShortFormat));
            // The percent axis: a localised chart copies the text around the number as it is,
            // so "%%" showed as "100 %%".
            auto *percent = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
            QVERIFY(percent);
            QCOMPARE(percent->labelFormat().count(QLatin1Char('%')), 2); // "%.0f %"
            QVERIFY(percent->labelFormat().endsWith(QLatin1String(" %")));
        }
        QLocale::setDefault(before);
    }

    // The velocity bars say what the table says, above each bar where a short bar of a few
    // days has no room for its label ("5,67" was drawn across the bar's edge beside "5,7").
    void velocityBarsSayWhatTheTableSays()
    {
        std::vector<VelocityStep> steps;
        steps.push_back({QStringLiteral("lead"), QStringLiteral("mql"), 1005, 5.67, 144.47});
        steps.push_back({QStringLiteral("mql"), QStringLiteral("sql"), 499, 5.58, 14.7});
        std::unique_ptr<QChart> chart(charts::velocity(steps));
        auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QVERIFY(series->isLabelsVisible());
        QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->at(0), 5.7);
        QCOMPARE(sets[0]->at(1), 5.6);
        QCOMPARE(sets[1]->at(0), 144.5);
        for (QBarSet *set : sets) // dark on the chart's light background
            QVERIFY(set->labelColor().lightness() < 128);
    }

    void showsTheSameNumbersAsTheCli()
    {
        Session session(m_db->db(), m_clock);
        ReportsView view(session);
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        QVERIFY(showAndWait(view, refreshed));
        ReportFilter all;
        all.from = QDate(2000, 1, 1);
        all.to = m_clock.now().date();
        view.setFilter(all);
        view.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(view.current().has_value());
        QVERIFY(view.current()->funnel.leads == 800);

        const QStringList range
            = {QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                m_clock.now().date().toString(Qt::ISODate), QStringLiteral("--json")};
        const struct
        {
            const char *name;
            int tab;
            ReportTable table;
        } reports[] = {
            {"funnel", 0, funnelTable(view.current()->funnel)},
            {"sources", 1, sourcesTable(view.current()->sources)},
            {"velocity", 2, velocityTable(view.current()->velocity)},
            {"fairness", 4, fairnessTable(view.current()->fairness)},
            {"calibration", 5, calibrationTable(view.current()->calibration)},
        };
        for (const auto &r : reports) {
            QJsonValue json
                = cli(QStringList {QStringLiteral("report"), QLatin1String(r.name)} + range);
            // Calibration has two tables (the bands and the learned score): an object of them.
            if (json.isObject())
                json = json.toObject().value(r.table.key);
            QVERIFY2(json.isArray(), r.name);
            compareTable(view.table(r.tab), json.toArray(), r.table.keys);
        }
        QVERIFY(view.table(1)->rowCount() > 1); // several sources
    }

    void exportsPngCsvAndPdf()
    {
        Session session(m_db->db(), m_clock);
        ReportsView view(session);
        QSignalSpy refreshed(&view, &ReportsView::refreshed);
        QVERIFY(showAndWait(view, refreshed));
        const QString png = m_db->filePath(QStringLiteral("funnel.png"));
        const QString csv = m_db->filePath(QStringLiteral("sources.csv"));
        const QString pdf = m_db->filePath(QStringLiteral("reports.pdf"));
        QVERIFY(view.exportPng(0, png).ok());
        QVERIFY(view.exportCsv(1, csv).ok());
        QVERIFY(view.exportPdf(pdf).ok());
        QImage image(png);
        QVERIFY(image.width() >= 400);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with a BOM
        QVERIFY(bytes.count('\n') >= 3);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 10000);
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
