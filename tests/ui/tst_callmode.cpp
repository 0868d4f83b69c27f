// Drives the real call-mode widget with key events only: all ten questions answered with number
// keys, typing and Enter (checking the database after each key), Backspace back, Ctrl+N to the
// notes, Ctrl+E to end the call, the outcome logged to the timeline and a result action by key.
// Also: a crash mid-call loses no answer, My queue's order and paging, the questionnaire editor,
// and the call cadence: after the sixth unreached attempt call mode offers disqualification as
// unreachable (reason prefilled); the call settings edit the cadence.
#include "cadence/cadenceservice.h"
#include "common/session.h"
#include "pipeline/pipelineservice.h"
#include "qualification/callmodewidget.h"
#include "qualification/qualificationservice.h"
#include "qualification/qualificationsetupdialog.h"
#include "services.h"
#include "settings/callsettingsdialog.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>

#include <cstdio>
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

    // A German rep types numbers and dates as Germans write them; they are stored one way,
    // shown back in German, and a mistake names the question as the rep sees it.
    void germanNumbersAndDates()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        CallModeWidget w(session, m_lead.id);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.goToQuestion(6);
        QCOMPARE(w.currentQuestionKey(), QStringLiteral("budget"));
        QTest::keyClicks(focus(), QStringLiteral("25.000"));
        key(Qt::Key_Return);
        QCOMPARE(answersInDb().value(QStringLiteral("budget")), QStringLiteral("25000"));
        QCOMPARE(w.qualification().facts.budgetAmount, std::optional<qint64>(25000));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("budgetAmount"))->text(),
            QStringLiteral("25.000"));
        w.goToQuestion(6);
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("answerEditor"))->text(),
            QStringLiteral("25.000"));

        w.goToQuestion(8);
        QCOMPARE(w.currentQuestionKey(), QStringLiteral("timing"));
        QTest::keyClicks(focus(), QStringLiteral("Ende Juni"));
        key(Qt::Key_Return);
        QCOMPARE(w.currentQuestionKey(), QStringLiteral("timing")); // refused, stays
        const QString error = w.findChild<QLabel *>(QStringLiteral("callMessage"))->text();
        QVERIFY2(error.contains(QStringLiteral("9 (")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("'timing'")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("30.06.2027")), qPrintable(error)); // an example
        QVERIFY(!answersInDb().contains(QStringLiteral("timing")));
        auto *editor = w.findChild<QLineEdit *>(QStringLiteral("answerEditor"));
        editor->clear();
        QTest::keyClicks(focus(), QStringLiteral("30.06.2027"));
        key(Qt::Key_Return);
        QCOMPARE(answersInDb().value(QStringLiteral("timing")), QStringLiteral("2027-06-30"));
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("targetDate"))->text(),
            QStringLiteral("30.06.2027"));
    }

    void englishThousands()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        CallModeWidget w(session, m_lead.id);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.goToQuestion(6);
        QTest::keyClicks(focus(), QStringLiteral("25,000"));
        key(Qt::Key_Return);
        QCOMPARE(answersInDb().value(QStringLiteral("budget")), QStringLiteral("25000"));
    }

    // Ctrl+E ends the call from a date answer as from anywhere; the End call button does too.
    // The duration ends when the call did, not when the rep has finished the notes.
    void endingTheCallStopsTheTimer()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        {
            CallModeWidget w(session, m_lead.id);
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            w.goToQuestion(8); // a date answer has the focus
            QVERIFY(qobject_cast<QLineEdit *>(focus()));
            QTest::keyClicks(focus(), QStringLiteral("2027"));
            m_clock.advanceSecs(78);
            key(Qt::Key_E, Qt::ControlModifier);
            QCOMPARE(w.page(), CallModeWidget::Page::EndOfCall);
            auto *timer = w.findChild<QLabel *>(QStringLiteral("callTimer"));
            QCOMPARE(timer->text(), QStringLiteral("1:18"));
            m_clock.advanceSecs(120); // the rep writes the notes
            key(Qt::Key_2);
            key(Qt::Key_Return);
            QCOMPARE(w.page(), CallModeWidget::Page::Result);
            QCOMPARE(QualificationRepository(m_db->db()).call(w.callId())->durationSecs, 78);
            QCOMPARE(timer->text(), QStringLiteral("1:18"));
        }
        CallModeWidget w(session, m_lead.id);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *end = w.findChild<QPushButton *>(QStringLiteral("endCallButton"));
        QVERIFY(end && end->isVisible());
        QTest::mouseClick(end, Qt::LeftButton);
        QCOMPARE(w.page(), CallModeWidget::Page::EndOfCall);
        QVERIFY(!end->isEnabled());
    }

    // Call, log, next: Ctrl+Enter logs the call with the chosen outcome and opens the next lead
    // of My queue in call mode; the counter says how many calls the rep made today.
    void ctrlEnterOpensTheNextLead()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        const Lead next = Builders(m_db->db(), m_clock)
                              .lead()
                              .name(QStringLiteral("Nora"), QStringLiteral("Next"))
                              .phone(QStringLiteral("+49 40 7654321"))
                              .owner(m_rep)
                              .insert();
        StageChange handover;
        handover.leadId = next.id;
        handover.action = PipelineAction::Promote;
        QVERIFY(session.pipeline().change(m_marketing, handover).ok()); // in My queue now
        QPointer<CallModeWidget> first = openCallMode(session, m_lead.id, nullptr);
        QVERIFY(first);
        QVERIFY(QTest::qWaitForWindowActive(first));
        QVERIFY2(first->callCounter()->text().contains(QStringLiteral("0 reached")),
            qPrintable(first->callCounter()->text()));
        m_clock.advanceSecs(40);
        key(Qt::Key_Return, Qt::ControlModifier); // no outcome yet: the end page asks for one
        QCOMPARE(first->page(), CallModeWidget::Page::EndOfCall);
        key(Qt::Key_3); // no answer
        key(Qt::Key_Return, Qt::ControlModifier);
        auto calls = QualificationRepository(m_db->db()).callsOf(m_lead.id);
        QCOMPARE(calls->size(), size_t(1));
        QCOMPARE(calls->front().outcome, std::optional(CallOutcome::NoAnswer));
        QVERIFY(!first || !first->isVisible());
        CallModeWidget *opened = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *c = qobject_cast<CallModeWidget *>(top);
            if (c && c->isVisible() && c->leadId() == next.id)
                opened = c;
        }
        QVERIFY(opened);
        QVERIFY2(opened->callCounter()->text().contains(QStringLiteral("1 call")),
            qPrintable(opened->callCounter()->text()));
        QVERIFY(opened->callId() > 0); // the next call has started
        delete opened;
        delete first;
    }

    // Five unreached calls on five days; the sixth from call mode ends the cadence: the result
    // page says so and D opens the disqualification with "Unreachable" chosen.
    void sixthUnreachedAttemptOffersDisqualification()
    {
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        const QualificationService &q = session.services().qualification();
        for (int i = 0; i < 5; ++i) {
            auto call = q.startCall(m_rep, m_lead.id);
            QVERIFY(call.ok());
            m_clock.advanceSecs(30);
            QVERIFY(q.endCall(m_rep, call->id, CallOutcome::NoAnswer, {}, {}).ok());
            m_clock.advanceDays(1);
        }
        auto state = session.services().cadence().stateOf(
            LeadRepository(m_db->db()).byId(m_lead.id).value());
        QCOMPARE(state.value()->attempts, 5);
        QVERIFY(!state.value()->isOver(m_clock.now()));

        CallModeWidget w(session, m_lead.id);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        key(Qt::Key_E, Qt::ControlModifier);
        key(Qt::Key_2); // voicemail
        key(Qt::Key_Return);
        QCOMPARE(w.page(), CallModeWidget::Page::Result);
        auto *cadence = w.findChild<QLabel *>(QStringLiteral("resultCadence"));
        QVERIFY(cadence->isVisibleTo(&w));
        QVERIFY2(cadence->text().contains(QStringLiteral("6 of 6")), qPrintable(cadence->text()));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("resultNextStep"))
                    ->text()
                    .contains(QStringLiteral("unreachable")));

        QString chosen;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            chosen = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"))
                         ->currentData()
                         .toString();
            dialog->accept();
        });
        key(Qt::Key_D);
        QCOMPARE(chosen, QStringLiteral("unreachable"));
        QCOMPARE(LeadRepository(m_db->db()).byId(m_lead.id)->stage, Stage::Disqualified);
    }

    // A team lead sets the cadence in Settings › Calls; a rep sees it and cannot change it.
    void callSettingsEditTheCadence()
    {
        Builders b(m_db->db(), m_clock);
        const User lead = b.user(QStringLiteral("tl"), Role::TeamLead, m_rep.teamId);
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(lead);
        {
            CallSettingsDialog dialog(session);
            QCOMPARE(dialog.cadenceList()->count(), 1);
            QCOMPARE(dialog.attemptsField()->value(), 6);
            dialog.attemptsField()->setValue(8);
            dialog.gapField()->setValue(3);
            QVERIFY(dialog.saveCadence());
        }
        auto saved = session.services().cadence().policies();
        QCOMPARE(saved->front().attempts, 8);
        QCOMPARE(saved->front().gapHours, 3);
        QCOMPARE(saved->front().withinDays, 10);

        session.setCurrentUser(m_rep);
        CallSettingsDialog readOnly(session);
        QVERIFY(!readOnly.attemptsField()->isEnabled());
        QVERIFY(!readOnly.messageLabel()->text().isEmpty());
    }

    // An administrator picks the home region in Settings › Calls › Telephony; a team lead sees it
    // and cannot change it (the reason as tooltip).
    void callSettingsSetTheHomeRegion()
    {
        Builders b(m_db->db(), m_clock);
        const User admin = b.user(QStringLiteral("boss"), Role::Admin);
        const User lead = b.user(QStringLiteral("tl"), Role::TeamLead, m_rep.teamId);
        Session session(m_db->db(), m_clock);
        session.setCurrentUser(lead);
        {
            CallSettingsDialog readOnly(session);
            QCOMPARE(readOnly.homeRegionField()->currentData().toString(), QStringLiteral("DE"));
            QVERIFY(!readOnly.homeRegionField()->isEnabled());
            QVERIFY(!readOnly.homeRegionField()->toolTip().isEmpty());
        }
        session.setCurrentUser(admin);
        CallSettingsDialog dialog(session);
        QVERIFY(dialog.homeRegionField()->isEnabled());
        dialog.homeRegionField()->setCurrentIndex(
            dialog.homeRegionField()->findData(QStringLiteral("AT")));
        QVERIFY(dialog.saveHomeRegion());
        QCOMPARE(session.services().cadence().homeRegion().value(), QStringLiteral("AT"));
        CallSettingsDialog again(session);
        QCOMPARE(again.homeRegionField()->currentData().toString(), QStringLiteral("AT"));
    }

    // Run as a child process by notesSurviveAKilledProcess (skipped otherwise): types notes in
    // call mode on the database BANTAM_DRAFT_DB names, says when the autosave has stored them,
    // and goes on typing until it is killed.
    void typeNotesUntilKilled()
    {
        const QString path = qEnvironmentVariable("BANTAM_DRAFT_DB");
        if (path.isEmpty())
            QSKIP("run as a child process by notesSurviveAKilledProcess");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Session session(*db.value(), m_clock);
        session.setCurrentUser(UserRepository(*db.value()).byLogin(QStringLiteral("rep")).value());
        CallModeWidget w(session, qEnvironmentVariableIntValue("BANTAM_DRAFT_LEAD"));
        QVERIFY2(w.errorMessage().isEmpty(), qPrintable(w.errorMessage()));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        key(Qt::Key_N, Qt::ControlModifier);
        QTest::keyClicks(focus(), QStringLiteral("Wants a demo on Friday"));
        // Waits (without a deadline of its own: the parent's) until the autosave stored them.
        for (;;) {
            auto call = QualificationRepository(*db.value()).call(w.callId());
            if (call && !call->notes.isEmpty())
                break;
            QTest::qWait(50);
        }
        std::fputs("DRAFT SAVED\n", stdout);
        std::fflush(stdout);
        QTest::keyClicks(focus(), QStringLiteral(", bring the"));
        QTest::qWait(120000);
    }

    // Notes typed in call mode survive a crash: a child process types them and is killed
    // mid-typing; call mode for the same lead has them back.
    void notesSurviveAKilledProcess()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BANTAM_DRAFT_DB"), m_db->path());
        env.insert(QStringLiteral("BANTAM_DRAFT_LEAD"), QString::number(m_lead.id));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("typeNotesUntilKilled")});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("DRAFT SAVED") && child.waitForReadyRead(60000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("DRAFT SAVED"), (out + child.readAllStandardError()).constData());
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Session session(m_db->db(), m_clock);
        session.setCurrentUser(m_rep);
        CallModeWidget again(session, m_lead.id);
        QVERIFY2(again.notes()->toPlainText().startsWith(QStringLiteral("Wants a demo on Friday")),
            qPrintable(again.notes()->toPlainText()));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("callMessage"))
                    ->text()
                    .contains(QStringLiteral("unfinished call")));
        // Handed out once: the draft now belongs to the new call.
        auto draft = session.services().qualification().takeDraft(m_rep, m_lead.id, again.callId());
        QVERIFY(draft.ok());
        QVERIFY(!draft.value());
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
        // Each question whole in the list at a laptop's size: wrapped, never cut at the right.
        dialog.resize(1300, 700);
        dialog.show();
        QListWidget *list = dialog.questionList();
        QTRY_VERIFY(list->isVisible() && list->count() > 0);
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        const int margins
            = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const int height
                = list->fontMetrics()
                      .boundingRect(QRect(0, 0, list->viewport()->width() - margins, 100000),
                          Qt::TextWordWrap, item->text())
                      .height();
            QTRY_VERIFY2(list->visualItemRect(item).height() >= height,
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(item->text())
                               .arg(list->visualItemRect(item).height())
                               .arg(height)));
        }
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
