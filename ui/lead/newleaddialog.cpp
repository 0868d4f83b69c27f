#include "lead/newleaddialog.h"

#include "common/session.h"
#include "lead/leadform.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bantam {

NewLeadDialog::NewLeadDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new LeadForm(this))
{
    setObjectName(QStringLiteral("newLeadDialog"));
    setWindowTitle(tr("New lead"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewLeadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    // Typing starts with the first name: nothing typed before a click is lost.
    if (QLineEdit *first = m_form->field(QStringLiteral("firstName")))
        first->setFocus();
}

void NewLeadDialog::accept()
{
    auto created = m_session.leads().create(m_session.currentUser(), m_form->profile());
    if (!created) {
        m_form->showError(created.error());
        return;
    }
    m_created = created->id;
    QDialog::accept();
}

} // namespace bantam
