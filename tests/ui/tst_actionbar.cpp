// The detail pane's action bar: when a lead with more buttons replaces one with few (a German MQL
// after a SQL lead, 1366 px screen), the right group moves to a second row instead of the row
// squeezing every button to "n Marketing zurückgebe"; and back to one row when they fit again.
#include "common/actionbar.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace bantam;

class TestActionBar : public QObject
{
    Q_OBJECT

private:
    static void show(ActionBar &bar, const QStringList &left, const QStringList &right)
    {
        bar.clear();
        for (const QString &text : left)
            bar.addLeft(new QPushButton(text));
        for (const QString &text : right)
            bar.addRight(new QPushButton(text));
        // The buttons are shown once the event loop runs; no resize follows.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    // Every button at least as wide as its text wants: nothing cut off.
    static bool noButtonCut(const ActionBar &bar)
    {
        const auto buttons = bar.findChildren<QPushButton *>();
        return std::all_of(buttons.begin(), buttons.end(), [](const QPushButton *b) {
            return b->isHidden() || b->width() >= b->minimumSizeHint().width();
        });
    }

private Q_SLOTS:
    void moreButtonsThanLastLeadWrapToASecondRow()
    {
        QWidget window;
        auto *bar = new ActionBar(&window);
        const QStringList sqlLeft {QStringLiteral("Zurückstellen"), QStringLiteral("Gewonnen")};
        const QStringList sqlRight {QStringLiteral("Verloren"), QStringLiteral("Disqualifizieren")};
        const QStringList mqlLeft {QStringLiteral("Annehmen"), QStringLiteral("Zum SQL machen"),
            QStringLiteral("Zurückstellen")};
        const QStringList mqlRight {
            QStringLiteral("An Marketing zurückgeben"), QStringLiteral("Disqualifizieren")};
        // As wide as the SQL lead's four buttons need, too narrow for the MQL lead's five.
        show(*bar, sqlLeft, sqlRight);
        int sqlWidth = 0;
        for (const QPushButton *b : bar->findChildren<QPushButton *>())
            sqlWidth += b->sizeHint().width();
        bar->setFixedWidth(sqlWidth + 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!bar->isWrapped());

        show(*bar, mqlLeft, mqlRight);
        QVERIFY(bar->isWrapped());
        bar->adjustSize();
        bar->setFixedWidth(sqlWidth + 80);
        QCoreApplication::processEvents();
        QVERIFY(noButtonCut(*bar));

        show(*bar, sqlLeft, sqlRight);
        QVERIFY(!bar->isWrapped());
    }
};

QTEST_MAIN(TestActionBar)
#include "tst_actionbar.moc"
