// Tests CsvReader: encoding and delimiter detection, RFC 4180 quoting, line endings and line
// numbers, the bad inputs of lead import (empty, binary, unclosed quote, huge fields), reading
// across buffer boundaries and short reads, and resuming at an offset.
#include "io/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace bantam;

Q_DECLARE_METATYPE(bantam::CsvEncoding)

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<Error> error;
    qint64 offset = 0;
    CsvFormat format;
};

ReadResult readAll(CsvReader &reader)
{
    ReadResult result;
    CsvRecord record;
    while (reader.next(record)) {
        result.records.append(record.fields);
        result.lines.append(record.line);
    }
    result.error = reader.error();
    result.offset = reader.offset();
    result.format = reader.format();
    return result;
}

ReadResult readAll(
    const QByteArray &data, CsvFormat format, int maxFieldLength = CsvReader::DefaultMaxFieldLength)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, format);
    reader.setMaxFieldLength(maxFieldLength);
    return readAll(reader);
}

CsvFormat utf8(char delimiter = ',')
{
    return {CsvEncoding::Utf8, QLatin1Char(delimiter)};
}

QString errorText(const ReadResult &r)
{
    return r.error ? r.error->message : QString();
}

// Serves a byte array at most `chunk` bytes per read, and fails with an error from byte
// `failAt` on: the reader must not depend on getting what it asked for.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 chunk, qint64 failAt = -1)
        : m_data(std::move(data))
        , m_chunk(chunk)
        , m_failAt(failAt)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        if (!QIODevice::seek(pos))
            return false;
        m_at = pos;
        return true;
    }
    int reads = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_at >= m_failAt) {
            setErrorString(QStringLiteral("the disk was removed"));
            return -1;
        }
        qint64 n = std::min({maxSize, m_chunk, qint64(m_data.size()) - m_at});
        if (m_failAt >= 0)
            n = std::min(n, m_failAt - m_at);
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        ++reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_failAt;
    qint64 m_at = 0;
};

// A CSV field as a writer following RFC 4180 would write it.
QByteArray quoteField(const QString &field, char delimiter, bool always)
{
    QByteArray bytes = field.toUtf8();
    if (!always && !bytes.contains(delimiter) && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

int lineBreaks(const QString &text)
{
    int breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            ++breaks;
        else if (text.at(i) == QLatin1Char('\r')
            && (i + 1 == text.size() || text.at(i + 1) != QLatin1Char('\n')))
            ++breaks;
    }
    return breaks;
}

// A deterministic file with every kind of field and line ending, and what reading it must give.
struct Generated
{
    QByteArray data;
    QList<QStringList> records;
    QList<qint64> lines;
};

Generated generate(int recordCount)
{
    const QStringList palette = {
        QStringLiteral("plain"), QString(), QStringLiteral("with, comma"),
        QStringLiteral("say \"hi\""), QStringLiteral("multi\nline"),
        QStringLiteral("multi\r\nline\r\n"), QStringLiteral("old\rmac"),
        QStringLiteral("Müller € „Zitat“ 日本"), QStringLiteral("\""),
        QString(300, QLatin1Char('x')),
        QStringLiteral("a\"b"), // written quoted
    };
    const char *endings[] = {"\n", "\r\n", "\r"};
    Generated g;
    qint64 line = 1;
    quint32 seed = 12345;
    const auto random = [&seed](quint32 n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    for (int r = 0; r < recordCount; ++r) {
        const QByteArray ending = endings[random(3)];
        QStringList fields;
        const int count = 1 + int(random(6));
        QByteArray text;
        int breaks = 0;
        for (int f = 0; f < count; ++f) {
            QString field = palette.at(int(random(quint32(palette.size()))));
            if (count == 1 && field.isEmpty())
                field = QStringLiteral("single");
            if (r == recordCount / 2 && f == 0)
                field = QString(90'000, QLatin1Char('y')); // longer than the read chunk
            fields.append(field);
            if (f > 0)
                text += ',';
            text += quoteField(field, ',', random(4) == 0);
            breaks += lineBreaks(field);
        }
        g.data += text + ending;
        g.records.append(fields);
        g.lines.append(line);
        line += breaks + 1;
        if (random(8) == 0) { // a blank line
            g.data += ending;
            ++line;
        }
    }
    return g;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void encodings_data();
    void encodings();
    void windows1252Table_data();
    void windows1252Table();
    void encodingNames();
    void utf8FallsBackToWindows1252();
    void invalidUtf8AfterValidUtf8();

    void delimiters_data();
    void delimiters();
    void readsEachDelimiter_data();
    void readsEachDelimiter();

    void quoting_data();
    void quoting();
    void lineEndings_data();
    void lineEndings();
    void bufferBoundaries();
    void shortReads_data();
    void shortReads();

    void headerOnly_data();
    void headerOnly();
    void emptyFile_data();
    void emptyFile();
    void binaryDetected_data();
    void binaryDetected();
    void controlCharacterInText();
    void binaryWhileReading_data();
    void binaryWhileReading();
    void unclosedQuote_data();
    void unclosedQuote();
    void longFields_data();
    void longFields();
    void fieldOverLimit_data();
    void fieldOverLimit();
    void unclosedQuoteStopsEarly();
    void tooManyFields();
    void readError();

    void resume();
    void resumeAtEveryRecord();
    void resumeFromFile();
    void startAtFails();
};

void TestCsvReader::initTestCase()
{
    // Messages format numbers with the default locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// ---- encodings -------------------------------------------------------------------------------

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("head"); // bytes that detect() sees; -1: all
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QStringList>("row");

    const QStringList german = {QStringLiteral("Jürgen"), QStringLiteral("Müller"),
        QStringLiteral("„Bäckerei Groß“ €"), QStringLiteral("Österreich")};
    // The source file is UTF-8, so these literals are UTF-8 bytes.
    const QByteArray utf8Text = "Vorname;Nachname;Firma;Land\r\n"
                                "Jürgen;Müller;„Bäckerei Groß“ €;Österreich\r\n";
    QTest::newRow("UTF-8") << utf8Text << -1 << CsvEncoding::Utf8 << german;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF" + utf8Text) << -1 << CsvEncoding::Utf8Bom << german;
    // Written byte by byte: ü FC, „ 84, ä E4, ß DF, “ 93, € 80, Ö D6.
    const QByteArray cp1252 = "Vorname;Nachname;Firma;Land\r\n"
                              "J\xFC"
                              "rgen;M\xFC"
                              "ller;\x84"
                              "B\xE4"
                              "ckerei Gro\xDF\x93 \x80;\xD6"
                              "sterreich\r\n";
    QTest::newRow("Windows-1252") << cp1252 << -1 << CsvEncoding::Windows1252 << german;
    QTest::newRow("ASCII is read as UTF-8")
        << QByteArray("Vorname;b\r\nc;d\r\n") << -1 << CsvEncoding::Utf8
        << QStringList {QStringLiteral("c"), QStringLiteral("d")};
    // The head may end inside a character (here after the first byte of ß); that alone does not
    // make it Windows-1252.
    QTest::newRow("UTF-8 head cut inside a character")
        << QByteArray("Vorname;b\r\nc;Grüße\r\n") << 18 << CsvEncoding::Utf8
        << QStringList {QStringLiteral("c"), QStringLiteral("Grüße")};
    // Overlong and surrogate forms are not UTF-8.
    QTest::newRow("overlong UTF-8 is Windows-1252")
        << QByteArray("Vorname;b\r\nc;\xC0\xAF\r\n") << -1 << CsvEncoding::Windows1252
        << QStringList {QStringLiteral("c"), QStringLiteral("À¯")};
    QTest::newRow("UTF-8 surrogate is Windows-1252")
        << QByteArray("Vorname;b\r\nc;\xED\xA0\x80\r\n") << -1 << CsvEncoding::Windows1252
        << QStringList {QStringLiteral("c"), QStringLiteral("í\u00A0€")};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, file);
    QFETCH(int, head);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QStringList, row);

    const Result<CsvDetection> detection = CsvReader::detect(head < 0 ? file : file.left(head));
    QVERIFY2(detection.ok(), qPrintable(detection.ok() ? QString() : detection.error().message));
    QCOMPARE(detection->format.encoding, encoding);
    QCOMPARE(detection->format.delimiter, QLatin1Char(';'));

    const ReadResult r = readAll(file, detection->format);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(0).first(), QStringLiteral("Vorname"));
    QCOMPARE(r.records.at(1), row);
}

void TestCsvReader::windows1252Table_data()
{
    QTest::addColumn<QByteArray>("byte");
    QTest::addColumn<QString>("character");

    // From the code page chart, typed as characters rather than code points.
    const QString chart
        = QStringLiteral("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
    QCOMPARE(chart.size(), 32);
    for (int i = 0; i < 32; ++i)
        QTest::addRow("0x%02X", 0x80 + i) << QByteArray(1, char(0x80 + i)) << QString(chart.at(i));
    QTest::newRow("0xA0 no-break space") << QByteArray("\xA0") << QStringLiteral("\u00A0");
    QTest::newRow("0xE4 ä") << QByteArray("\xE4") << QStringLiteral("ä");
    QTest::newRow("0xFF ÿ") << QByteArray("\xFF") << QStringLiteral("ÿ");
    QTest::newRow("0x7E ~") << QByteArray("~") << QStringLiteral("~");
}

void TestCsvReader::windows1252Table()
{
    QFETCH(QByteArray, byte);
    QFETCH(QString, character);

    const ReadResult r
        = readAll("a" + byte + "b,x\n", {CsvEncoding::Windows1252, QLatin1Char(',')});
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(r.records.at(0).at(0), QStringLiteral("a") + character + QStringLiteral("b"));
}

void TestCsvReader::encodingNames()
{
    QCOMPARE(csvEncodingName(CsvEncoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(csvEncodingName(CsvEncoding::Utf8Bom), QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(csvEncodingName(CsvEncoding::Windows1252),
        QStringLiteral("Windows-1252 (Western European)"));
}

void TestCsvReader::utf8FallsBackToWindows1252()
{
    // A German Excel file whose first umlaut comes after the head that detect() sees.
    QByteArray file = "Vorname;Nachname\r\n";
    for (int i = 0; file.size() < 2 * CsvReader::DetectionHeadSize; ++i)
        file += "Anna;Schmidt" + QByteArray::number(i) + "\r\n";
    const qsizetype records = file.count('\n');
    file += "J\xFC"
            "rgen;M\xFC"
            "ller \x80\r\n";

    const Result<CsvDetection> detection
        = CsvReader::detect(file.left(CsvReader::DetectionHeadSize));
    QVERIFY(detection.ok());
    QCOMPARE(detection->format.encoding, CsvEncoding::Utf8);

    const ReadResult r = readAll(file, detection->format);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), records + 1);
    QCOMPARE(
        r.records.last(), (QStringList {QStringLiteral("Jürgen"), QStringLiteral("Müller €")}));
    QCOMPARE(r.format.encoding, CsvEncoding::Windows1252);

    // With a BOM the file is UTF-8 for certain: bad bytes become replacement characters.
    const ReadResult withBom
        = readAll("\xEF\xBB\xBF" + file, {CsvEncoding::Utf8Bom, QLatin1Char(';')});
    QCOMPARE(withBom.records.last().at(0), QStringLiteral("J\uFFFDrgen"));
    QCOMPARE(withBom.format.encoding, CsvEncoding::Utf8Bom);
}

void TestCsvReader::invalidUtf8AfterValidUtf8()
{
    const ReadResult r = readAll("Jürgen\nM\xFC"
                                 "ller\n",
        utf8());
    QCOMPARE(r.records,
        (QList<QStringList> {{QStringLiteral("Jürgen")}, {QStringLiteral("M\uFFFDller")}}));
    QCOMPARE(r.format.encoding, CsvEncoding::Utf8);
}

// ---- delimiters ------------------------------------------------------------------------------

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::newRow(",") << QByteArray("name,email,phone\nAnna,anna@example.com,123\n"
                                     "Ben,ben@example.com,456\n")
                       << QChar(u',') << 3;
    QTest::newRow(";") << QByteArray(
        "Vorname;Nachname;E-Mail;Telefon\r\nAnna;Schmidt;a@x.de;0301\r\n"
        "Ben;Meier;b@x.de;0302\r\n")
                       << QChar(u';') << 4;
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n4\t5\t6\n") << QChar(u'\t') << 3;
    QTest::newRow("|") << QByteArray("a|b\n1|2\n3|4\n") << QChar(u'|') << 2;
    // German numbers: unquoted decimal commas give a varying number of commas per line.
    QTest::newRow("; with decimal commas")
        << QByteArray("Name;Umsatz;Rabatt\nAnna;3,5;1\nBen;12,75;0,5\nCarl;7;2\nDora;1;1\n")
        << QChar(u';') << 3;
    QTest::newRow(", with ; | tab in quotes") << QByteArray(
        "name,note\n\"Anna\",\"a;b;c\"\n\"Ben\",\"x;y|z\tw\"\n"
        "Carl,\"1;2;3;4\"\n") << QChar(u',') << 2;
    QTest::newRow("; with , in quotes")
        << QByteArray("Name;Firma;Notiz\n\"Müller, Hans\";\"A, B & C\";\"x, y, z\"\n"
                      "\"Meier, Eva\";\"D, E\";\"q\"\n")
        << QChar(u';') << 3;
    QTest::newRow("tab with , and ; in quotes")
        << QByteArray("a\tb\n\"1,2,3\"\t\"4;5\"\n\"6,7\"\t\"8;9;10\"\n") << QChar(u'\t') << 2;
    QTest::newRow("| with , in quotes")
        << QByteArray("a|b|c\n\"1,2\"|x|y\n\"3,4,5,6\"|z|w\n") << QChar(u'|') << 3;
    QTest::newRow("; with line breaks in quotes")
        << QByteArray("a;b\n\"multi,\nline,\nfield\";x\n1;2\n3;4\n") << QChar(u';') << 2;
    QTest::newRow("; header only") << QByteArray("Vorname;Nachname;E-Mail\r\n") << QChar(u';') << 3;
    QTest::newRow("; header only without line break")
        << QByteArray("Vorname;Nachname;E-Mail") << QChar(u';') << 3;
    // The head ends inside a quoted field full of commas.
    QTest::newRow("; head cut in a quoted field")
        << QByteArray("a;b\n1;2\n3;4\n5;\"x,y,z,w,v,u,t,s,r,q,p") << QChar(u';') << 2;
    // The head ends inside a record: that record may be cut anywhere, so it does not count
    // when there are others; here it would vote for ','.
    QTest::newRow("; head cut inside a record with commas")
        << QByteArray("Anrede;Name;Interessen\r\nHerr;Meier, Hans, Dr. med., Prof") << QChar(u';')
        << 3;
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, file);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);

    const Result<CsvDetection> detection = CsvReader::detect(file);
    QVERIFY2(detection.ok(), qPrintable(detection.ok() ? QString() : detection.error().message));
    QCOMPARE(detection->format.delimiter, delimiter);
    QVERIFY(detection->delimiterFound);
    QCOMPARE(detection->columnCount, columns);
}

void TestCsvReader::readsEachDelimiter_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::newRow(",") << ',';
    QTest::newRow(";") << ';';
    QTest::newRow("tab") << '\t';
    QTest::newRow("|") << '|';
}

void TestCsvReader::readsEachDelimiter()
{
    QFETCH(char, delimiter);
    // Every other delimiter appears inside quotes, and unquoted where it is not the delimiter.
    const QByteArray others = "x,y;z\tw|v";
    QByteArray file = "a" + QByteArray(1, delimiter) + '"' + others + '"' + delimiter + "c\n";
    QByteArray unquoted = others;
    unquoted.replace(delimiter, "");
    file += "1" + QByteArray(1, delimiter) + unquoted + delimiter + "3\n";

    const Result<CsvDetection> detection = CsvReader::detect(file);
    QVERIFY(detection.ok());
    QCOMPARE(detection->format.delimiter, QLatin1Char(delimiter));

    const ReadResult r = readAll(file, detection->format);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records,
        (QList<QStringList> {
            {QStringLiteral("a"), QString::fromLatin1(others), QStringLiteral("c")},
            {QStringLiteral("1"), QString::fromLatin1(unquoted), QStringLiteral("3")}}));
}

// ---- quoting and line endings ------------------------------------------------------------------

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    QTest::newRow("delimiter in quotes")
        << QByteArray("\"a,b\",c\n") << QList<QStringList> {{s("a,b"), s("c")}}
        << QList<qint64> {1};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList> {{s("say \"hi\""), s("x")}}
        << QList<qint64> {1};
    QTest::newRow("only a doubled quote")
        << QByteArray("\"\"\"\"\n") << QList<QStringList> {{s("\"")}} << QList<qint64> {1};
    QTest::newRow("line break in quotes, LF")
        << QByteArray("\"a\nb\",c\nd,e\n")
        << QList<QStringList> {{s("a\nb"), s("c")}, {s("d"), s("e")}} << QList<qint64> {1, 3};
    QTest::newRow("line break in quotes, CRLF kept")
        << QByteArray("\"a\r\nb\r\n\",c\r\nd,e\r\n")
        << QList<QStringList> {{s("a\r\nb\r\n"), s("c")}, {s("d"), s("e")}} << QList<qint64> {1, 4};
    QTest::newRow("line break in quotes, CR")
        << QByteArray("\"a\rb\",c\rd,e")
        << QList<QStringList> {{s("a\rb"), s("c")}, {s("d"), s("e")}} << QList<qint64> {1, 3};
    QTest::newRow("delimiter, quote and line break in one field")
        << QByteArray("\"x, \"\"y\"\"\nz\",w\nv\n")
        << QList<QStringList> {{s("x, \"y\"\nz"), s("w")}, {s("v")}} << QList<qint64> {1, 3};
    QTest::newRow("empty quoted fields")
        << QByteArray("\"\",a,\"\"\n") << QList<QStringList> {{s(""), s("a"), s("")}}
        << QList<qint64> {1};
    QTest::newRow("empty fields") << QByteArray(",,\n")
                                  << QList<QStringList> {{s(""), s(""), s("")}}
                                  << QList<qint64> {1};
    QTest::newRow("quote inside an unquoted field is literal")
        << QByteArray("ab\"c,d\"\n") << QList<QStringList> {{s("ab\"c"), s("d\"")}}
        << QList<qint64> {1};
    QTest::newRow("quote after a space is literal")
        << QByteArray(" \"a,b\"\n") << QList<QStringList> {{s(" \"a"), s("b\"")}}
        << QList<qint64> {1};
    QTest::newRow("text after the closing quote is appended")
        << QByteArray("\"ab\"c d,e\n") << QList<QStringList> {{s("abc d"), s("e")}}
        << QList<qint64> {1};
    QTest::newRow("fields are not trimmed")
        << QByteArray(" a , b \n") << QList<QStringList> {{s(" a "), s(" b ")}}
        << QList<qint64> {1};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,\n") << QList<QStringList> {{s("a"), s("")}} << QList<qint64> {1};
    QTest::newRow("trailing delimiter at end of file")
        << QByteArray("a,") << QList<QStringList> {{s("a"), s("")}} << QList<qint64> {1};
    QTest::newRow("no line break at end of file")
        << QByteArray("a,b\nc,d") << QList<QStringList> {{s("a"), s("b")}, {s("c"), s("d")}}
        << QList<qint64> {1, 2};
    QTest::newRow("quoted field at end of file")
        << QByteArray("a,\"b\"") << QList<QStringList> {{s("a"), s("b")}} << QList<qint64> {1};
    QTest::newRow("empty quoted field at end of file")
        << QByteArray("a,\"\"") << QList<QStringList> {{s("a"), s("")}} << QList<qint64> {1};
    QTest::newRow("trailing empty line gives no record")
        << QByteArray("a\n\n") << QList<QStringList> {{s("a")}} << QList<qint64> {1};
    QTest::newRow("trailing empty lines, CRLF")
        << QByteArray("a\r\n\r\n\r\n") << QList<QStringList> {{s("a")}} << QList<qint64> {1};
    QTest::newRow("blank lines in the middle are skipped but counted")
        << QByteArray("a\n\nb\n\r\n\nc\n") << QList<QStringList> {{s("a")}, {s("b")}, {s("c")}}
        << QList<qint64> {1, 3, 6};
    QTest::newRow("blank lines at the start")
        << QByteArray("\n\r\na,b\n") << QList<QStringList> {{s("a"), s("b")}} << QList<qint64> {3};
    QTest::newRow("a line of spaces is a record")
        << QByteArray("a\n \nb\n") << QList<QStringList> {{s("a")}, {s(" ")}, {s("b")}}
        << QList<qint64> {1, 2, 3};
    QTest::newRow("BOM is not part of the first field")
        << QByteArray("\xEF\xBB\xBF\"a\",b\n") << QList<QStringList> {{s("a"), s("b")}}
        << QList<qint64> {1};
    QTest::newRow("multi-byte UTF-8")
        << QByteArray("Müller,日本,😀\n") << QList<QStringList> {{s("Müller"), s("日本"), s("😀")}}
        << QList<qint64> {1};
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);

    const ReadResult r = readAll(file, utf8());
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records, records);
    QCOMPARE(r.lines, lines);
    QCOMPARE(r.offset, file.size());
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("file");

    QTest::newRow("LF") << QByteArray("a,b\nc,\"d\ne\"\nf,g\nh,i\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,\"d\r\ne\"\r\nf,g\r\nh,i\r\n");
    QTest::newRow("CR") << QByteArray("a,b\rc,\"d\re\"\rf,g\rh,i\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\nc,\"d\ne\"\rf,g\nh,i");
    QTest::newRow("mixed, CR then LF-only line") << QByteArray("a,b\rc,\"d\r\ne\"\r\nf,g\rh,i\n");
}

void TestCsvReader::lineEndings()
{
    QFETCH(QByteArray, file);

    const ReadResult r = readAll(file, utf8());
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records.at(0), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(r.records.at(1).at(0), QStringLiteral("c"));
    QVERIFY(r.records.at(1).at(1).startsWith(QLatin1Char('d')));
    QVERIFY(r.records.at(1).at(1).endsWith(QLatin1Char('e')));
    QCOMPARE(r.records.at(2), (QStringList {QStringLiteral("f"), QStringLiteral("g")}));
    QCOMPARE(r.records.at(3), (QStringList {QStringLiteral("h"), QStringLiteral("i")}));
    QCOMPARE(r.lines, (QList<qint64> {1, 2, 4, 5}));
}

// The reader takes the device in chunks: every byte of a tricky stretch must be able to sit at
// the end of a chunk (a CR before its LF, a quote before its pair, a field cut in two...).
void TestCsvReader::bufferBoundaries()
{
    const QByteArray tail
        = "q,\"a\"\"b\",\"c\r\nd\"\r\n\"e\"x,f\rg,\"\"\n\n\r\nMü,€,h\r\n\"i\",\"\"\"\"";
    const QList<QStringList> tailRecords = {
        {QStringLiteral("q"), QStringLiteral("a\"b"), QStringLiteral("c\r\nd")},
        {QStringLiteral("ex"), QStringLiteral("f")},
        {QStringLiteral("g"), QString()},
        {QStringLiteral("Mü"), QStringLiteral("€"), QStringLiteral("h")},
        {QStringLiteral("i"), QStringLiteral("\"")},
    };
    const QList<qint64> tailLines = {2, 4, 5, 8, 9};
    for (qsizetype at = 0; at <= tail.size(); ++at) {
        // The first record ends `at` bytes before the chunk boundary.
        const QByteArray pad(CsvReader::ReadChunkSize - at - 1, 'p');
        const ReadResult r = readAll(pad + '\n' + tail, utf8());
        QCOMPARE(errorText(r), QString());
        QCOMPARE(r.records.size(), tailRecords.size() + 1);
        QCOMPARE(r.records.mid(1), tailRecords);
        QCOMPARE(r.lines.mid(1), tailLines);
    }
}

void TestCsvReader::shortReads_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("1 byte per read") << qint64(1);
    QTest::newRow("3 bytes per read") << qint64(3);
    QTest::newRow("1000 bytes per read") << qint64(1000);
    QTest::newRow("whole file") << qint64(-1);
}

void TestCsvReader::shortReads()
{
    QFETCH(qint64, chunk);
    const Generated g = generate(400);
    TrickleDevice device(g.data, chunk < 0 ? g.data.size() : chunk);
    CsvReader reader(device, utf8());
    const ReadResult r = readAll(reader);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), g.records.size());
    for (qsizetype i = 0; i < g.records.size(); ++i) {
        QCOMPARE(r.records.at(i), g.records.at(i));
        QCOMPARE(r.lines.at(i), g.lines.at(i));
    }
    QCOMPARE(r.offset, g.data.size());
}

// ---- bad input ---------------------------------------------------------------------------------

void TestCsvReader::headerOnly_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("with line break") << QByteArray("Vorname;Nachname;E-Mail\r\n");
    QTest::newRow("without line break") << QByteArray("Vorname;Nachname;E-Mail");
    QTest::newRow("with trailing blank lines") << QByteArray("Vorname;Nachname;E-Mail\r\n\r\n\r\n");
}

void TestCsvReader::headerOnly()
{
    QFETCH(QByteArray, file);
    const Result<CsvDetection> detection = CsvReader::detect(file);
    QVERIFY(detection.ok());
    QCOMPARE(detection->format.delimiter, QLatin1Char(';'));
    QCOMPARE(detection->columnCount, 3);

    const ReadResult r = readAll(file, detection->format);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records,
        (QList<QStringList> {
            {QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail")}}));
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("no bytes") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF")
                                << QStringLiteral("The file is empty.");
    QTest::newRow("only line breaks")
        << QByteArray("\r\n\n\r") << QStringLiteral("The file contains only empty lines.");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);

    const Result<CsvDetection> detection = CsvReader::detect(file);
    QVERIFY(!detection.ok());
    QCOMPARE(detection.error().message, message);

    // The reader itself just finds nothing.
    const ReadResult r = readAll(file, {CsvEncoding::Utf8Bom, QLatin1Char(',')});
    QVERIFY(r.records.isEmpty());
    QCOMPARE(errorText(r), QString());
}

void TestCsvReader::binaryDetected_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("NUL byte") << QByteArray("abc,d\nef\0gh\n",
        12) << QStringLiteral("The file is not a text file (binary data at byte 9).");
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("The file is not a text file (binary data at byte 9).");
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(i % 3 == 0 ? 'a' + i % 26 : 1 + i % 8);
    QTest::newRow("mostly control characters")
        << controls << QStringLiteral("The file is not a text file (binary data at byte 2).");
    QTest::newRow("NUL after a BOM") << QByteArray("\xEF\xBB\xBF"
                                                   "a\0",
        5) << QStringLiteral("The file is not a text file (binary data at byte 5).");
    QTest::newRow("UTF-16")
        << QByteArray("\xFF\xFE"
                      "a\0,\0b\0",
               8)
        << QStringLiteral("The file is encoded as UTF-16, which cannot be imported. Save it as "
                          "\"CSV UTF-8\" and import that file.");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                          << QStringLiteral("The file is a spreadsheet workbook (such as .xlsx or "
                                            ".xls), not a CSV file. Save it as CSV and import that "
                                            "file.");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                         << QStringLiteral("The file is a spreadsheet workbook (such as .xlsx or "
                                           ".xls), not a CSV file. Save it as CSV and import that "
                                           "file.");
}

void TestCsvReader::binaryDetected()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const Result<CsvDetection> detection = CsvReader::detect(file);
    QVERIFY(!detection.ok());
    QCOMPARE(detection.error().message, message);
}

void TestCsvReader::controlCharacterInText()
{
    // A stray form feed in a note does not make the file binary.
    const Result<CsvDetection> detection = CsvReader::detect("name;note\nAnna;page\x0C"
                                                             "break\nBen;ok\n");
    QVERIFY(detection.ok());
    QCOMPARE(detection->format.delimiter, QLatin1Char(';'));
}

void TestCsvReader::binaryWhileReading_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("message");
    QTest::newRow("unquoted") << QByteArray("a,b\nc,d\ne,\0f\n", 13) << 2
                              << QStringLiteral("Line 3: the file is not a text file (binary data "
                                                "at byte 11).");
    QTest::newRow("quoted, second line of the field") << QByteArray("a,b\nc,\"d\ne\0\"\n",
        13) << 1 << QStringLiteral("Line 3: the file is not a text file (binary data at byte 11).");
    QTest::newRow("after a closing quote") << QByteArray("a,\"b\"\0\n",
        7) << 0 << QStringLiteral("Line 1: the file is not a text file (binary data at byte 6).");
}

void TestCsvReader::binaryWhileReading()
{
    QFETCH(QByteArray, file);
    QFETCH(int, records);
    QFETCH(QString, message);
    const ReadResult r = readAll(file, utf8());
    QCOMPARE(r.records.size(), records);
    QCOMPARE(errorText(r), message);
}

void TestCsvReader::unclosedQuote_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("message");

    QTest::newRow("runs over several lines")
        << QByteArray("a,b\nc,\"d\ne\nf\n") << 1
        << QStringLiteral("Line 2, column 2: a quoted field is not closed (it runs to the end "
                          "of the file at line 4).");
    QTest::newRow("last line without break")
        << QByteArray("a,b\r\nc,d\r\n\"e,f") << 2
        << QStringLiteral("Line 3, column 1: a quoted field is not closed (it runs to the end "
                          "of the file at line 3).");
    QTest::newRow("only a quote") << QByteArray("\"") << 0
                                  << QStringLiteral(
                                         "Line 1, column 1: a quoted field is not closed "
                                         "(it runs to the end of the file at line 1).");
    QTest::newRow("doubled quote is not a closing quote")
        << QByteArray("x\n\"a\"\"\n") << 1
        << QStringLiteral("Line 2, column 1: a quoted field is not closed (it runs to the end "
                          "of the file at line 2).");
}

void TestCsvReader::unclosedQuote()
{
    QFETCH(QByteArray, file);
    QFETCH(int, records);
    QFETCH(QString, message);
    const ReadResult r = readAll(file, utf8());
    QCOMPARE(r.records.size(), records);
    QCOMPARE(errorText(r), message);

    // Once failed, the reader stays failed.
    QByteArray copy = file;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, utf8());
    CsvRecord record;
    while (reader.next(record)) { }
    QVERIFY(reader.error().has_value());
    QVERIFY(!reader.next(record));
    QVERIFY(reader.error().has_value());
}

void TestCsvReader::longFields_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<int>("limit");

    const int limit = CsvReader::DefaultMaxFieldLength;
    QTest::newRow("20,000 characters unquoted")
        << QByteArray(20'000, 'x') << QString(20'000, QLatin1Char('x')) << CsvEncoding::Utf8
        << limit;
    QByteArray quoted = "\"";
    QString quotedText;
    for (int i = 0; quotedText.size() < 20'000; ++i) {
        quoted += "a,\"\"b\"\";\r\n";
        quotedText += QStringLiteral("a,\"b\";\r\n");
    }
    quoted += '"';
    QTest::newRow("20,000 characters quoted with , \"\" and CRLF")
        << quoted << quotedText << CsvEncoding::Utf8 << limit;
    QByteArray umlauts;
    for (int i = 0; i < 20'000; ++i)
        umlauts += "ä";
    QTest::newRow("20,000 umlauts in UTF-8 (40,000 bytes)")
        << umlauts << QString(20'000, QChar(u'ä')) << CsvEncoding::Utf8 << limit;
    QTest::newRow("20,000 characters Windows-1252")
        << QByteArray(20'000, '\x80') << QString(20'000, QChar(u'€')) << CsvEncoding::Windows1252
        << limit;
    QTest::newRow("exactly the default limit")
        << QByteArray(limit, 'z') << QString(limit, QLatin1Char('z')) << CsvEncoding::Utf8 << limit;
    // Counted in characters, not bytes.
    QByteArray tenUmlauts;
    for (int i = 0; i < 10; ++i)
        tenUmlauts += "ü";
    QTest::newRow("limit 10, 10 umlauts")
        << tenUmlauts << QString(10, QChar(u'ü')) << CsvEncoding::Utf8 << 10;
    QTest::newRow("limit 10, 10 characters with doubled quotes")
        << QByteArray('"' + QByteArray(20, '"') + '"') << QString(10, QLatin1Char('"'))
        << CsvEncoding::Utf8 << 10;
    QTest::newRow("250,000 characters, limit raised")
        << QByteArray(250'000, 'w') << QString(250'000, QLatin1Char('w')) << CsvEncoding::Utf8
        << 250'000;
}

void TestCsvReader::longFields()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, expected);
    QFETCH(CsvEncoding, encoding);
    QFETCH(int, limit);

    const QByteArray file = "id,text,after\r\n1," + field + ",end\r\n2,short,end\r\n";
    const ReadResult r = readAll(file, {encoding, QLatin1Char(',')}, limit);
    QCOMPARE(errorText(r), QString());
    QCOMPARE(r.records.size(), 3);
    QCOMPARE(r.records.at(1).size(), 3);
    QCOMPARE(r.records.at(1).at(1).size(), expected.size());
    QCOMPARE(r.records.at(1).at(1), expected);
    QCOMPARE(r.records.at(1).at(2), QStringLiteral("end"));
    QCOMPARE(r.records.at(2),
        (QStringList {QStringLiteral("2"), QStringLiteral("short"), QStringLiteral("end")}));
    QCOMPARE(r.lines.at(2), r.lines.at(1) + 1 + lineBreaks(expected));
}

void TestCsvReader::fieldOverLimit_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");

    const int limit = CsvReader::DefaultMaxFieldLength;
    QTest::newRow("default limit + 1, unquoted")
        << QByteArray(limit + 1, 'x') << limit
        << QStringLiteral("Line 2, column 3: the field is longer than 100,000 characters.");
    QTest::newRow("default limit + 1, quoted")
        << QByteArray("\"" + QByteArray(limit + 1, 'x') + "\"") << limit
        << QStringLiteral("Line 2, column 3: the field is longer than 100,000 characters.");
    QTest::newRow("far over the limit, unquoted")
        << QByteArray(5 * limit, 'x') << limit
        << QStringLiteral("Line 2, column 3: the field is longer than 100,000 characters.");
    QByteArray umlauts;
    for (int i = 0; i < 11; ++i)
        umlauts += "ü";
    QTest::newRow("limit 10, 11 umlauts") << umlauts << 10
                                          << QStringLiteral("Line 2, column 3: the field is longer "
                                                            "than 10 characters.");
    QTest::newRow("limit 10, text after the closing quote")
        << QByteArray("\"12345\"678901") << 10
        << QStringLiteral("Line 2, column 3: the field is longer than 10 characters.");
    QTest::newRow("limit 10, quoted field starting on line 2 ends on line 4")
        << QByteArray("\"1234\n5678\n901\"") << 10
        << QStringLiteral("Line 2, column 3: the field is longer than 10 characters.");
}

void TestCsvReader::fieldOverLimit()
{
    QFETCH(QByteArray, field);
    QFETCH(int, limit);
    QFETCH(QString, message);

    const QByteArray file = "a,b,c\n1,2," + field + ",4\n5,6,7,8\n";
    const ReadResult r = readAll(file, utf8(), limit);
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(errorText(r), message);
}

// An unclosed quote early in a big file: the reader gives up after a bounded amount instead of
// taking the rest of the file into one field.
void TestCsvReader::unclosedQuoteStopsEarly()
{
    QByteArray file = "a;b\r\n1;\"oops\r\n";
    while (file.size() < 20 * 1024 * 1024)
        file += "Anna;Schmidt;anna@example.com;+49 30 1234567\r\n";
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, utf8(';'));
    const ReadResult r = readAll(reader);
    QCOMPARE(r.records.size(), 1);
    QCOMPARE(errorText(r),
        QStringLiteral("Line 2, column 2: the quoted field is longer than "
                       "100,000 characters; is its closing quote missing?"));
    QVERIFY2(buffer.pos() < 2 * 1024 * 1024, qPrintable(QString::number(buffer.pos())));
}

void TestCsvReader::tooManyFields()
{
    const QByteArray atLimit = QByteArray(CsvReader::MaxFieldCount - 1, ',') + "\n";
    const ReadResult ok = readAll(atLimit, utf8());
    QCOMPARE(errorText(ok), QString());
    QCOMPARE(ok.records.at(0).size(), CsvReader::MaxFieldCount);

    const ReadResult over
        = readAll("x\n" + QByteArray(CsvReader::MaxFieldCount, ';') + "\n", utf8(';'));
    QCOMPARE(over.records.size(), 1);
    QCOMPARE(errorText(over), QStringLiteral("Line 2: the record has more than 10,000 fields."));
}

void TestCsvReader::readError()
{
    const QByteArray file = "a,b\nc,d\ne,f\ng,h\n";
    TrickleDevice device(file, 1, 10); // fails in line 3, after "e,"
    CsvReader reader(device, utf8());
    const ReadResult r = readAll(reader);
    // The records read before the failure are not lost.
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(
        errorText(r), QStringLiteral("Line 3: the file could not be read (the disk was removed)."));
}

// ---- resume ----------------------------------------------------------------------------------

void TestCsvReader::resume()
{
    const QByteArray file = "Vorname;Nachname;Notiz\r\n"
                            "Anna;Schmidt;\"zwei\r\nZeilen\"\r\n"
                            "\r\n"
                            "Ben;Meier;\"a;b\"\r\n"
                            "Carl;Ode;x\r\n"
                            "Dora;Frei;\"drei\nganze\nZeilen\"\r\n"
                            "Emil;Graf;y";
    const ReadResult whole = readAll(file, utf8(';'));
    QCOMPARE(whole.lines, (QList<qint64> {1, 2, 5, 6, 7, 10}));

    QByteArray copy = file;
    QBuffer first(&copy);
    first.open(QIODevice::ReadOnly);
    CsvReader reader(first, utf8(';'));
    CsvRecord record;
    for (int i = 0; i < 3; ++i)
        QVERIFY(reader.next(record));
    QCOMPARE(record.fields.at(0), QStringLiteral("Ben"));
    const qint64 offset = reader.offset();
    const qint64 line = reader.nextLine();
    QCOMPARE(offset, file.indexOf("Carl"));
    QCOMPARE(line, 6);

    QBuffer second(&copy);
    second.open(QIODevice::ReadOnly);
    CsvReader resumed(second, reader.format());
    QVERIFY(resumed.startAt(offset, line).ok());
    const ReadResult rest = readAll(resumed);
    QCOMPARE(errorText(rest), QString());
    QCOMPARE(rest.records, whole.records.mid(3));
    QCOMPARE(rest.records.at(0).at(0), QStringLiteral("Carl"));
    QCOMPARE(rest.lines, (QList<qint64> {6, 7, 10}));
    QCOMPARE(rest.offset, file.size());
}

void TestCsvReader::resumeAtEveryRecord()
{
    const Generated g = generate(120);
    for (const bool bom : {false, true}) {
        QByteArray file = bom ? "\xEF\xBB\xBF" + g.data : g.data;
        const CsvFormat format = {bom ? CsvEncoding::Utf8Bom : CsvEncoding::Utf8, QLatin1Char(',')};
        for (qsizetype k = 0; k <= g.records.size(); ++k) {
            QBuffer first(&file);
            first.open(QIODevice::ReadOnly);
            CsvReader reader(first, format);
            CsvRecord record;
            for (qsizetype i = 0; i < k; ++i)
                QVERIFY(reader.next(record));

            QBuffer second(&file);
            second.open(QIODevice::ReadOnly);
            CsvReader resumed(second, reader.format());
            QVERIFY(resumed.startAt(reader.offset(), reader.nextLine()).ok());
            const ReadResult rest = readAll(resumed);
            QCOMPARE(errorText(rest), QString());
            QCOMPARE(rest.records, g.records.mid(k));
            QCOMPARE(rest.lines, g.lines.mid(k));
        }
    }
}

void TestCsvReader::resumeFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    QByteArray content = "\xEF\xBB\xBFVorname;Nachname\r\n";
    for (int i = 1; i <= 50'000; ++i)
        content += "Jörg;Müller " + QByteArray::number(i) + "\r\n";
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<CsvDetection> detection
        = CsvReader::detect(file.peek(CsvReader::DetectionHeadSize));
    QVERIFY(detection.ok());
    QCOMPARE(detection->format.encoding, CsvEncoding::Utf8Bom);
    CsvReader reader(file, detection->format);
    CsvRecord record;
    for (int i = 0; i < 30'001; ++i) // the header and 30,000 leads, then "cancel"
        QVERIFY(reader.next(record));
    QCOMPARE(record.fields.at(1), QStringLiteral("Müller 30000"));
    QCOMPARE(record.line, 30'001);

    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    CsvReader resumed(again, reader.format());
    QVERIFY(resumed.startAt(reader.offset(), reader.nextLine()).ok());
    QVERIFY(resumed.next(record));
    QCOMPARE(record.fields, (QStringList {QStringLiteral("Jörg"), QStringLiteral("Müller 30001")}));
    QCOMPARE(record.line, 30'002);
    const ReadResult rest = readAll(resumed);
    QCOMPARE(rest.records.size(), 19'999);
    QCOMPARE(rest.lines.last(), 50'001);
    QCOMPARE(errorText(rest), QString());
}

void TestCsvReader::startAtFails()
{
    QByteArray data = "a,b\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, utf8());
    const Result<void> r = reader.startAt(-5, 1);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().message.startsWith(QStringLiteral("Cannot continue reading the file at byte")),
        qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
