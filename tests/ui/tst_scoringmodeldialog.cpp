// ScoringModelDialog: attribute rules are shown and edited in their table on the Fit tab, saved
// with the model, and an invalid cell is named and selected. PredictiveModelDialog: a learned
// score is trained, its evaluation shown beside the rule model's, and activated; too few
// outcomes are said in the window.
#include "common/session.h"
#include "scoring/predictivemodeldialog.h"
#include "scoring/scoringmodeldialog.h"
#include "storage/importrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/outcomedata.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace bantam;
using namespace bantam::testing;

class TestScoringModelDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeRulesAreEditedAndSaved();
    void invalidAttributeCellIsNamed();
    void impactListsWhatTheModelDoesNotRecognise();
    void predictiveModelIsTrainedAndActivated();
    void predictiveModelSaysTooFewOutcomes();
    void closeAsksBeforeDiscardingEdits();
};

namespace {
// Answers the note dialog that saving opens, once the event loop runs it.
void answerNote(QObject *context, const QString &note)
{
    QTimer::singleShot(0, context, [note] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *input = qobject_cast<QInputDialog *>(w)) {
                input->setTextValue(note);
                input->accept();
            }
        }
    });
}

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
    // Columns: applies to, attribute, value, from (≥), below (<), points.
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(qobject_cast<QComboBox *>(t->cellWidget(0, 0))->currentText(),
        QStringLiteral("Custom attribute"));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("Messe-Stand"));
    QCOMPARE(t->item(0, 2)->text(), QString());
    QCOMPARE(t->item(0, 5)->text(), QStringLiteral("4"));

    t->insertRow(1);
    setCell(t, 1, 1, QStringLiteral("Messe-Stand"));
    setCell(t, 1, 2, QStringLiteral("A12"));
    setCell(t, 1, 5, QStringLiteral("10"));
    t->insertRow(2); // an empty row just added is left out
    // A numeric rule on a profile field, added with the button: company size from 1.000 on.
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("attributesAdd")), Qt::LeftButton);
    QCOMPARE(t->rowCount(), 4);
    auto *field = qobject_cast<QComboBox *>(t->cellWidget(3, 0));
    QVERIFY(field);
    field->setCurrentIndex(int(RuleField::CompanySize));
    setCell(t, 3, 3, QStringLiteral("1.000"));
    setCell(t, 3, 5, QStringLiteral("7"));
    auto edited = dialog.editedModel();
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QCOMPARE(edited->attributes.size(), size_t(3));
    QCOMPARE(edited->attributes[1].value, QStringLiteral("A12"));
    QCOMPARE(edited->attributes[1].points, 10.0);
    QCOMPARE(edited->attributes[2].field, RuleField::CompanySize);
    QCOMPARE(edited->attributes[2].min, std::optional<double>(1000));
    QCOMPARE(edited->attributes[2].points, 7.0);
    t->removeRow(3);
    edited = dialog.editedModel();
    QVERIFY(edited);

    QVERIFY(dialog.showImpact());
    QVERIFY2(
        dialog.messageLabel()->text().contains(QStringLiteral("1 of 1 leads would change score")),
        qPrintable(dialog.messageLabel()->text()));

    // Save asks for a note first.
    answerNote(&dialog, QStringLiteral("Messe"));
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
    setCell(t, 0, 1, QStringLiteral("Messe-Stand"));
    setCell(t, 0, 5, QStringLiteral("3"));
    setCell(t, 1, 1, QStringLiteral("Newsletter"));
    setCell(t, 1, 5, QStringLiteral("viel"));
    QVERIFY(!dialog.showImpact());
    QCOMPARE(
        dialog.messageLabel()->text(), QStringLiteral("fit.attributes[1].points: not a number"));
    QCOMPARE(t->currentRow(), 1);
    QCOMPARE(t->currentColumn(), 5);
    // A range the wrong way round points at its "below" cell.
    setCell(t, 1, 5, QStringLiteral("2"));
    setCell(t, 1, 3, QStringLiteral("10"));
    setCell(t, 1, 4, QStringLiteral("5"));
    QVERIFY(!dialog.showImpact());
    QCOMPARE(dialog.messageLabel()->text(),
        QStringLiteral("fit.attributes[1].max: must be greater than min (10)"));
    QCOMPARE(t->currentColumn(), 4);
    QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 1);
}

void TestScoringModelDialog::impactListsWhatTheModelDoesNotRecognise()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    Builders b(tdb.db(), clock);
    for (const char *title : {"Evangelist", "Evangelist", "C - Level"}) {
        LeadProfile p;
        p.lastName = QStringLiteral("Lead");
        p.jobTitle = QString::fromLatin1(title);
        p.industry = QStringLiteral("Computer Software");
        b.lead().profile(p).insert();
    }
    Session session(tdb.db(), clock);
    ScoringModelDialog dialog(session);
    dialog.setModel(ScoringModel::defaults());
    QVERIFY(dialog.unrecognisedList()->isHidden());
    QVERIFY(dialog.showImpact());
    QTreeWidget *list = dialog.unrecognisedList();
    QVERIFY(!list->isHidden());
    QCOMPARE(list->topLevelItemCount(), 2); // titles and industries; every size is empty
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Job titles without a level"));
    QCOMPARE(list->topLevelItem(0)->childCount(), 1);
    QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("Evangelist"));
    QCOMPARE(list->topLevelItem(0)->child(0)->text(1), QStringLiteral("2"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Industries without points"));
    QCOMPARE(list->topLevelItem(1)->child(0)->text(0), QStringLiteral("Computer Software"));
    QCOMPARE(list->topLevelItem(1)->child(0)->text(1), QStringLiteral("3"));
}

void TestScoringModelDialog::predictiveModelIsTrainedAndActivated()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    Builders b(tdb.db(), clock);
    const User marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    const std::vector<qint64> open = writeOutcomes(tdb.db(), clock, 600, 20);
    QVERIFY(!open.empty());
    Session session(tdb.db(), clock);
    session.setCurrentUser(marketing);

    PredictiveModelDialog dialog(session);
    QVERIFY(!dialog.activateButton()->isEnabled());
    QVERIFY(dialog.train());
    QVERIFY(dialog.candidate().has_value());
    QTableWidget *e = dialog.evaluationTable();
    const double learnedAuc = QLocale().toDouble(e->item(0, 0)->text());
    QVERIFY2(learnedAuc > 0.65, qPrintable(e->item(0, 0)->text()));
    QVERIFY(e->item(0, 1)); // the rule model's AUC beside it
    QCOMPARE(dialog.decileTable()->item(0, 0)->text().isEmpty(), false);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("held-out leads")),
        qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.activateButton()->isEnabled());

    answerNote(&dialog, QStringLiteral("first"));
    QVERIFY(dialog.activate());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("20 open leads")),
        qPrintable(dialog.messageLabel()->text()));
    QSqlQuery q(tdb.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM lead_chances")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 20);
}

void TestScoringModelDialog::predictiveModelSaysTooFewOutcomes()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    QVERIFY(!writeOutcomes(tdb.db(), clock, 150, 5).empty());
    Session session(tdb.db(), clock);
    PredictiveModelDialog dialog(session);
    QVERIFY(!dialog.train());
    QVERIFY2(
        dialog.messageLabel()->text().contains(QStringLiteral("50 more leads with an outcome")),
        qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!dialog.activateButton()->isEnabled());
}

QTEST_MAIN(TestScoringModelDialog)

// Close with unsaved edits asks first; Cancel keeps the dialog and the edit. Untouched, it closes.
void TestScoringModelDialog::closeAsksBeforeDiscardingEdits()
{
    TestDatabase tdb;
    QVERIFY(tdb.isValid());
    FakeClock clock;
    Builders b(tdb.db(), clock);
    const User marketing = b.user(QStringLiteral("mkoch"), Role::MarketingManager);
    Session session(tdb.db(), clock);
    session.setCurrentUser(marketing);

    ScoringModelDialog dialog(session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.reject(); // nothing edited: closes without a question
    QVERIFY(!dialog.isVisible());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.threshold("mql")->setValue(dialog.threshold("mql")->value() + 5);
    QString asked;
    QTimer::singleShot(0, &dialog, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    dialog.reject();
    QVERIFY2(asked.contains(QStringLiteral("not saved")), qPrintable(asked));
    QVERIFY(dialog.isVisible()); // Cancel: still open, the edit kept
}

#include "tst_scoringmodeldialog.moc"
