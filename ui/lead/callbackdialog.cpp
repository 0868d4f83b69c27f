#include "lead/callbackdialog.h"

#include "callbacks/callbackservice.h"
#include "clock.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "services.h"
#include "storage/leadrepository.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

namespace bantam {

CallbackDialog::CallbackDialog(
    Session &session, qint64 leadId, const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_leadId(leadId)
    , m_at(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Callback — %1").arg(leadName));
    auto *form = new QFormLayout(this);
    // By default in an hour, on the quarter hour: a time a rep would name on the phone.
    QDateTime at = session.clock().now().toLocalTime().addSecs(3600);
    at.setTime(QTime(at.time().hour(), at.time().minute() / 15 * 15));
    m_at->setObjectName(QStringLiteral("callbackAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_at->setDateTime(at);
    form->addRow(tr("Call &back at:"), m_at);
    m_note->setObjectName(QStringLiteral("callbackNote"));
    m_note->setPlaceholderText(tr("What you promised, e.g. send the offer first"));
    showWholePlaceholder(m_note); // the hint whole, not "Was Sie zugesagt…"
    form->addRow(tr("&Note:"), m_note);
    m_message->setObjectName(QStringLiteral("callbackMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_at->setFocus();
}

void CallbackDialog::accept()
{
    auto r = m_session.services().callbacks().schedule(
        m_session.currentUser(), m_leadId, m_at->dateTime().toUTC(), m_note->text());
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    QDialog::accept();
}

bool CallbackDialog::ask(Session &session, qint64 leadId, QWidget *parent)
{
    if (leadId == 0) {
        QMessageBox::information(
            parent, tr("Callback"), tr("Open or choose a lead first, then press Ctrl+K."));
        return false;
    }
    auto lead = LeadRepository(session.database()).byId(leadId);
    if (!lead) {
        QMessageBox::warning(parent, tr("Callback"), lead.error().message);
        return false;
    }
    CallbackDialog dialog(session, leadId, lead->displayName(), parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace bantam
