// Tests CsvWriter: RFC 4180 quoting, formula injection neutralised, the UTF-8 BOM written once,
// the delimiter per locale, and write errors reported.
#include "io/csvwriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

using namespace bantam;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeCell_data();
    void escapeCell();
    void rowsWithBomOnce();
    void withoutBom();
    void numberColumns_data();
    void numberColumns();
    void delimiterFor_data();
    void delimiterFor();
    void writeErrorIsReported();
};

void TestCsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");
    const QChar comma = QLatin1Char(','), semicolon = QLatin1Char(';');

    QTest::newRow("plain") << QStringLiteral("Website") << comma << QStringLiteral("Website");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("umlaut") << QStringLiteral("Süd") << comma << QStringLiteral("Süd");
    QTest::newRow("number") << QStringLiteral("0.75") << comma << QStringLiteral("0.75");
    QTest::newRow("comma") << QStringLiteral("Nord, Süd") << comma
                           << QStringLiteral("\"Nord, Süd\"");
    QTest::newRow("comma, semicolon delimiter")
        << QStringLiteral("Nord, Süd") << semicolon << QStringLiteral("Nord, Süd");
    QTest::newRow("semicolon delimiter")
        << QStringLiteral("a;b") << semicolon << QStringLiteral("\"a;b\"");
    QTest::newRow("decimal comma, semicolon delimiter")
        << QStringLiteral("45,6 %") << semicolon << QStringLiteral("45,6 %");
    QTest::newRow("quotes") << QStringLiteral("the \"best\" lead") << comma
                            << QStringLiteral("\"the \"\"best\"\" lead\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << comma
                             << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << comma << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("formula =") << QStringLiteral("=SUM(A1:A9)") << comma
                               << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("formula +") << QStringLiteral("+49 30 1234") << comma
                               << QStringLiteral("'+49 30 1234");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << comma << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@cmd") << comma << QStringLiteral("'@cmd");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << comma << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << comma << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with delimiter and quote")
        << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << comma
        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("= inside is harmless")
        << QStringLiteral("a=b") << comma << QStringLiteral("a=b");
    QTest::newRow("apostrophe at the start stays")
        << QStringLiteral("'quoted") << comma << QStringLiteral("'quoted");
}

void TestCsvWriter::escapeCell()
{
    QFETCH(QString, cell);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeCell(cell, delimiter), expected);
}

void TestCsvWriter::rowsWithBomOnce()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer, QLatin1Char(';'));
    csv.writeRow({QStringLiteral("source"), QStringLiteral("leads"), QStringLiteral("note")});
    csv.writeRow({QStringLiteral("Messe; Süd"), QStringLiteral("12"), QStringLiteral("=1+1")});
    csv.writeRow({QString(), QStringLiteral("0"), QStringLiteral("two\nlines")});
    QVERIFY(csv.finish().ok());

    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray data = buffer.data();
    QVERIFY(data.startsWith(bom));
    QCOMPARE(data.count(bom), 1);
    QCOMPARE(QString::fromUtf8(data.mid(3)),
        QStringLiteral("source;leads;note\r\n"
                       "\"Messe; Süd\";12;'=1+1\r\n"
                       ";0;\"two\nlines\"\r\n"));
}

void TestCsvWriter::withoutBom()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer, QLatin1Char(','), false);
    csv.writeRow({QStringLiteral("a"), QStringLiteral("b,c")});
    QVERIFY(csv.finish().ok());
    QCOMPARE(buffer.data(), QByteArray("a,\"b,c\"\r\n"));
}

void TestCsvWriter::numberColumns_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    // In a number column a plain number is written as it is: a spreadsheet reads −15, not text.
    QTest::newRow("negative score") << QStringLiteral("-15") << QStringLiteral("-15");
    QTest::newRow("positive") << QStringLiteral("72") << QStringLiteral("72");
    QTest::newRow("decimal") << QStringLiteral("-0.5") << QStringLiteral("-0.5");
    // Anything else in it is guarded like text.
    QTest::newRow("formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("plus sign") << QStringLiteral("+15") << QStringLiteral("'+15");
    QTest::newRow("at") << QStringLiteral("@15") << QStringLiteral("'@15");
    QTest::newRow("equals") << QStringLiteral("=15") << QStringLiteral("'=15");
}

void TestCsvWriter::numberColumns()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer, QLatin1Char(';'), false);
    csv.setNumberColumns({1});
    // A phone in a text column keeps its guard even when it is all digits.
    csv.writeRow({QStringLiteral("+4930123456"), cell, QStringLiteral("-15")});
    QVERIFY(csv.finish().ok());
    QCOMPARE(
        QString::fromUtf8(buffer.data()), QStringLiteral("'+4930123456;%1;'-15\r\n").arg(expected));
}

void TestCsvWriter::delimiterFor_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QChar(QLatin1Char(';'));
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QChar(QLatin1Char(';'));
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QChar(QLatin1Char(','));
    QTest::newRow("de_CH (decimal point)")
        << QLocale(QLocale::German, QLocale::Switzerland) << QChar(QLatin1Char(','));
    QTest::newRow("C") << QLocale::c() << QChar(QLatin1Char(','));
}

void TestCsvWriter::delimiterFor()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvWriter::delimiterFor(locale), delimiter);
}

void TestCsvWriter::writeErrorIsReported()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly)); // every write fails
    CsvWriter csv(buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    csv.writeRow({QStringLiteral("a")});
    auto r = csv.finish();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Storage);
    QVERIFY2(r.error().message.contains(QLatin1String("CSV")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
