// CallbackDialog: "I'll call you back at …" for a lead (Ctrl+K wherever a lead is open): a local
// date and time and what was promised, scheduled through the CallbackService. It stays open with
// the reason when the service refuses (a time in the past, not the rep's lead).
#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace bantam {

class Session;

class CallbackDialog : public QDialog
{
    Q_OBJECT

public:
    CallbackDialog(
        Session &session, qint64 leadId, const QString &leadName, QWidget *parent = nullptr);

    QDateTimeEdit *timeEdit() const { return m_at; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override; // schedules; stays open on an error

    // Asks for a callback of the lead and schedules it; true when one was scheduled.
    static bool ask(Session &session, qint64 leadId, QWidget *parent);

private:
    Session &m_session;
    qint64 m_leadId;
    QDateTimeEdit *m_at;
    QLineEdit *m_note;
    QLabel *m_message;
};

} // namespace bantam
