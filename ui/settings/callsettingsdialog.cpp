#include "settings/callsettingsdialog.h"

#include "cadence/cadenceservice.h"
#include "common/dialer.h"
#include "common/session.h"
#include "people/permissions.h"
#include "phone/homeregion.h"
#include "services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bantam {

CallSettingsDialog::CallSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mayEdit(bool(permissions::mayEditCadence(session.currentUser())))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("callSettingsDialog"));
    setWindowTitle(tr("Call settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(cadencePage(), tr("&Cadence"));
    m_tabs->addTab(windowPage(), tr("Calling &window"));
    m_tabs->addTab(telephonyPage(), tr("&Telephony"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 460);
    loadCadences();
}

QWidget *CallSettingsDialog::cadencePage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("How often a lead nobody reached is called before it is offered "
                                "for disqualification as unreachable, and how far apart. My queue "
                                "puts a lead whose next attempt is not due yet at the end."),
        page);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("cadenceList"));
    m_list->setMaximumWidth(260);
    row->addWidget(m_list);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("cadenceName"));
    form->addRow(tr("&Name:"), m_name);
    m_stage = new QLabel(page);
    form->addRow(tr("Stage:"), m_stage);
    m_attempts = new QSpinBox(page);
    m_attempts->setObjectName(QStringLiteral("cadenceAttempts"));
    m_attempts->setRange(1, 20);
    form->addRow(tr("&Attempts:"), m_attempts);
    m_days = new QSpinBox(page);
    m_days->setObjectName(QStringLiteral("cadenceDays"));
    m_days->setRange(1, 60);
    m_days->setSuffix(tr(" business days"));
    form->addRow(tr("&Within:"), m_days);
    m_gap = new QSpinBox(page);
    m_gap->setObjectName(QStringLiteral("cadenceGap"));
    m_gap->setRange(0, 80);
    m_gap->setSuffix(tr(" business hours"));
    form->addRow(tr("At least &apart:"), m_gap);
    m_vary = new QCheckBox(tr("At &different times of day (morning, afternoon)"), page);
    m_vary->setObjectName(QStringLiteral("cadenceVary"));
    form->addRow(QString(), m_vary);
    m_active = new QCheckBox(tr("A&ctive"), page);
    form->addRow(QString(), m_active);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("cadenceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #6b7480;"));
    form->addRow(QString(), m_summary);
    m_save = new QPushButton(tr("&Save cadence"), page);
    m_save->setObjectName(QStringLiteral("cadenceSave"));
    form->addRow(QString(), m_save);
    row->addLayout(form, 1);
    outer->addLayout(row, 1);
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("cadenceMessage"));
    m_message->setWordWrap(true);
    outer->addWidget(m_message);
    if (!m_mayEdit) {
        const auto why = permissions::mayEditCadence(m_session.currentUser());
        m_message->setText(why ? QString() : why.error().message);
        for (QWidget *w : std::initializer_list<QWidget *> {
                 m_name, m_attempts, m_days, m_gap, m_vary, m_active, m_save})
            w->setEnabled(false);
    }

    connect(m_list, &QListWidget::currentRowChanged, this, &CallSettingsDialog::showCadence);
    connect(m_save, &QPushButton::clicked, this, &CallSettingsDialog::saveCadence);
    const auto preview = [this] { m_summary->setText(fromForm().summary()); };
    connect(m_attempts, &QSpinBox::valueChanged, this, preview);
    connect(m_days, &QSpinBox::valueChanged, this, preview);
    connect(m_gap, &QSpinBox::valueChanged, this, preview);
    connect(m_vary, &QCheckBox::toggled, this, preview);
    return page;
}

QWidget *CallSettingsDialog::windowPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Leads are called between these times in their own local time "
                                "(from the phone number's country, or the lead's country). My "
                                "queue puts a lead outside the window behind the ones that can "
                                "be called now; call mode shows the lead's local time."),
        page);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *form = new QFormLayout;
    m_windowFrom = new QTimeEdit(page);
    m_windowFrom->setObjectName(QStringLiteral("windowFrom"));
    m_windowFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&From:"), m_windowFrom);
    m_windowTo = new QTimeEdit(page);
    m_windowTo->setObjectName(QStringLiteral("windowTo"));
    m_windowTo->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&Until:"), m_windowTo);
    auto *save = new QPushButton(tr("&Save calling window"), page);
    save->setObjectName(QStringLiteral("windowSave"));
    form->addRow(QString(), save);
    outer->addLayout(form);
    m_windowMessage = new QLabel(page);
    m_windowMessage->setObjectName(QStringLiteral("windowMessage"));
    m_windowMessage->setWordWrap(true);
    outer->addWidget(m_windowMessage);
    outer->addStretch(1);
    if (auto w = m_session.services().cadence().callingWindow()) {
        m_windowFrom->setTime(w->from);
        m_windowTo->setTime(w->to);
    } else {
        m_windowMessage->setText(w.error().message);
    }
    if (!m_mayEdit) {
        for (QWidget *w : std::initializer_list<QWidget *> {m_windowFrom, m_windowTo, save})
            w->setEnabled(false);
    }
    connect(save, &QPushButton::clicked, this, &CallSettingsDialog::saveWindow);
    return page;
}

bool CallSettingsDialog::saveWindow()
{
    CallingWindow w;
    w.from = m_windowFrom->time();
    w.to = m_windowTo->time();
    if (auto r = m_session.services().cadence().saveCallingWindow(m_session.currentUser(), w); !r) {
        m_windowMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_windowMessage->setText(r.error().message);
        return false;
    }
    m_windowMessage->setStyleSheet(QStringLiteral("color: #14632b;"));
    m_windowMessage->setText(tr("Saved: leads are called from %1 to %2 in their local time.")
                                 .arg(QLocale().toString(w.from, QLocale::ShortFormat),
                                     QLocale().toString(w.to, QLocale::ShortFormat)));
    return true;
}

QWidget *CallSettingsDialog::telephonyPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("How F5 (in the lead list, the lead, My queue and call mode) "
                                "hands a number to your phone system: as a link your softphone "
                                "opens, or through your phone system's click-to-call page."),
        page);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *form = new QFormLayout;
    m_dialWith = new QComboBox(page);
    m_dialWith->setObjectName(QStringLiteral("dialWith"));
    m_dialWith->addItem(tr("tel: link (softphone, mobile phone)"), dialWithKey(DialWith::Tel));
    m_dialWith->addItem(tr("sip: link (SIP phone)"), dialWithKey(DialWith::Sip));
    m_dialWith->addItem(tr("callto: link (Skype and others)"), dialWithKey(DialWith::Callto));
    m_dialWith->addItem(tr("Click-to-call page (URL template)"), dialWithKey(DialWith::Template));
    form->addRow(tr("&Dial with:"), m_dialWith);
    m_template = new QLineEdit(page);
    m_template->setObjectName(QStringLiteral("dialTemplate"));
    m_template->setPlaceholderText(QStringLiteral("https://pbx.example.com/call?to={e164}"));
    form->addRow(tr("URL &template:"), m_template);
    auto *help = new QLabel(tr("{e164} +49301234567 · {digits} 49301234567 · {national} 030 "
                               "1234567"),
        page);
    help->setStyleSheet(QStringLiteral("color: #6b7480;"));
    form->addRow(QString(), help);
    m_dialPreview = new QLabel(page);
    m_dialPreview->setObjectName(QStringLiteral("dialPreview"));
    m_dialPreview->setWordWrap(true);
    m_dialPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Example:"), m_dialPreview);
    auto *save = new QPushButton(tr("&Save telephony"), page);
    save->setObjectName(QStringLiteral("telephonySave"));
    form->addRow(QString(), save);
    // National numbers ("0151 1070…") are read in the home region: imports, the search, the
    // lead's local time and a ringing caller. Administrators set it.
    m_homeRegion = makeRegionCombo(defaultPhoneRegion(m_session));
    m_homeRegion->setParent(page);
    m_homeRegion->setObjectName(QStringLiteral("homeRegion"));
    auto *saveRegion = new QPushButton(tr("Save &home region"), page);
    saveRegion->setObjectName(QStringLiteral("homeRegionSave"));
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_homeRegion, 1);
    regionRow->addWidget(saveRegion);
    auto *regionLabel = new QLabel(tr("&Numbers without a country code are from:"), page);
    regionLabel->setBuddy(m_homeRegion);
    form->addRow(regionLabel, regionRow);
    if (auto may = permissions::mayEditHomeRegion(m_session.currentUser()); !may) {
        for (QWidget *w : std::initializer_list<QWidget *> {m_homeRegion, saveRegion}) {
            w->setEnabled(false);
            w->setToolTip(may.error().message);
        }
    }
    connect(saveRegion, &QPushButton::clicked, this, &CallSettingsDialog::saveHomeRegion);
    outer->addLayout(form);
    m_telephonyMessage = new QLabel(page);
    m_telephonyMessage->setObjectName(QStringLiteral("telephonyMessage"));
    m_telephonyMessage->setWordWrap(true);
    outer->addWidget(m_telephonyMessage);
    outer->addStretch(1);
    if (auto d = m_session.services().cadence().dialSettings()) {
        m_dialWith->setCurrentIndex(std::max(0, m_dialWith->findData(dialWithKey(d->with))));
        m_template->setText(d->urlTemplate);
    } else {
        m_telephonyMessage->setText(d.error().message);
    }
    if (!m_mayEdit) {
        for (QWidget *w : std::initializer_list<QWidget *> {m_dialWith, m_template, save})
            w->setEnabled(false);
    }
    connect(m_dialWith, &QComboBox::currentIndexChanged, this, &CallSettingsDialog::previewDial);
    connect(m_template, &QLineEdit::textChanged, this, &CallSettingsDialog::previewDial);
    connect(save, &QPushButton::clicked, this, &CallSettingsDialog::saveTelephony);
    previewDial();
    return page;
}

void CallSettingsDialog::previewDial()
{
    DialSettings d;
    d.with = dialWithFromKey(m_dialWith->currentData().toString()).value_or(DialWith::Tel);
    d.urlTemplate = m_template->text();
    m_template->setEnabled(m_mayEdit && d.with == DialWith::Template);
    auto url = d.url(QStringLiteral("+49 30 1234567"), QStringLiteral("DE"));
    m_dialPreview->setText(url ? url.value() : url.error().message);
}

bool CallSettingsDialog::saveTelephony()
{
    DialSettings d;
    d.with = dialWithFromKey(m_dialWith->currentData().toString()).value_or(DialWith::Tel);
    d.urlTemplate = m_template->text();
    if (auto r = m_session.services().cadence().saveDialSettings(m_session.currentUser(), d); !r) {
        m_telephonyMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_telephonyMessage->setText(r.error().message);
        return false;
    }
    m_telephonyMessage->setStyleSheet(QStringLiteral("color: #14632b;"));
    m_telephonyMessage->setText(
        tr("Saved: F5 hands numbers over as %1.").arg(m_dialPreview->text()));
    return true;
}

bool CallSettingsDialog::saveHomeRegion()
{
    auto r = m_session.services().cadence().saveHomeRegion(
        m_session.currentUser(), m_homeRegion->currentData().toString());
    if (!r) {
        m_telephonyMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_telephonyMessage->setText(r.error().message);
        return false;
    }
    m_telephonyMessage->setStyleSheet(QStringLiteral("color: #14632b;"));
    m_telephonyMessage->setText(
        tr("Saved: numbers without a country code are read as numbers in %1 (+%2).")
            .arg(m_homeRegion->currentText(), HomeRegion::callingCode(r.value())));
    return true;
}

void CallSettingsDialog::loadCadences(int select)
{
    auto all = m_session.services().cadence().policies();
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    m_policies = all.value();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const CadencePolicy &p : m_policies)
        m_list->addItem(p.active ? p.displayName() : tr("%1 (inactive)").arg(p.displayName()));
    if (!m_policies.empty()) {
        m_list->setCurrentRow(std::clamp(select, 0, int(m_policies.size()) - 1));
        showCadence(m_list->currentRow());
    }
}

void CallSettingsDialog::showCadence(int row)
{
    if (row < 0 || row >= int(m_policies.size()))
        return;
    const CadencePolicy &p = m_policies[size_t(row)];
    m_name->setText(p.displayName());
    m_stage->setText(stageName(p.stage));
    m_attempts->setValue(p.attempts);
    m_days->setValue(p.withinDays);
    m_gap->setValue(p.gapHours);
    m_vary->setChecked(p.varyTimeOfDay);
    m_active->setChecked(p.active);
    m_summary->setText(p.summary());
}

CadencePolicy CallSettingsDialog::fromForm() const
{
    const int row = m_list->currentRow();
    CadencePolicy p
        = row >= 0 && row < int(m_policies.size()) ? m_policies[size_t(row)] : CadencePolicy();
    // The shipped name stays a code-like default unless someone typed another one.
    if (m_name->text().trimmed() != p.displayName())
        p.name = m_name->text();
    p.attempts = m_attempts->value();
    p.withinDays = m_days->value();
    p.gapHours = m_gap->value();
    p.varyTimeOfDay = m_vary->isChecked();
    p.active = m_active->isChecked();
    return p;
}

bool CallSettingsDialog::saveCadence()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    auto saved = m_session.services().cadence().save(m_session.currentUser(), fromForm());
    if (!saved) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(saved.error().message);
        return false;
    }
    m_message->setStyleSheet(QStringLiteral("color: #14632b;"));
    m_message->setText(tr("Saved: %1 — %2.").arg(saved->displayName(), saved->summary()));
    loadCadences(row);
    return true;
}

} // namespace bantam
