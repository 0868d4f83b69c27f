#include "qualification/callmodewidget.h"

#include "cadence/cadenceservice.h"
#include "common/dialer.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "common/shortcutguard.h"
#include "common/stagestyle.h"
#include "lead/callbackdialog.h"
#include "lead/stagechangedialog.h"
#include "qualification/typedinput.h"
#include "services.h"
#include "sla/slareport.h"
#include "storage/reasonrepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace bantam {

namespace {

// Foreground and background of a status, as in the stage badges.
std::pair<QString, QString> statusColors(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met:
        return {QStringLiteral("#14632b"), QStringLiteral("#dcf2e2")};
    case CriterionStatus::Partly:
        return {QStringLiteral("#7a4d00"), QStringLiteral("#ffefc7")};
    case CriterionStatus::NotMet:
        return {QStringLiteral("#a1231b"), QStringLiteral("#fde2e0")};
    case CriterionStatus::Unknown:
        break;
    }
    return {QStringLiteral("#4b5563"), QStringLiteral("#eceff3")};
}

QString badgeStyle(CriterionStatus s)
{
    const auto [fg, bg] = statusColors(s);
    return QStringLiteral(
        "QLabel { color: %1; background: %2; border-radius: 4px; padding: 2px 8px; "
        "font-weight: bold; }")
        .arg(fg, bg);
}

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

int digitOf(const QKeyEvent *e)
{
    if (e->key() >= Qt::Key_1 && e->key() <= Qt::Key_9 && !(e->modifiers() & Qt::ControlModifier))
        return e->key() - Qt::Key_0;
    return 0;
}

bool isEnter(const QKeyEvent *e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

QString clock(qint64 secs)
{
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

const CallOutcome kOutcomes[] = {CallOutcome::Reached, CallOutcome::Voicemail,
    CallOutcome::NoAnswer, CallOutcome::WrongNumber, CallOutcome::CallBack};

struct ResultAction
{
    PipelineAction action;
    Qt::Key key;
    const char *letter;
};
const ResultAction kResultActions[] = {
    {PipelineAction::Accept, Qt::Key_A, "A"},
    {PipelineAction::Qualify, Qt::Key_S, "S"},
    {PipelineAction::Reject, Qt::Key_R, "R"},
    {PipelineAction::Disqualify, Qt::Key_D, "D"},
    {PipelineAction::Recycle, Qt::Key_C, "C"},
};

// Call mode's keys: createShortcuts() makes them, CallModeWidget::shortcuts() lists them.
enum class CallKey { Notes, End, Next, NextKeypad, Callback, Dial };
struct CallShortcut
{
    CallKey key;
    QKeyCombination keys;
    const char *what; // empty: an alternative key of the entry before
};
const CallShortcut kCallShortcuts[] = {
    {CallKey::Notes, Qt::CTRL | Qt::Key_N,
        QT_TRANSLATE_NOOP("bantam::CallModeWidget", "Go to the notes")},
    {CallKey::End, Qt::CTRL | Qt::Key_E,
        QT_TRANSLATE_NOOP("bantam::CallModeWidget", "End the call")},
    {CallKey::Next, Qt::CTRL | Qt::Key_Return,
        QT_TRANSLATE_NOOP("bantam::CallModeWidget", "Log the call and call the next lead")},
    {CallKey::NextKeypad, Qt::CTRL | Qt::Key_Enter, ""},
    {CallKey::Callback, Qt::CTRL | Qt::Key_K,
        QT_TRANSLATE_NOOP("bantam::CallModeWidget", "Schedule a callback")},
    {CallKey::Dial, QKeyCombination(Qt::Key_F5),
        QT_TRANSLATE_NOOP("bantam::CallModeWidget", "Dial")},
};

} // namespace

CallModeWidget::CallModeWidget(Session &session, qint64 leadId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session.services().qualification())
    , m_leadId(leadId)
{
    setObjectName(QStringLiteral("callMode"));
    auto setup = m_service.setup();
    auto data = m_service.load(leadId);
    if (!setup || !data) {
        m_error = !setup ? setup.error().message : data.error().message;
        return;
    }
    m_setup = setup.value();
    m_data = data.value();
    auto call = m_service.startCall(session.currentUser(), leadId);
    if (!call) {
        m_error = call.error().message;
        return;
    }
    m_call = call.value();
    setWindowTitle(tr("Call — %1").arg(m_data.lead.displayName()));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    outer->addLayout(buildHeader());

    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages, 1);
    auto *callPage = new QWidget(m_pages);
    buildCallPage(callPage);
    m_pages->addWidget(callPage);
    auto *endPage = new QWidget(m_pages);
    buildEndPage(endPage);
    m_pages->addWidget(endPage);
    auto *resultPage = new QWidget(m_pages);
    buildResultPage(resultPage);
    m_pages->addWidget(resultPage);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CallModeWidget::tick);
    m_ticker->start();

    createShortcuts();

    // Start at the first question not answered yet (a call resumed after a crash goes on there).
    int first = 0;
    while (first < int(m_setup.questionnaire.questions.size())
        && m_data.answers.contains(m_setup.questionnaire.questions[size_t(first)].key))
        ++first;
    m_current = std::min(first, int(m_setup.questionnaire.questions.size()) - 1);
    reload();
    showQuestion();
    showCallCount();
    offerDraft();
    resizeWithinScreen(this, QSize(1280, 820));
}

// The lead's name, job title and company, the phone number (a tel: link) and the call timer.
QHBoxLayout *CallModeWidget::buildHeader()
{
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("callTitle"));
    m_title->setFont(scaled(font(), 1.35, true));
    const Lead &l = m_data.lead;
    QString title = l.displayName().toHtmlEscaped();
    QStringList sub;
    if (!l.profile.jobTitle.isEmpty())
        sub << l.profile.jobTitle.toHtmlEscaped();
    if (!l.profile.company.isEmpty())
        sub << l.profile.company.toHtmlEscaped();
    if (!sub.isEmpty())
        title += QStringLiteral(" <span style='font-weight:normal; color:#4b5563'>%1</span>")
                     .arg(sub.join(QStringLiteral(" · ")));
    m_title->setText(title);
    header->addWidget(m_title, 1);
    m_phone = new QLabel(this);
    m_phone->setObjectName(QStringLiteral("phoneLink"));
    m_phone->setFont(scaled(font(), 1.2, true));
    const QString number = l.phoneE164.isEmpty() ? l.profile.phone : l.phoneE164;
    if (number.isEmpty()) {
        m_phone->setText(tr("no phone number"));
    } else {
        // The link is what F5 hands over (Settings › Calls › Telephony).
        QString error;
        const QString url = dialUrl(m_session, l, &error);
        m_phone->setText(url.isEmpty()
                ? l.profile.phone.toHtmlEscaped()
                : QStringLiteral("<a href='%1'>%2</a>")
                      .arg(url.toHtmlEscaped(), l.profile.phone.toHtmlEscaped()));
        m_phone->setToolTip(url.isEmpty() ? error : tr("Dial with your phone software (F5)"));
    }
    m_phone->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_phone, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    header->addWidget(m_phone);
    header->addSpacing(16);
    // The lead's local time, marked when it is outside the calling window.
    m_local = LocalTime::of(number, l.profile.country, defaultPhoneRegion(m_session));
    if (auto w = m_session.services().cadence().callingWindow())
        m_window = w.value();
    m_localTime = new QLabel(this);
    m_localTime->setObjectName(QStringLiteral("localTime"));
    header->addWidget(m_localTime);
    showLocalTime();
    header->addSpacing(24);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("callCounter"));
    m_counter->setStyleSheet(QStringLiteral("color: #4b5563;"));
    header->addWidget(m_counter);
    header->addSpacing(16);
    m_timer = new QLabel(QStringLiteral("0:00"), this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setFont(scaled(font(), 1.35, true));
    m_timer->setToolTip(tr("Call duration"));
    header->addWidget(m_timer);
    m_endCallButton = new QPushButton(tr("End call"), this);
    m_endCallButton->setObjectName(QStringLiteral("endCallButton"));
    m_endCallButton->setToolTip(tr("End the call and log its outcome (Ctrl+E)"));
    m_endCallButton->setFocusPolicy(Qt::NoFocus); // keys stay with the question
    connect(m_endCallButton, &QPushButton::clicked, this, &CallModeWidget::endCall);
    header->addWidget(m_endCallButton);
    return header;
}

// Ctrl+N: to the notes; Ctrl+E: end the call; Ctrl+Enter: log and call the next lead; Ctrl+K: a
// callback; F5: dial.
void CallModeWidget::createShortcuts()
{
    const auto run = [this](CallKey key) {
        switch (key) {
        case CallKey::Notes:
            if (page() == Page::Call)
                m_notes->setFocus();
            break;
        case CallKey::End:
            endCall();
            break;
        case CallKey::Next:
        case CallKey::NextKeypad:
            logAndCallNext();
            break;
        case CallKey::Callback:
            CallbackDialog::ask(m_session, m_leadId, this);
            break;
        case CallKey::Dial:
            dial();
            break;
        }
    };
    QList<QKeySequence> guarded;
    for (const CallShortcut &c : kCallShortcuts) {
        auto *shortcut = new QShortcut(QKeySequence(c.keys), this);
        if (*c.what)
            shortcut->setWhatsThis(tr(c.what));
        connect(shortcut, &QShortcut::activated, this, [run, key = c.key] { run(key); });
        if (c.key == CallKey::End || c.key == CallKey::Next || c.key == CallKey::NextKeypad)
            guarded << shortcut->key();
    }
    // Also while a text, number or date answer has the focus.
    ShortcutGuard::install(guarded, this);
}

QList<ShortcutEntry> CallModeWidget::shortcuts()
{
    const QString where = tr("Call mode");
    QList<ShortcutEntry> out;
    QString previous;
    for (const CallShortcut &c : kCallShortcuts) {
        const QString what = *c.what ? tr(c.what) : previous;
        out.push_back({QKeySequence(c.keys), what, where});
        previous = what;
    }
    for (const ResultAction &a : kResultActions)
        out.push_back({QKeySequence(a.key), actionName(a.action), tr("Call mode, after the call")});
    return out;
}

CallModeWidget::~CallModeWidget() = default;

CallModeWidget::Page CallModeWidget::page() const
{
    return m_pages ? Page(m_pages->currentIndex()) : Page::Call;
}

QString CallModeWidget::currentQuestionKey() const
{
    const auto &qs = m_setup.questionnaire.questions;
    return m_current >= 0 && m_current < int(qs.size()) ? qs[size_t(m_current)].key : QString();
}

void CallModeWidget::buildCallPage(QWidget *page)
{
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 6, 0, 0);
    row->setSpacing(14);

    // Left: the questionnaire.
    auto *left = new QVBoxLayout;
    buildQuestionPanel(page);
    left->addWidget(m_questionPanel, 3);

    left->addWidget(buildSteps(page));

    auto *notesLabel = new QLabel(tr("Call &notes (Ctrl+N; Esc returns to the question)"), page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    notesLabel->setBuddy(m_notes);
    // Autosave: the first keystroke starts the timer, so at most DraftSaveMs of typing is lost.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CallModeWidget::saveDraft);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_draftTimer->isActive())
            m_draftTimer->start();
    });
    left->addWidget(notesLabel);
    left->addWidget(m_notes, 1);
    row->addLayout(left, 3);

    // Right: the framework's criteria form.
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    form->setObjectName(QStringLiteral("criteriaForm"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 6, 0);
    buildCriteriaPanel(formLayout);
    scroll->setWidget(form);
    scroll->setMinimumWidth(430);
    row->addWidget(scroll, 2);
}

// The current question, its hint, the answer options or editor, and the keys to use.
void CallModeWidget::buildQuestionPanel(QWidget *page)
{
    m_questionPanel = new QFrame(page);
    m_questionPanel->setObjectName(QStringLiteral("questionPanel"));
    m_questionPanel->setFocusPolicy(Qt::StrongFocus);
    m_questionPanel->setFrameShape(QFrame::StyledPanel);
    m_questionPanel->setStyleSheet(QStringLiteral(
        "#questionPanel { background: white; border: 1px solid #d0d5dc; border-radius: 6px; }"
        "#questionPanel:focus { border: 2px solid #2563eb; }"));
    m_questionPanel->installEventFilter(this);
    auto *q = new QVBoxLayout(m_questionPanel);
    q->setContentsMargins(18, 14, 18, 14);
    q->setSpacing(10);
    m_progress = new QLabel(m_questionPanel);
    m_progress->setObjectName(QStringLiteral("questionProgress"));
    m_progress->setStyleSheet(QStringLiteral("color: #4b5563; font-weight: bold;"));
    q->addWidget(m_progress);
    m_question = new QLabel(m_questionPanel);
    m_question->setObjectName(QStringLiteral("questionText"));
    m_question->setWordWrap(true);
    m_question->setFont(scaled(font(), 1.7, true));
    m_question->setMinimumHeight(m_question->fontMetrics().lineSpacing() * 2);
    q->addWidget(m_question);
    m_hint = new QLabel(m_questionPanel);
    m_hint->setObjectName(QStringLiteral("questionHint"));
    m_hint->setWordWrap(true);
    m_hint->setFont(scaled(font(), 1.1, false));
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #3f3a1f; background: #fff8dc; "
                                         "border-left: 4px solid #e0b400; padding: 6px 10px; }"));
    q->addWidget(m_hint);
    m_optionsLayout = new QVBoxLayout;
    m_optionsLayout->setSpacing(4);
    q->addLayout(m_optionsLayout);
    m_editor = new QLineEdit(m_questionPanel);
    m_editor->setObjectName(QStringLiteral("answerEditor"));
    m_editor->setFont(scaled(font(), 1.3, false));
    m_editor->installEventFilter(this);
    q->addWidget(m_editor);
    m_message = new QLabel(m_questionPanel);
    m_message->setObjectName(QStringLiteral("callMessage"));
    m_message->setWordWrap(true);
    q->addWidget(m_message);
    q->addStretch(1);
    m_keys = new QLabel(m_questionPanel);
    m_keys->setStyleSheet(QStringLiteral("color: #6b7480;"));
    m_keys->setWordWrap(true);
    q->addWidget(m_keys);
}

// One numbered step per question, coloured by its answer.
QWidget *CallModeWidget::buildSteps(QWidget *page)
{
    auto *strip = new QWidget(page);
    m_stepsLayout = new QGridLayout(strip);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setHorizontalSpacing(4);
    const auto &questions = m_setup.questionnaire.questions;
    for (size_t i = 0; i < questions.size(); ++i) {
        auto *step = new QLabel(QString::number(i + 1), strip);
        step->setAlignment(Qt::AlignCenter);
        step->setMinimumSize(30, 24);
        step->setToolTip(questions[i].text.text());
        m_stepsLayout->addWidget(step, 0, int(i));
        m_steps.push_back(step);
    }
    return strip;
}

void CallModeWidget::buildCriteriaPanel(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    m_verdict = new QLabel(parent);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFont(scaled(font(), 1.1, false));
    layout->addWidget(m_verdict);
    m_summary = new QLabel(parent);
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    const Framework &framework = m_setup.frameworks.active();
    for (const FrameworkCriterion &c : framework.criteria) {
        layout->addWidget(buildCriterionBox(c, parent));
    }
    for (QComboBox *c : {m_budgetApproved, m_contactDecides, m_urgency}) {
        if (c)
            connect(c, &QComboBox::activated, this, &CallModeWidget::saveFacts);
    }
    layout->addStretch(1);
}

// One criterion of the framework: its status (from the answers or set by hand), the facts it
// asks for, and notes. Its fields are created under parent, as the form's other fields.
QGroupBox *CallModeWidget::buildCriterionBox(const FrameworkCriterion &c, QWidget *parent)
{
    auto *box = new QGroupBox(c.name.text(), parent);
    box->setObjectName(QStringLiteral("criterion_") + c.key);
    auto *f = new QFormLayout(box);
    f->setContentsMargins(8, 6, 8, 6);
    f->setVerticalSpacing(4);
    CriterionRow row;
    row.key = c.key;
    auto *statusRow = new QHBoxLayout;
    row.badge = new QLabel(box);
    row.badge->setObjectName(QStringLiteral("status_") + c.key);
    row.badge->setMinimumWidth(90);
    row.badge->setAlignment(Qt::AlignCenter);
    statusRow->addWidget(row.badge);
    row.status = new QComboBox(box);
    row.status->setObjectName(QStringLiteral("statusChoice_") + c.key);
    row.status->addItem(tr("from the answers"), QString());
    for (auto s : {CriterionStatus::Unknown, CriterionStatus::NotMet, CriterionStatus::Partly,
             CriterionStatus::Met})
        row.status->addItem(statusName(s), statusKey(s));
    row.status->setToolTip(
        tr("Set the status yourself, or let the questionnaire's answers decide."));
    connect(row.status, &QComboBox::activated, this, [this, key = c.key] { saveCriterion(key); });
    statusRow->addWidget(row.status, 1);
    f->addRow(tr("Status:"), statusRow);
    addFactFields(f, c, box, parent);
    row.notes = new QLineEdit(box);
    row.notes->setObjectName(QStringLiteral("notes_") + c.key);
    row.notes->setPlaceholderText(tr("Notes"));
    connect(row.notes, &QLineEdit::editingFinished, this, [this, key = c.key, e = row.notes] {
        if (e->isModified()) {
            e->setModified(false);
            saveCriterion(key);
        }
    });
    f->addRow(tr("Notes:"), row.notes);
    m_criteria.push_back(row);
    return box;
}

// The facts a criterion that stands for one base criterion asks for (budget, authority, need,
// timing).
void CallModeWidget::addFactFields(
    QFormLayout *f, const FrameworkCriterion &c, QGroupBox *box, QWidget *parent)
{
    const QString base = c.from.size() == 1 ? c.from.front() : QString();
    if (base == QLatin1String("budget")) {
        auto *amount = new QHBoxLayout;
        m_budgetAmount = factLine(
            parent, "budgetAmount", tr("e.g. %1").arg(typedNumberText(25000, QLocale())));
        m_budgetCurrency = factLine(parent, "budgetCurrency", QStringLiteral("EUR"));
        m_budgetCurrency->setMaxLength(3);
        m_budgetCurrency->setMaximumWidth(70);
        amount->addWidget(m_budgetAmount, 1);
        amount->addWidget(m_budgetCurrency);
        f->addRow(tr("Amount:"), amount);
        m_budgetApproved = yesNoChoice(parent, "budgetApproved");
        f->addRow(tr("Approved:"), m_budgetApproved);
    } else if (base == QLatin1String("authority")) {
        m_decisionMaker = factLine(parent, "decisionMaker");
        f->addRow(tr("Decision maker:"), m_decisionMaker);
        m_decisionMakerRole = factLine(parent, "decisionMakerRole");
        f->addRow(tr("Role:"), m_decisionMakerRole);
        m_contactDecides = yesNoChoice(parent, "contactDecides");
        f->addRow(tr("Is it this contact?"), m_contactDecides);
    } else if (base == QLatin1String("need")) {
        m_pain = factLine(parent, "pain");
        f->addRow(tr("Pain:"), m_pain);
        m_useCase = factLine(parent, "useCase");
        f->addRow(tr("Use case:"), m_useCase);
    } else if (base == QLatin1String("timing")) {
        m_targetDate = factLine(
            parent, "targetDate", tr("e.g. %1").arg(typedDateText(QDate(2027, 6, 30), QLocale())));
        f->addRow(tr("Target date:"), m_targetDate);
        m_urgency = new QComboBox(box);
        m_urgency->setObjectName(QStringLiteral("urgency"));
        m_urgency->addItem(tr("unknown"), QString());
        m_urgency->addItem(tr("low"), QStringLiteral("low"));
        m_urgency->addItem(tr("medium"), QStringLiteral("medium"));
        m_urgency->addItem(tr("high"), QStringLiteral("high"));
        f->addRow(tr("Urgency:"), m_urgency);
    }
}

QComboBox *CallModeWidget::yesNoChoice(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->addItem(tr("unknown"), QString());
    c->addItem(tr("yes"), QStringLiteral("yes"));
    c->addItem(tr("no"), QStringLiteral("no"));
    return c;
}

// A fact's line edit; saves the facts when edited.
QLineEdit *CallModeWidget::factLine(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    connect(e, &QLineEdit::editingFinished, this, [this, e] {
        if (e->isModified()) {
            e->setModified(false);
            saveFacts();
        }
    });
    return e;
}

void CallModeWidget::buildEndPage(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    m_endPanel = new QFrame(page);
    m_endPanel->setObjectName(QStringLiteral("endPanel"));
    m_endPanel->setFocusPolicy(Qt::StrongFocus);
    m_endPanel->installEventFilter(this);
    auto *l = new QVBoxLayout(m_endPanel);
    auto *title = new QLabel(tr("End of call — how did it go?"), m_endPanel);
    title->setFont(scaled(font(), 1.5, true));
    l->addWidget(title);
    m_duration = new QLabel(m_endPanel);
    m_duration->setObjectName(QStringLiteral("callDuration"));
    l->addWidget(m_duration);
    int n = 0;
    for (CallOutcome o : kOutcomes) {
        auto *label = new QLabel(
            QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(++n).arg(callOutcomeName(o)), m_endPanel);
        label->setFont(scaled(font(), 1.25, false));
        label->setContentsMargins(8, 4, 8, 4);
        l->addWidget(label);
        m_outcomes.push_back(label);
    }
    m_callback = new QDateTimeEdit(m_endPanel);
    m_callback->setObjectName(QStringLiteral("callbackTime"));
    m_callback->setCalendarPopup(true);
    m_callback->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_callback->installEventFilter(this);
    m_callback->hide();
    l->addWidget(m_callback);
    l->addWidget(
        new QLabel(tr("Notes for the timeline (Tab; Ctrl+Enter logs the call and calls the next "
                      "lead):"),
            m_endPanel));
    m_endNotes = new QPlainTextEdit(m_endPanel);
    m_endNotes->setObjectName(QStringLiteral("endNotes"));
    m_endNotes->setTabChangesFocus(true);
    m_endNotes->installEventFilter(this);
    l->addWidget(m_endNotes, 1);
    m_endMessage = new QLabel(m_endPanel);
    m_endMessage->setWordWrap(true);
    m_endMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
    l->addWidget(m_endMessage);
    auto *keys = new QLabel(tr("1–5 outcome · Enter logs the call to the timeline · Ctrl+Enter "
                               "logs it and opens the next lead of My queue"),
        m_endPanel);
    keys->setStyleSheet(QStringLiteral("color: #6b7480;"));
    l->addWidget(keys);
    outer->addWidget(m_endPanel);
}

void CallModeWidget::buildResultPage(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    m_resultPanel = new QFrame(page);
    m_resultPanel->setObjectName(QStringLiteral("resultPanel"));
    m_resultPanel->setFocusPolicy(Qt::StrongFocus);
    m_resultPanel->installEventFilter(this);
    auto *l = new QVBoxLayout(m_resultPanel);
    m_resultScore = new QLabel(m_resultPanel);
    m_resultScore->setObjectName(QStringLiteral("resultScore"));
    m_resultScore->setFont(scaled(font(), 2.2, true));
    l->addWidget(m_resultScore);
    m_resultStage = new QLabel(m_resultPanel);
    m_resultStage->setObjectName(QStringLiteral("resultStage"));
    m_resultStage->setFont(scaled(font(), 1.4, false));
    l->addWidget(m_resultStage);
    m_resultVerdict = new QLabel(m_resultPanel);
    m_resultVerdict->setObjectName(QStringLiteral("resultVerdict"));
    m_resultVerdict->setWordWrap(true);
    m_resultVerdict->setFont(scaled(font(), 1.4, false));
    l->addWidget(m_resultVerdict);
    m_resultNext = new QLabel(m_resultPanel);
    m_resultNext->setObjectName(QStringLiteral("resultNextStep"));
    m_resultNext->setWordWrap(true);
    m_resultNext->setFont(scaled(font(), 1.4, true));
    l->addWidget(m_resultNext);
    m_resultCadence = new QLabel(m_resultPanel);
    m_resultCadence->setObjectName(QStringLiteral("resultCadence"));
    m_resultCadence->setWordWrap(true);
    m_resultCadence->setFont(scaled(font(), 1.2, true));
    m_resultCadence->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_resultCadence->hide();
    l->addWidget(m_resultCadence);
    l->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    for (const ResultAction &a : kResultActions) {
        auto *b = new QPushButton(
            QStringLiteral("%1  %2").arg(QLatin1String(a.letter), actionName(a.action)),
            m_resultPanel);
        b->setObjectName(QStringLiteral("result_") + actionKey(a.action));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this,
            [this, action = int(a.action)] { resultAction(action); });
        buttons->addWidget(b);
        m_actionButtons.push_back(b);
    }
    auto *close = new QPushButton(tr("Esc  Close"), m_resultPanel);
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QPushButton::clicked, this, [this] {
        Q_EMIT done();
        window()->close();
    });
    buttons->addWidget(close);
    l->addLayout(buttons);
    m_resultMessage = new QLabel(m_resultPanel);
    m_resultMessage->setObjectName(QStringLiteral("resultMessage"));
    m_resultMessage->setWordWrap(true);
    l->addWidget(m_resultMessage);
    l->addStretch(1);
    outer->addWidget(m_resultPanel);
}

void CallModeWidget::reload()
{
    auto data = m_service.load(m_leadId);
    if (!data) {
        setMessage(data.error().message);
        return;
    }
    m_data = data.value();
    const QualificationFacts &f = m_data.facts;
    auto setLine = [](QLineEdit *e, const QString &text) {
        if (e && !e->hasFocus())
            e->setText(text);
    };
    auto setYesNo = [](QComboBox *c, const std::optional<bool> &b) {
        if (c)
            c->setCurrentIndex(!b ? 0 : (*b ? 1 : 2));
    };
    setLine(m_budgetAmount,
        f.budgetAmount ? typedNumberText(double(*f.budgetAmount), QLocale()) : QString());
    setLine(m_budgetCurrency, f.budgetCurrency);
    setYesNo(m_budgetApproved, f.budgetApproved);
    setLine(m_decisionMaker, f.decisionMaker);
    setLine(m_decisionMakerRole, f.decisionMakerRole);
    setYesNo(m_contactDecides, f.contactDecides);
    setLine(m_pain, f.pain);
    setLine(m_useCase, f.useCase);
    setLine(m_targetDate, typedDateText(f.targetDate, QLocale()));
    if (m_urgency)
        m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(f.urgency)));
    for (CriterionRow &row : m_criteria) {
        const auto entry = m_data.criteria.constFind(row.key);
        const bool manual = entry != m_data.criteria.cend() && entry->status;
        row.status->setCurrentIndex(manual ? row.status->findData(statusKey(*entry->status)) : 0);
        setLine(row.notes, entry != m_data.criteria.cend() ? entry->notes : QString());
    }
    showAssessment();
}

void CallModeWidget::showAssessment()
{
    const Assessment &a = m_data.assessment;
    const Framework &framework = m_setup.frameworks.active();
    const QString colour
        = a.verdict.salesReady ? QStringLiteral("#14632b") : QStringLiteral("#1f2937");
    m_verdict->setText(
        QStringLiteral("<b>%1</b> <span style='color:#4b5563'>(%2)</span><br>"
                       "<span style='font-size:large; font-weight:bold; color:%3'>%4</span>")
            .arg(framework.name.toHtmlEscaped(), framework.ruleText().toHtmlEscaped(), colour,
                a.verdict.text().toHtmlEscaped()));
    m_summary->setText(
        tr("Score %1/100 · Stage %2").arg(a.score).arg(qualificationStageName(a.stage)));
    for (CriterionRow &row : m_criteria) {
        const CriterionStatus s = a.criteria.value(row.key, CriterionStatus::Unknown);
        row.badge->setText(statusName(s).toUpper());
        row.badge->setStyleSheet(badgeStyle(s));
        row.status->setItemText(0, tr("from the answers"));
    }
    const auto &questions = m_setup.questionnaire.questions;
    for (size_t i = 0; i < m_steps.size() && i < questions.size(); ++i) {
        const bool answered = m_data.answers.contains(questions[i].key);
        const auto [fg, bg] = statusColors(
            answered ? a.questions.value(questions[i].key) : CriterionStatus::Unknown);
        const bool current = int(i) == m_current;
        m_steps[i]->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: %2; border-radius: 4px; "
                           "border: %3; font-weight: %4; }")
                .arg(fg, answered ? bg : QStringLiteral("white"),
                    current ? QStringLiteral("2px solid #2563eb")
                            : QStringLiteral("1px solid #d0d5dc"),
                    current ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
}

void CallModeWidget::showQuestion()
{
    const auto &questions = m_setup.questionnaire.questions;
    if (questions.empty())
        return;
    const Question &q = questions[size_t(m_current)];
    m_progress->setText(tr("%1 · question %2 of %3")
                            .arg(groupName(q.group))
                            .arg(m_current + 1)
                            .arg(questions.size()));
    m_question->setText(q.text.text());
    m_hint->setText(q.hint.text());
    m_hint->setVisible(!q.hint.text().isEmpty());
    while (QLayoutItem *item = m_optionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString given = m_data.answers.value(q.key).value;
    const auto options = q.pickOptions();
    int n = 0;
    for (const AnswerOption &o : options) {
        ++n;
        auto *label = new QLabel(
            QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(n).arg(o.text.text().toHtmlEscaped()),
            m_questionPanel);
        label->setObjectName(QStringLiteral("option_%1").arg(n));
        label->setFont(scaled(font(), 1.3, false));
        label->setContentsMargins(10, 4, 10, 4);
        if (o.key == given) {
            const auto [fg, bg] = statusColors(o.status);
            label->setStyleSheet(
                QStringLiteral("QLabel { color: %1; background: %2; border: 2px solid %1; "
                               "border-radius: 4px; }")
                    .arg(fg, bg));
        }
        m_optionsLayout->addWidget(label);
    }
    const bool typed = options.empty();
    m_editor->setVisible(typed);
    if (typed) {
        switch (q.type) {
        case AnswerType::Number:
            m_editor->setPlaceholderText(q.unit.isEmpty()
                    ? tr("A number, e.g. %1").arg(typedNumberText(25000, QLocale()))
                    : tr("A number in %1, e.g. %2").arg(q.unit, typedNumberText(25000, QLocale())));
            break;
        case AnswerType::Date:
            m_editor->setPlaceholderText(
                tr("A date, e.g. %1").arg(typedDateText(QDate(2027, 6, 30), QLocale())));
            break;
        default:
            m_editor->setPlaceholderText(tr("Type the answer"));
            break;
        }
        m_editor->setText(m_setup.questionnaire.typedValue(q.key, given, QLocale()));
        m_keys->setText(
            tr("Type the answer · Enter saves and goes on · Backspace in an empty field goes "
               "back · Ctrl+N notes · Ctrl+E end the call"));
    } else {
        m_keys->setText(
            tr("1–%1 answer · Enter next question · Backspace previous question · Ctrl+N notes · "
               "Ctrl+E end the call")
                .arg(options.size()));
    }
    setMessage(given.isEmpty()
            ? QString()
            : tr("Saved: %1").arg(m_setup.questionnaire.displayValue(q.key, given)),
        false);
    showAssessment();
    if (isVisible() && page() == Page::Call && !m_notes->hasFocus()) {
        if (typed)
            m_editor->setFocus();
        else
            m_questionPanel->setFocus();
    }
}

void CallModeWidget::goToQuestion(int index)
{
    const int count = int(m_setup.questionnaire.questions.size());
    if (index >= count) {
        setMessage(tr("That was the last question. Ctrl+E ends the call."), false);
        return;
    }
    m_current = std::clamp(index, 0, count - 1);
    showQuestion();
    if (page() == Page::Call) {
        if (m_editor->isVisible())
            m_editor->setFocus();
        else
            m_questionPanel->setFocus();
    }
}

bool CallModeWidget::answer(const QString &value)
{
    auto r = m_service.answer(m_session.currentUser(), m_leadId, currentQuestionKey(), value);
    if (!r) {
        setMessage(r.error().message);
        return false;
    }
    reload();
    return true;
}

void CallModeWidget::pickOption(int number)
{
    const auto options = m_setup.questionnaire.questions[size_t(m_current)].pickOptions();
    if (number < 1 || number > int(options.size()))
        return;
    if (answer(options[size_t(number - 1)].key))
        showQuestion();
}

void CallModeWidget::submitEditor()
{
    const QString text = m_editor->text().trimmed();
    const QString key = currentQuestionKey();
    if (text.isEmpty()
        || text
            == m_setup.questionnaire.typedValue(key, m_data.answers.value(key).value, QLocale())) {
        goToQuestion(m_current + 1);
        return;
    }
    if (answer(text))
        goToQuestion(m_current + 1);
}

void CallModeWidget::saveFacts()
{
    QualificationFacts f = m_data.facts;
    if (m_budgetAmount) {
        const QString amount = m_budgetAmount->text().trimmed();
        const auto number = readTypedNumber(amount, QLocale(), m_budgetCurrency->text());
        if (!amount.isEmpty() && (!number || *number < 0)) {
            setMessage(tr("Budget amount: '%1' is not an amount, e.g. %2.")
                           .arg(amount, typedNumberText(25000, QLocale())));
            return;
        }
        f.budgetAmount = number ? std::optional<qint64>(std::llround(*number)) : std::nullopt;
        f.budgetCurrency = m_budgetCurrency->text();
        const QString approved = m_budgetApproved->currentData().toString();
        f.budgetApproved = approved.isEmpty()
            ? std::nullopt
            : std::optional<bool>(approved == QLatin1String("yes"));
    }
    if (m_decisionMaker) {
        f.decisionMaker = m_decisionMaker->text();
        f.decisionMakerRole = m_decisionMakerRole->text();
        const QString decides = m_contactDecides->currentData().toString();
        f.contactDecides = decides.isEmpty() ? std::nullopt
                                             : std::optional<bool>(decides == QLatin1String("yes"));
    }
    if (m_pain) {
        f.pain = m_pain->text();
        f.useCase = m_useCase->text();
    }
    if (m_targetDate) {
        const QString text = m_targetDate->text().trimmed();
        f.targetDate = readTypedDate(text, QLocale());
        if (!text.isEmpty() && !f.targetDate.isValid()) {
            setMessage(tr("Target date: '%1' is not a date, e.g. %2.")
                           .arg(text, typedDateText(QDate(2027, 6, 30), QLocale())));
            return;
        }
        f.urgency = m_urgency->currentData().toString();
    }
    auto r = m_service.saveFacts(m_session.currentUser(), m_leadId, f);
    if (!r) {
        setMessage(r.error().message);
        return;
    }
    reload();
}

void CallModeWidget::saveCriterion(const QString &key)
{
    for (const CriterionRow &row : m_criteria) {
        if (row.key != key)
            continue;
        const QString status = row.status->currentData().toString();
        auto r = m_service.setCriterion(m_session.currentUser(), m_leadId, key,
            status.isEmpty() ? std::nullopt : statusFromKey(status), row.notes->text());
        if (!r)
            setMessage(r.error().message);
        else
            reload();
    }
}

void CallModeWidget::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                   : QStringLiteral("color: #14632b;"));
    m_message->setText(text);
}

void CallModeWidget::showLocalTime()
{
    const QDateTime now = m_session.clock().now();
    if (!m_local.isKnown()) {
        m_localTime->setText(QString());
        return;
    }
    const bool outside = !m_local.inWindow(now, m_window);
    m_localTime->setText(outside
            ? tr("%1 local time — outside the calling window").arg(m_local.text(now))
            : tr("%1 local time").arg(m_local.text(now)));
    m_localTime->setToolTip(m_local.description(now));
    m_localTime->setStyleSheet(outside ? QStringLiteral("color: #b42318; font-weight: bold;")
                                       : QStringLiteral("color: #4b5563;"));
}

void CallModeWidget::tick()
{
    showLocalTime();
    if (m_call)
        m_timer->setText(clock(
            m_call->startedAt.secsTo(m_hungUpAt.isValid() ? m_hungUpAt : m_session.clock().now())));
}

void CallModeWidget::dial()
{
    QString error;
    if (!dialLead(m_session, m_data.lead, &error))
        setMessage(error);
}

void CallModeWidget::endCall()
{
    if (page() != Page::Call)
        return;
    m_hungUpAt = m_session.clock().now();
    tick();
    m_ticker->stop();
    m_endCallButton->setEnabled(false);
    m_duration->setText(tr("Duration: %1").arg(m_timer->text()));
    m_endNotes->setPlainText(m_notes->toPlainText());
    m_pages->setCurrentIndex(int(Page::EndOfCall));
    m_endPanel->setFocus();
}

void CallModeWidget::pickOutcome(int number)
{
    if (number < 1 || number > int(std::size(kOutcomes)))
        return;
    m_outcome = number - 1;
    for (size_t i = 0; i < m_outcomes.size(); ++i) {
        m_outcomes[i]->setStyleSheet(int(i) == m_outcome
                ? QStringLiteral("QLabel { background: #dbe7ff; border: 2px solid #2563eb; "
                                 "border-radius: 4px; }")
                : QString());
    }
    const bool callBack = kOutcomes[m_outcome] == CallOutcome::CallBack;
    m_callback->setVisible(callBack);
    if (callBack) {
        m_callback->setDateTime(m_session.clock().now().toLocalTime().addDays(1));
        m_callback->setFocus();
    }
}

void CallModeWidget::logCall()
{
    if (m_outcome < 0) {
        m_endMessage->setText(tr("Choose the outcome first (1–5)."));
        return;
    }
    const CallOutcome outcome = kOutcomes[m_outcome];
    auto r = m_service.endCall(m_session.currentUser(), m_call->id, outcome,
        outcome == CallOutcome::CallBack ? m_callback->dateTime().toUTC() : QDateTime(),
        m_endNotes->toPlainText(), m_hungUpAt);
    if (!r) {
        m_endMessage->setText(r.error().message);
        return;
    }
    m_call = r.value();
    m_ticker->stop();
    m_timer->setText(clock(m_call->durationSecs));
    showCallCount();
    reload();
    const Assessment &a = m_data.assessment;
    m_resultScore->setText(tr("Score %1/100").arg(a.score));
    m_resultStage->setText(tr("Qualification stage %1").arg(qualificationStageName(a.stage)));
    m_resultVerdict->setText(
        QStringLiteral("%1: %2").arg(m_setup.frameworks.active().name, a.verdict.text()));
    m_resultNext->setText(tr("Recommended: %1").arg(a.nextStepText(m_data.lead.stage)));
    showCadence();
    resultAction(-1); // enable the buttons
    m_pages->setCurrentIndex(int(Page::Result));
    m_resultPanel->setFocus();
}

// Attempt n of m; after the last unreached one, disqualifying as unreachable or recycling is
// what is left, and the result page says so.
void CallModeWidget::showCadence()
{
    m_cadenceOver = false;
    m_resultCadence->hide();
    auto state = m_session.services().cadence().stateOf(m_data.lead);
    if (!state || !state.value() || state.value()->reached)
        return;
    const CadenceState &c = *state.value();
    if (!c.isOver(m_session.clock().now())) {
        m_resultCadence->setText(
            tr("Attempt %1 of %2 without reaching %3; the next from %4.")
                .arg(c.attempts)
                .arg(c.of)
                .arg(m_data.lead.displayName(),
                    QLocale().toString(c.nextAt.toLocalTime(), QLocale::ShortFormat)));
        m_resultCadence->show();
        return;
    }
    m_cadenceOver = true;
    m_cadenceAttempts = c.attempts;
    m_resultCadence->setText(tr("Attempt %1 of %2 without reaching %3 — that was the last. D "
                                "Disqualify — unreachable, or C Recycle to call again later.")
                                 .arg(c.attempts)
                                 .arg(c.of)
                                 .arg(m_data.lead.displayName()));
    m_resultCadence->show();
    m_resultNext->setText(tr("Recommended: Disqualify — unreachable"));
}

void CallModeWidget::saveDraft()
{
    if (!m_call || page() != Page::Call)
        return;
    if (auto r
        = m_service.saveDraftNotes(m_session.currentUser(), m_call->id, m_notes->toPlainText());
        !r)
        setMessage(r.error().message);
}

// Notes typed in a call mode of this lead that was never logged come back into the notes.
void CallModeWidget::offerDraft()
{
    auto draft = m_service.takeDraft(m_session.currentUser(), m_leadId, m_call->id);
    if (!draft || !draft.value())
        return;
    const QSignalBlocker quiet(m_notes); // already saved on this call
    m_notes->setPlainText(draft.value()->notes);
    m_notes->moveCursor(QTextCursor::End);
    setMessage(
        tr("The notes of your unfinished call of %1 are back in the notes below.")
            .arg(QLocale().toString(draft.value()->startedAt.toLocalTime(), QLocale::ShortFormat)),
        false);
}

void CallModeWidget::showCallCount()
{
    auto n = m_service.callsToday(m_session.currentUser());
    if (!n)
        return;
    m_counter->setText(
        tr("Today: %1, %2")
            .arg(tr("%n call(s)", nullptr, n->made), tr("%n reached", nullptr, n->reached)));
}

void CallModeWidget::logAndCallNext()
{
    if (page() == Page::Call)
        endCall();
    if (page() == Page::EndOfCall) {
        if (m_outcome < 0) {
            m_endMessage->setText(tr("Choose the outcome first (1–5), then Ctrl+Enter."));
            return;
        }
        logCall();
        if (page() != Page::Result)
            return; // not logged: the message says why
    }
    openNextLead();
}

// The first lead of My queue other than this one, in call mode; this window closes.
bool CallModeWidget::openNextLead()
{
    auto rows = m_session.services().slaReports().queue(
        m_session.currentUser().id, m_session.clock().now(), 0, 2);
    qint64 next = 0;
    if (rows) {
        for (const SlaClockRow &r : rows.value()) {
            if (r.leadId != m_leadId) {
                next = r.leadId;
                break;
            }
        }
    }
    if (next == 0) {
        m_resultMessage->setStyleSheet(QStringLiteral("color: #14632b; font-weight: bold;"));
        m_resultMessage->setText(
            rows ? tr("Your queue is empty — no next lead to call.") : rows.error().message);
        return false;
    }
    if (!openCallMode(m_session, next, nullptr))
        return false;
    Q_EMIT done();
    window()->close();
    return true;
}

void CallModeWidget::resultAction(int actionValue)
{
    const PipelineService &pipeline = m_session.pipeline();
    if (actionValue >= 0) {
        const auto action = PipelineAction(actionValue);
        const auto moves = pipeline.allowedMoves(m_session.currentUser(), m_data.lead);
        const auto t = std::find_if(
            moves.begin(), moves.end(), [&](const Transition &m) { return m.action == action; });
        if (t == moves.end())
            return;
        const User &user = m_session.currentUser();
        Transition ask = *t;
        const bool overrideNeeded
            = action == PipelineAction::Qualify && !m_data.assessment.verdict.salesReady;
        if (overrideNeeded)
            ask.reason = ReasonRule::RequiredText; // the override needs a reason
        QString reason, note;
        QDate recontact;
        const bool askReason = overrideNeeded
            || (action != PipelineAction::Accept && action != PipelineAction::Qualify
                && StageChangeDialog::isNeeded(ask));
        if (askReason) {
            std::vector<Reason> reasons;
            if (ask.reason == ReasonRule::FromList) {
                if (auto list = ReasonRepository(m_session.database()).list(ask.reasonKind))
                    reasons = list.value();
            }
            StageChangeDialog dialog(
                ask, m_data.lead, reasons, m_session.clock().now().toLocalTime().date(), this);
            if (overrideNeeded)
                dialog.setWindowTitle(tr("Promote to SQL although the rule is not met"));
            if (m_cadenceOver && action == PipelineAction::Disqualify)
                dialog.prefill(QStringLiteral("unreachable"),
                    tr("Not reached in %n attempt(s).", nullptr, m_cadenceAttempts));
            else if (m_cadenceOver && action == PipelineAction::Recycle)
                dialog.prefill(QStringLiteral("contact_absent"),
                    tr("Not reached in %n attempt(s).", nullptr, m_cadenceAttempts));
            if (dialog.exec() != QDialog::Accepted)
                return;
            reason = dialog.reason();
            note = dialog.note();
            recontact = dialog.recontactOn();
        }
        Result<Lead> moved = Error::invalid(QString());
        switch (action) {
        case PipelineAction::Accept:
            moved = m_service.acceptMql(user, m_leadId);
            break;
        case PipelineAction::Qualify:
            moved = m_service.promoteToSql(user, m_leadId, reason);
            break;
        case PipelineAction::Reject:
            moved = m_service.rejectToMarketing(user, m_leadId, reason, note);
            break;
        case PipelineAction::Disqualify:
            moved = m_service.disqualify(user, m_leadId, reason, note);
            break;
        case PipelineAction::Recycle:
            moved = m_service.recycle(user, m_leadId, reason, recontact, note);
            break;
        default:
            return;
        }
        if (!moved) {
            m_resultMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_resultMessage->setText(moved.error().message);
            return;
        }
        m_resultMessage->setStyleSheet(QStringLiteral("color: #14632b; font-weight: bold;"));
        m_resultMessage->setText(
            tr("Done: %1 is now %2.").arg(moved->displayName(), stageName(moved->stage)));
        reload();
    }
    const auto moves = pipeline.allowedMoves(m_session.currentUser(), m_data.lead);
    for (size_t i = 0; i < m_actionButtons.size(); ++i) {
        const PipelineAction a = kResultActions[i].action;
        const bool possible = std::any_of(
            moves.begin(), moves.end(), [&](const Transition &m) { return m.action == a; });
        m_actionButtons[i]->setEnabled(possible);
        if (!possible) // a disabled button says why
            m_actionButtons[i]->setToolTip(
                tr("Not possible for a lead in %1, or not for your role.")
                    .arg(stageName(m_data.lead.stage)));
        else if (a == PipelineAction::Qualify)
            m_actionButtons[i]->setToolTip(m_data.assessment.verdict.salesReady
                    ? m_data.assessment.verdict.text()
                    : tr("The rule is not met: promoting needs an override with a reason."));
    }
}

bool CallModeWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (isEnter(key) && (key->modifiers() & Qt::ControlModifier)) {
        logAndCallNext(); // wherever the focus is
        return true;
    }
    if (watched == m_questionPanel) {
        if (const int n = digitOf(key)) {
            pickOption(n);
            return true;
        }
        if (isEnter(key)) {
            goToQuestion(m_current + 1);
            return true;
        }
        if (key->key() == Qt::Key_Backspace) {
            goToQuestion(m_current - 1);
            return true;
        }
    } else if (watched == m_editor) {
        if (isEnter(key)) {
            submitEditor();
            return true;
        }
        if (key->key() == Qt::Key_Backspace && m_editor->text().isEmpty()) {
            goToQuestion(m_current - 1);
            return true;
        }
    } else if (watched == m_notes) {
        if (key->key() == Qt::Key_Escape) {
            goToQuestion(m_current);
            return true;
        }
    } else if (watched == m_endPanel || watched == m_callback) {
        if (const int n = digitOf(key); n && watched == m_endPanel) {
            pickOutcome(n);
            return true;
        }
        if (isEnter(key)) {
            logCall();
            return true;
        }
    } else if (watched == m_endNotes) {
        if (isEnter(key) && (key->modifiers() & Qt::ControlModifier)) {
            logAndCallNext();
            return true;
        }
    } else if (watched == m_resultPanel) {
        for (const ResultAction &a : kResultActions) {
            if (key->key() == a.key && !(key->modifiers() & Qt::ControlModifier)) {
                resultAction(int(a.action));
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT done();
            window()->close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

CallModeWidget *openCallMode(Session &session, qint64 leadId, QWidget *parent)
{
    auto *w = new CallModeWidget(session, leadId, nullptr);
    if (!w->errorMessage().isEmpty()) {
        QMessageBox::warning(parent, CallModeWidget::tr("Call"), w->errorMessage());
        delete w;
        return nullptr;
    }
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    w->show();
    w->activateWindow();
    return w;
}

} // namespace bantam
