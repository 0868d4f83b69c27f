// bench_leadlist: how fast the lead list is on a large database.
//  1. start-up: from starting the bantam process to the first page of leads painted, and the
//     GUI process's resident memory then (median of several runs);
//  2. search by e-mail prefix, and sort changes on every column, through the same
//     LeadTableModel the window uses (time to the first page of rows).
//  The start-up's anchor: the sqlite3 shell as a whole process reading the count and the first
//  page, printed with the ratio.
// Usage: bench_leadlist --db FILE [--runs N] [--sqlite3 PATH]
#include "pipeline/leadtablemodel.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bantam;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

qint64 statusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Time to fetch what a view shows first: the count and one page of rows.
double firstPageMs(LeadTableModel &model)
{
    QElapsedTimer t;
    t.start();
    const int rows = std::min(model.rowCount(), 40);
    for (int r = 0; r < rows; ++r)
        model.data(model.index(r, LeadTableModel::Name));
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("start-up runs"), QStringLiteral("n"),
        QStringLiteral("3")});
    parser.addOption({QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell (the anchor)"),
        QStringLiteral("path"), QStringLiteral("sqlite3")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_leadlist --db FILE [--runs N]\n");
        return 2;
    }
    QTextStream out(stdout);

    // 1. Start-up to first page, and memory.
    std::vector<double> wall, self, rss, hwm;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        gui.start(QStringLiteral(BANTAM_GUI),
            {QStringLiteral("--db"), path, QStringLiteral("--report-startup"),
                QStringLiteral("--no-demo-offer")});
        QByteArray line;
        while (!line.contains("first-page-ms") && gui.waitForReadyRead(30000))
            line += gui.readAllStandardOutput();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!line.contains("first-page-ms")) {
            std::fprintf(stderr, "bantam did not report its first page: %s\n",
                gui.readAllStandardError().constData());
            return 1;
        }
        QThread::msleep(300); // let the window settle before reading its memory
        wall.push_back(elapsed);
        self.push_back(line.split(' ').value(1).trimmed().toDouble());
        rss.push_back(double(statusKb(gui.processId(), "VmRSS:")) / 1024.0);
        hwm.push_back(double(statusKb(gui.processId(), "VmHWM:")) / 1024.0);
        gui.kill();
        gui.waitForFinished();
    }
    // The anchor: the sqlite3 shell as a whole process running what the first screen reads
    // (the lead count and the first page of the list, newest change first), same file.
    std::vector<double> bare;
    for (int run = 0; run <= parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QProcess shell;
        QElapsedTimer t;
        t.start();
        shell.start(parser.value(QStringLiteral("sqlite3")),
            {QStringLiteral("-bail"), path,
                QStringLiteral("SELECT count(*) FROM leads l; SELECT * FROM leads l WHERE l.id IN "
                               "(SELECT l.id FROM leads l ORDER BY l.updated_at DESC, l.id DESC "
                               "LIMIT 100) ORDER BY l.updated_at DESC, l.id DESC;")});
        shell.waitForFinished(60000);
        shell.readAllStandardOutput();
        if (run > 0) // after one warm-up run
            bare.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out << "database: " << path << "\n";
    out << QStringLiteral(
        "start-up to first page (process start, wall): median %1 ms over %2 runs\n")
               .arg(median(wall), 0, 'f', 0)
               .arg(wall.size());
    out << QStringLiteral("start-up to first page (main() to paint):     median %1 ms\n")
               .arg(median(self), 0, 'f', 0);
    out << QStringLiteral("anchor: sqlite3 process, count + first page:  median %1 ms; "
                          "start-up / anchor %2 (mark: start-up < 300 ms)\n")
               .arg(median(bare), 0, 'f', 0)
               .arg(median(wall) / std::max(1.0, median(bare)), 0, 'f', 1);
    out << QStringLiteral(
        "GUI resident memory after first page:          median %1 MB (peak %2 MB)\n")
               .arg(median(rss), 0, 'f', 1)
               .arg(median(hwm), 0, 'f', 1);
    out.flush();

    // 2. Search and sort through the model.
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    LeadTableModel model(*db.value(), nullptr);
    out << QStringLiteral("leads: %1\n").arg(model.rowCount());
    std::vector<double> searches;
    const char *prefixes[] = {"anna.mueller", "lukas.schmidt1", "julia.", "thomas.weber99",
        "zz-no-match@", "sophie.koch12345", "m", "felix.huber5"};
    for (const char *p : prefixes) {
        QElapsedTimer t;
        t.start();
        LeadFilter f;
        f.search = QString::fromLatin1(p);
        model.setFilter(f);
        firstPageMs(model);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        searches.push_back(ms);
        out << QStringLiteral("  search '%1': %2 ms, %3 matches\n")
                   .arg(QLatin1String(p))
                   .arg(ms, 0, 'f', 1)
                   .arg(model.rowCount());
    }
    out << QStringLiteral("search by e-mail prefix: median %1 ms, max %2 ms\n")
               .arg(median(searches), 0, 'f', 1)
               .arg(*std::max_element(searches.begin(), searches.end()), 0, 'f', 1);
    model.setFilter({});
    std::vector<double> sorts;
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(c, order);
            firstPageMs(model);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            sorts.push_back(ms);
            out << QStringLiteral("  sort by %1 %2: %3 ms\n")
                       .arg(model.headerData(c, Qt::Horizontal).toString(),
                           order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                       : QStringLiteral("desc"))
                       .arg(ms, 0, 'f', 1);
        }
    }
    out << QStringLiteral("sort change to first page: median %1 ms, max %2 ms\n")
               .arg(median(sorts), 0, 'f', 1)
               .arg(*std::max_element(sorts.begin(), sorts.end()), 0, 'f', 1);
    // Deep page: dragging the scroll bar to the middle of the list.
    model.sort(LeadTableModel::Updated, Qt::DescendingOrder);
    QElapsedTimer t;
    t.start();
    model.data(model.index(model.rowCount() / 2, LeadTableModel::Name));
    out << QStringLiteral("jump to the middle of the list: %1 ms\n")
               .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
    return 0;
}
