// ActivityImportDialog: Scoring > Import activities… — picks a CSV export of a marketing-automation
// tool, imports it (ActivityImporter: bad lines listed with line number, field and reason; the
// rest imported and the leads rescored at once) and shows the outcome.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bantam {

class Session;

class ActivityImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivityImportDialog(Session &session, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QPlainTextEdit *report() const { return m_report; }

public Q_SLOTS:
    bool import();

private:
    Session &m_session;
    QLineEdit *m_file;
    QPushButton *m_import;
    QPlainTextEdit *m_report;
};

} // namespace bantam
