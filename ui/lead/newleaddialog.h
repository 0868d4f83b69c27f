// NewLeadDialog: enter a lead by hand (from a phone call or a business card).
#pragma once

#include <QDialog>

namespace bantam {

class LeadForm;
class Session;

class NewLeadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewLeadDialog(Session &session, QWidget *parent = nullptr);
    qint64 createdLeadId() const { return m_created; }
    LeadForm *form() const { return m_form; }

    void accept() override;

private:
    Session &m_session;
    LeadForm *m_form;
    qint64 m_created = 0;
};

} // namespace bantam
