#include "sla/myqueueview.h"

#include "qualification/callmodewidget.h"

#include "common/eventbridge.h"
#include "common/session.h"
#include "domain/slaclock.h"
#include "domain/stage.h"
#include "sla/myqueuemodel.h"
#include "sla/slastyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace bantam {

MyQueueView::MyQueueView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MyQueueModel(session.database(), session.clock(), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("myQueue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(buildActions());

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    fitColumns();
    layout->addWidget(m_table, 1);

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, m_model, &MyQueueModel::refresh);
    connect(m_model, &MyQueueModel::totalCountChanged, this, &MyQueueView::updateSummary);
    // Enter (or a double click) starts the call: call mode with the questionnaire and BANT.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (const qint64 id = m_model->leadIdAt(i.row()))
            openCallMode(m_session, id, this);
    });
    connectUpdates();
    updateSummary();
}

// Every column in sight at 1366 px, Local time included: the short columns (dates, state, stage,
// score, chance, local time) as wide as the longest text they can hold, the texts (lead, company,
// service level, attempts) share the rest and are elided; one line a row. The widths come from
// sample texts, not from the rows: sizing to the rows would page in the whole queue.
void MyQueueView::fitColumns()
{
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics plain(m_table->font());
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont); // the state is bold
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const auto fit = [&](int column, const QStringList &samples, const QFontMetrics &metrics) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    };
    const QDateTime now(QDate(2026, 12, 28), QTime(23, 58));
    fit(MyQueueModel::Due, {QLocale().toString(now, QLocale::ShortFormat)}, plain);
    fit(MyQueueModel::TimeLeft,
        {slaTimeLeft(now, now.addSecs(-(6 * 86400 + 23 * 3600 + 59 * 60))),
            slaTimeLeft(now, now.addSecs(23 * 3600 + 59 * 60))},
        plain);
    QStringList states;
    for (SlaState state : {SlaState::OnTrack, SlaState::DueSoon, SlaState::Breached})
        states << slaStateName(state);
    fit(MyQueueModel::State, states, bold);
    QStringList stages;
    for (Stage stage : allStages)
        stages << stageName(stage);
    fit(MyQueueModel::Stage, stages, plain);
    fit(MyQueueModel::Score, {QStringLiteral("100")}, plain);
    fit(MyQueueModel::Chance, {QStringLiteral("100 %")}, plain);
    // A lead outside its calling window says so ("21:19 (not now)"); a country with several
    // time zones gives a range.
    const QString time = QLocale().toString(now.time(), QLocale::ShortFormat);
    const QString range = QStringLiteral("%1–%1").arg(time);
    fit(MyQueueModel::LocalTime,
        {time, MyQueueModel::tr("%1 (not now)").arg(time),
            MyQueueModel::tr("%1 (not now)").arg(range)},
        plain);
    for (int c :
        {MyQueueModel::Lead, MyQueueModel::Company, MyQueueModel::Policy, MyQueueModel::Attempts})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
}

// The summary and the buttons above the queue, wired to their actions.
QHBoxLayout *MyQueueView::buildActions()
{
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setWordWrap(true); // a long summary must not widen the window
    top->addWidget(m_summary, 1);
    auto button
        = [this, top](const QString &text, const QKeySequence &shortcut, const QString &name) {
              auto *b = new QPushButton(text, this);
              b->setObjectName(name);
              if (!shortcut.isEmpty()) {
                  b->setShortcut(shortcut);
                  b->setToolTip(shortcut.toString(QKeySequence::NativeText));
              }
              top->addWidget(b);
              return b;
          };
    QPushButton *startCall
        = button(tr("&Start call (Enter)"), QKeySequence(), QStringLiteral("queueStartCall"));
    QPushButton *open = button(tr("&Open lead"), QKeySequence(), QStringLiteral("queueOpen"));
    QPushButton *call
        = button(tr("Log &call"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("queueCall"));
    QPushButton *mail = button(tr("Log e-&mail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        QStringLiteral("queueEmail"));
    QPushButton *meeting = button(tr("Log mee&ting"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QStringLiteral("queueMeeting"));
    connect(startCall, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (const qint64 id = m_model->leadIdAt(current.isValid() ? current.row() : 0))
            openCallMode(m_session, id, this);
        else
            Q_EMIT message(tr("Choose a lead in your queue first."));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentLeadId())
            Q_EMIT openLead(id);
    });
    connect(call, &QPushButton::clicked, this, [this] { logOnCurrent(QStringLiteral("call")); });
    connect(mail, &QPushButton::clicked, this, [this] { logOnCurrent(QStringLiteral("email")); });
    connect(
        meeting, &QPushButton::clicked, this, [this] { logOnCurrent(QStringLiteral("meeting")); });
    return top;
}

// The queue is stale when the user, a lead or a clock changed; it refreshes when shown.
void MyQueueView::connectUpdates()
{
    connect(&m_session, &Session::currentUserChanged, this, [this] {
        m_stale = true;
        refreshIfShown();
    });
    for (auto signal : {&EventBridge::leadUpdated, &EventBridge::slaBreached}) {
        connect(m_session.bridge(), signal, this, [this] {
            m_stale = true;
            refreshIfShown();
        });
    }
    connect(m_session.bridge(), &EventBridge::leadStageChanged, this, [this] {
        m_stale = true;
        refreshIfShown();
    });
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, [this] {
        m_stale = true;
        refreshIfShown();
    });
    connect(m_session.bridge(), &EventBridge::leadsChangedElsewhere, this, [this] {
        m_stale = true;
        refreshIfShown();
    });
}

qint64 MyQueueView::currentLeadId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->leadIdAt(i.row()) : 0;
}

bool MyQueueView::logOnCurrent(const QString &type)
{
    const qint64 id = currentLeadId();
    if (id == 0) {
        Q_EMIT message(tr("Choose a lead in your queue first."));
        return false;
    }
    auto logged = m_session.leads().logActivity(m_session.currentUser(), id, type, {});
    if (!logged) {
        QMessageBox::warning(this, tr("Log activity"), logged.error().message);
        return false;
    }
    Q_EMIT message(tr("Logged on lead %1.").arg(id));
    m_model->refresh(); // the event does too; now, so the row moves at once
    return true;
}

void MyQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refreshIfShown();
}

void MyQueueView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void MyQueueView::refreshIfShown()
{
    if (!isVisible() || !m_stale)
        return;
    m_stale = false;
    const qint64 owner = m_session.hasUser() ? m_session.currentUser().id : 0;
    if (owner != m_model->owner()) {
        m_model->setOwner(owner);
        return;
    }
    // Keep the rep's place: the lead they were on stays current where it is now.
    const qint64 keep = currentLeadId();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    for (int row = 0, rows = std::min(m_model->rowCount(), 500); keep != 0 && row < rows; ++row) {
        if (m_model->leadIdAt(row) == keep) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void MyQueueView::focusList()
{
    refreshIfShown();
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void MyQueueView::updateSummary()
{
    if (!m_session.hasUser()) {
        m_summary->setText(tr("Sign in to see your queue."));
        return;
    }
    // Callbacks, service levels, leads back from recycling (they start a service level) and
    // call attempts: all in one list.
    m_summary->setText(tr("%1 — %n lead(s) to work: due callbacks, service levels, re-contacts "
                          "and call attempts; most urgent first, attempts not yet due last.",
        nullptr, int(std::min<qint64>(m_model->totalCount(), std::numeric_limits<int>::max())))
                           .arg(m_session.currentUser().name));
}

} // namespace bantam
