#include "team/userdialog.h"

#include "common/session.h"
#include "domain/typedlist.h"
#include "people/directory.h"
#include "people/permissions.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "team/passworddialog.h"
#include "team/teamforms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bantam {

UserDialog::UserDialog(Session &session, const User &user, const std::vector<Team> &teams,
    const std::vector<Territory> &territories, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_login(new QLineEdit(user.login, this))
    , m_name(new QLineEdit(user.name, this))
    , m_languages(new QLineEdit(user.languages.join(QStringLiteral(", ")), this))
    , m_role(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_territories(new QListWidget(this))
    , m_capacityOpen(new QSpinBox(this))
    , m_capacityDaily(new QSpinBox(this))
    , m_weight(new QSpinBox(this))
    , m_absentFrom(new QDateEdit(this))
    , m_absentTo(new QDateEdit(this))
    , m_active(new QCheckBox(tr("Active (may sign in and receive leads)"), this))
    , m_error(errorLabel(this))
{
    std::tie(m_password, m_passwordAgain) = newPasswordFields(this);
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(user.id ? tr("User %1").arg(user.login) : tr("New user"));
    nameFields();
    fillFields(user, teams, territories);
    QPushButton *clear = nullptr;
    QHBoxLayout *absence = buildAbsence(user, &clear);
    QDialogButtonBox *buttons = buildLayout(user, absence);
    m_fields = {{QStringLiteral("login"), m_login}, {QStringLiteral("name"), m_name},
        {QStringLiteral("role"), m_role}, {QStringLiteral("team"), m_team},
        {QStringLiteral("territories"), m_territories}, {QStringLiteral("languages"), m_languages},
        {QStringLiteral("capacity"), m_capacityOpen}, {QStringLiteral("weight"), m_weight},
        {QStringLiteral("absence"), m_absentFrom}, {QStringLiteral("password"), m_password}};
    applyPermissions(user, clear, buttons);
    setMinimumWidth(560);
}

void UserDialog::nameFields()
{
    m_login->setObjectName(QStringLiteral("userLogin"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_role->setObjectName(QStringLiteral("userRole"));
    m_team->setObjectName(QStringLiteral("userTeam"));
    m_territories->setObjectName(QStringLiteral("userTerritories"));
    m_languages->setObjectName(QStringLiteral("userLanguages"));
    m_capacityOpen->setObjectName(QStringLiteral("userCapacityOpen"));
    m_capacityDaily->setObjectName(QStringLiteral("userCapacityDaily"));
    m_weight->setObjectName(QStringLiteral("userWeight"));
    m_absentFrom->setObjectName(QStringLiteral("userAbsentFrom"));
    m_absentTo->setObjectName(QStringLiteral("userAbsentTo"));
    m_active->setObjectName(QStringLiteral("userActive"));
}

// The choices and the user's values.
void UserDialog::fillFields(
    const User &user, const std::vector<Team> &teams, const std::vector<Territory> &territories)
{
    m_login->setPlaceholderText(tr("e.g. j.meier"));
    m_name->setPlaceholderText(tr("as colleagues see it; the login if empty"));
    m_languages->setPlaceholderText(tr("e.g. de, en — empty: any"));
    for (Role r : allRoles)
        m_role->addItem(roleName(r), roleKey(r));
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleKey(user.role))));
    m_team->addItem(tr("(no team)"), QVariant());
    for (const Team &t : teams)
        m_team->addItem(t.name, t.id);
    m_team->setCurrentIndex(user.teamId ? std::max(0, m_team->findData(*user.teamId)) : 0);
    for (const Territory &t : territories) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(t.name, t.countries.join(QStringLiteral(", "))), m_territories);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool has = std::find(user.territoryIds.begin(), user.territoryIds.end(), t.id)
            != user.territoryIds.end();
        item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
    }
    m_territories->setMaximumHeight(110);
    if (territories.empty())
        m_territories->setToolTip(tr("No territories yet: add them on the Territories tab."));
    for (QSpinBox *s : {m_capacityOpen, m_capacityDaily}) {
        s->setRange(0, 100000);
        s->setSpecialValueText(tr("no limit"));
    }
    m_capacityOpen->setValue(user.capacityOpen);
    m_capacityDaily->setValue(user.capacityDaily);
    m_weight->setRange(0, 100);
    m_weight->setValue(user.weight);
    m_weight->setToolTip(tr("The rep's share in weighted round-robin; 0 = none that way."));
    m_active->setChecked(user.active);
}

// The absence dates and their Clear button (in *clear).
QHBoxLayout *UserDialog::buildAbsence(const User &user, QPushButton **clearButton)
{
    // The absence: either end may be open. "None" is the date edit's lowest value, the day before
    // today (or before the dates set), so that picking a date from "none" starts at today.
    QDate none = m_session.clock().now().date();
    for (const QDate &d : {user.absentFrom, user.absentTo}) {
        if (d.isValid())
            none = std::min(none, d);
    }
    none = none.addDays(-1);
    for (QDateEdit *d : {m_absentFrom, m_absentTo}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(none);
        d->setSpecialValueText(tr("none"));
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_absentFrom->setDate(user.absentFrom.isValid() ? user.absentFrom : none);
    m_absentTo->setDate(user.absentTo.isValid() ? user.absentTo : none);
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(QStringLiteral("clearAbsence"));
    clear->setToolTip(tr("No absence."));
    connect(clear, &QPushButton::clicked, this, [this, none] {
        m_absentFrom->setDate(none);
        m_absentTo->setDate(none);
    });
    auto *absence = new QHBoxLayout;
    absence->addWidget(m_absentFrom, 1);
    absence->addWidget(new QLabel(tr("to"), this));
    absence->addWidget(m_absentTo, 1);
    absence->addWidget(clear);
    *clearButton = clear;
    return absence;
}

// The form, the error line and the buttons; gives the buttons.
QDialogButtonBox *UserDialog::buildLayout(const User &user, QHBoxLayout *absence)
{
    auto *capacity = new QHBoxLayout;
    capacity->addWidget(m_capacityOpen, 1);
    capacity->addWidget(new QLabel(tr("new per day:"), this));
    capacity->addWidget(m_capacityDaily, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Te&rritories:"), m_territories);
    form->addRow(tr("Lan&guages:"), m_languages);
    // Rows holding a layout get their label's buddy by hand, for the shortcut.
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Capacity, open leads:"), m_capacityOpen), capacity);
    form->addRow(buddyLabel(tr("Ab&sent from:"), m_absentFrom), absence);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(QString(), m_active);
    if (!user.id) {
        // A new user's sign-in to a team database (their PostgreSQL login); "Reset password…"
        // in the people dialog sets it later.
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Repeat passwor&d:"), m_passwordAgain);
    } else {
        m_password->hide();
        m_passwordAgain->hide();
    }

    return finishForm(this, form, m_error, user.id ? tr("&Save") : tr("&Add"));
}

void UserDialog::applyPermissions(const User &user, QPushButton *clear, QDialogButtonBox *buttons)
{
    // What the signed-in user may change: the core's checks, its reasons as tooltips.
    const User &me = m_session.currentUser();
    const auto manage = permissions::mayManagePeople(me);
    const auto routing = user.id ? permissions::mayEditRepSettings(me, user) : manage;
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_role, m_team, m_active})
        allow(w, manage);
    for (QWidget *w : std::initializer_list<QWidget *> {m_territories, m_languages, m_capacityOpen,
             m_capacityDaily, m_absentFrom, m_absentTo, clear, m_weight})
        allow(w, routing);
    if (user.id) {
        m_login->setEnabled(false);
        m_login->setToolTip(tr("The login never changes: people sign in and scripts refer to "
                               "users with it."));
    } else {
        allow(m_login, manage);
    }
    if (!m_session.database().isServer()) {
        for (QLineEdit *e : {m_password, m_passwordAgain}) {
            e->setEnabled(false);
            e->setToolTip(tr("A database file is a one-person database: whoever opens the file "
                             "works in it, without a password. Passwords are for team databases "
                             "(PostgreSQL)."));
        }
    } else {
        m_password->setPlaceholderText(tr("empty: no sign-in until a password is set"));
        for (QLineEdit *e : {m_password, m_passwordAgain})
            allow(e, manage);
    }
    allow(buttons->button(QDialogButtonBox::Ok), routing);
}

User UserDialog::fromForm() const
{
    User u = m_user;
    u.login = m_login->text();
    u.name = m_name->text();
    u.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Rep);
    u.teamId = m_team->currentData().isValid()
        ? std::optional<qint64>(m_team->currentData().toLongLong())
        : std::nullopt;
    u.territoryIds.clear();
    for (int i = 0; i < m_territories->count(); ++i) {
        if (m_territories->item(i)->checkState() == Qt::Checked)
            u.territoryIds.push_back(m_territories->item(i)->data(Qt::UserRole).toLongLong());
    }
    u.languages = splitTypedList(m_languages->text(), ListItems::Codes);
    u.capacityOpen = m_capacityOpen->value();
    u.capacityDaily = m_capacityDaily->value();
    const auto date
        = [](const QDateEdit *d) { return d->date() == d->minimumDate() ? QDate() : d->date(); };
    u.absentFrom = date(m_absentFrom);
    u.absentTo = date(m_absentTo);
    u.weight = m_weight->value();
    u.active = m_active->isChecked();
    return u;
}

void UserDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    const auto field = m_fields.find(error.field);
    if (field != m_fields.end() && field->second->isEnabled())
        field->second->setFocus();
}

void UserDialog::accept()
{
    const Directory &directory = m_session.services().directory();
    const User &me = m_session.currentUser();
    std::optional<QString> password;
    if (!m_user.id && !m_password->text().isEmpty()) {
        auto typed = passwordOf(m_password, m_passwordAgain);
        if (!typed) {
            showError(typed.error());
            return;
        }
        password = typed.value();
    }
    auto r = m_user.id ? directory.updateUser(me, fromForm())
                       : directory.addUser(me, fromForm(), password);
    if (!r) {
        showError(r.error());
        return;
    }
    QDialog::accept();
}

} // namespace bantam
