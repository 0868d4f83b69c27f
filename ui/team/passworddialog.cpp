#include "team/passworddialog.h"

#include "common/session.h"
#include "people/directory.h"
#include "team/teamforms.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace bantam {

std::pair<QLineEdit *, QLineEdit *> newPasswordFields(QWidget *parent)
{
    auto *password = new QLineEdit(parent);
    auto *again = new QLineEdit(parent);
    password->setObjectName(QStringLiteral("userPassword"));
    again->setObjectName(QStringLiteral("userPasswordAgain"));
    for (QLineEdit *e : {password, again})
        e->setEchoMode(QLineEdit::Password);
    return {password, again};
}

Result<QString> passwordOf(const QLineEdit *password, const QLineEdit *again)
{
    if (password->text() != again->text())
        return Error::invalid(
            PasswordDialog::tr("The two passwords differ."), QStringLiteral("password"));
    return password->text();
}

PasswordDialog::PasswordDialog(Session &session, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password of %1").arg(user.name));
    std::tie(m_password, m_again) = newPasswordFields(this);
    auto *form = new QFormLayout;
    auto *note = new QLabel(tr("%1 signs in to the team database as %2 with this password. "
                               "Tell them in person; Bantam never shows it again.")
                                .arg(user.name, user.login),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("New &password:"), m_password);
    form->addRow(tr("&Repeat:"), m_again);
    finishForm(this, form, m_error, tr("&Set password"));
    setMinimumWidth(420);
}

void PasswordDialog::accept()
{
    auto password = passwordOf(m_password, m_again);
    auto set = password ? m_session.services().directory().setPassword(
                   m_session.currentUser(), m_user.id, password.value())
                        : Result<void>(password.error());
    if (!set) {
        m_error->setText(set.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bantam
