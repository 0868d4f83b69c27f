#include "lead/stagechangedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

bool StageChangeDialog::isNeeded(const Transition &t)
{
    return t.reason != ReasonRule::Optional || t.needsRecontactDate;
}

StageChangeDialog::StageChangeDialog(const Transition &transition, const Lead &lead,
    const std::vector<Reason> &reasons, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_transition(transition)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stageChangeDialog"));
    setWindowTitle(actionName(transition.action));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>%1</b> — %2<br>Stage: %3 → %4")
            .arg(lead.displayName().toHtmlEscaped(), lead.profile.company.toHtmlEscaped(),
                stageName(transition.from), stageName(transition.to)),
        this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    if (transition.reason == ReasonRule::FromList) {
        m_reasonList = new QComboBox(this);
        m_reasonList->setObjectName(QStringLiteral("reasonCombo"));
        m_reasonList->addItem(tr("Choose a reason…"), QString());
        for (const Reason &r : reasons)
            m_reasonList->addItem(r.label(), r.code);
        connect(m_reasonList, &QComboBox::currentIndexChanged, this, &StageChangeDialog::updateOk);
        form->addRow(tr("&Reason:"), m_reasonList);
    } else if (transition.reason == ReasonRule::RequiredText) {
        m_reasonText = new QLineEdit(this);
        m_reasonText->setObjectName(QStringLiteral("reasonEdit"));
        m_reasonText->setPlaceholderText(tr("Why? (required)"));
        connect(m_reasonText, &QLineEdit::textChanged, this, &StageChangeDialog::updateOk);
        form->addRow(tr("&Reason:"), m_reasonText);
    }
    if (transition.needsRecontactDate) {
        m_recontact = new QDateEdit(today.addMonths(3), this);
        m_recontact->setObjectName(QStringLiteral("recontactDate"));
        m_recontact->setCalendarPopup(true);
        m_recontact->setMinimumDate(today.addDays(1));
        form->addRow(tr("Re-&contact on:"), m_recontact);
    }
    // Made after the reason: the reason comes first in the tab order and has the focus.
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional note for the timeline"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(72);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionName(transition.action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    updateOk();
    // The required reason first: the user's first keystroke goes there, not into the note.
    if (m_reasonList)
        m_reasonList->setFocus();
    else if (m_reasonText)
        m_reasonText->setFocus();
    else if (m_recontact)
        m_recontact->setFocus();
    else
        m_note->setFocus();
}

void StageChangeDialog::updateOk()
{
    bool ok = true;
    if (m_reasonList)
        ok = !m_reasonList->currentData().toString().isEmpty();
    if (m_reasonText)
        ok = !m_reasonText->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void StageChangeDialog::prefill(const QString &reason, const QString &note)
{
    if (m_reasonList) {
        const int i = m_reasonList->findData(reason);
        if (i > 0)
            m_reasonList->setCurrentIndex(i);
    } else if (m_reasonText) {
        m_reasonText->setText(reason);
    }
    m_note->setPlainText(note);
    updateOk();
}

QString StageChangeDialog::reason() const
{
    if (m_reasonList)
        return m_reasonList->currentData().toString();
    if (m_reasonText)
        return m_reasonText->text().trimmed();
    return {};
}

QString StageChangeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate StageChangeDialog::recontactOn() const
{
    return m_recontact ? m_recontact->date() : QDate();
}

} // namespace bantam
