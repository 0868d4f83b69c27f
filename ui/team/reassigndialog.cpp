#include "team/reassigndialog.h"

#include "common/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

ReassignDialog::ReassignDialog(const User &actor, const std::vector<User> &users, int leadCount,
    qint64 preferredUserId, QWidget *parent)
    : QDialog(parent)
    , m_rep(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Reassign"));
    m_rep->setObjectName(QStringLiteral("reassignTo"));
    m_reason->setObjectName(QStringLiteral("reassignReason"));
    m_reason->setPlaceholderText(tr("e.g. holiday cover, language, workload"));
    showWholePlaceholder(m_reason);
    for (const User &u : users) {
        const bool eligible = u.active && u.isSales()
            && (actor.role == Role::Admin || (actor.teamId && u.teamId == actor.teamId));
        if (!eligible)
            continue;
        m_rep->addItem(
            u.teamName.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, u.teamName),
            u.id);
        if (u.id == preferredUserId)
            m_rep->setCurrentIndex(m_rep->count() - 1);
    }
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Reassign %n lead(s).", nullptr, leadCount), this));
    form->addRow(tr("&New owner:"), m_rep);
    form->addRow(tr("&Reason:"), m_reason);
    auto *hint = new QLabel(tr("The previous and the new owner see the reason."), this);
    hint->setStyleSheet(QStringLiteral("color: #6b7480;"));
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reassign"));
    auto update = [this] {
        m_ok->setEnabled(m_rep->count() > 0 && !m_reason->text().trimmed().isEmpty());
        m_ok->setToolTip(m_rep->count() == 0 ? tr("There is no rep you may give these leads to.")
                : m_reason->text().trimmed().isEmpty() ? tr("Give a reason first.")
                                                       : QString());
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // A rep chosen already (dropped on a row): the reason is what is left to type.
    if (preferredUserId)
        m_reason->setFocus();
    setMinimumWidth(420);
}

qint64 ReassignDialog::userId() const
{
    return m_rep->currentData().toLongLong();
}

QString ReassignDialog::userName() const
{
    return m_rep->currentText();
}

QString ReassignDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace bantam
