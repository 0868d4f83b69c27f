// PeopleDialog: managing people — users (role, team, territories, languages, capacity, absence,
// weight, active), teams and territories (countries and postcode prefixes) — in three tabs.
// Every change goes through core's Directory, which checks the permissions (admins; team leads
// for the capacity and absence of their team's reps), validates and writes the audit rows; what
// the signed-in user may not do is disabled, with the core's reason as the tooltip.
#pragma once

#include "domain/territory.h"
#include "domain/user.h"
#include "result.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace bantam {

class Session;

class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Session &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *listPage(
        QWidget *list, std::initializer_list<QPushButton *> buttons, const QString &note);
    void connectControls();
    void load();
    void loadUsers();
    void updateButtons();
    void editUser(bool add);
    void resetPassword();
    void addTeam();
    void renameTeam();
    void editTerritory(bool add);
    // Shows the error (a refusal or failure) if any; otherwise tells everyone that people
    // changed and reloads. True when there was no error.
    bool changed(const Error *error);

    Session &m_session;
    QTabWidget *m_tabs;
    QTableWidget *m_users;
    QListWidget *m_teams;
    QTableWidget *m_territories;
    QPushButton *m_addUser, *m_editUser, *m_resetPassword, *m_addTeam, *m_renameTeam,
        *m_addTerritory, *m_editTerritory;
    std::vector<User> m_userList;
    std::vector<Territory> m_territoryList;
};

} // namespace bantam
