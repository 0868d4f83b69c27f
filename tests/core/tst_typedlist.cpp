// Tests splitTypedList: the lists people type into the dialogs and bantam-cli's options.
#include "domain/typedlist.h"

#include <QTest>

using namespace bantam;

class TestTypedList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
};

void TestTypedList::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("names"); // ListItems::Names, else Codes
    QTest::addColumn<QStringList>("items");

    const QStringList deEn = {QStringLiteral("de"), QStringLiteral("en")};
    QTest::newRow("codes: commas") << QStringLiteral("de,en") << false << deEn;
    QTest::newRow("codes: semicolons") << QStringLiteral("de;en") << false << deEn;
    QTest::newRow("codes: spaces") << QStringLiteral("de en") << false << deEn;
    QTest::newRow("codes: mixed, padded") << QStringLiteral(" de ,; en  ") << false << deEn;
    QTest::newRow("codes: tab and newline") << QStringLiteral("de\ten\n") << false << deEn;
    QTest::newRow("codes: one") << QStringLiteral("DE") << false << QStringList {"DE"};
    QTest::newRow("codes: empty") << QString() << false << QStringList {};
    QTest::newRow("codes: separators only") << QStringLiteral(" ,; ") << false << QStringList {};
    QTest::newRow("names keep their spaces")
        << QStringLiteral("Nord Ost, Süd") << true << QStringList {"Nord Ost", "Süd"};
    QTest::newRow("names: semicolons")
        << QStringLiteral("Trade fair;Web site") << true << QStringList {"Trade fair", "Web site"};
    QTest::newRow("names: empty items left out")
        << QStringLiteral("A,, ;B ,") << true << QStringList {"A", "B"};
    QTest::newRow("names: one with spaces")
        << QStringLiteral("  Inside Sales Nord ") << true << QStringList {"Inside Sales Nord"};
}

void TestTypedList::split()
{
    QFETCH(QString, text);
    QFETCH(bool, names);
    QFETCH(QStringList, items);
    QCOMPARE(splitTypedList(text, names ? ListItems::Names : ListItems::Codes), items);
}

QTEST_GUILESS_MAIN(TestTypedList)
#include "tst_typedlist.moc"
