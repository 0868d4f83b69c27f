#include "import/importwizard.h"

#include "common/screenfit.h"
#include "common/session.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importoptionspage.h"
#include "import/importrunpage.h"
#include "storage/database.h"
#include "storage/importrepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

namespace bantam {

namespace {

constexpr int PreviewRows = 20; // shown on the file page
constexpr int SampleRows = 1000; // looked at for examples, dates and stage values

ImportPreview readPreview(const QString &path, const CsvFormat &format)
{
    ImportPreview p;
    p.format = format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.problem = ImportWizard::tr("Cannot open %1: %2").arg(path, file.errorString());
        return p;
    }
    CsvReader reader(file, format);
    CsvRecord record;
    if (reader.next(record)) {
        p.headers = record.fields;
        for (QString &h : p.headers)
            h = h.trimmed();
        while (int(p.rows.size()) < SampleRows && reader.next(record))
            p.rows.push_back(record.fields);
    }
    p.format = reader.format();
    if (reader.error())
        p.problem = reader.error()->message;
    else if (p.headers.isEmpty())
        p.problem = ImportWizard::tr("The file is empty.");
    else if (p.rows.empty())
        p.problem = ImportWizard::tr("The file has a header row but no leads.");
    return p;
}

} // namespace

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import leads"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(RunPage, new ImportRunPage(this));
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        const qint64 total = m_bytesTotal.load();
        if (total > 0)
            m_progress->setValue(int(m_bytesDone.load() * 1000 / total));
        m_status->setText(
            tr("Importing… %1 rows so far.").arg(QLocale().toString(m_rowsDone.load())));
    });
    resizeWithinScreen(this, QSize(1200, 720)); // the mapping's examples whole where there is room
}

ImportWizard::~ImportWizard()
{
    if (m_worker) {
        m_cancelRequested = true;
        m_worker->wait();
        delete m_worker;
    }
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
    m_detected.reset();
    loadPreview();
}

QString ImportWizard::filePath() const
{
    return m_file->text().trimmed();
}

CsvFormat ImportWizard::format() const
{
    CsvFormat f;
    f.encoding = CsvEncoding(m_encoding->currentData().toInt());
    f.delimiter = m_delimiter->currentData().value<QChar>();
    return f;
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping m;
    m.columns = m_columns;
    return m;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.format = m_preview.format;
    o.mapping = mapping();
    o.duplicates = DuplicatePolicy(m_duplicates->checkedId());
    o.region = m_region->currentData().toString();
    if (m_historical->isChecked())
        o.historicalBefore = m_historicalBefore->date();
    return o;
}

void ImportWizard::loadPreview()
{
    const QString path = filePath();
    m_fileOk = false;
    m_preview = {};
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    auto problem = [this](const QString &text) {
        m_fileProblem->setText(text);
        m_fileProblem->setVisible(!text.isEmpty());
    };
    problem({});
    m_detectedLabel->clear();
    if (path.isEmpty()) {
        Q_EMIT page(FilePage)->completeChanged();
        return;
    }
    if (!m_detected) {
        // Detection on the head of the file; the choices follow it until the user overrides.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem(tr("Cannot open %1: %2").arg(path, file.errorString()));
            Q_EMIT page(FilePage)->completeChanged();
            return;
        }
        auto detected = CsvReader::detect(file.read(CsvReader::DetectionHeadSize));
        if (!detected) {
            problem(tr("%1: %2").arg(QFileInfo(path).fileName(), detected.error().message));
            Q_EMIT page(FilePage)->completeChanged();
            return;
        }
        m_detected = detected->format;
        m_encoding->setCurrentIndex(m_encoding->findData(int(detected->format.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(detected->format.delimiter)));
        if (!detected->delimiterFound)
            problem(tr("No delimiter separates the columns of this file; it is read as one column. "
                       "Choose the delimiter if that is wrong."));
    }
    m_preview = readPreview(path, format());
    if (m_preview.format.encoding != format().encoding)
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_preview.format.encoding)));
    m_detectedLabel->setText(
        tr("Detected: %1, %2, %3 columns.")
            .arg(csvEncodingName(m_detected->encoding),
                m_delimiter->itemText(m_delimiter->findData(QVariant(m_detected->delimiter))))
            .arg(m_preview.headers.size()));
    m_previewTable->setColumnCount(int(m_preview.headers.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.headers);
    const int shown = std::min<int>(PreviewRows, int(m_preview.rows.size()));
    m_previewTable->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const QStringList &row = m_preview.rows[size_t(r)];
        for (int c = 0; c < row.size() && c < m_previewTable->columnCount(); ++c) {
            QString text = row[c];
            if (text.size() > 200)
                text = text.left(200) + QChar(0x2026);
            m_previewTable->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    // Each column as wide as its values, to a limit: e-mail addresses and company names are read
    // whole ("jonas.becker@exa…" at a fixed 140 px), one long note does not push the rest away.
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewTable->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 320));
    // A reading error further down is a warning: the rows before it can still be imported.
    if (!m_preview.problem.isEmpty())
        problem(m_preview.rows.empty()
                ? m_preview.problem
                : tr("%1 The rows before it can be imported.").arg(m_preview.problem));
    m_fileOk = !m_preview.headers.isEmpty() && !m_preview.rows.empty();
    Q_EMIT page(FilePage)->completeChanged();
}

void ImportWizard::resumeRun(qint64 runId)
{
    m_resumeRunId = runId;
    if (currentId() == RunPage) {
        startImport();
        return;
    }
    m_fileOk = true; // the run knows its file
    Q_EMIT page(FilePage)->completeChanged();
    next();
}

void ImportWizard::startImport()
{
    if (m_worker)
        return;
    m_outcome.reset();
    m_workerResult.reset();
    m_cancelRequested = false;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_rowsDone = 0;
    m_progress->setValue(0);
    m_result->clear();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_resumeAfterCancel->hide();
    m_status->setText(tr("Importing…"));
    const User actor = m_session.currentUser();
    const qint64 resumeId = m_resumeRunId;
    const QString path = filePath();
    const ImportOptions opts = resumeId ? ImportOptions() : options();
    m_resumeRunId = 0;
    const Database &db = m_session.database();
    m_worker = QThread::create([this, &db, actor, resumeId, path, opts] {
        const LeadImporter &importer = m_session.services().leadImporter();
        auto progress = [this](const ImportProgress &p) {
            m_bytesDone = p.bytesRead;
            m_bytesTotal = p.totalBytes;
            m_rowsDone = p.processed;
            return !m_cancelRequested.load();
        };
        m_workerResult = resumeId ? importer.resume(actor, resumeId, progress)
                                  : importer.run(actor, path, opts, progress);
        db.closeThreadConnection();
    });
    connect(m_worker, &QThread::finished, this, &ImportWizard::importDone);
    m_tick->start();
    m_worker->start();
    Q_EMIT page(RunPage)->completeChanged();
}

void ImportWizard::cancelImport()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the current batch…"));
}

void ImportWizard::importDone()
{
    if (!m_worker)
        return; // reject() handled it already
    m_tick->stop();
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_outcome = std::move(m_workerResult);
    m_workerResult.reset();
    showOutcome();
    // The lists and counts show the new leads.
    m_session.events().publish(
        LeadsReloaded {m_outcome && m_outcome->ok() ? m_outcome->value().newLeads : 0});
    Q_EMIT page(RunPage)->completeChanged();
    Q_EMIT importFinished();
}

void ImportWizard::showOutcome()
{
    m_cancel->hide();
    if (!m_outcome || !m_outcome->ok()) {
        m_progress->setValue(0);
        m_status->setText(tr("The import stopped with an error."));
        m_result->setText(QStringLiteral("<p style='color:#b00020'>%1</p>")
                              .arg((m_outcome ? m_outcome->error().message : tr("Unknown error."))
                                       .toHtmlEscaped()));
        return;
    }
    const ImportSummary &s = m_outcome->value();
    const QLocale l;
    // The same sentences as bantam-cli import prints.
    QString html;
    for (const QString &sentence : LeadImporter::outcomeText(s))
        html += QStringLiteral("<p>%1</p>").arg(sentence.toHtmlEscaped());
    if (!s.warningsFile.isEmpty())
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(tr("Line, column, value and why of each are in"),
                        QUrl::fromLocalFile(s.warningsFile).toString(),
                        s.warningsFile.toHtmlEscaped());
    if (!s.rejectedFile.isEmpty())
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(tr("The rejected rows, with their line number and the reason, are in"),
                        QUrl::fromLocalFile(s.rejectedFile).toString(),
                        s.rejectedFile.toHtmlEscaped());
    if (s.cancelled) {
        m_progress->setValue(m_progress->value());
        m_status->setText(
            tr("Stopped. Everything up to line %1 is imported; the import can be resumed "
               "from there, now or later.")
                .arg(l.toString(s.lastLine)));
        m_resumeAfterCancel->show();
    } else {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(LeadImporter::finishedText(s));
    }
    m_result->setText(html);
}

void ImportWizard::reject()
{
    if (m_worker) {
        // Closing while importing stops at the next batch; what is committed stays.
        cancelImport();
        m_worker->wait();
        importDone();
    }
    QWizard::reject();
}

} // namespace bantam
