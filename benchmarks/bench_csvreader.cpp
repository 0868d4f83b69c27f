// bench_csvreader: how fast CsvReader detects and reads a large German-style lead file.
// Writes a CSV of typical lead columns (';' separated, Windows-1252 by default, some quoted
// fields with ';' and line breaks) into a temporary file, then times detect() plus reading
// every record, and prints records/s, MB/s and the process's peak memory.
// Usage: bench_csvreader [--lines N] [--utf8] [--runs N]
#include "io/csvreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bantam;

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A file as German Excel writes it: header, then leads; umlauts in the chosen encoding.
QByteArray leadLine(qint64 i, bool utf8)
{
    static const char *const first[] = {"Anna", "Jürgen", "Özlem", "Björn", "Lena", "Max"};
    static const char *const last[] = {"Schmidt", "Müller", "Weiß", "Becker", "Hoffmann", "Köhler"};
    static const char *const company[]
        = {"Bäckerei Groß GmbH", "\"Meier; Söhne KG\"", "Stadtwerke Nord", "IT-Service Süd AG"};
    static const char *const position[] = {"Geschäftsführer", "Einkauf", "IT-Leitung", "Vertrieb"};
    QByteArray line;
    line.reserve(160);
    line += first[i % 6];
    line += ';';
    line += last[(i / 6) % 6];
    line += ';';
    line += "kontakt" + QByteArray::number(i) + "@firma-" + QByteArray::number(i % 997) + ".de;";
    line += "+49 30 " + QByteArray::number(1000000 + i % 9000000) + ';';
    line += company[i % 4];
    line += ';';
    line += position[(i / 4) % 4];
    line += ';';
    line += QByteArray::number(10000 + i % 89999) + ";Berlin;";
    line += QByteArray::number(1 + i % 28) + ".0" + QByteArray::number(1 + i % 9) + ".2026;";
    if (i % 50 == 0)
        line += "\"Rückruf erbeten;\r\nzweite Zeile\"";
    line += "\r\n";
    if (utf8)
        return line;
    // Re-encode the umlauts of these literals (all in Latin-1) as Windows-1252 bytes.
    return QString::fromUtf8(line).toLatin1();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Data lines."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption utf8Option(
        QStringLiteral("utf8"), QStringLiteral("Write UTF-8 instead of Windows-1252."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({linesOption, utf8Option, runsOption});
    parser.process(app);
    const qint64 lines = parser.value(linesOption).toLongLong();
    const bool utf8 = parser.isSet(utf8Option);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        QByteArray chunk
            = "Vorname;Nachname;E-Mail;Telefon;Firma;Position;PLZ;Ort;Erstellt;Notiz\r\n";
        for (qint64 i = 0; i < lines; ++i) {
            chunk += leadLine(i, utf8);
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
    }
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    std::printf("file: %lld data lines, %.1f MiB, %s\n", static_cast<long long>(lines), megabytes,
        utf8 ? "UTF-8" : "Windows-1252");

    std::vector<double> seconds;
    for (int run = 0; run < runs; ++run) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const Result<CsvDetection> detection
            = CsvReader::detect(file.peek(CsvReader::DetectionHeadSize));
        if (!detection.ok()) {
            std::fprintf(stderr, "detect: %s\n", qPrintable(detection.error().message));
            return 1;
        }
        CsvReader reader(file, detection->format);
        CsvRecord record;
        qint64 records = 0;
        qint64 characters = 0;
        while (reader.next(record)) {
            ++records;
            characters += record.fields.value(2).size();
        }
        const double s = double(timer.nsecsElapsed()) / 1e9;
        if (reader.error()) {
            std::fprintf(stderr, "read: %s\n", qPrintable(reader.error()->message));
            return 1;
        }
        seconds.push_back(s);
        std::printf(
            "run %d: %s, '%s', %lld records (%lld e-mail chars) in %.3f s = %.0f records/s, "
            "%.0f MiB/s\n",
            run + 1, qPrintable(csvEncodingName(reader.format().encoding)),
            detection->format.delimiter == QLatin1Char('\t')
                ? "TAB"
                : qPrintable(QString(detection->format.delimiter)),
            static_cast<long long>(records), static_cast<long long>(characters), s,
            double(records) / s, megabytes / s);
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("median: %.3f s = %.0f records/s; peak RSS %lld KiB\n", median,
        double(lines + 1) / median, static_cast<long long>(peakRssKb()));
    return 0;
}
