#include "sla/slasettingsdialog.h"

#include "common/backgroundtask.h"
#include "common/checklistbutton.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "domain/activity.h"
#include "domain/transitions.h"
#include "sla/slaservice.h"
#include "storage/leadrepository.h"
#include "storage/slarepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace bantam {

namespace {
const Stage kOpenStages[3] = {Stage::Lead, Stage::Mql, Stage::Sql};
const SlaUnit kUnits[3] = {SlaUnit::BusinessMinutes, SlaUnit::BusinessDays, SlaUnit::CalendarDays};
} // namespace

SlaSettingsDialog::SlaSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("slaSettings"));
    setWindowTitle(tr("Service levels"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(policiesPage(), tr("&Policies"));
    tabs->addTab(calendarPage(), tr("&Business calendar"));
    tabs->addTab(targetsPage(), tr("&MQL targets"));
    layout->addWidget(tabs);
    auto *bottom = new QHBoxLayout;
    m_note
        = new QLabel(tr("Changes apply to clocks started from now on. Recompute to apply them to "
                        "the whole history."),
            this);
    m_note->setObjectName(QStringLiteral("slaNote"));
    m_note->setWordWrap(true);
    bottom->addWidget(m_note, 1);
    auto *rebuild = new QPushButton(tr("&Recompute all clocks…"), this);
    rebuild->setObjectName(QStringLiteral("slaRebuild"));
    bottom->addWidget(rebuild);
    layout->addLayout(bottom);
    // Close last, below the recompute row it does not belong to.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(rebuild, &QPushButton::clicked, this, &SlaSettingsDialog::confirmAndRebuildClocks);
    loadPolicies();
    loadCalendar();
    loadTargets();
    resizeWithinScreen(this, QSize(1000, 680)); // the policy names whole in the list
}

bool SlaSettingsDialog::confirmAndRebuildClocks()
{
    auto leads = LeadRepository(m_session.database()).count({});
    if (!leads)
        return check(leads.error());
    QMessageBox ask(QMessageBox::Question, tr("Recompute all clocks"),
        tr("Recompute the service-level clocks of all %Ln lead(s)?", nullptr, int(leads.value())),
        QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("slaRebuildQuestion"));
    ask.setInformativeText(
        tr("Every lead's stage history and touches are replayed with the policies and the "
           "business calendar as saved now: due times change, open clocks already past due are "
           "recorded as breaches (without escalating them again). Unsaved changes in this "
           "dialog are not used. You can cancel while it runs; the leads done by then keep "
           "their new clocks."));
    QPushButton *recompute = ask.addButton(tr("&Recompute"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == recompute && rebuildClocks();
}

bool SlaSettingsDialog::rebuildClocks()
{
    const Database &db = m_session.database();
    auto leads = LeadRepository(db).count({});
    std::optional<Result<SlaRebuildSummary>> outcome;
    const User actor = m_session.currentUser();
    runWithProgress(this, tr("Recomputing the SLA clocks…"), leads ? leads.value() : 0, db,
        [&](const ProgressReport &report) {
            outcome = m_session.services().sla().rebuild(
                actor, [&](qint64 done, qint64) { return report(done); });
        });
    if (!outcome || !outcome->ok())
        return check(outcome ? Result<void>(outcome->error()) : Result<void>());
    m_note->setText(tr("%1 clocks recomputed for %2 leads; %3 are open.")
                        .arg(QLocale().toString(outcome->value().clocks),
                            QLocale().toString(outcome->value().leads),
                            QLocale().toString(outcome->value().open)));
    return true;
}

bool SlaSettingsDialog::check(const Result<void> &result)
{
    if (result)
        return true;
    QMessageBox::warning(this, tr("Service levels"), result.error().message);
    return false;
}

// The selected policy's fields (Save and New are added below them).
QFormLayout *SlaSettingsDialog::buildPolicyForm(QWidget *page)
{
    auto *formBox = new QWidget(page);
    auto *form = new QFormLayout(formBox);
    m_name = new QLineEdit(formBox);
    m_kind = new QComboBox(formBox);
    for (const ClockKind &k : clockKinds())
        m_kind->addItem(k.name(), k.key);
    auto *stages = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        m_stages[i] = new QCheckBox(stageName(kOpenStages[i]), formBox);
        stages->addWidget(m_stages[i]);
    }
    m_fastTrack = new QComboBox(formBox);
    m_fastTrack->addItem(tr("Any lead"), QVariant());
    m_fastTrack->addItem(tr("Fast-track leads only"), true);
    m_fastTrack->addItem(tr("Leads not on the fast track"), false);
    m_minScore = new QSpinBox(formBox);
    m_minScore->setRange(0, 100);
    auto *allowed = new QHBoxLayout;
    m_allowed = new QSpinBox(formBox);
    m_allowed->setObjectName(QStringLiteral("slaAllowed"));
    m_allowed->setRange(1, 100000);
    m_unit = new QComboBox(formBox);
    m_unit->addItems({tr("business minutes"), tr("business days"), tr("days")});
    allowed->addWidget(m_allowed);
    allowed->addWidget(m_unit);
    m_dueSoon = new QSpinBox(formBox);
    m_dueSoon->setRange(0, 100);
    m_dueSoon->setSuffix(tr(" % left"));
    m_stopActivities = new CheckListButton(formBox);
    m_stopActivities->setObjectName(QStringLiteral("slaStopActivities"));
    std::vector<std::pair<QString, QString>> activities;
    for (const QString &type : knownActivityTypes())
        activities.emplace_back(type, activityName(type));
    m_stopActivities->setChoices(activities);
    m_stopActions = new CheckListButton(formBox);
    m_stopActions->setObjectName(QStringLiteral("slaStopActions"));
    std::vector<std::pair<QString, QString>> moves;
    for (PipelineAction a : {PipelineAction::Accept, PipelineAction::Qualify,
             PipelineAction::Reject, PipelineAction::Disqualify, PipelineAction::Recycle,
             PipelineAction::Win, PipelineAction::Lose})
        moves.emplace_back(actionKey(a), actionName(a));
    m_stopActions->setChoices(moves);
    m_restart = new QCheckBox(tr("Restart the clock when the lead is reassigned"), formBox);
    m_escalate = new QCheckBox(tr("Escalate breaches to the team lead"), formBox);
    m_autoReassign
        = new QCheckBox(tr("Reassign breached leads through the routing rules"), formBox);
    m_active = new QCheckBox(tr("Active"), formBox);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Clock:"), m_kind);
    form->addRow(tr("Runs in stages:"), stages);
    form->addRow(tr("&Fast track:"), m_fastTrack);
    form->addRow(tr("Minimum &score:"), m_minScore);
    auto *allowedLabel = new QLabel(tr("&Allowed time:"), formBox);
    allowedLabel->setBuddy(m_allowed);
    form->addRow(allowedLabel, allowed);
    form->addRow(tr("&Due soon at:"), m_dueSoon);
    form->addRow(tr("Stopped by acti&vities:"), m_stopActivities);
    form->addRow(tr("Stopped by &moves:"), m_stopActions);
    form->addRow(m_restart);
    form->addRow(m_escalate);
    form->addRow(m_autoReassign);
    form->addRow(m_active);
    return form;
}

QWidget *SlaSettingsDialog::policiesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_policies = new QListWidget(page);
    m_policies->setObjectName(QStringLiteral("slaPolicies"));
    m_policies->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    layout->addWidget(m_policies, 1);
    QFormLayout *form = buildPolicyForm(page);
    QWidget *formBox = form->parentWidget();
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save policy"), formBox);
    save->setObjectName(QStringLiteral("slaSavePolicy"));
    auto *add = new QPushButton(tr("&New policy"), formBox);
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(save);
    form->addRow(buttons);
    layout->addWidget(formBox, 2);
    connect(m_policies, &QListWidget::currentRowChanged, this, &SlaSettingsDialog::showPolicy);
    connect(save, &QPushButton::clicked, this, &SlaSettingsDialog::savePolicy);
    connect(add, &QPushButton::clicked, this, [this] {
        SlaPolicy p;
        p.code = QStringLiteral("policy_%1").arg(m_list.size() + 1);
        p.name = tr("New policy");
        p.kind = QStringLiteral("untouched");
        p.stages = {Stage::Mql, Stage::Sql};
        p.allowed = 3;
        p.unit = SlaUnit::BusinessDays;
        p.stopActivities
            = {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting")};
        p.sortOrder = int(m_list.size()) + 1;
        auto saved = m_session.services().sla().savePolicy(m_session.currentUser(), p);
        if (!saved) {
            check(saved.error());
            return;
        }
        loadPolicies(int(m_list.size()));
    });
    return page;
}

void SlaSettingsDialog::loadPolicies(int select)
{
    auto policies = SlaRepository(m_session.database()).policies();
    if (!policies) {
        check(policies.error());
        return;
    }
    m_list = std::move(policies).value();
    m_policies->clear();
    for (const SlaPolicy &p : m_list)
        m_policies->addItem(
            QStringLiteral("%1 — %2").arg(slaPolicyDisplayName(p.name), p.allowedText()));
    m_policies->setCurrentRow(std::clamp(select, 0, int(m_list.size()) - 1));
}

void SlaSettingsDialog::showPolicy(int row)
{
    if (row < 0 || size_t(row) >= m_list.size())
        return;
    const SlaPolicy &p = m_list[size_t(row)];
    // A shipped policy's name is stored in English and shown in the reader's language; it stays
    // stored as shipped (and so translatable) unless the user writes another name.
    m_name->setText(slaPolicyDisplayName(p.name));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(p.kind)));
    for (int i = 0; i < 3; ++i)
        m_stages[i]->setChecked(p.covers(kOpenStages[i]));
    m_fastTrack->setCurrentIndex(!p.fastTrack ? 0 : *p.fastTrack ? 1 : 2);
    m_minScore->setValue(p.minScore);
    m_allowed->setValue(p.allowed);
    m_unit->setCurrentIndex(
        int(std::find(std::begin(kUnits), std::end(kUnits), p.unit) - std::begin(kUnits)));
    m_dueSoon->setValue(p.dueSoonPercent);
    m_stopActivities->setChecked(p.stopActivities);
    m_stopActions->setChecked(p.stopActions);
    m_restart->setChecked(p.restartOnReassign);
    m_escalate->setChecked(p.escalate);
    m_autoReassign->setChecked(p.autoReassign);
    m_active->setChecked(p.active);
}

bool SlaSettingsDialog::savePolicy()
{
    const int row = m_policies->currentRow();
    if (row < 0 || size_t(row) >= m_list.size())
        return false;
    SlaPolicy p = m_list[size_t(row)];
    if (m_name->text() != slaPolicyDisplayName(p.name))
        p.name = m_name->text();
    p.kind = m_kind->currentData().toString();
    p.stages.clear();
    for (int i = 0; i < 3; ++i) {
        if (m_stages[i]->isChecked())
            p.stages.push_back(kOpenStages[i]);
    }
    const QVariant fast = m_fastTrack->currentData();
    p.fastTrack = fast.isValid() ? std::optional<bool>(fast.toBool()) : std::nullopt;
    p.minScore = m_minScore->value();
    p.allowed = m_allowed->value();
    p.unit = kUnits[std::clamp(m_unit->currentIndex(), 0, 2)];
    p.dueSoonPercent = m_dueSoon->value();
    p.stopActivities = m_stopActivities->checked();
    p.stopActions = m_stopActions->checked();
    p.restartOnReassign = m_restart->isChecked();
    p.escalate = m_escalate->isChecked();
    p.autoReassign = m_autoReassign->isChecked();
    p.active = m_active->isChecked();
    auto saved = m_session.services().sla().savePolicy(m_session.currentUser(), p);
    if (!saved)
        return check(saved.error());
    loadPolicies(row);
    return true;
}

QWidget *SlaSettingsDialog::calendarPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *zoneRow = new QFormLayout;
    m_zone = new QComboBox(page);
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    zoneRow->addRow(tr("Time &zone:"), m_zone);
    left->addLayout(zoneRow);
    auto *grid = new QGridLayout;
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        m_workDay[d] = new QCheckBox(locale.dayName(d + 1), page);
        m_start[d] = new QTimeEdit(page);
        m_end[d] = new QTimeEdit(page);
        for (QTimeEdit *t : {m_start[d], m_end[d]})
            t->setDisplayFormat(QStringLiteral("HH:mm"));
        grid->addWidget(m_workDay[d], d, 0);
        grid->addWidget(m_start[d], d, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), page), d, 2);
        grid->addWidget(m_end[d], d, 3);
    }
    left->addLayout(grid);
    auto *saveCal = new QPushButton(tr("Save &hours and time zone"), page);
    left->addWidget(saveCal);
    left->addStretch();
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    m_holidays = new QTableWidget(page);
    m_holidays->setObjectName(QStringLiteral("slaHolidays"));
    m_holidays->setColumnCount(2);
    m_holidays->setHorizontalHeaderLabels({tr("Date"), tr("Holiday")});
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->verticalHeader()->hide();
    m_holidays->verticalHeader()->setDefaultSectionSize(m_holidays->fontMetrics().height() + 8);
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidays->setSelectionBehavior(QAbstractItemView::SelectRows);
    right->addWidget(m_holidays, 1);
    auto *addRow = new QHBoxLayout;
    auto *day = new QDateEdit(m_session.clock().now().date(), page);
    day->setCalendarPopup(true);
    auto *name = new QLineEdit(page);
    name->setPlaceholderText(tr("Name of the holiday"));
    auto *add = new QPushButton(tr("&Add"), page);
    auto *remove = new QPushButton(tr("&Remove selected"), page);
    addRow->addWidget(day);
    addRow->addWidget(name, 1);
    addRow->addWidget(add);
    right->addLayout(addRow);
    right->addWidget(remove);
    layout->addLayout(right, 1);
    connect(saveCal, &QPushButton::clicked, this, &SlaSettingsDialog::saveCalendar);
    connect(add, &QPushButton::clicked, this, [this, day, name] {
        if (addHoliday(day->date(), name->text()))
            name->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_holidays->currentRow();
        if (row < 0)
            return;
        const QDate d = m_holidays->item(row, 0)->data(Qt::UserRole).toDate();
        if (check(m_session.services().sla().removeHoliday(m_session.currentUser(), d)))
            loadCalendar();
    });
    return page;
}

void SlaSettingsDialog::loadCalendar()
{
    auto calendar = SlaRepository(m_session.database()).calendar();
    if (!calendar) {
        check(calendar.error());
        return;
    }
    const BusinessCalendar &c = calendar.value();
    m_zone->setCurrentText(QString::fromUtf8(c.timeZone().id()));
    for (int d = 0; d < 7; ++d) {
        const WorkingHours h = c.hours(d + 1);
        m_workDay[d]->setChecked(h.isWorkingDay());
        m_start[d]->setTime(QTime(0, 0).addSecs(h.isWorkingDay() ? h.startMinute * 60 : 9 * 3600));
        m_end[d]->setTime(
            QTime(0, 0).addSecs(h.isWorkingDay() ? std::min(h.endMinute, 1439) * 60 : 17 * 3600));
    }
    const QLocale locale;
    m_holidays->setRowCount(int(c.holidays().size()));
    int row = 0;
    for (const auto &[day, name] : c.holidays()) {
        auto *item = new QTableWidgetItem(locale.toString(day, QLocale::ShortFormat));
        item->setData(Qt::UserRole, day);
        m_holidays->setItem(row, 0, item);
        m_holidays->setItem(row, 1, new QTableWidgetItem(name));
        ++row;
    }
    m_holidays->resizeColumnToContents(0);
}

bool SlaSettingsDialog::saveCalendar()
{
    const SlaService &service = m_session.services().sla();
    if (!check(service.setTimeZone(m_session.currentUser(), m_zone->currentText().toUtf8())))
        return false;
    for (int d = 0; d < 7; ++d) {
        WorkingHours h;
        if (m_workDay[d]->isChecked()) {
            h.startMinute = m_start[d]->time().msecsSinceStartOfDay() / 60000;
            h.endMinute = m_end[d]->time().msecsSinceStartOfDay() / 60000;
        }
        if (!check(service.setWorkingHours(m_session.currentUser(), d + 1, h)))
            return false;
    }
    loadCalendar();
    return true;
}

bool SlaSettingsDialog::addHoliday(const QDate &day, const QString &name)
{
    if (!check(m_session.services().sla().addHoliday(m_session.currentUser(), day, name)))
        return false;
    loadCalendar();
    return true;
}

QWidget *SlaSettingsDialog::targetsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_targets = new QTableWidget(page);
    m_targets->setColumnCount(2);
    m_targets->setHorizontalHeaderLabels({tr("Month"), tr("MQL target")});
    m_targets->verticalHeader()->hide();
    m_targets->verticalHeader()->setDefaultSectionSize(m_targets->fontMetrics().height() + 8);
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_targets, 1);
    auto *row = new QHBoxLayout;
    auto *month = new QDateEdit(m_session.clock().now().date(), page);
    month->setDisplayFormat(QStringLiteral("MMMM yyyy")); // "Juli 2026", as in the table
    auto *target = new QSpinBox(page);
    target->setRange(0, 10000000);
    auto *set = new QPushButton(tr("&Set target"), page);
    row->addWidget(new QLabel(tr("Month:"), page));
    row->addWidget(month);
    row->addWidget(new QLabel(tr("MQLs:"), page));
    row->addWidget(target);
    row->addWidget(set);
    row->addStretch();
    layout->addLayout(row);
    connect(set, &QPushButton::clicked, this, [this, month, target] {
        setTarget(month->date().toString(QStringLiteral("yyyy-MM")), target->value());
    });
    return page;
}

void SlaSettingsDialog::loadTargets()
{
    auto targets = SlaRepository(m_session.database()).mqlTargets();
    if (!targets)
        return;
    m_targets->setRowCount(int(targets->size()));
    int row = 0;
    for (const auto &[month, target] : targets.value()) {
        // Stored as "2026-07"; shown as the reader says it ("Juli 2026", "July 2026").
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        m_targets->setItem(row, 0,
            new QTableWidgetItem(
                first.isValid() ? QLocale().toString(first, QStringLiteral("MMMM yyyy")) : month));
        auto *item = new QTableWidgetItem(QLocale().toString(target));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targets->setItem(row, 1, item);
        ++row;
    }
}

bool SlaSettingsDialog::setTarget(const QString &month, qint64 target)
{
    if (!check(m_session.services().sla().setMqlTarget(m_session.currentUser(), month, target)))
        return false;
    loadTargets();
    return true;
}

} // namespace bantam
