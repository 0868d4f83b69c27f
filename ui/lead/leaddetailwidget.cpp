#include "lead/leaddetailwidget.h"

#include "common/actionbar.h"
#include "common/dialer.h"
#include "common/eventbridge.h"
#include "common/scorestyle.h"
#include "common/session.h"
#include "common/stagestyle.h"
#include "domain/activity.h"
#include "domain/recontact.h"
#include "domain/storedtext.h"
#include "lead/leadform.h"
#include "lead/profilemergedialog.h"
#include "lead/scoreexplanationwidget.h"
#include "lead/stagechangedialog.h"
#include "people/lastchange.h"
#include "people/permissions.h"
#include "phone/localtime.h"
#include "qualification/assessment.h"
#include "qualification/callmodewidget.h"
#include "scoring/predictiveservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

QString historyName(const QString &action)
{
    if (action == QLatin1String("create"))
        return QCoreApplication::translate("LeadDetailWidget", "Lead created");
    if (action == QLatin1String("import")) // a stage or date brought in from another system
        return QCoreApplication::translate("LeadDetailWidget", "Imported");
    if (auto a = actionFromKey(action))
        return actionName(*a);
    return action;
}

} // namespace

LeadDetailWidget::LeadDetailWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_changedBy(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_actions(new ActionBar(this))
    , m_form(new LeadForm(this))
    , m_editHint(new QLabel(this))
    , m_save(new QPushButton(tr("S&ave"), this))
    , m_revert(new QPushButton(tr("Rever&t"), this))
    , m_timeline(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("leadDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 8, 8, 4);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a lead in the list to see its details."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #6b7480;"));
    m_stack->addWidget(empty);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    buildHeader(page, layout);

    m_actions->setObjectName(QStringLiteral("stageActions"));
    layout->addWidget(m_actions);

    // The profile and the timeline share the height the screen has: on a laptop's 768 px the
    // profile scrolls and the divider between them moves.
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->setChildrenCollapsible(false);
    QGroupBox *profile = buildProfileBox(split);
    buildLowerTabs(page);
    // Room for the timeline's latest entries and a score explanation with its total (at 6 lines
    // the explanation showed one row on a 1366×768 screen); the profile scrolls instead.
    m_lowerTabs->setMinimumHeight(fontMetrics().height() * 12);
    split->addWidget(profile);
    split->addWidget(m_lowerTabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_stack->addWidget(page);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setWhatsThis(tr("Save the lead's changes"));
    connect(saveShortcut, &QShortcut::activated, this, &LeadDetailWidget::save);
    connect(m_save, &QPushButton::clicked, this, &LeadDetailWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &LeadDetailWidget::revert);
    connect(m_form, &LeadForm::edited, this, &LeadDetailWidget::updateEditState);
    connect(session.bridge(), &EventBridge::leadStageChanged, this, [this](qint64 id) {
        if (id == leadId())
            reload();
    });
    connect(session.bridge(), &EventBridge::leadUpdated, this, [this](qint64 id) {
        if (id == leadId())
            reload();
    });
    connect(session.bridge(), &EventBridge::leadsChangedElsewhere, this,
        &LeadDetailWidget::changedElsewhere);
    connect(&session, &Session::currentUserChanged, this, [this] {
        rebuildActions();
        updateEditState();
    });
    updateEditState();
}

// The name, the stage badge and Call…, then the subtitle and the facts.
void LeadDetailWidget::buildHeader(QWidget *page, QVBoxLayout *layout)
{
    auto *headerRow = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("leadName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerRow->addWidget(m_name, 1);
    m_stage->setObjectName(QStringLiteral("stageBadge"));
    headerRow->addWidget(m_stage, 0, Qt::AlignTop);
    auto *call = new QPushButton(tr("Call…"), page);
    call->setObjectName(QStringLiteral("callLead"));
    call->setToolTip(tr("Call this lead in call mode: questionnaire and BANT form (Ctrl+Shift+C)"));
    call->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(call, &QPushButton::clicked, this, [this] { openCallMode(m_session, leadId(), this); });
    headerRow->addWidget(call, 0, Qt::AlignTop);
    layout->addLayout(headerRow);
    m_subtitle->setStyleSheet(QStringLiteral("color: #4b5563;"));
    layout->addWidget(m_subtitle);
    m_changedBy->setObjectName(QStringLiteral("changedBy"));
    m_changedBy->setWordWrap(true);
    m_changedBy->setStyleSheet(QStringLiteral(
        "background: #fff7d6; border: 1px solid #e6cf73; border-radius: 3px; padding: 4px;"));
    m_changedBy->hide();
    layout->addWidget(m_changedBy);
    m_facts->setObjectName(QStringLiteral("leadFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);
}

// The profile form with Save and Revert.
QGroupBox *LeadDetailWidget::buildProfileBox(QWidget *page)
{
    auto *profileBox = new QGroupBox(tr("Profile"), page);
    auto *profileLayout = new QVBoxLayout(profileBox);
    // The fields scroll where the screen is short; Save and Revert stay in sight below them.
    auto *scroll = new QScrollArea(profileBox);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().height() * 4);
    auto *fields = new QWidget(scroll);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_form);
    m_editHint->setWordWrap(true);
    m_editHint->setStyleSheet(QStringLiteral("color: #6b7480;"));
    fieldsLayout->addWidget(m_editHint);
    scroll->setWidget(fields);
    profileLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save->setObjectName(QStringLiteral("saveLead"));
    m_save->setToolTip(tr("Save the profile (Ctrl+S)"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    profileLayout->addLayout(buttons);
    return profileBox;
}

void LeadDetailWidget::buildLowerTabs(QWidget *page)
{
    // Below the profile, one tab each: the timeline, the score's explanation and the fields kept
    // from imports (a tab only when the lead has any), so the profile keeps its room.
    m_lowerTabs = new QTabWidget(page);
    m_lowerTabs->setObjectName(QStringLiteral("detailTabs"));
    m_lowerTabs->setDocumentMode(true);

    auto *timelinePage = new QWidget(m_lowerTabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("By")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(false);
    timelineLayout->addWidget(m_timeline);
    m_lowerTabs->addTab(timelinePage, tr("Timeline"));

    m_explanation = new ScoreExplanationWidget(m_session, m_lowerTabs);
    m_explanation->setTitle(QString());
    m_explanation->setFlat(true);
    m_lowerTabs->addTab(m_explanation, tr("Why this score?"));

    // Columns of imported files that match no profile field, kept on the lead.
    m_attributesBox = new QGroupBox(m_lowerTabs);
    m_attributesBox->setFlat(true);
    auto *attributesLayout = new QVBoxLayout(m_attributesBox);
    m_attributes = new QLabel(m_attributesBox);
    m_attributes->setObjectName(QStringLiteral("attributes"));
    m_attributes->setTextFormat(Qt::RichText);
    m_attributes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->setWordWrap(true);
    m_attributes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    attributesLayout->addWidget(m_attributes, 1);
    m_lowerTabs->addTab(m_attributesBox, tr("Additional fields"));
}

void LeadDetailWidget::showLead(qint64 leadId)
{
    if (leadId <= 0) {
        m_lead.reset();
        m_stack->setCurrentIndex(0);
        return;
    }
    auto lead = LeadRepository(m_session.database()).byId(leadId);
    if (!lead) {
        m_lead.reset();
        m_stack->setCurrentIndex(0);
        Q_EMIT message(lead.error().message);
        return;
    }
    m_lead = lead.value();
    m_form->setProfile(m_lead->profile, m_lead->phoneInvalid);
    m_formBase = m_lead->profile;
    m_changedBy->hide();
    fillHeader();
    rebuildActions();
    fillTimeline();
    fillAttributes();
    updateEditState();
    m_stack->setCurrentIndex(1);
}

void LeadDetailWidget::reload()
{
    if (!m_lead)
        return;
    auto lead = LeadRepository(m_session.database()).byId(m_lead->id);
    if (!lead)
        return;
    const bool keepEdits = m_form->isModified();
    m_lead = lead.value();
    if (!keepEdits) {
        m_form->setProfile(m_lead->profile, m_lead->phoneInvalid);
        m_formBase = m_lead->profile;
    }
    fillHeader();
    rebuildActions();
    fillTimeline();
    fillAttributes();
    updateEditState();
}

void LeadDetailWidget::fillAttributes()
{
    auto attributes = ImportRepository(m_session.database()).attributes(m_lead->id);
    if (!attributes || attributes->isEmpty()) {
        m_lowerTabs->setTabVisible(m_lowerTabs->indexOf(m_attributesBox), false);
        m_attributes->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (auto it = attributes->cbegin(); it != attributes->cend(); ++it) {
        html += QStringLiteral(
            "<tr><td style=\"color:#6b7480; padding-right:12px\">%1</td><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    }
    m_attributes->setText(html + QStringLiteral("</table>"));
    m_lowerTabs->setTabVisible(m_lowerTabs->indexOf(m_attributesBox), true);
}

void LeadDetailWidget::fillHeader()
{
    const Lead &l = *m_lead;
    const QLocale locale;
    m_name->setText(l.displayName());
    QStringList sub;
    if (!l.profile.jobTitle.isEmpty())
        sub << l.profile.jobTitle;
    if (!l.profile.company.isEmpty())
        sub << l.profile.company;
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_stage->setText(stageName(l.stage));
    m_stage->setStyleSheet(stageBadgeStyle(l.stage));
    QStringList facts;
    facts << tr("Owner: <b>%1</b>")
                 .arg(l.ownerName.isEmpty() ? tr("unassigned") : l.ownerName.toHtmlEscaped());
    facts << tr("Score: <b>%1</b>").arg(l.score)
            + (l.scoreBand.isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1, %2)")
                          .arg(scoreBandName(
                                   scoreBandFromKey(l.scoreBand).value_or(ScoreBand::Cold)),
                              tr("%1 in 7 days").arg(scoreTrendText(l.scoreTrend()))))
            + (l.fastTrack ? QStringLiteral(" ⚡ ") + tr("fast-track") : QString());
    if (const auto chance = m_session.services().predictive().chance(l.id);
        chance && chance.value())
        facts << tr("Chance: <b>%1 %</b> (learned score)").arg(chance.value()->chance);
    facts << tr("Qualification stage: <b>%1</b>")
                 .arg(qualificationStageName(l.qualificationStage).toHtmlEscaped());
    facts << tr("In stage since %1")
                 .arg(locale.toString(l.stageChangedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (l.stage == Stage::Mql)
        facts << (l.acceptedAt.isValid()
                ? tr("accepted %1")
                      .arg(locale.toString(l.acceptedAt.toLocalTime(), QLocale::ShortFormat))
                : QStringLiteral("<span style='color:#b3261e'>%1</span>")
                      .arg(tr("not yet accepted by sales")));
    if (l.recontactOn.isValid())
        facts << tr("re-contact on %1").arg(locale.toString(l.recontactOn, QLocale::ShortFormat));
    if (const LocalTime local = LocalTime::of(l.phoneE164.isEmpty() ? l.profile.phone : l.phoneE164,
            l.profile.country, defaultPhoneRegion(m_session));
        local.isKnown())
        facts << tr("local time <b>%1</b>").arg(local.text(m_session.clock().now()));
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_explanation->showLead(l.id);
}

void LeadDetailWidget::rebuildActions()
{
    m_actions->clear();
    if (!m_lead)
        return;
    const PipelineService &pipeline = m_session.pipeline();
    const auto moves = PipelineService::movesFrom(*m_lead);
    if (moves.empty())
        m_actions->addLeft(new QLabel(tr("This lead is closed."), m_actions));
    // Steps forward on the left, the ones that end or set back a lead (reject, lose, disqualify)
    // at the right edge, apart: whatever the stage, the destructive buttons sit in the same place
    // and never where a forward step was a moment ago.
    auto add = [&](const Transition &t, bool right) {
        auto *b = new QPushButton(actionName(t.action), m_actions);
        b->setObjectName(QStringLiteral("action_") + actionKey(t.action));
        const auto allowed = pipeline.permitted(m_session.currentUser(), *m_lead, t.action);
        b->setEnabled(bool(allowed));
        b->setToolTip(allowed ? tr("%1 → %2").arg(stageName(t.from), stageName(t.to))
                              : allowed.error().message);
        connect(b, &QPushButton::clicked, this, [this, t] { perform(t); });
        if (right)
            m_actions->addRight(b);
        else
            m_actions->addLeft(b);
    };
    const PipelineAction apart[]
        = {PipelineAction::Reject, PipelineAction::Lose, PipelineAction::Disqualify};
    for (const Transition &t : moves) {
        if (std::find(std::begin(apart), std::end(apart), t.action) == std::end(apart))
            add(t, false);
    }
    for (const PipelineAction a : apart) { // Disqualify always at the very right
        for (const Transition &t : moves) {
            if (t.action == a)
                add(t, true);
        }
    }
}

QPushButton *LeadDetailWidget::actionButton(const QString &key) const
{
    return m_actions->findChild<QPushButton *>(QStringLiteral("action_") + key);
}

void LeadDetailWidget::perform(const Transition &t)
{
    if (!m_lead)
        return;
    StageChange change;
    change.leadId = m_lead->id;
    change.action = t.action;
    change.expectedVersion = m_lead->version;
    if (StageChangeDialog::isNeeded(t)) {
        std::vector<Reason> reasons;
        if (t.reason == ReasonRule::FromList) {
            if (auto list = ReasonRepository(m_session.database()).list(t.reasonKind))
                reasons = list.value();
        }
        StageChangeDialog dialog(
            t, *m_lead, reasons, m_session.clock().now().toLocalTime().date(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        change.reason = dialog.reason();
        change.note = dialog.note();
        change.recontactOn = dialog.recontactOn();
    }
    auto result = m_session.pipeline().change(m_session.currentUser(), change);
    if (!result) {
        QMessageBox::warning(this, actionName(t.action), result.error().message);
        reload();
        return;
    }
    Q_EMIT message(tr("Lead %1 is now %2.").arg(result->displayName(), stageName(result->stage)));
}

void LeadDetailWidget::fillTimeline()
{
    m_timeline->clear();
    if (!m_lead)
        return;
    constexpr int limit = 300;
    auto items = TimelineRepository(m_session.database()).forLead(m_lead->id, limit);
    if (!items)
        return;
    const QLocale locale;
    std::vector<Reason> reasonLabels;
    ReasonRepository reasons(m_session.database());
    for (const char *kind : {"disqualify", "reject", "recycle", "lost"}) {
        if (auto list = reasons.list(QLatin1String(kind)))
            reasonLabels.insert(reasonLabels.end(), list->begin(), list->end());
    }
    for (const TimelineItem &it : items.value()) {
        auto *row = new QTreeWidgetItem(m_timeline);
        row->setText(0, locale.toString(it.at.toLocalTime(), QLocale::ShortFormat));
        QString details = storedtext::render(it.text);
        if (it.kind == TimelineItem::Kind::StageChange) {
            row->setText(1, historyName(it.type));
            const auto to = stageFromKey(it.toStage);
            QString move = it.fromStage.isEmpty() || it.fromStage == it.toStage
                ? (to ? stageName(*to) : it.toStage)
                : tr("%1 → %2").arg(stageName(stageFromKey(it.fromStage).value_or(Stage::Lead)),
                    to ? stageName(*to) : it.toStage);
            if (const auto back = recontactReturnFromCode(it.reasonCode)) {
                move += QStringLiteral(" — ") + recontactReturnText(*back, it.recontactOn);
            } else if (!it.reasonCode.isEmpty()) {
                QString label = it.reasonCode;
                for (const Reason &r : reasonLabels) {
                    if (r.code == it.reasonCode)
                        label = r.label();
                }
                move += QStringLiteral(" — ") + label;
            }
            details = details.isEmpty() ? move : move + QStringLiteral(": ") + details;
            QFont f = row->font(1);
            f.setBold(true);
            row->setFont(1, f);
            if (to)
                row->setForeground(1, stageColor(*to));
        } else {
            row->setText(1, activityName(it.type));
        }
        row->setText(2, details);
        row->setToolTip(2, details);
        row->setText(3, it.userName);
    }
    if (int(items->size()) == limit) {
        auto *more = new QTreeWidgetItem(m_timeline);
        more->setText(2, tr("Only the newest %1 entries are shown.").arg(limit));
        more->setForeground(2, QColor(Qt::gray));
    }
}

void LeadDetailWidget::updateEditState()
{
    bool editable = false;
    if (m_lead && m_session.hasUser()) {
        std::optional<User> owner;
        if (m_lead->ownerId) {
            if (auto o = UserRepository(m_session.database()).byId(*m_lead->ownerId))
                owner = o.value();
        }
        const auto allowed = permissions::mayEditLead(m_session.currentUser(), *m_lead, owner);
        editable = bool(allowed);
        m_editHint->setText(allowed ? QString() : tr("Read only: %1").arg(allowed.error().message));
        m_editHint->setVisible(!allowed);
    }
    m_form->setReadOnly(!editable);
    const bool modified = m_lead && m_form->isModified();
    m_save->setEnabled(editable && modified);
    m_revert->setEnabled(modified);
}

bool LeadDetailWidget::save()
{
    if (!m_lead || !m_form->isModified())
        return true;
    return saveMerged(m_form->profile(), m_formBase);
}

// Saves the form's edits over the profile they started from; what someone else saved meanwhile
// is kept, and where both changed a field the user chooses (ProfileMergeDialog).
bool LeadDetailWidget::saveMerged(LeadProfile mine, LeadProfile base)
{
    for (;;) {
        auto saved = m_session.leads().saveProfile(m_session.currentUser(), m_lead->id, mine, base);
        if (!saved) {
            m_form->showError(saved.error());
            return false;
        }
        if (saved->conflicts.empty()) {
            m_lead = saved->lead;
            break;
        }
        const auto last = lastChangeOf(m_session.database(), m_lead->id);
        const QString who = last && !last->actorName.isEmpty() ? last->actorName : tr("Someone");
        const QString when = last ? whenText(last->at, m_session.clock().now()) : QString();
        ProfileMergeDialog dialog(saved->conflicts, who, when, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        mine = saved->merged;
        for (const auto &[key, value] : dialog.choices()) {
            for (const ProfileField &f : ProfileFields::all()) {
                if (key == QLatin1String(f.key))
                    mine.*f.member = value;
            }
        }
        base = saved->lead.profile; // theirs is the new starting point
    }
    m_form->setProfile(m_lead->profile, m_lead->phoneInvalid);
    m_formBase = m_lead->profile;
    m_changedBy->hide();
    fillHeader();
    updateEditState();
    Q_EMIT message(tr("Saved %1.").arg(m_lead->displayName()));
    return true;
}

// Another window or user changed leads: if the open one is among them (or it is not known which),
// show it as it is now — the user's unsaved edits stay in the form and are merged on save — and
// say who changed it.
void LeadDetailWidget::changedElsewhere(const QList<qint64> &leadIds)
{
    if (!m_lead || (!leadIds.isEmpty() && !leadIds.contains(m_lead->id)))
        return;
    const int before = m_lead->version;
    reload();
    if (!m_lead || m_lead->version == before)
        return;
    const auto last = lastChangeOf(m_session.database(), m_lead->id);
    const QDateTime now = m_session.clock().now();
    QString text = last && !last->actorName.isEmpty()
        ? tr("%1 changed this lead %2.").arg(last->actorName, whenText(last->at, now))
        : tr("This lead was changed elsewhere just now.");
    if (m_form->isModified())
        text += QLatin1Char(' ') + tr("Your unsaved changes are kept; Save merges them.");
    m_changedBy->setText(text);
    m_changedBy->show();
}

void LeadDetailWidget::revert()
{
    if (m_lead)
        m_form->setProfile(m_lead->profile, m_lead->phoneInvalid);
    updateEditState();
}

} // namespace bantam
