// Tests splitTypedList: the lists people type into the dialogs and bantam-cli's options.
#include "domain/typedlist.h"

#include <QTest>

using namespace bantam;

namespace {

// Lists of texts written as C strings (QT_NO_CAST_FROM_ASCII).
QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}
} // namespace

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
    QTest::newRow("codes: one") << QStringLiteral("DE") << false << strings({"DE"});
    QTest::newRow("codes: empty") << QString() << false << QStringList();
    QTest::newRow("codes: separators only") << QStringLiteral(" ,; ") << false << QStringList();
    QTest::newRow("names keep their spaces")
        << QStringLiteral("Nord Ost, Süd") << true << strings({"Nord Ost", "Süd"});
    QTest::newRow("names: semicolons")
        << QStringLiteral("Trade fair;Web site") << true << strings({"Trade fair", "Web site"});
    QTest::newRow("names: empty items left out")
        << QStringLiteral("A,, ;B ,") << true << strings({"A", "B"});
    QTest::newRow("names: one with spaces")
        << QStringLiteral("  Inside Sales Nord ") << true << strings({"Inside Sales Nord"});
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
