#include "import/importwizard.h"

#include "common/session.h"
#include "storage/database.h"
#include "storage/importrepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
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

QStringList columnValues(const ImportPreview &p, int column)
{
    QStringList values;
    for (const QStringList &row : p.rows)
        values << row.value(column);
    return values;
}

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

const char *const kRegions[] = {"DE", "AT", "CH", "US", "GB", "FR", "NL", "BE", "LU", "IT", "ES",
    "PL", "CZ", "DK", "SE", "NO", "FI", "IE", "PT", "CA", "AU"};

QString stageLabel(const QString &key)
{
    if (auto s = stageFromKey(key))
        return stageName(*s);
    return ImportWizard::tr("(not a stage: row rejected)");
}

} // namespace

// --- File page ------------------------------------------------------------------------------

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *w)
        : m_w(w)
    {
        setTitle(ImportWizard::tr("Choose the file"));
        setSubTitle(
            ImportWizard::tr("A CSV file from a trade fair, a web form, a purchased list or "
                             "another tool. Encoding and delimiter are detected."));
        auto *layout = new QVBoxLayout(this);
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

        w->m_previewTable = new QTableWidget;
        w->m_previewTable->setObjectName(QStringLiteral("importPreview"));
        w->m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        w->m_previewTable->horizontalHeader()->setDefaultSectionSize(140);
        layout->addWidget(w->m_previewTable, 1);

        auto *unfinishedLabel
            = new QLabel(ImportWizard::tr("Stopped imports that can be resumed:"));
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

    bool isComplete() const override { return m_w->m_fileOk; }
    int nextId() const override
    {
        return m_w->m_resumeRunId != 0 ? ImportWizard::RunPage : ImportWizard::MappingPage;
    }

private:
    ImportWizard *m_w;
};

// --- Mapping page ---------------------------------------------------------------------------

class ImportMappingPage : public QWizardPage
{
public:
    enum Column { Header, Examples, Field, Details };

    explicit ImportMappingPage(ImportWizard *w)
        : m_w(w)
    {
        setTitle(ImportWizard::tr("Map the columns"));
        setSubTitle(ImportWizard::tr("Suggested from the column titles. Columns without a field "
                                     "are kept as custom attributes of the lead."));
        auto *layout = new QVBoxLayout(this);
        auto *saved = new QHBoxLayout;
        w->m_savedMappings = new QComboBox;
        w->m_savedMappings->setObjectName(QStringLiteral("importSavedMappings"));
        auto *apply = new QPushButton(ImportWizard::tr("&Use"));
        auto *save = new QPushButton(ImportWizard::tr("&Save mapping as…"));
        save->setObjectName(QStringLiteral("importSaveMapping"));
        auto *remove = new QPushButton(ImportWizard::tr("De&lete"));
        auto *savedLabel = new QLabel(ImportWizard::tr("Saved &mappings:"));
        savedLabel->setBuddy(w->m_savedMappings);
        saved->addWidget(savedLabel);
        saved->addWidget(w->m_savedMappings, 1);
        saved->addWidget(apply);
        saved->addWidget(remove);
        saved->addSpacing(12);
        saved->addWidget(save);
        layout->addLayout(saved);

        w->m_mappingTable = new QTableWidget(0, 4);
        w->m_mappingTable->setObjectName(QStringLiteral("importMapping"));
        w->m_mappingTable->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column in the file"), ImportWizard::tr("Examples"),
                ImportWizard::tr("Import as"), ImportWizard::tr("Details")});
        w->m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        w->m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
        w->m_mappingTable->verticalHeader()->hide();
        QHeaderView *h = w->m_mappingTable->horizontalHeader();
        h->setSectionResizeMode(Header, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(Examples, QHeaderView::Stretch);
        h->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(Details, QHeaderView::ResizeToContents);
        layout->addWidget(w->m_mappingTable, 1);
        w->m_mappingProblem = new QLabel;
        w->m_mappingProblem->setObjectName(QStringLiteral("importMappingProblem"));
        w->m_mappingProblem->setWordWrap(true);
        w->m_mappingProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(w->m_mappingProblem);

        connect(apply, &QPushButton::clicked, this, [this] { useSaved(); });
        connect(save, &QPushButton::clicked, this, [this] { saveAs(); });
        connect(remove, &QPushButton::clicked, this, [this] { removeSaved(); });
    }

    void initializePage() override
    {
        const ImportMapping m = ImportMapping::suggest(m_w->m_preview.headers);
        // Keep what the user chose for columns of the same name when the file changed.
        std::vector<ImportColumn> columns = m.columns;
        for (ImportColumn &c : columns) {
            for (const ImportColumn &old : m_w->m_columns) {
                if (old.header == c.header)
                    c = old;
            }
        }
        setColumns(columns);
        reloadSaved();
    }

    bool isComplete() const override
    {
        ImportMapping m;
        m.columns = m_w->m_columns;
        const bool ok = m.canIdentify();
        m_w->m_mappingProblem->setText(ok
                ? QString()
                : ImportWizard::tr("Map at least one column to e-mail, phone, a name, company or "
                                   "external ID: a lead needs a value that identifies it."));
        return ok;
    }

    void setColumns(const std::vector<ImportColumn> &columns)
    {
        m_w->m_columns = columns;
        QTableWidget *t = m_w->m_mappingTable;
        t->setRowCount(int(columns.size()));
        for (int row = 0; row < int(columns.size()); ++row) {
            t->setItem(row, Header, new QTableWidgetItem(columns[size_t(row)].header));
            QStringList examples;
            for (const QString &v : columnValues(m_w->m_preview, row)) {
                if (!v.trimmed().isEmpty() && !examples.contains(v))
                    examples << v;
                if (examples.size() == 3)
                    break;
            }
            auto *ex = new QTableWidgetItem(examples.join(QStringLiteral(" · ")));
            ex->setForeground(t->palette().placeholderText());
            t->setItem(row, Examples, ex);
            auto *field = new QComboBox;
            field->setObjectName(QStringLiteral("importField%1").arg(row));
            for (ImportField f : ImportMapping::allFields())
                field->addItem(ImportMapping::fieldLabel(f), importFieldKey(f));
            field->setCurrentIndex(field->findData(importFieldKey(columns[size_t(row)].field)));
            t->setCellWidget(row, Field, field);
            connect(field, &QComboBox::activated, this, [this, row, field] {
                m_w->m_columns[size_t(row)].field
                    = importFieldFromKey(field->currentData().toString())
                          .value_or(ImportField::Custom);
                updateDetails(row);
                Q_EMIT completeChanged();
            });
            updateDetails(row);
        }
        Q_EMIT completeChanged();
    }

private:
    void updateDetails(int row)
    {
        QTableWidget *t = m_w->m_mappingTable;
        ImportColumn &c = m_w->m_columns[size_t(row)];
        t->removeCellWidget(row, Details);
        t->setItem(row, Details, new QTableWidgetItem);
        const QStringList values = columnValues(m_w->m_preview, row);
        if (c.field == ImportField::CreatedAt) {
            const DateDetection d = detectDates(values);
            auto *order = new QComboBox;
            order->setObjectName(QStringLiteral("importDateOrder%1").arg(row));
            order->addItem(d.describe().isEmpty() ? ImportWizard::tr("Dates: detected per value")
                                                  : ImportWizard::tr("Dates: %1").arg(d.describe()),
                int(DateOrder::Auto));
            order->addItem(ImportWizard::tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
            order->addItem(
                ImportWizard::tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
            if (c.dateOrder == DateOrder::Auto && d.order != DateOrder::Auto)
                c.dateOrder = d.order;
            order->setCurrentIndex(order->findData(int(c.dateOrder)));
            if (d.ambiguous() && c.dateOrder == DateOrder::Auto)
                order->setToolTip(
                    ImportWizard::tr("Dates such as 03/04/2026 can be read two ways; "
                                     "choose the order, or those rows are rejected."));
            if (d.invalid > 0)
                order->setToolTip(ImportWizard::tr(
                    "%n value(s) in the first rows are not dates.", nullptr, d.invalid));
            t->setCellWidget(row, Details, order);
            connect(order, &QComboBox::activated, this, [this, row, order] {
                m_w->m_columns[size_t(row)].dateOrder = DateOrder(order->currentData().toInt());
            });
        } else if (c.field == ImportField::Stage) {
            auto *button = new QPushButton;
            button->setObjectName(QStringLiteral("importStageValues%1").arg(row));
            t->setCellWidget(row, Details, button);
            auto label = [this, row, button] {
                const ImportColumn &col = m_w->m_columns[size_t(row)];
                int unknown = 0;
                QStringList seen;
                for (const QString &v : columnValues(m_w->m_preview, row)) {
                    if (seen.contains(v.trimmed(), Qt::CaseInsensitive))
                        continue;
                    seen << v.trimmed();
                    if (!parseImportStage(col, v))
                        ++unknown;
                }
                button->setText(unknown == 0
                        ? ImportWizard::tr("%n value(s) mapped…", nullptr, int(seen.size()))
                        : ImportWizard::tr("%n value(s) without a stage…", nullptr, unknown));
            };
            label();
            connect(button, &QPushButton::clicked, this, [this, row, label] {
                editStageValues(row);
                label();
            });
        } else if (c.field == ImportField::Custom) {
            t->item(row, Details)->setText(ImportWizard::tr("kept as \"%1\"").arg(c.header));
        }
    }

    // Value by value: which stage a status text of the file means.
    void editStageValues(int row)
    {
        ImportColumn &c = m_w->m_columns[size_t(row)];
        QStringList values;
        for (const QString &v : columnValues(m_w->m_preview, row)) {
            if (!values.contains(v.trimmed(), Qt::CaseInsensitive))
                values << v.trimmed();
        }
        QDialog dialog(m_w);
        dialog.setWindowTitle(ImportWizard::tr("Values of \"%1\"").arg(c.header));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(ImportWizard::tr("Which stage does each value mean? Imported "
                                                      "leads keep this stage in their history.")));
        auto *table = new QTableWidget(int(values.size()), 2);
        table->setHorizontalHeaderLabels({ImportWizard::tr("Value"), ImportWizard::tr("Stage")});
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->hide();
        std::vector<QComboBox *> boxes;
        for (int i = 0; i < int(values.size()); ++i) {
            table->setItem(i, 0,
                new QTableWidgetItem(
                    values[i].isEmpty() ? ImportWizard::tr("(empty)") : values[i]));
            auto *box = new QComboBox;
            box->addItem(stageLabel(QString()), QString());
            for (Stage s :
                {Stage::Lead, Stage::Mql, Stage::Sql, Stage::Won, Stage::Lost, Stage::Disqualified})
                box->addItem(stageName(s), stageKey(s));
            const auto current = parseImportStage(c, values[i]);
            box->setCurrentIndex(current ? box->findData(stageKey(*current)) : 0);
            table->setCellWidget(i, 1, box);
            boxes.push_back(box);
        }
        layout->addWidget(table);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.resize(420, 360);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (int i = 0; i < int(values.size()); ++i) {
            const QString key = boxes[size_t(i)]->currentData().toString();
            if (!key.isEmpty())
                c.stageValues.insert(values[i], key);
            else
                c.stageValues.remove(values[i]);
        }
    }

    void reloadSaved()
    {
        m_w->m_savedMappings->clear();
        auto names = SavedMappings(m_w->m_session.database()).names();
        if (names)
            m_w->m_savedMappings->addItems(names.value());
    }

    void useSaved()
    {
        const QString name = m_w->m_savedMappings->currentText();
        if (name.isEmpty())
            return;
        auto m = SavedMappings(m_w->m_session.database()).load(name);
        if (!m) {
            QMessageBox::warning(m_w, ImportWizard::tr("Saved mapping"), m.error().message);
            return;
        }
        setColumns(m->forHeaders(m_w->m_preview.headers).columns);
    }

    void saveAs()
    {
        bool ok = false;
        const QString name = QInputDialog::getText(m_w, ImportWizard::tr("Save mapping"),
            ImportWizard::tr("Name of the mapping (for example \"Trade fair Hannover\"):"),
            QLineEdit::Normal, m_w->m_savedMappings->currentText(), &ok);
        if (!ok)
            return;
        auto saved = SavedMappings(m_w->m_session.database())
                         .save(m_w->m_session.currentUser(), name, m_w->mapping(),
                             m_w->m_session.clock().now());
        if (!saved) {
            QMessageBox::warning(m_w, ImportWizard::tr("Save mapping"), saved.error().message);
            return;
        }
        reloadSaved();
        m_w->m_savedMappings->setCurrentText(name.trimmed());
    }

    void removeSaved()
    {
        const QString name = m_w->m_savedMappings->currentText();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(m_w, ImportWizard::tr("Delete mapping"),
                ImportWizard::tr("Delete the saved mapping \"%1\" for everybody?").arg(name))
            != QMessageBox::Yes)
            return;
        if (auto r
            = SavedMappings(m_w->m_session.database()).remove(m_w->m_session.currentUser(), name);
            !r)
            QMessageBox::warning(m_w, ImportWizard::tr("Delete mapping"), r.error().message);
        reloadSaved();
    }

    ImportWizard *m_w;
};

// --- Options page ---------------------------------------------------------------------------

class ImportOptionsPage : public QWizardPage
{
public:
    explicit ImportOptionsPage(ImportWizard *w)
    {
        setTitle(ImportWizard::tr("Duplicates and phone numbers"));
        setSubTitle(ImportWizard::tr("A row is a duplicate when a lead in Bantam or an earlier row "
                                     "has the same external ID, e-mail, phone number, or name and "
                                     "company."));
        auto *layout = new QVBoxLayout(this);
        w->m_duplicates = new QButtonGroup(this);
        const struct
        {
            DuplicatePolicy policy;
            QString text;
            const char *name;
        } choices[] = {
            {DuplicatePolicy::Skip,
                ImportWizard::tr("&Skip duplicates — the lead in Bantam stays as it is"), "skip"},
            {DuplicatePolicy::Update,
                ImportWizard::tr("&Update duplicates — the file's values replace Bantam's"),
                "update"},
            {DuplicatePolicy::Merge,
                ImportWizard::tr("&Merge duplicates — the file fills only empty fields"), "merge"},
        };
        for (const auto &c : choices) {
            auto *button = new QRadioButton(c.text);
            button->setObjectName(QStringLiteral("importDuplicates_%1").arg(QLatin1String(c.name)));
            w->m_duplicates->addButton(button, int(c.policy));
            layout->addWidget(button);
        }
        w->m_duplicates->button(int(DuplicatePolicy::Skip))->setChecked(true);
        layout->addSpacing(16);
        auto *form = new QFormLayout;
        w->m_region = new QComboBox;
        w->m_region->setObjectName(QStringLiteral("importRegion"));
        for (const char *code : kRegions) {
            const QString c = QString::fromLatin1(code);
            const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(c));
            w->m_region->addItem(
                QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(locale.territory()), c),
                c);
        }
        form->addRow(
            ImportWizard::tr("Phone numbers without a country code are from:"), w->m_region);
        layout->addLayout(form);
        auto *note
            = new QLabel(ImportWizard::tr("Phone numbers are stored as typed and in international "
                                          "form (E.164) for finding duplicates; rows with an "
                                          "invalid e-mail or phone number are rejected and "
                                          "written to <i>file</i>.rejected.csv with the reason."));
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addStretch(1);
    }
};

// --- Run page -------------------------------------------------------------------------------

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard *w)
        : m_w(w)
    {
        setTitle(ImportWizard::tr("Import"));
        auto *layout = new QVBoxLayout(this);
        w->m_status = new QLabel;
        w->m_status->setObjectName(QStringLiteral("importStatus"));
        w->m_status->setWordWrap(true);
        layout->addWidget(w->m_status);
        w->m_progress = new QProgressBar;
        w->m_progress->setObjectName(QStringLiteral("importProgress"));
        w->m_progress->setRange(0, 1000);
        layout->addWidget(w->m_progress);
        auto *buttons = new QHBoxLayout;
        w->m_cancel = new QPushButton(ImportWizard::tr("&Stop import"));
        w->m_cancel->setObjectName(QStringLiteral("importCancel"));
        w->m_resumeAfterCancel = new QPushButton(ImportWizard::tr("&Resume"));
        w->m_resumeAfterCancel->setObjectName(QStringLiteral("importResumeAfterCancel"));
        buttons->addWidget(w->m_cancel);
        buttons->addWidget(w->m_resumeAfterCancel);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        w->m_result = new QLabel;
        w->m_result->setObjectName(QStringLiteral("importResult"));
        w->m_result->setWordWrap(true);
        w->m_result->setTextFormat(Qt::RichText);
        w->m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(w->m_result, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
        layout->addWidget(w->m_result);
        layout->addStretch(1);
        connect(w->m_cancel, &QPushButton::clicked, w, &ImportWizard::cancelImport);
        connect(w->m_resumeAfterCancel, &QPushButton::clicked, w, [w] {
            if (w->m_outcome && w->m_outcome->ok())
                w->resumeRun(w->m_outcome->value().runId);
        });
    }

    void initializePage() override { m_w->startImport(); }
    bool isComplete() const override { return !m_w->isRunning() && m_w->m_outcome.has_value(); }

private:
    ImportWizard *m_w;
};

// --- The wizard -----------------------------------------------------------------------------

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
    resize(900, 640);
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
    QString html
        = QStringLiteral("<p>%1</p>")
              .arg(tr("<b>%1</b> new, <b>%2</b> updated, <b>%3</b> merged, <b>%4</b> skipped "
                      "as duplicates, <b>%5</b> rejected.")
                       .arg(l.toString(s.newLeads), l.toString(s.updated), l.toString(s.merged),
                           l.toString(s.skipped), l.toString(s.rejected)));
    if (s.scored > 0 || s.routed > 0)
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(tr(
                       "%1 leads scored, %2 of them promoted to MQL by their score; %3 new leads "
                       "routed to a rep (the others wait in the unassigned queue of the Team tab).")
                            .arg(l.toString(s.scored), l.toString(s.promoted),
                                l.toString(s.routed)));
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
        m_status->setText(tr("Import finished (%1 lines read).").arg(l.toString(s.lastLine)));
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
