// ScoringModelDialog: attribute rules are shown and edited in their table on the Fit tab, saved
// with the model, and an invalid cell is named and selected.
#include "common/session.h"
#include "scoring/scoringmodeldialog.h"
#include "storage/importrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace bantam;
using namespace bantam::testing;

class TestScoringModelDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeRulesAreEditedAndSaved();
    void invalidAttributeCellIsNamed();
};

namespace {
void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    if (!t->item(row, column))
        t->setItem(row, column, new QTableWidgetItem);
    t->item(row, column)->setText(text);
}
} // namespace

void TestScoringModelDialog::attributeRulesAreEditedAndSaved()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    Builders b(tdb.db(), clock);
    const User marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    LeadProfile profile;
    profile.lastName = QStringLiteral("Berger"); // no fit points
    const Lead lead = b.lead().profile(profile).score(0).insert();
    QVERIFY(ImportRepository(tdb.db()).setAttribute(
        lead.id, QStringLiteral("Messe-Stand"), QStringLiteral("A12"), true));
    Session session(tdb.db(), clock);
    session.setCurrentUser(marketing);

    ScoringModelDialog dialog(session);
    ScoringModel m = ScoringModel::defaults();
    m.attributes = {{QStringLiteral("Messe-Stand"), QString(), 4}};
    dialog.setModel(m);
    QTableWidget *t = dialog.attributesTable();
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Messe-Stand"));
    QCOMPARE(t->item(0, 1)->text(), QString());
    QCOMPARE(t->item(0, 2)->text(), QStringLiteral("4"));

    t->insertRow(1);
    setCell(t, 1, 0, QStringLiteral("Messe-Stand"));
    setCell(t, 1, 1, QStringLiteral("A12"));
    setCell(t, 1, 2, QStringLiteral("10"));
    t->insertRow(2); // an empty row just added is left out
    auto edited = dialog.editedModel();
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QCOMPARE(edited->attributes.size(), size_t(2));
    QCOMPARE(edited->attributes[1].value, QStringLiteral("A12"));
    QCOMPARE(edited->attributes[1].points, 10.0);

    QVERIFY(dialog.showImpact());
    QVERIFY2(
        dialog.messageLabel()->text().contains(QStringLiteral("1 of 1 leads would change score")),
        qPrintable(dialog.messageLabel()->text()));

    // Save asks for a note first.
    QTimer::singleShot(0, &dialog, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *input = qobject_cast<QInputDialog *>(w)) {
                input->setTextValue(QStringLiteral("Messe"));
                input->accept();
            }
        }
    });
    QVERIFY(dialog.save());
    QSqlQuery q(tdb.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT score FROM leads WHERE id = %1").arg(lead.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 14); // any value 4 + A12 10
    QCOMPARE(session.scoring().activeModel()->model.attributes, edited->attributes);
}

void TestScoringModelDialog::invalidAttributeCellIsNamed()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    Session session(tdb.db(), clock);
    ScoringModelDialog dialog(session);
    QTableWidget *t = dialog.attributesTable();
    t->setRowCount(2);
    setCell(t, 0, 0, QStringLiteral("Messe-Stand"));
    setCell(t, 0, 2, QStringLiteral("3"));
    setCell(t, 1, 0, QStringLiteral("Newsletter"));
    setCell(t, 1, 2, QStringLiteral("viel"));
    QVERIFY(!dialog.showImpact());
    QCOMPARE(
        dialog.messageLabel()->text(), QStringLiteral("fit.attributes[1].points: not a number"));
    QCOMPARE(t->currentRow(), 1);
    QCOMPARE(t->currentColumn(), 2);
    QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 1);
}

QTEST_MAIN(TestScoringModelDialog)
#include "tst_scoringmodeldialog.moc"
