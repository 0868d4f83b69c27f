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

PasswordDialog::PasswordDialog(Session &session, const User &user, Whose whose, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    if (whose == Whose::Own) { // made first: first in the tab order
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
    }
    std::tie(m_password, m_again) = newPasswordFields(this);
    auto *form = new QFormLayout;
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    form->addRow(note);
    if (whose == Whose::Own) {
        setWindowTitle(tr("Change my password"));
        note->setText(tr("You sign in to the team database as %1. The new password counts from "
                         "your next sign-in; this window stays signed in.")
                          .arg(user.login));
        form->addRow(tr("&Current password:"), m_current);
    } else {
        setWindowTitle(tr("Password of %1").arg(user.name));
        note->setText(tr("%1 signs in to the team database as %2 with this password. "
                         "Tell them in person; Bantam never shows it again.")
                          .arg(user.name, user.login));
    }
    form->addRow(tr("New &password:"), m_password);
    form->addRow(tr("&Repeat:"), m_again);
    finishForm(this, form, m_error, tr("&Set password"));
    setMinimumWidth(420);
}

void PasswordDialog::accept()
{
    auto password = passwordOf(m_password, m_again);
    const Directory &directory = m_session.services().directory();
    Result<void> set;
    if (!password) {
        set = password.error();
    } else if (m_current) {
        set = directory.changeOwnPassword(
            m_session.currentUser(), m_current->text(), password.value());
    } else {
        set = directory.setPassword(m_session.currentUser(), m_user.id, password.value());
    }
    if (!set) {
        m_error->setText(set.error().message);
        m_error->show();
        const bool aboutCurrent = m_current && set.error().field != QLatin1String("password");
        (aboutCurrent ? m_current : m_password)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bantam
