// CallModeWidget: the screen an inside sales rep lives in during a call. The questionnaire on the
// left (the current question large, its hint, the answers numbered), the framework's criteria
// form (BANT by default) beside it with each criterion's status always visible, a call timer and
// the phone number as a tel: link. Keyboard only: number keys answer, Enter goes on, Backspace
// goes back, Ctrl+N jumps to the notes, Ctrl+E ends the call. Every answer is written to the
// database the moment it is given. Ending the call logs outcome, duration and notes to the
// timeline and shows the result with one key per pipeline action.
#pragma once

#include "common/shortcutlist.h"
#include "phone/localtime.h"
#include "qualification/qualificationservice.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QFrame;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace bantam {

class Session;

class CallModeWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Call, EndOfCall, Result };
    static constexpr int DraftSaveMs = 2000;

    // Call mode's keyboard shortcuts (Help › Keyboard shortcuts…), from the table that makes them.
    static QList<ShortcutEntry> shortcuts();

    // Starts a call with the lead (a calls row) unless the actor may not work on it; check
    // errorMessage() afterwards.
    CallModeWidget(Session &session, qint64 leadId, QWidget *parent = nullptr);
    ~CallModeWidget() override;

    QString errorMessage() const { return m_error; }
    Page page() const;
    int currentQuestion() const { return m_current; }
    QString currentQuestionKey() const;
    qint64 callId() const { return m_call ? m_call->id : 0; }
    qint64 leadId() const { return m_leadId; }
    QLabel *callCounter() const { return m_counter; }
    const LeadQualification &qualification() const { return m_data; }
    QLabel *questionLabel() const { return m_question; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPlainTextEdit *notes() const { return m_notes; }

public Q_SLOTS:
    void goToQuestion(int index);
    void endCall(); // shows the end-of-call page
    // Ctrl+Enter: ends the call, logs it with the chosen outcome and opens the next lead of My
    // queue in call mode (from the result page: just the next lead).
    void logAndCallNext();

Q_SIGNALS:
    void done(); // a result action was taken, or the rep closed the result

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *buildHeader();
    void createShortcuts();
    void buildCallPage(QWidget *page);
    void buildQuestionPanel(QWidget *page);
    QWidget *buildSteps(QWidget *page);
    void buildCriteriaPanel(QVBoxLayout *layout);
    QGroupBox *buildCriterionBox(const FrameworkCriterion &criterion, QWidget *parent);
    void addFactFields(
        QFormLayout *form, const FrameworkCriterion &criterion, QGroupBox *box, QWidget *parent);
    QComboBox *yesNoChoice(QWidget *parent, const char *name);
    QLineEdit *factLine(QWidget *parent, const char *name, const QString &placeholder = {});
    void buildEndPage(QWidget *page);
    void buildResultPage(QWidget *page);
    void showQuestion();
    void showAssessment();
    void pickOption(int number);
    void submitEditor();
    bool answer(const QString &value);
    void saveFacts();
    void saveCriterion(const QString &key);
    void reload();
    void tick();
    void dial();
    void pickOutcome(int number);
    void logCall();
    void showCadence(); // the call cadence on the result page
    void showLocalTime(); // the lead's local time in the header
    void resultAction(int action);
    void showCallCount();
    void saveDraft();
    void offerDraft();
    bool openNextLead();
    void setMessage(const QString &text, bool error = true);

    Session &m_session;
    const QualificationService &m_service;
    qint64 m_leadId;
    QString m_error;
    QualificationSetup m_setup;
    LeadQualification m_data;
    std::optional<Call> m_call;
    int m_current = 0;
    int m_outcome = -1;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_timer = nullptr;
    QTimer *m_ticker = nullptr;
    QLabel *m_counter = nullptr;
    QTimer *m_draftTimer = nullptr; // autosave of the notes, a few seconds after typing starts
    QPushButton *m_endCallButton = nullptr;
    QDateTime m_hungUpAt; // when the rep ended the call; the timer stops there
    // questionnaire
    QFrame *m_questionPanel = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_hint = nullptr;
    QVBoxLayout *m_optionsLayout = nullptr;
    QLineEdit *m_editor = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_message = nullptr;
    QGridLayout *m_stepsLayout = nullptr;
    std::vector<QLabel *> m_steps;
    QPlainTextEdit *m_notes = nullptr;
    // criteria form
    QLabel *m_verdict = nullptr;
    QLabel *m_summary = nullptr;
    struct CriterionRow
    {
        QString key;
        QLabel *badge = nullptr;
        QComboBox *status = nullptr;
        QLineEdit *notes = nullptr;
    };
    std::vector<CriterionRow> m_criteria;
    QLineEdit *m_budgetAmount = nullptr;
    QLineEdit *m_budgetCurrency = nullptr;
    QComboBox *m_budgetApproved = nullptr;
    QLineEdit *m_decisionMaker = nullptr;
    QLineEdit *m_decisionMakerRole = nullptr;
    QComboBox *m_contactDecides = nullptr;
    QLineEdit *m_pain = nullptr;
    QLineEdit *m_useCase = nullptr;
    QLineEdit *m_targetDate = nullptr;
    QComboBox *m_urgency = nullptr;
    // end of call
    QFrame *m_endPanel = nullptr;
    std::vector<QLabel *> m_outcomes;
    QDateTimeEdit *m_callback = nullptr;
    QPlainTextEdit *m_endNotes = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_endMessage = nullptr;
    // result
    QFrame *m_resultPanel = nullptr;
    QLabel *m_resultScore = nullptr;
    QLabel *m_resultStage = nullptr;
    QLabel *m_resultVerdict = nullptr;
    QLabel *m_resultNext = nullptr;
    QLabel *m_resultMessage = nullptr;
    // After the call cadence's last unreached attempt: offers Disqualify — unreachable and
    // Recycle, their reasons prefilled.
    QLabel *m_resultCadence = nullptr;
    LocalTime m_local;
    CallingWindow m_window;
    QLabel *m_localTime = nullptr;
    bool m_cadenceOver = false;
    int m_cadenceAttempts = 0;
    std::vector<QPushButton *> m_actionButtons;
};

// Opens call mode for the lead in its own window; shows a message instead if the call cannot
// start (not the actor's lead, no phone, ...). Returns the window or nullptr.
CallModeWidget *openCallMode(Session &session, qint64 leadId, QWidget *parent);

} // namespace bantam
