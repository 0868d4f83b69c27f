// HistoryImportDialog: File > Import stage history… — picks a CSV of stage changes exported by
// another system (lead by external id or e-mail, stage, time, reason, by whom), checks it
// without writing (what would move, what the pipeline refuses, which reasons would be added),
// then imports it (HistoryImporter, the same code as bantam-cli import history).
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bantam {

class Session;

class HistoryImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryImportDialog(Session &session, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QPlainTextEdit *report() const { return m_report; }

public Q_SLOTS:
    // Reads the file and shows what an import would do (dryRun) or did; false on an error.
    bool run(bool dryRun);

private:
    Session &m_session;
    QLineEdit *m_file;
    QPushButton *m_check;
    QPushButton *m_import;
    QPlainTextEdit *m_report;
};

} // namespace bantam
