#include "import/historyimportdialog.h"

#include "common/backgroundtask.h"
#include "common/session.h"
#include "io/historyimport.h"
#include "people/permissions.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

namespace {

QString reasonKindName(const QString &kind)
{
    if (kind == QLatin1String("disqualify"))
        return HistoryImportDialog::tr("disqualification");
    if (kind == QLatin1String("lost"))
        return HistoryImportDialog::tr("lost deal");
    if (kind == QLatin1String("reject"))
        return HistoryImportDialog::tr("MQL rejected by sales");
    return HistoryImportDialog::tr("recycling");
}

} // namespace

HistoryImportDialog::HistoryImportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import stage history"));
    setObjectName(QStringLiteral("historyImportDialog"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A CSV of stage changes from your previous system, one row per change: the lead "
           "(External ID or E-Mail, as imported), the new stage or status, when, and optionally "
           "the reason and who made the change. Each lead moves through the pipeline on the "
           "file's dates; reasons the lists lack are added under their own text. Check shows "
           "what would happen without writing anything; importing the same file again changes "
           "nothing."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_file->setObjectName(QStringLiteral("historyFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_report->setObjectName(QStringLiteral("historyReport"));
    m_report->setReadOnly(true);
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check->setObjectName(QStringLiteral("historyCheckButton"));
    m_import->setObjectName(QStringLiteral("historyImportButton"));
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Stage history to import"),
            QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            run(true);
        }
    });
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto allowed = permissions::mayCreateLead(m_session.currentUser()); !allowed) {
        for (QPushButton *b : {m_check, m_import}) {
            b->setEnabled(false);
            b->setToolTip(allowed.error().message);
        }
    }
}

bool HistoryImportDialog::run(bool dryRun)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return false;
    std::optional<Result<HistoryImportSummary>> outcome;
    runWithProgress(this,
        dryRun ? tr("Checking the stage history…")
               : tr("Importing the stage "
                    "history…"),
        0, m_session.database(), [&](const ProgressReport &) {
            outcome
                = m_session.services().historyImporter().run(m_session.currentUser(), path, dryRun);
        });
    if (!outcome || !outcome->ok()) {
        m_report->setPlainText(outcome ? outcome->error().message : tr("The import failed."));
        return false;
    }
    const HistoryImportSummary &s = outcome->value();
    const QLocale l;
    QStringList lines;
    lines << (dryRun ? tr("Check only, nothing written: %1 rows; %2 leads would move (%3 stage "
                          "changes).")
                     : tr("Imported: %1 rows; %2 leads moved (%3 stage changes)."))
                 .arg(l.toString(s.rows), l.toString(s.leads), l.toString(s.moves));
    lines << tr("%1 changes were already recorded, %2 refused by the pipeline, %3 rows rejected.")
                 .arg(l.toString(s.unchanged), l.toString(s.refused), l.toString(s.rejected));
    for (const auto &[kind, texts] : s.newReasons) {
        for (const auto &[text, count] : texts)
            lines << (dryRun ? tr("New %1 reason \"%2\" (%3 rows) would be added.")
                             : tr("New %1 reason \"%2\" (%3 rows) added."))
                         .arg(reasonKindName(kind), text, l.toString(count));
    }
    if (!s.rejectedFile.isEmpty())
        lines << tr("Rejected rows with the reason: %1").arg(s.rejectedFile);
    if (!s.warningsFile.isEmpty())
        lines << tr("Refused changes with the reason: %1").arg(s.warningsFile);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace bantam
