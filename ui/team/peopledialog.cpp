#include "team/peopledialog.h"

#include "common/screenfit.h"
#include "common/session.h"
#include "people/directory.h"
#include "people/permissions.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "team/passworddialog.h"
#include "team/teamforms.h"
#include "team/territorydialog.h"
#include "team/userdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

QString capacityText(int capacity)
{
    return capacity > 0 ? QLocale().toString(capacity) : PeopleDialog::tr("no limit");
}

} // namespace

PeopleDialog::PeopleDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_users(newPeopleTable(
          {tr("Name"), tr("Login"), tr("Role"), tr("Team"), tr("Territories"), tr("Languages"),
              tr("Open leads"), tr("New per day"), tr("Absent"), tr("Weight"), tr("Active")},
          this))
    , m_teams(new QListWidget(this))
    , m_territories(
          newPeopleTable({tr("Territory"), tr("Countries"), tr("Postcode prefixes")}, this))
    , m_addUser(new QPushButton(tr("&Add user…"), this))
    , m_editUser(new QPushButton(tr("&Edit…"), this))
    , m_resetPassword(new QPushButton(tr("Reset &password…"), this))
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

    m_tabs->addTab(listPage(m_users, {m_addUser, m_editUser, m_resetPassword},
                       tr("Administrators manage users; team leads change the capacity, absence, "
                          "weight, languages and territories of their team's reps.")),
        tr("&Users"));
    m_tabs->addTab(listPage(m_teams, {m_addTeam, m_renameTeam},
                       tr("Routing rules can send leads to a team, which distributes them among "
                          "its reps.")),
        tr("&Teams"));
    m_tabs->addTab(listPage(m_territories, {m_addTerritory, m_editTerritory},
                       tr("A territory is a set of countries, optionally narrowed to postcode "
                          "prefixes (e.g. DE with 8, 9 for the south of Germany).")),
        tr("Te&rritories"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connectControls();

    load();
    resizeWithinScreen(this, QSize(1400, 600)); // every column of the users in sight
}

// One page: the list, and its buttons on the right, a note below.
QWidget *PeopleDialog::listPage(
    QWidget *list, std::initializer_list<QPushButton *> buttons, const QString &note)
{
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
}

void PeopleDialog::connectControls()
{
    connect(m_addUser, &QPushButton::clicked, this, [this] { editUser(true); });
    connect(m_editUser, &QPushButton::clicked, this, [this] { editUser(false); });
    connect(m_resetPassword, &QPushButton::clicked, this, &PeopleDialog::resetPassword);
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
        m_territories->setItem(row, 0, readOnlyCell(t.name));
        m_territories->setItem(row, 1, readOnlyCell(t.countries.join(QStringLiteral(", "))));
        m_territories->setItem(row, 2,
            readOnlyCell(t.postcodePrefixes.isEmpty()
                    ? tr("whole countries")
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
        auto *name = readOnlyCell(u.name);
        name->setData(Qt::UserRole, u.id);
        m_users->setItem(row, 0, name);
        m_users->setItem(row, 1, readOnlyCell(u.login));
        m_users->setItem(row, 2, readOnlyCell(roleName(u.role)));
        m_users->setItem(row, 3, readOnlyCell(u.teamName));
        m_users->setItem(row, 4, readOnlyCell(territories.join(QStringLiteral(", "))));
        m_users->setItem(row, 5, readOnlyCell(u.languages.join(QStringLiteral(", "))));
        m_users->setItem(row, 6, readOnlyCell(capacityText(u.capacityOpen)));
        m_users->setItem(row, 7, readOnlyCell(capacityText(u.capacityDaily)));
        m_users->setItem(row, 8, readOnlyCell(absent));
        m_users->setItem(row, 9, readOnlyCell(u.weight));
        m_users->setItem(row, 10, readOnlyCell(u.active ? tr("yes") : tr("no")));
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
    // Passwords: a team database's sign-in, set by administrators.
    allow(m_resetPassword,
        !m_session.database().isServer() ? Result<void>(Error::invalid(
            tr("A database file is a one-person database: whoever opens the file works in "
               "it, without a password. Passwords are for team databases (PostgreSQL).")))
            : manage.ok() && row < 0     ? Result<void>(Error::invalid(tr("Select a user first.")))
                                         : manage);
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

void PeopleDialog::resetPassword()
{
    const int row = m_users->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_users->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto u = std::find_if(
        m_userList.begin(), m_userList.end(), [id](const User &x) { return x.id == id; });
    if (u == m_userList.end())
        return;
    PasswordDialog dialog(m_session, *u, PasswordDialog::Whose::Someone, this);
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

} // namespace bantam
