// PasswordDialog: sets a new password for a user's sign-in on a team database (the password of
// their PostgreSQL login), typed twice. An administrator's reset (Directory::setPassword), or
// the signed-in user's own change, which asks for the current password first
// (Directory::changeOwnPassword).
#pragma once

#include "domain/user.h"
#include "result.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace bantam {

class Session;

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Whose { Someone, Own };
    PasswordDialog(Session &session, const User &user, Whose whose, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    User m_user;
    QLineEdit *m_current = nullptr; // only for one's own password
    QLineEdit *m_password, *m_again;
    QLabel *m_error;
};

// Two password fields (the second repeats the first) for a form; the first and the second.
std::pair<QLineEdit *, QLineEdit *> newPasswordFields(QWidget *parent);
// The password the two fields hold; an error (field "password") when they differ.
Result<QString> passwordOf(const QLineEdit *password, const QLineEdit *again);

} // namespace bantam
