#include "team/peopledialog.h"

#include "common/session.h"
#include "domain/typedlist.h"
#include "people/directory.h"
#include "people/permissions.h"
#include "storage/userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

QTableWidgetItem *cell(const QVariant &v)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, v);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

// Enables w when allowed; otherwise disables it and says why (the core's message).
void allow(QWidget *w, const Result<void> &allowed, const QString &hint = {})
{
    w->setEnabled(allowed.ok());
    w->setToolTip(allowed ? hint : allowed.error().message);
}

// Red text under a form: the core's message about what is wrong.
QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("formError"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b03030;"));
    l->hide();
    return l;
}

QString capacityText(int capacity)
{
    return capacity > 0 ? QLocale().toString(capacity) : PeopleDialog::tr("no limit");
}

} // namespace

// ---------------------------------------------------------------------------------------------

PeopleDialog::PeopleDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_users(newTable(
          {tr("Name"), tr("Login"), tr("Role"), tr("Team"), tr("Territories"), tr("Languages"),
              tr("Open leads"), tr("New per day"), tr("Absent"), tr("Weight"), tr("Active")},
          this))
    , m_teams(new QListWidget(this))
    , m_territories(newTable({tr("Territory"), tr("Countries"), tr("Postcode prefixes")}, this))
    , m_addUser(new QPushButton(tr("&Add user…"), this))
    , m_editUser(new QPushButton(tr("&Edit…"), this))
    , m_addTeam(new QPushButton(tr("&Add team…"), this))
    , m_renameTeam(new QPushButton(tr("Re&name…"), this))
    , m_addTerritory(new QPushButton(tr("&Add territory…"), this))
    , m_editTerritory(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("Users, teams and territories"));
    m_users->setObjectName(QStringLiteral("peopleUsers"));
    m_teams->setObjectName(QStringLiteral("peopleTeams"));
    m_territories->setObjectName(QStringLiteral("peopleTerritories"));
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_editUser->setObjectName(QStringLiteral("editUserButton"));
    m_addTeam->setObjectName(QStringLiteral("addTeamButton"));
    m_renameTeam->setObjectName(QStringLiteral("renameTeamButton"));
    m_addTerritory->setObjectName(QStringLiteral("addTerritoryButton"));
    m_editTerritory->setObjectName(QStringLiteral("editTerritoryButton"));

    // One page: the list, and its buttons on the right.
    auto page
        = [this](QWidget *list, std::initializer_list<QPushButton *> buttons, const QString &note) {
              auto *w = new QWidget(m_tabs);
              auto *side = new QVBoxLayout;
              for (QPushButton *b : buttons) {
                  b->setAutoDefault(false); // Return in the dialog closes it, not "Add"
                  side->addWidget(b);
              }
              side->addStretch(1);
              auto *row = new QHBoxLayout;
              row->addWidget(list, 1);
              row->addLayout(side);
              auto *layout = new QVBoxLayout(w);
              layout->addLayout(row, 1);
              auto *hint = new QLabel(note, w);
              hint->setWordWrap(true);
              hint->setStyleSheet(QStringLiteral("color: #6b7480;"));
              layout->addWidget(hint);
              return w;
          };
    m_tabs->addTab(page(m_users, {m_addUser, m_editUser},
                       tr("Administrators manage users; team leads change the capacity, absence, "
                          "weight, languages and territories of their team's reps.")),
        tr("&Users"));
    m_tabs->addTab(page(m_teams, {m_addTeam, m_renameTeam},
                       tr("Routing rules can send leads to a team, which distributes them among "
                          "its reps.")),
        tr("&Teams"));
    m_tabs->addTab(page(m_territories, {m_addTerritory, m_editTerritory},
                       tr("A territory is a set of countries, optionally narrowed to postcode "
                          "prefixes (e.g. DE with 8, 9 for the south of Germany).")),
        tr("Te&rritories"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_addUser, &QPushButton::clicked, this, [this] { editUser(true); });
    connect(m_editUser, &QPushButton::clicked, this, [this] { editUser(false); });
    connect(m_users, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editUser->isEnabled())
            editUser(false);
    });
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_addTeam, &QPushButton::clicked, this, &PeopleDialog::addTeam);
    connect(m_renameTeam, &QPushButton::clicked, this, &PeopleDialog::renameTeam);
    connect(m_teams, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_renameTeam->isEnabled())
            renameTeam();
    });
    connect(m_teams, &QListWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_addTerritory, &QPushButton::clicked, this, [this] { editTerritory(true); });
    connect(m_editTerritory, &QPushButton::clicked, this, [this] { editTerritory(false); });
    connect(m_territories, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editTerritory->isEnabled())
            editTerritory(false);
    });
    connect(m_territories, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);

    load();
    resize(1100, 600);
}

void PeopleDialog::load()
{
    const UserRepository people(m_session.database());
    auto territories = people.territories();
    auto teams = people.teams();
    if (!territories || !teams) {
        QMessageBox::warning(
            this, windowTitle(), (!territories ? territories.error() : teams.error()).message);
        return;
    }
    m_territoryList = territories.value();
    loadUsers();

    const int teamRow = m_teams->currentRow();
    m_teams->clear();
    for (const Team &t : teams.value()) {
        const auto members = std::count_if(m_userList.begin(), m_userList.end(),
            [&t](const User &u) { return u.teamId == t.id && u.active; });
        auto *item = new QListWidgetItem(
            tr("%1 (%n active member(s))", nullptr, int(members)).arg(t.name), m_teams);
        item->setData(Qt::UserRole, t.id);
        item->setData(Qt::UserRole + 1, t.name);
    }
    if (teamRow >= 0 && teamRow < m_teams->count())
        m_teams->setCurrentRow(teamRow);

    const int territoryRow = m_territories->currentRow();
    m_territories->setRowCount(0);
    for (const Territory &t : m_territoryList) {
        const int row = m_territories->rowCount();
        m_territories->insertRow(row);
        m_territories->setItem(row, 0, cell(t.name));
        m_territories->setItem(row, 1, cell(t.countries.join(QStringLiteral(", "))));
        m_territories->setItem(row, 2,
            cell(t.postcodePrefixes.isEmpty() ? tr("whole countries")
                                              : t.postcodePrefixes.join(QStringLiteral(", "))));
    }
    m_territories->resizeColumnsToContents();
    if (territoryRow >= 0 && territoryRow < m_territories->rowCount())
        m_territories->selectRow(territoryRow);
    updateButtons();
}

void PeopleDialog::loadUsers()
{
    auto users = UserRepository(m_session.database()).all();
    if (!users)
        return;
    m_userList = users.value();
    const qint64 selected = m_users->currentRow() >= 0
        ? m_users->item(m_users->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    std::map<qint64, QString> territoryNames;
    for (const Territory &t : m_territoryList)
        territoryNames[t.id] = t.name;
    const QDate today = m_session.clock().now().date();
    m_users->setRowCount(0);
    for (const User &u : m_userList) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        QStringList territories;
        for (qint64 id : u.territoryIds)
            territories << territoryNames[id];
        QString absent;
        if (u.absentFrom.isValid() || u.absentTo.isValid()) {
            const QLocale l;
            absent = tr("%1 – %2").arg(
                u.absentFrom.isValid() ? l.toString(u.absentFrom, QLocale::ShortFormat) : QString(),
                u.absentTo.isValid() ? l.toString(u.absentTo, QLocale::ShortFormat) : QString());
            if (u.isAbsentOn(today))
                absent = tr("%1 (now)").arg(absent);
        }
        auto *name = cell(u.name);
        name->setData(Qt::UserRole, u.id);
        m_users->setItem(row, 0, name);
        m_users->setItem(row, 1, cell(u.login));
        m_users->setItem(row, 2, cell(roleName(u.role)));
        m_users->setItem(row, 3, cell(u.teamName));
        m_users->setItem(row, 4, cell(territories.join(QStringLiteral(", "))));
        m_users->setItem(row, 5, cell(u.languages.join(QStringLiteral(", "))));
        m_users->setItem(row, 6, cell(capacityText(u.capacityOpen)));
        m_users->setItem(row, 7, cell(capacityText(u.capacityDaily)));
        m_users->setItem(row, 8, cell(absent));
        m_users->setItem(row, 9, cell(u.weight));
        m_users->setItem(row, 10, cell(u.active ? tr("yes") : tr("no")));
        if (!u.active) {
            for (int c = 0; c < m_users->columnCount(); ++c)
                m_users->item(row, c)->setForeground(QColor(0x8a, 0x90, 0x98));
        }
        if (u.id == selected)
            m_users->selectRow(row);
    }
    m_users->resizeColumnsToContents();
}

void PeopleDialog::updateButtons()
{
    const User &me = m_session.currentUser();
    const auto manage = permissions::mayManagePeople(me);
    for (QPushButton *b : {m_addUser, m_addTeam, m_addTerritory})
        allow(b, manage);
    const int row = m_users->currentRow();
    if (row < 0 || size_t(row) >= m_userList.size()) {
        m_editUser->setEnabled(false);
        m_editUser->setToolTip(tr("Select a user first."));
    } else {
        const qint64 id = m_users->item(row, 0)->data(Qt::UserRole).toLongLong();
        const auto u = std::find_if(
            m_userList.begin(), m_userList.end(), [id](const User &x) { return x.id == id; });
        // Admins edit everyone; team leads the routing attributes of their team's reps.
        allow(m_editUser,
            u == m_userList.end()
                ? Result<void>(Error::notFound(tr("There is no user %1.").arg(id)))
                : permissions::mayEditRepSettings(me, *u));
    }
    allow(m_renameTeam,
        manage.ok() && !m_teams->currentItem()
            ? Result<void>(Error::invalid(tr("Select a team first.")))
            : manage);
    allow(m_editTerritory,
        manage.ok() && m_territories->currentRow() < 0
            ? Result<void>(Error::invalid(tr("Select a territory first.")))
            : manage);
}

bool PeopleDialog::changed(const Error *error)
{
    if (error) {
        QMessageBox::warning(this, windowTitle(), error->message);
        return false;
    }
    m_session.notifyPeopleChanged();
    load();
    return true;
}

void PeopleDialog::editUser(bool add)
{
    User user;
    if (!add) {
        const int row = m_users->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_users->item(row, 0)->data(Qt::UserRole).toLongLong();
        for (const User &u : m_userList) {
            if (u.id == id)
                user = u;
        }
        if (user.id == 0)
            return;
    }
    auto teams = UserRepository(m_session.database()).teams();
    UserDialog dialog(
        m_session, user, teams ? teams.value() : std::vector<Team> {}, m_territoryList, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(nullptr);
}

void PeopleDialog::addTeam()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Add team"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto r = m_session.services().directory().addTeam(m_session.currentUser(), name);
    changed(r ? nullptr : &r.error());
}

void PeopleDialog::renameTeam()
{
    QListWidgetItem *item = m_teams->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename team"), tr("New name:"),
        QLineEdit::Normal, item->data(Qt::UserRole + 1).toString(), &ok);
    if (!ok)
        return;
    auto r = m_session.services().directory().renameTeam(
        m_session.currentUser(), item->data(Qt::UserRole).toLongLong(), name);
    changed(r ? nullptr : &r.error());
}

void PeopleDialog::editTerritory(bool add)
{
    Territory t;
    if (!add) {
        const int row = m_territories->currentRow();
        if (row < 0 || size_t(row) >= m_territoryList.size())
            return;
        t = m_territoryList[size_t(row)];
    }
    TerritoryDialog dialog(m_session, t, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(nullptr);
}

// ---------------------------------------------------------------------------------------------

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
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(user.id ? tr("User %1").arg(user.login) : tr("New user"));
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

    // The absence: either end may be open. "None" is the date edit's lowest value, the day before
    // today (or before the dates set), so that picking a date from "none" starts at today.
    QDate none = session.clock().now().date();
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(user.id ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_fields = {{QStringLiteral("login"), m_login}, {QStringLiteral("name"), m_name},
        {QStringLiteral("role"), m_role}, {QStringLiteral("team"), m_team},
        {QStringLiteral("territories"), m_territories}, {QStringLiteral("languages"), m_languages},
        {QStringLiteral("capacity"), m_capacityOpen}, {QStringLiteral("weight"), m_weight},
        {QStringLiteral("absence"), m_absentFrom}};

    // What the signed-in user may change: the core's checks, its reasons as tooltips.
    const User &me = session.currentUser();
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
    allow(buttons->button(QDialogButtonBox::Ok), routing);
    setMinimumWidth(560);
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
    auto r = m_user.id ? directory.updateUser(me, fromForm()) : directory.addUser(me, fromForm());
    if (!r) {
        showError(r.error());
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

TerritoryDialog::TerritoryDialog(Session &session, const Territory &territory, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_territory(territory)
    , m_name(new QLineEdit(territory.name, this))
    , m_countries(new QLineEdit(territory.countries.join(QStringLiteral(", ")), this))
    , m_prefixes(new QLineEdit(territory.postcodePrefixes.join(QStringLiteral(", ")), this))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("territoryDialog"));
    setWindowTitle(territory.id ? tr("Territory %1").arg(territory.name) : tr("New territory"));
    m_name->setObjectName(QStringLiteral("territoryName"));
    m_countries->setObjectName(QStringLiteral("territoryCountries"));
    m_prefixes->setObjectName(QStringLiteral("territoryPrefixes"));
    m_countries->setPlaceholderText(tr("two-letter codes, e.g. DE, AT, CH"));
    m_prefixes->setPlaceholderText(tr("optional, e.g. 80, 81, 9 — empty: the whole countries"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Countries:"), m_countries);
    form->addRow(tr("&Postcode prefixes:"), m_prefixes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(territory.id ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TerritoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    allow(
        buttons->button(QDialogButtonBox::Ok), permissions::mayManagePeople(session.currentUser()));
    setMinimumWidth(480);
}

void TerritoryDialog::accept()
{
    Territory t = m_territory;
    t.name = m_name->text();
    t.countries = splitTypedList(m_countries->text(), ListItems::Codes);
    t.postcodePrefixes = splitTypedList(m_prefixes->text(), ListItems::Codes);
    auto r = m_session.services().directory().saveTerritory(m_session.currentUser(), t);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        QLineEdit *field = r.error().field == QLatin1String("countries") ? m_countries : m_name;
        field->setFocus();
        field->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace bantam
