// UserDialog: the form for one user of the people dialog — login, name, role, team, territories,
// languages, capacity, absence, weight, active.
#pragma once

#include "domain/territory.h"
#include "domain/user.h"
#include "result.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bantam {

class Session;
struct Team;

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
    void nameFields();
    void fillFields(const User &user, const std::vector<Team> &teams,
        const std::vector<Territory> &territories);
    QHBoxLayout *buildAbsence(const User &user, QPushButton **clearButton);
    QDialogButtonBox *buildLayout(const User &user, QHBoxLayout *absence);
    void applyPermissions(const User &user, QPushButton *clear, QDialogButtonBox *buttons);
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
    QLineEdit *m_password, *m_passwordAgain; // a new user's sign-in on a team database
    QLabel *m_error;
    std::map<QString, QWidget *> m_fields; // core's field name -> widget
};

} // namespace bantam
