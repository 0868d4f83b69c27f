// ImportWizard: the GUI of lead import. Pick a file (encoding and delimiter detected, both can
// be overridden, the first rows previewed), map its columns (suggested from German and English
// headers, editable, saved under a name for everybody), choose what happens to duplicates and
// the phone region, then import on a worker thread with a progress bar and Cancel. A stopped
// import can be resumed, also one stopped in an earlier session. The work is LeadImporter's,
// the same code bantam-cli import leads runs.
#pragma once

#include "io/leadimport.h"

#include <QWizard>

#include <atomic>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace bantam {

class Session;

// The first rows of a file as read with a format: what the wizard previews and samples.
struct ImportPreview
{
    CsvFormat format; // after a UTF-8 fallback to Windows-1252
    QStringList headers;
    std::vector<QStringList> rows; // up to the limit
    QString problem; // a reading error within the rows looked at, for the user
};

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage };

    ImportWizard(Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Opens the wizard on a file (as if picked with Browse).
    void setFile(const QString &path);

    // What the pages hold; the tests and the run page read them.
    QString filePath() const;
    CsvFormat format() const;
    ImportMapping mapping() const;
    ImportOptions options() const;
    const ImportPreview &preview() const { return m_preview; }
    // The last finished run (also after Cancel); empty before.
    const std::optional<Result<ImportSummary>> &outcome() const { return m_outcome; }
    bool isRunning() const { return m_worker != nullptr; }

    // Continue an earlier run instead of starting from a file.
    void resumeRun(qint64 runId);

Q_SIGNALS:
    void importFinished();

protected:
    void reject() override;

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportOptionsPage;
    friend class ImportRunPage;

    void loadPreview();
    void startImport();
    void cancelImport();
    void importDone();
    void showOutcome();

    Session &m_session;
    ImportPreview m_preview;
    std::optional<CsvFormat> m_detected;
    qint64 m_resumeRunId = 0;

    // File page
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLabel *m_fileProblem = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QListWidget *m_unfinished = nullptr;
    QPushButton *m_resumeButton = nullptr;
    bool m_fileOk = false;

    // Mapping page
    QComboBox *m_savedMappings = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingProblem = nullptr;
    std::vector<ImportColumn> m_columns; // one per file column, edited in the table

    // Options page
    QButtonGroup *m_duplicates = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_historical = nullptr;
    QDateEdit *m_historicalBefore = nullptr;

    // Run page
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resumeAfterCancel = nullptr;
    QThread *m_worker = nullptr;
    QTimer *m_tick = nullptr;
    std::atomic<bool> m_cancelRequested {false};
    std::atomic<qint64> m_bytesDone {0}, m_bytesTotal {0}, m_rowsDone {0};
    std::optional<Result<ImportSummary>> m_outcome;
    std::optional<Result<ImportSummary>> m_workerResult;
};

} // namespace bantam
