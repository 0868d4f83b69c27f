#include "import/importfilepage.h"

#include "common/session.h"
#include "import/importwizard.h"
#include "storage/importrepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

namespace {

struct DelimiterChoice
{
    QChar delimiter;
    const char *name;
};
const DelimiterChoice kDelimiters[]
    = {{QLatin1Char(','), QT_TRANSLATE_NOOP("bantam::ImportWizard", "Comma ( , )")},
        {QLatin1Char(';'), QT_TRANSLATE_NOOP("bantam::ImportWizard", "Semicolon ( ; )")},
        {QLatin1Char('\t'), QT_TRANSLATE_NOOP("bantam::ImportWizard", "Tab")},
        {QLatin1Char('|'), QT_TRANSLATE_NOOP("bantam::ImportWizard", "Pipe ( | )")}};

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *w)
    : m_w(w)
{
    setTitle(ImportWizard::tr("Choose the file"));
    setSubTitle(ImportWizard::tr("A CSV file from a trade fair, a web form, a purchased list or "
                                 "another tool. Encoding and delimiter are detected."));
    auto *layout = new QVBoxLayout(this);
    QPushButton *browse = addFileChoice(layout);
    addPreview(layout);
    addUnfinishedRuns(layout);
    connectControls(browse);
}

// The file, its encoding and delimiter; gives the Browse button.
QPushButton *ImportFilePage::addFileChoice(QVBoxLayout *layout)
{
    ImportWizard *w = m_w;
    auto *fileRow = new QHBoxLayout;
    w->m_file = new QLineEdit;
    w->m_file->setObjectName(QStringLiteral("importFile"));
    w->m_file->setPlaceholderText(ImportWizard::tr("Path of a .csv or .txt file"));
    auto *browse = new QPushButton(ImportWizard::tr("&Browse…"));
    fileRow->addWidget(w->m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *form = new QHBoxLayout;
    w->m_encoding = new QComboBox;
    w->m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Windows1252})
        w->m_encoding->addItem(csvEncodingName(e), int(e));
    w->m_delimiter = new QComboBox;
    w->m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (const DelimiterChoice &d : kDelimiters)
        w->m_delimiter->addItem(ImportWizard::tr(d.name), QVariant(d.delimiter));
    auto *encodingLabel = new QLabel(ImportWizard::tr("&Encoding:"));
    encodingLabel->setBuddy(w->m_encoding);
    auto *delimiterLabel = new QLabel(ImportWizard::tr("&Delimiter:"));
    delimiterLabel->setBuddy(w->m_delimiter);
    form->addWidget(encodingLabel);
    form->addWidget(w->m_encoding, 1);
    form->addSpacing(12);
    form->addWidget(delimiterLabel);
    form->addWidget(w->m_delimiter, 1);
    layout->addLayout(form);
    w->m_detectedLabel = new QLabel;
    w->m_detectedLabel->setObjectName(QStringLiteral("importDetected"));
    layout->addWidget(w->m_detectedLabel);
    w->m_fileProblem = new QLabel;
    w->m_fileProblem->setObjectName(QStringLiteral("importFileProblem"));
    w->m_fileProblem->setWordWrap(true);
    w->m_fileProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    w->m_fileProblem->hide();
    layout->addWidget(w->m_fileProblem);
    return browse;
}

// The first rows of the file as read.
void ImportFilePage::addPreview(QVBoxLayout *layout)
{
    ImportWizard *w = m_w;
    w->m_previewTable = new QTableWidget;
    w->m_previewTable->setObjectName(QStringLiteral("importPreview"));
    w->m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w->m_previewTable->horizontalHeader()->setDefaultSectionSize(140);
    layout->addWidget(w->m_previewTable, 1);
}

// Stopped imports of this or an earlier session, to resume instead (shown only if any).
void ImportFilePage::addUnfinishedRuns(QVBoxLayout *layout)
{
    ImportWizard *w = m_w;
    auto *unfinishedLabel = new QLabel(ImportWizard::tr("Stopped imports that can be resumed:"));
    w->m_unfinished = new QListWidget;
    w->m_unfinished->setObjectName(QStringLiteral("importUnfinished"));
    w->m_unfinished->setMaximumHeight(80);
    w->m_resumeButton = new QPushButton(ImportWizard::tr("&Resume the selected import"));
    w->m_resumeButton->setObjectName(QStringLiteral("importResume"));
    w->m_resumeButton->setEnabled(false);
    layout->addWidget(unfinishedLabel);
    layout->addWidget(w->m_unfinished);
    layout->addWidget(w->m_resumeButton, 0, Qt::AlignLeft);
    auto runs = ImportRepository(w->m_session.database()).unfinishedRuns();
    if (runs) {
        for (const ImportRun &r : runs.value()) {
            auto *item = new QListWidgetItem(
                ImportWizard::tr("%1 — started %2, stopped before line %3, %4 new leads so far")
                    .arg(QFileInfo(r.filePath).fileName(),
                        QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat))
                    .arg(QLocale().toString(r.nextLine), QLocale().toString(r.counts[0])));
            item->setData(Qt::UserRole, r.id);
            item->setToolTip(r.filePath);
            w->m_unfinished->addItem(item);
        }
    }
    const bool anyUnfinished = w->m_unfinished->count() > 0;
    unfinishedLabel->setVisible(anyUnfinished);
    w->m_unfinished->setVisible(anyUnfinished);
    w->m_resumeButton->setVisible(anyUnfinished);
}

void ImportFilePage::connectControls(QPushButton *browse)
{
    ImportWizard *w = m_w;
    connect(browse, &QPushButton::clicked, this, [w] {
        const QString path = QFileDialog::getOpenFileName(w, ImportWizard::tr("Import leads"),
            QFileInfo(w->m_file->text()).absolutePath(),
            ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            w->setFile(path);
    });
    connect(w->m_file, &QLineEdit::editingFinished, this, [w] {
        w->m_detected.reset();
        w->loadPreview();
    });
    connect(w->m_encoding, &QComboBox::activated, this, [w] { w->loadPreview(); });
    connect(w->m_delimiter, &QComboBox::activated, this, [w] { w->loadPreview(); });
    connect(w->m_unfinished, &QListWidget::currentRowChanged, this,
        [w](int row) { w->m_resumeButton->setEnabled(row >= 0); });
    connect(w->m_resumeButton, &QPushButton::clicked, this, [w] {
        if (QListWidgetItem *item = w->m_unfinished->currentItem())
            w->resumeRun(item->data(Qt::UserRole).toLongLong());
    });
}

bool ImportFilePage::isComplete() const
{
    return m_w->m_fileOk;
}

int ImportFilePage::nextId() const
{
    return m_w->m_resumeRunId != 0 ? ImportWizard::RunPage : ImportWizard::MappingPage;
}

} // namespace bantam
