// PeopleDialog: managing people — users (role, team, territories, languages, capacity, absence,
// weight, active), teams and territories (countries and postcode prefixes) — in three tabs.
// Every change goes through core's Directory, which checks the permissions (admins; team leads
// for the capacity and absence of their team's reps), validates and writes the audit rows; what
// the signed-in user may not do is disabled, with the core's reason as the tooltip.
#pragma once

#include "domain/user.h"
#include "result.h"
#include "routing/routingrule.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace bantam {

class Session;
struct Team;

class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Session &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    void load();
    void loadUsers();
    void updateButtons();
    void editUser(bool add);
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
    QPushButton *m_addUser, *m_editUser, *m_addTeam, *m_renameTeam, *m_addTerritory,
        *m_editTerritory;
    std::vector<User> m_userList;
    std::vector<Territory> m_territoryList;
};

// The form for one user: new (id 0) or existing. Fields the actor may not change are disabled
// with the reason as tooltip; saving calls Directory and shows its validation errors at the field.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(Session &session, const User &user, const std::vector<Team> &teams,
        const std::vector<Territory> &territories, QWidget *parent = nullptr);

    void accept() override;

private:
    User fromForm() const;
    void showError(const Error &error);

    Session &m_session;
    User m_user;
    QLineEdit *m_login, *m_name, *m_languages;
    QComboBox *m_role, *m_team;
    QListWidget *m_territories;
    QSpinBox *m_capacityOpen, *m_capacityDaily, *m_weight;
    QDateEdit *m_absentFrom, *m_absentTo;
    QCheckBox *m_active;
    QLabel *m_error;
    std::map<QString, QWidget *> m_fields; // core's field name -> widget
};

// A territory: name, countries, postcode prefixes.
class TerritoryDialog : public QDialog
{
    Q_OBJECT

public:
    TerritoryDialog(Session &session, const Territory &territory, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    Territory m_territory;
    QLineEdit *m_name, *m_countries, *m_prefixes;
    QLabel *m_error;
};

} // namespace bantam
