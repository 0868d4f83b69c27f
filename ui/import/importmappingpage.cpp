#include "import/importmappingpage.h"

#include "common/backgroundtask.h"
#include "common/session.h"
#include "import/importwizard.h"
#include "io/importedhistory.h"
#include "services.h"
#include "storage/importrepository.h"
#include "storage/reasonrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace bantam {

namespace {

QStringList columnValues(const ImportPreview &p, int column)
{
    QStringList values;
    for (const QStringList &row : p.rows)
        values << row.value(column);
    return values;
}

QString stageLabel(const QString &key)
{
    if (auto s = stageFromKey(key))
        return stageName(*s);
    return ImportWizard::tr("(not a stage: comes in as Lead, with a warning)");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *w)
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
    w->m_mappingTable->setHorizontalHeaderLabels({ImportWizard::tr("Column in the file"),
        ImportWizard::tr("Examples"), ImportWizard::tr("Import as"), ImportWizard::tr("Details")});
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

void ImportMappingPage::initializePage()
{
    const ImportMapping m = ImportMapping::suggest(m_w->m_preview.headers, m_w->m_preview.rows);
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

bool ImportMappingPage::isComplete() const
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

void ImportMappingPage::setColumns(const std::vector<ImportColumn> &columns)
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
                = importFieldFromKey(field->currentData().toString()).value_or(ImportField::Custom);
            updateDetails(row);
            Q_EMIT completeChanged();
        });
        updateDetails(row);
    }
    Q_EMIT completeChanged();
}

void ImportMappingPage::updateDetails(int row)
{
    QTableWidget *t = m_w->m_mappingTable;
    ImportColumn &c = m_w->m_columns[size_t(row)];
    t->removeCellWidget(row, Details);
    t->setItem(row, Details, new QTableWidgetItem);
    const QStringList values = columnValues(m_w->m_preview, row);
    if (c.field == ImportField::StageDate) {
        // Which stage the column's dates are for; the date format is detected on import.
        auto *stage = new QComboBox;
        stage->setObjectName(QStringLiteral("importDateStage%1").arg(row));
        for (Stage s : allStages) {
            if (s != Stage::Lead)
                stage->addItem(ImportWizard::tr("Reached %1 on").arg(stageName(s)), int(s));
        }
        stage->setCurrentIndex(stage->findData(int(c.dateStage)));
        t->setCellWidget(row, Details, stage);
        connect(stage, &QComboBox::activated, this, [this, row, stage] {
            m_w->m_columns[size_t(row)].dateStage = Stage(stage->currentData().toInt());
        });
    } else if (c.field == ImportField::CreatedAt) {
        const DateDetection d = detectDates(values);
        auto *order = new QComboBox;
        order->setObjectName(QStringLiteral("importDateOrder%1").arg(row));
        order->addItem(d.describe().isEmpty() ? ImportWizard::tr("Dates: detected per value")
                                              : ImportWizard::tr("Dates: %1").arg(d.describe()),
            int(DateOrder::Auto));
        order->addItem(ImportWizard::tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
        order->addItem(ImportWizard::tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
        if (c.dateOrder == DateOrder::Auto && d.order != DateOrder::Auto)
            c.dateOrder = d.order;
        order->setCurrentIndex(order->findData(int(c.dateOrder)));
        if (d.ambiguous() && c.dateOrder == DateOrder::Auto)
            order->setToolTip(ImportWizard::tr("Dates such as 03/04/2026 can be read two ways; "
                                               "choose the order, or the order of the country "
                                               "chosen for phone numbers is used."));
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
    } else if (c.field == ImportField::Owner) {
        // Which of the file's owners are users here (in the rows looked at).
        ImportedHistory users(m_w->m_session.database());
        QStringList known, unknown;
        if (users.loadUsers()) {
            for (const QString &v : values) {
                const QString name = v.trimmed();
                if (name.isEmpty() || known.contains(name) || unknown.contains(name))
                    continue;
                (users.findUser(name).user ? known : unknown) << name;
            }
        }
        QTableWidgetItem *item = t->item(row, Details);
        item->setText(unknown.isEmpty()
                ? ImportWizard::tr("%n owner(s), all users", nullptr, int(known.size()))
                : ImportWizard::tr("%n owner(s) without a user", nullptr, int(unknown.size())));
        if (!unknown.isEmpty())
            item->setToolTip(ImportWizard::tr("Not a user (by login, e-mail or full name): %1. "
                                              "Create them under Settings › Users, or leave "
                                              "their leads to routing.")
                                 .arg(unknown.join(QStringLiteral(", "))));
    } else if (c.field == ImportField::Reason) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("importReasonValues%1").arg(row));
        QStringList seen;
        for (const QString &v : values) {
            if (!v.trimmed().isEmpty() && !seen.contains(v.trimmed(), Qt::CaseInsensitive))
                seen << v.trimmed();
        }
        button->setText(ImportWizard::tr("%n reason(s)…", nullptr, int(seen.size())));
        t->setCellWidget(row, Details, button);
        connect(button, &QPushButton::clicked, this, [this, row] { editReasonValues(row); });
    } else if (c.field == ImportField::Custom) {
        t->item(row, Details)->setText(ImportWizard::tr("kept as \"%1\"").arg(c.header));
    }
}

namespace {

// A dialog of a column's values, each with the choice makeBox gives it (and its number of rows
// when known); on OK, the column's value map holds each value's choice (none: removed).
void chooseForValues(QWidget *parent, ImportColumn &c, const QString &intro,
    const QString &choiceHeader, const QStringList &values, const std::map<QString, qint64> &counts,
    const std::function<QComboBox *(const QString &value)> &makeBox)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ImportWizard::tr("Values of \"%1\"").arg(c.header));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(intro);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *table = new QTableWidget(int(values.size()), 3);
    table->setObjectName(QStringLiteral("importValueTable"));
    table->setHorizontalHeaderLabels(
        {ImportWizard::tr("Value"), ImportWizard::tr("Rows"), choiceHeader});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setColumnHidden(1, counts.empty()); // rows counted for stage values only
    std::vector<QComboBox *> boxes;
    for (int i = 0; i < int(values.size()); ++i) {
        table->setItem(i, 0,
            new QTableWidgetItem(values[i].isEmpty() ? ImportWizard::tr("(empty)") : values[i]));
        const auto n = counts.find(values[i]);
        auto *rows
            = new QTableWidgetItem(n == counts.end() ? QString() : QLocale().toString(n->second));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, rows);
        QComboBox *box = makeBox(values[i]);
        table->setCellWidget(i, 2, box);
        boxes.push_back(box);
    }
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(720, 420);
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

} // namespace

// Value by value: which reason of the lists a reason text of the file is, or a new reason under
// its own text (the default for a text no list has).
void ImportMappingPage::editReasonValues(int row)
{
    ImportColumn &c = m_w->m_columns[size_t(row)];
    QStringList values;
    for (const QString &v : columnValues(m_w->m_preview, row)) {
        if (!v.trimmed().isEmpty() && !values.contains(v.trimmed(), Qt::CaseInsensitive))
            values << v.trimmed();
    }
    ReasonRepository reasons(m_w->m_session.database());
    std::vector<Reason> all;
    for (const QString &kind : {QStringLiteral("disqualify"), QStringLiteral("lost")}) {
        if (auto list = reasons.list(kind))
            all.insert(all.end(), list->begin(), list->end());
    }
    chooseForValues(m_w, c,
        ImportWizard::tr("A disqualified or lost lead gets its reason from this column. Choose an "
                         "existing reason to merge a value into it; a value left as a new reason "
                         "is added to the list of the lead's stage under its own text."),
        ImportWizard::tr("Reason"), values, {}, [&all, &c](const QString &value) {
            auto *box = new QComboBox;
            box->addItem(ImportWizard::tr("New reason \"%1\"").arg(value), QString());
            for (const Reason &r : all)
                box->addItem(r.kind == QLatin1String("lost")
                        ? ImportWizard::tr("Lost: %1").arg(r.label())
                        : ImportWizard::tr("Disqualified: %1").arg(r.label()),
                    r.code);
            box->setCurrentIndex(std::max(0, box->findData(c.stageValues.value(value))));
            return box;
        });
}

// Value by value: which stage a status text of the file means — every value of the whole file,
// with how many rows have it.
void ImportMappingPage::editStageValues(int row)
{
    ImportColumn &c = m_w->m_columns[size_t(row)];
    std::map<QString, qint64> counts;
    ImportOptions options = m_w->options();
    for (ImportColumn &other : options.mapping->columns) {
        if (other.field == ImportField::Stage && other.header != c.header)
            other.field = ImportField::Custom; // this column's values, not another's
    }
    runWithProgress(m_w, ImportWizard::tr("Reading the values of \"%1\"…").arg(c.header), 0,
        m_w->m_session.database(), [&](const ProgressReport &) {
            auto r = m_w->m_session.services().leadImporter().dryRun(
                m_w->m_session.currentUser(), m_w->filePath(), options);
            if (r)
                counts = r->stageValues;
        });
    QStringList values;
    for (const auto &[value, rows] : counts)
        values << value;
    for (const QString &v : columnValues(m_w->m_preview, row)) {
        if (!values.contains(v.trimmed(), Qt::CaseInsensitive))
            values << v.trimmed();
    }
    chooseForValues(m_w, c,
        ImportWizard::tr("Which stage does each value mean? Imported leads keep this stage in "
                         "their history."),
        ImportWizard::tr("Stage"), values, counts, [&c](const QString &value) {
            auto *box = new QComboBox;
            box->addItem(stageLabel(QString()), QString());
            for (Stage s :
                {Stage::Lead, Stage::Mql, Stage::Sql, Stage::Won, Stage::Lost, Stage::Disqualified})
                box->addItem(stageName(s), stageKey(s));
            const auto current = parseImportStage(c, value);
            box->setCurrentIndex(current ? box->findData(stageKey(*current)) : 0);
            return box;
        });
}

void ImportMappingPage::reloadSaved()
{
    m_w->m_savedMappings->clear();
    auto names = SavedMappings(m_w->m_session.database()).names();
    if (names)
        m_w->m_savedMappings->addItems(names.value());
}

void ImportMappingPage::useSaved()
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

void ImportMappingPage::saveAs()
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

void ImportMappingPage::removeSaved()
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

} // namespace bantam
