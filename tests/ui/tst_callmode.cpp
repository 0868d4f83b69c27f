// Drives the real call-mode widget with key events only: all ten questions answered with number
// keys, typing and Enter (checking the database after each key), Backspace back, Ctrl+N to the
// notes, Ctrl+E to end the call, the outcome logged to the timeline and a result action by key.
// Also: a crash mid-call loses no answer, My queue's order and paging, the questionnaire editor.
#include "common/session.h"
#include "qualification/callmodewidget.h"
#include "qualification/qualificationsetupdialog.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

class TestCallMode : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock;
    User m_rep, m_marketing;
    Lead m_lead;

    QMap<QString, QString> answersInDb() const
    {
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral(
            "SELECT question_key, value FROM qualification_answers WHERE lead_id = :id"));
        q.bindValue(QStringLiteral(":id"), m_lead.id);
        q.exec();
        QMap<QString, QString> out;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        Q_ASSERT(w);
        return w;
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(focus(), k, m);
    }

    // Presses the number key and checks that the answer is in the database at once.
    void pick(CallModeWidget &w, Qt::Key number, const QString &question, const QString &stored)
    {
        QCOMPARE(w.currentQuestionKey(), question);
        const int before = answersInDb().size() + (answersInDb().contains(question) ? 0 : 1);
        key(number);
        QCOMPARE(answersInDb().value(question), stored);
        QCOMPARE(answersInDb().size(), before);
    }

    // Types the answer (nothing is stored while typing), then Enter stores it and goes on.
    void type(CallModeWidget &w, const QString &text, const QString &question)
    {
        QCOMPARE(w.currentQuestionKey(), question);
        QVERIFY(qobject_cast<QLineEdit *>(focus()));
        for (QChar c : text) {
            QTest::keyClick(focus(), c.toLatin1());
            QVERIFY(!answersInDb().contains(question));
        }
        const int index = w.currentQuestion();
        key(Qt::Key_Return);
        QCOMPARE(answersInDb().value(question), text);
        if (index < 9)
            QCOMPARE(w.currentQuestion(), index + 1);
    }

    void next(CallModeWidget &w)
    {
        const int index = w.currentQuestion();
        key(Qt::Key_Return);
        QCOMPARE(w.currentQuestion(), index + 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BantamTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_callmode"));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorMessage()));
        Builders b(m_db->db(), m_clock);
        m_rep = b.user(QStringLiteral("rep"), Role::Rep, b.team(QStringLiteral("Inside Sales")),
            true, QStringLiteral("Rita Rep"));
        m_marketing = b.user(QStringLiteral("mm"), Role::MarketingManager);
        m_lead = b.lead()
                     .phone(QStringLiteral("+49 30 1234567"))
                     .stage(Stage::Mql)
                     .owner(m_rep)
                     .insert();
    }

    void keyboardWalkThrough()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        CallModeWidget w(session, m_lead.id);
        QVERIFY2(w.errorMessage().isEmpty(), qPrintable(w.errorMessage()));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.callId() > 0);
        QCOMPARE(w.currentQuestion(), 0);

        pick(w, Qt::Key_1, QStringLiteral("icp_fit"), QStringLiteral("yes"));
        next(w);
        pick(w, Qt::Key_2, QStringLiteral("contact_role"), QStringLiteral("head_of_unit"));
        next(w);
        pick(w, Qt::Key_1, QStringLiteral("need"), QStringLiteral("yes"));
        // Backspace goes back; a new number key replaces the answer.
        key(Qt::Key_Backspace);
        QCOMPARE(w.currentQuestionKey(), QStringLiteral("contact_role"));
        pick(w, Qt::Key_3, QStringLiteral("contact_role"), QStringLiteral("specialist"));
        key(Qt::Key_9); // not an answer of this question: nothing changes
        QCOMPARE(answersInDb().value(QStringLiteral("contact_role")), QStringLiteral("specialist"));
        next(w);
        next(w);
        pick(w, Qt::Key_2, QStringLiteral("solution_fit"), QStringLiteral("partly"));
        next(w);
        pick(w, Qt::Key_1, QStringLiteral("requirements"), QStringLiteral("yes"));
        next(w);
        pick(w, Qt::Key_3, QStringLiteral("buying_process"), QStringLiteral("no"));
        next(w);
        type(w, QStringLiteral("25000"), QStringLiteral("budget"));
        pick(w, Qt::Key_1, QStringLiteral("authority"), QStringLiteral("decides"));
        next(w);
        type(w, QStringLiteral("2026-05-01"), QStringLiteral("timing"));
        type(w, QStringLiteral("Demo next week"), QStringLiteral("next_step"));
        QCOMPARE(answersInDb().size(), 10);
        // The criteria form shows the verdict as the answers come: budget, authority, timing met.
        QVERIFY2(w.verdictLabel()->text().contains(QStringLiteral("3 of 4 met")),
            qPrintable(w.verdictLabel()->text()));
        QVERIFY(w.verdictLabel()->text().contains(QStringLiteral("sales-ready")));
        QCOMPARE(LeadRepository(m_db->db()).byId(m_lead.id)->qualificationStage, 3);

        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(w.notes()));
        QTest::keyClicks(focus(), QStringLiteral("Wants a demo"));
        key(Qt::Key_Escape);
        QCOMPARE(
            focus()->objectName(), QStringLiteral("answerEditor")); // back at the text question

        m_clock.advanceSecs(185);
        key(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(w.page(), CallModeWidget::Page::EndOfCall);
        key(Qt::Key_Return); // no outcome yet: nothing logged
        QCOMPARE(w.page(), CallModeWidget::Page::EndOfCall);
        key(Qt::Key_1);
        key(Qt::Key_Return);
        QCOMPARE(w.page(), CallModeWidget::Page::Result);
        auto call = QualificationRepository(m_db->db()).call(w.callId());
        QVERIFY(call.ok());
        QCOMPARE(call->outcome, std::optional(CallOutcome::Reached));
        QCOMPARE(call->durationSecs, 185);
        QCOMPARE(call->notes, QStringLiteral("Wants a demo"));
        auto timeline = TimelineRepository(m_db->db()).forLead(m_lead.id, 5);
        QCOMPARE(timeline->front().type, QStringLiteral("call"));
        QVERIFY(timeline->front().text.contains(QStringLiteral("3:05")));
        auto *score = w.findChild<QLabel *>(QStringLiteral("resultScore"));
        QCOMPARE(score->text(), QStringLiteral("Score 80/100"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("resultNextStep"))
                    ->text()
                    .contains(QStringLiteral("SQL")));

        key(Qt::Key_A); // accept the MQL
        QVERIFY(LeadRepository(m_db->db()).byId(m_lead.id)->acceptedAt.isValid());
        key(Qt::Key_S); // the rule is met: promote without an override
        QCOMPARE(LeadRepository(m_db->db()).byId(m_lead.id)->stage, Stage::Sql);
    }

    void crashMidCallLosesNothing()
    {
        {
            Session session(m_db->db(), m_clock);
            session.setCurrentUser(m_rep);
            auto w = std::make_unique<CallModeWidget>(session, m_lead.id);
            w->show();
            QVERIFY(QTest::qWaitForWindowActive(w.get()));
            for (int i = 0; i < 4; ++i) {
                key(Qt::Key_1);
                QCOMPARE(answersInDb().size(), i + 1);
                key(Qt::Key_Return);
            }
            // The window and the database go away without the call being ended.
        }
        m_db->close();
        QVERIFY(m_db->reopen());
        const auto stored = answersInDb();
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.value(QStringLiteral("contact_role")), QStringLiteral("management"));
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        CallModeWidget again(session, m_lead.id);
        QCOMPARE(again.currentQuestion(), 4); // goes on at the first open question
        QCOMPARE(again.qualification().assessment.stage, 3);
    }

    void otherRepsCannotCall()
    {
        Builders b(m_db->db(), m_clock);
        const User other = b.user(QStringLiteral("other"), Role::Rep);
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(other);
        CallModeWidget w(session, m_lead.id);
        QVERIFY(w.errorMessage().contains(QStringLiteral("Rita Rep")));
    }

    void editorSavesANewVersion()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        {
            QualificationSetupDialog readOnly(session);
            QVERIFY(!readOnly.save());
            QVERIFY(readOnly.messageLabel()->text().contains(QStringLiteral("Read only")));
        }
        session.setCurrentUser(m_marketing);
        QualificationSetupDialog dialog(session);
        dialog.questionList()->setCurrentRow(2);
        dialog.questionTextEn()->setText(QStringLiteral("Is there a real pain?"));
        dialog.questionList()->setCurrentRow(0);
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
        const QualificationService &service = session.services().qualification();
        QCOMPARE(service.setup()->questionnaireVersion, 2);
        QCOMPARE(service.setup()->questionnaire.questions[2].text.en,
            QStringLiteral("Is there a real pain?"));
        // An invalid edit is refused naming the field, and nothing is stored.
        dialog.questionList()->setCurrentRow(1);
        dialog.questionTextEn()->clear();
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("contact_role.text")),
            qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(service.setup()->questionnaireVersion, 2);
    }
};

QTEST_MAIN(TestCallMode)
#include "tst_callmode.moc"
