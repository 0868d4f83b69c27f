#include "scoring/scoringmodeldialog.h"

#include "common/backgroundtask.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "domain/storedtext.h"
#include "people/permissions.h"
#include "scoring/numbertext.h"
#include "scoring/scoringservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace bantam {

namespace {

enum ActivityColumn {
    Key,
    LabelEn,
    LabelDe,
    Points,
    CapCount,
    CapDays,
    FastTrack,
    ActivityColumns
};

// The rules on custom attributes and profile fields: what the rule looks at (a combo box;
// a row without one is a custom attribute), the attribute's name, a value or a numeric range.
enum AttributeColumn {
    AttrField,
    AttrName,
    AttrValue,
    AttrMin,
    AttrMax,
    AttrPoints,
    AttributeColumns
};

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

// A cell as JSON: a number if it reads as one (German or English notation: "1.000", "2,5",
// "1,234.5"), the text otherwise (so validation names the cell "not a number"), nothing if empty
// ("missing").
QJsonValue numberCell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    const QString text = i ? i->text().trimmed() : QString();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const auto v = readNumber(text);
    return v ? QJsonValue(*v) : QJsonValue(text);
}

QString textCell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    return i ? i->text().trimmed() : QString();
}

void fillValues(QTableWidget *t, const std::vector<ValuePoints> &values)
{
    t->setRowCount(0);
    for (const ValuePoints &v : values) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, item(v.value));
        t->setItem(row, 1, item(number(v.points)));
    }
}

QJsonObject valuesJson(const QTableWidget *t)
{
    QJsonObject o;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QString name = textCell(t, row, 0);
        if (name.isEmpty() && textCell(t, row, 1).isEmpty())
            continue; // an empty row just added
        const QJsonValue v = numberCell(t, row, 1);
        o.insert(name.isEmpty() ? QStringLiteral(" ") : name,
            v.isUndefined() ? QJsonValue(QString()) : v);
    }
    return o;
}

QDoubleSpinBox *spin(QWidget *parent, const char *name)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(-1000, 100000);
    s->setDecimals(1);
    return s;
}

} // namespace

ScoringModelDialog::ScoringModelDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_activities(new QTableWidget(0, ActivityColumns, this))
    , m_levels(new QTableWidget(int(allTitleLevels.size()), 2, this))
    , m_patterns(new QTableWidget(0, 2, this))
    , m_industries(new QTableWidget(0, 2, this))
    , m_sizes(new QTableWidget(0, 2, this))
    , m_countries(new QTableWidget(0, 2, this))
    , m_attributes(new QTableWidget(0, AttributeColumns, this))
    , m_halfLife(spin(this, "halfLife"))
    , m_warm(spin(this, "warm"))
    , m_mql(spin(this, "mql"))
    , m_hot(spin(this, "hot"))
    , m_driver(new QComboBox(this))
    , m_learnedMql(new QDoubleSpinBox(this))
    , m_applyDriver(new QPushButton(tr("A&pply"), this))
    , m_message(new QLabel(this))
    , m_unrecognised(new QTreeWidget(this))
    , m_impact(new QPushButton(tr("Show &impact"), this))
    , m_save(new QPushButton(tr("&Save and recompute…"), this))
    , m_versions(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore this version…"), this))
{
    setWindowTitle(tr("Scoring model"));
    setObjectName(QStringLiteral("scoringModelDialog"));
    resizeWithinScreen(this, QSize(1240, 860)); // the Fit tab's tables show several rows
    m_activities->setObjectName(QStringLiteral("activities"));
    m_patterns->setObjectName(QStringLiteral("titlePatterns"));
    m_attributes->setObjectName(QStringLiteral("attributes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    m_tabs->addTab(
        tableEditor(m_activities,
            {tr("Activity type (key)"), tr("Label (English)"), tr("Label (German)"), tr("Points"),
                tr("Cap: at most"), tr("Cap: per days"), tr("Fast-track")}),
        tr("&Activities"));

    m_tabs->addTab(buildFitTab(), tr("&Fit"));

    m_tabs->addTab(buildRulesTab(), tr("&Decay and thresholds"));

    buildVersionsTab();

    m_message->setObjectName(QStringLiteral("scoringMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_unrecognised->setObjectName(QStringLiteral("unrecognisedValues"));
    m_unrecognised->setHeaderLabels({tr("Not recognised by the model"), tr("Leads")});
    m_unrecognised->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_unrecognised->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_unrecognised->header()->setStretchLastSection(false);
    m_unrecognised->setMaximumHeight(180);
    m_unrecognised->hide();
    layout->addWidget(m_unrecognised);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_impact->setObjectName(QStringLiteral("impactButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(m_impact, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_impact, &QPushButton::clicked, this, &ScoringModelDialog::showImpact);
    connect(m_save, &QPushButton::clicked, this, &ScoringModelDialog::save);

    // Only marketing managers and admins change the model (core refuses the others anyway).
    if (auto allowed = permissions::mayEditScoringModel(m_session.currentUser()); !allowed) {
        for (QPushButton *b : {m_save, m_restore, m_applyDriver}) {
            b->setEnabled(false);
            b->setToolTip(allowed.error().message);
        }
    }

    auto active = m_session.scoring().activeModel();
    setModel(active ? active->model : ScoringModel::defaults());
    loadVersions();
    loadDriver();
}

// Fit: points per job-title level and taxonomy, industry, size, country and attributes.
// The left column holds the wide tables (taxonomy, six-column rules), the right one the
// three value lists with the full height between them, so none shrinks to two rows.
QWidget *ScoringModelDialog::buildFitTab()
{
    auto *fit = new QWidget(this);
    auto *fitLayout = new QHBoxLayout(fit);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->addWidget(new QLabel(tr("Points per job-title level"), fit));
    m_levels->setHorizontalHeaderLabels({tr("Level"), tr("Points")});
    for (TitleLevel l : allTitleLevels) {
        auto *name = item(titleLevelName(l));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_levels->setItem(int(l), 0, name);
    }
    m_levels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->verticalHeader()->hide();
    m_levels->verticalHeader()->setDefaultSectionSize(m_levels->fontMetrics().height() + 8);
    m_levels->setWordWrap(false);
    // Every level in sight, no scroll bar: the header and one line per level.
    m_levels->setFixedHeight(m_levels->horizontalHeader()->sizeHint().height()
        + m_levels->rowCount() * m_levels->verticalHeader()->defaultSectionSize()
        + 2 * m_levels->frameWidth());
    titleColumn->addWidget(m_levels);
    auto *patternsLabel
        = new QLabel(tr("Job-title taxonomy (first match wins; * matches any letters, "
                        "e.g. geschäftsführ*, *leiter, head of)"),
            fit);
    patternsLabel->setWordWrap(true);
    titleColumn->addWidget(patternsLabel);
    titleColumn->addWidget(tableEditor(m_patterns, {tr("Title contains"), tr("Level")}), 3);
    auto *attributesLabel = new QLabel(
        tr("Rules on custom attributes (imported columns) and profile fields: a value, or a "
           "number from \u2265 to below <; both empty: any value"),
        fit);
    attributesLabel->setWordWrap(true);
    titleColumn->addWidget(attributesLabel);
    titleColumn->addWidget(
        tableEditor(m_attributes,
            {tr("Applies to"), tr("Attribute"), tr("Value"), tr("\u2265"), tr("<"), tr("Points")}),
        2);
    // The attribute and its value take the room, not the points.
    m_attributes->horizontalHeader()->setStretchLastSection(false);
    m_attributes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_attributes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fitLayout->addLayout(titleColumn, 3);
    auto *valueColumn = new QVBoxLayout;
    valueColumn->addWidget(new QLabel(tr("Industry"), fit));
    valueColumn->addWidget(tableEditor(m_industries, {tr("Industry"), tr("Points")}), 1);
    valueColumn->addWidget(new QLabel(tr("Company size"), fit));
    valueColumn->addWidget(tableEditor(m_sizes, {tr("Employees"), tr("Points")}), 1);
    valueColumn->addWidget(new QLabel(tr("Country"), fit));
    valueColumn->addWidget(tableEditor(m_countries, {tr("Country"), tr("Points")}), 1);
    fitLayout->addLayout(valueColumn, 2);
    return fit;
}

QWidget *ScoringModelDialog::buildRulesTab()
{
    auto *rules = new QWidget(this);
    auto *form = new QFormLayout(rules);
    m_halfLife->setSuffix(tr(" days"));
    form->addRow(tr("Behaviour points halve every"), m_halfLife);
    form->addRow(tr("Warm from score"), m_warm);
    form->addRow(tr("MQL (promote) from score"), m_mql);
    form->addRow(tr("Hot from score"), m_hot);
    auto *rulesNote
        = new QLabel(tr("A lead in stage Lead whose score reaches the MQL threshold is promoted to "
                        "MQL once. Scores may fall (decay, negative points); nobody is demoted "
                        "automatically."),
            rules);
    rulesNote->setWordWrap(true);
    form->addRow(rulesNote);

    m_driver->setObjectName(QStringLiteral("scoreDriver"));
    m_driver->addItem(tr("the rule score (MQL threshold above)"), QStringLiteral("rules"));
    m_driver->addItem(
        tr("the learned chance (Scoring › Predictive model)"), QStringLiteral("learned"));
    m_learnedMql->setObjectName(QStringLiteral("learnedMql"));
    m_learnedMql->setRange(0.05, 0.95);
    m_learnedMql->setSingleStep(0.05);
    m_learnedMql->setDecimals(2);
    m_applyDriver->setObjectName(QStringLiteral("applyDriver"));
    form->addRow(tr("MQL handover driven &by"), m_driver);
    auto *learnedRow = new QHBoxLayout;
    learnedRow->addWidget(m_learnedMql);
    learnedRow->addWidget(m_applyDriver);
    learnedRow->addStretch(1);
    form->addRow(tr("MQL from learned chance"), learnedRow);
    auto *driverNote = new QLabel(tr("Which score hands leads over to sales (and so to routing); "
                                     "the other stays advisory. Changed by marketing managers and "
                                     "admins, recorded in the audit log."),
        rules);
    driverNote->setWordWrap(true);
    form->addRow(driverNote);
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        m_learnedMql->setEnabled(m_driver->currentData().toString() == QLatin1String("learned"));
    });
    connect(m_applyDriver, &QPushButton::clicked, this, &ScoringModelDialog::applyDriver);
    return rules;
}

void ScoringModelDialog::loadDriver()
{
    auto setting = m_session.scoring().scoreDriver();
    if (!setting) {
        showError(setting.error());
        return;
    }
    m_driver->setCurrentIndex(m_driver->findData(scoreDriverKey(setting->driver)));
    m_learnedMql->setValue(setting->learnedMql);
    m_learnedMql->setEnabled(setting->driver == ScoreDriver::Learned);
}

bool ScoringModelDialog::applyDriver()
{
    ScoreDriverSetting setting;
    setting.driver
        = scoreDriverFromKey(m_driver->currentData().toString()).value_or(setting.driver);
    setting.learnedMql = m_learnedMql->value();
    auto promoted = m_session.scoring().setScoreDriver(m_session.currentUser(), setting);
    if (!promoted) {
        showError(promoted.error());
        loadDriver();
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("MQL handover is now driven by %1; %n lead(s) handed over to sales.",
        nullptr, int(promoted.value()))
                           .arg(scoreDriverName(setting.driver)));
    return true;
}

// The saved versions, to load into the editor or restore.
void ScoringModelDialog::buildVersionsTab()
{
    auto *versions = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versions);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setHeaderLabels({tr("Version"), tr("Active"), tr("Saved"), tr("By"), tr("Note")});
    m_versions->setRootIsDecorated(false);
    versionsLayout->addWidget(m_versions, 1);
    auto *versionButtons = new QHBoxLayout;
    auto *load = new QPushButton(tr("&Load into the editor"), versions);
    versionButtons->addWidget(load);
    versionButtons->addWidget(m_restore);
    versionButtons->addStretch(1);
    versionsLayout->addLayout(versionButtons);
    m_tabs->addTab(versions, tr("&Versions"));
    connect(load, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *current = m_versions->currentItem()) {
            auto m = m_session.scoring().model(current->data(0, Qt::UserRole).toInt());
            if (m)
                setModel(m.value());
            else
                showError(m.error());
        }
    });
    connect(m_restore, &QPushButton::clicked, this, &ScoringModelDialog::restoreSelected);
}

QWidget *ScoringModelDialog::tableEditor(QTableWidget *table, const QStringList &headers)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add row"), box);
    auto *remove = new QPushButton(tr("Remove row"), box);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, table] {
        if (table == m_patterns) {
            addPatternRow({QString(), TitleLevel::Individual});
        } else if (table == m_attributes) {
            addAttributeRow({});
        } else {
            table->insertRow(table->rowCount());
            if (table == m_activities) {
                auto *fast = item(QString());
                fast->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                fast->setCheckState(Qt::Unchecked);
                table->setItem(table->rowCount() - 1, FastTrack, fast);
            }
        }
        const int row = table->rowCount() - 1;
        const int first = table == m_attributes ? int(AttrName) : 0;
        if (!table->item(row, first))
            table->setItem(row, first, item(QString()));
        table->setCurrentCell(row, first);
        table->editItem(table->item(row, first));
    });
    connect(remove, &QPushButton::clicked, this, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

void ScoringModelDialog::addPatternRow(const TitlePattern &pattern)
{
    const int row = m_patterns->rowCount();
    m_patterns->insertRow(row);
    m_patterns->setItem(row, 0, item(pattern.match));
    auto *level = new QComboBox(m_patterns);
    for (TitleLevel l : allTitleLevels)
        level->addItem(titleLevelName(l), titleLevelKey(l));
    level->setCurrentIndex(int(pattern.level));
    m_patterns->setCellWidget(row, 1, level);
}

void ScoringModelDialog::addAttributeRow(const AttributeRule &rule)
{
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    auto *field = new QComboBox(m_attributes);
    for (RuleField f : allRuleFields)
        field->addItem(ruleFieldName(f), ruleFieldKey(f));
    field->setCurrentIndex(int(rule.field));
    m_attributes->setCellWidget(row, AttrField, field);
    m_attributes->setItem(row, AttrName, item(rule.name));
    m_attributes->setItem(row, AttrValue, item(rule.value));
    m_attributes->setItem(row, AttrMin, item(rule.min ? number(*rule.min) : QString()));
    m_attributes->setItem(row, AttrMax, item(rule.max ? number(*rule.max) : QString()));
    m_attributes->setItem(row, AttrPoints,
        item(rule.name.isEmpty() && rule.field == RuleField::Attribute ? QString()
                                                                       : number(rule.points)));
    // A profile field has no attribute name.
    auto enableName = [this, field] {
        QTableWidgetItem *name = nullptr; // rows move when others are removed
        for (int r = 0; r < m_attributes->rowCount() && !name; ++r) {
            if (m_attributes->cellWidget(r, AttrField) == field)
                name = m_attributes->item(r, AttrName);
        }
        if (!name)
            return;
        const bool attribute = field->currentIndex() == int(RuleField::Attribute);
        name->setFlags(
            attribute ? name->flags() | Qt::ItemIsEditable : name->flags() & ~Qt::ItemIsEditable);
        if (!attribute)
            name->setText(QString());
    };
    enableName();
    connect(field, &QComboBox::currentIndexChanged, m_attributes, enableName);
}

void ScoringModelDialog::setModel(const ScoringModel &m)
{
    m_activities->setRowCount(0);
    for (const ActivityRule &a : m.activities) {
        const int row = m_activities->rowCount();
        m_activities->insertRow(row);
        m_activities->setItem(row, Key, item(a.key));
        m_activities->setItem(row, LabelEn, item(a.labelEn));
        m_activities->setItem(row, LabelDe, item(a.labelDe));
        m_activities->setItem(row, Points, item(number(a.points)));
        m_activities->setItem(
            row, CapCount, item(a.capCount > 0 ? QString::number(a.capCount) : QString()));
        m_activities->setItem(
            row, CapDays, item(a.capCount > 0 ? QString::number(a.capDays) : QString()));
        auto *fast = item(QString());
        fast->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        fast->setCheckState(a.fastTrack ? Qt::Checked : Qt::Unchecked);
        m_activities->setItem(row, FastTrack, fast);
    }
    for (TitleLevel l : allTitleLevels)
        m_levels->setItem(int(l), 1, item(number(m.levelPoints[size_t(l)])));
    m_patterns->setRowCount(0);
    for (const TitlePattern &p : m.titlePatterns)
        addPatternRow(p);
    fillValues(m_industries, m.industries);
    fillValues(m_sizes, m.companySizes);
    fillValues(m_countries, m.countries);
    m_attributes->setRowCount(0);
    for (const AttributeRule &a : m.attributes)
        addAttributeRow(a);
    m_halfLife->setValue(m.halfLifeDays);
    m_warm->setValue(m.warm);
    m_mql->setValue(m.mql);
    m_hot->setValue(m.hot);
    m_message->clear();
    // As the editor reads it back, so that an untouched editor compares equal.
    auto shown = editedModel();
    m_unchanged = shown ? std::optional<ScoringModel>(shown.value()) : std::nullopt;
}

Result<ScoringModel> ScoringModelDialog::editedModel() const
{
    QJsonArray activities;
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        QJsonObject o {{QStringLiteral("key"), textCell(m_activities, row, Key)},
            {QStringLiteral("label_en"), textCell(m_activities, row, LabelEn)},
            {QStringLiteral("label_de"), textCell(m_activities, row, LabelDe)}};
        if (const QJsonValue points = numberCell(m_activities, row, Points); !points.isUndefined())
            o.insert(QStringLiteral("points"), points);
        const QJsonValue count = numberCell(m_activities, row, CapCount),
                         days = numberCell(m_activities, row, CapDays);
        if (!count.isUndefined() || !days.isUndefined()) {
            QJsonObject cap;
            if (!count.isUndefined())
                cap.insert(QStringLiteral("count"), count);
            if (!days.isUndefined())
                cap.insert(QStringLiteral("period_days"), days);
            o.insert(QStringLiteral("cap"), cap);
        }
        const QTableWidgetItem *fast = m_activities->item(row, FastTrack);
        o.insert(QStringLiteral("fast_track"), fast && fast->checkState() == Qt::Checked);
        activities.append(o);
    }
    QJsonObject levels;
    for (TitleLevel l : allTitleLevels) {
        if (const QJsonValue v = numberCell(m_levels, int(l), 1); !v.isUndefined())
            levels.insert(titleLevelKey(l), v);
    }
    QJsonArray patterns;
    for (int row = 0; row < m_patterns->rowCount(); ++row) {
        const auto *level = qobject_cast<const QComboBox *>(m_patterns->cellWidget(row, 1));
        patterns.append(QJsonObject {{QStringLiteral("match"), textCell(m_patterns, row, 0)},
            {QStringLiteral("level"), level ? level->currentData().toString() : QString()}});
    }
    QJsonArray attributes;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const auto *field
            = qobject_cast<const QComboBox *>(m_attributes->cellWidget(row, AttrField));
        const QString fieldKey
            = field ? field->currentData().toString() : ruleFieldKey(RuleField::Attribute);
        QJsonObject o {{QStringLiteral("value"), textCell(m_attributes, row, AttrValue)}};
        if (fieldKey == ruleFieldKey(RuleField::Attribute))
            o.insert(QStringLiteral("name"), textCell(m_attributes, row, AttrName));
        else
            o.insert(QStringLiteral("field"), fieldKey);
        const QJsonValue points = numberCell(m_attributes, row, AttrPoints);
        const QJsonValue min = numberCell(m_attributes, row, AttrMin);
        const QJsonValue max = numberCell(m_attributes, row, AttrMax);
        if (fieldKey == ruleFieldKey(RuleField::Attribute)
            && textCell(m_attributes, row, AttrName).isEmpty()
            && o.value(QStringLiteral("value")).toString().isEmpty() && points.isUndefined()
            && min.isUndefined() && max.isUndefined())
            continue; // an empty row just added
        if (!points.isUndefined())
            o.insert(QStringLiteral("points"), points);
        if (!min.isUndefined())
            o.insert(QStringLiteral("min"), min);
        if (!max.isUndefined())
            o.insert(QStringLiteral("max"), max);
        attributes.append(o);
    }
    const QJsonObject json {
        {QStringLiteral("activities"), activities},
        {QStringLiteral("decay"),
            QJsonObject {{QStringLiteral("half_life_days"), m_halfLife->value()}}},
        {QStringLiteral("fit"),
            QJsonObject {{QStringLiteral("job_title"),
                             QJsonObject {{QStringLiteral("levels"), levels},
                                 {QStringLiteral("patterns"), patterns}}},
                {QStringLiteral("industry"), valuesJson(m_industries)},
                {QStringLiteral("company_size"), valuesJson(m_sizes)},
                {QStringLiteral("country"), valuesJson(m_countries)},
                {QStringLiteral("attributes"), attributes}}},
        {QStringLiteral("thresholds"),
            QJsonObject {{QStringLiteral("warm"), m_warm->value()},
                {QStringLiteral("mql"), m_mql->value()}, {QStringLiteral("hot"), m_hot->value()}}},
    };
    return ScoringModel::fromJson(json);
}

QDoubleSpinBox *ScoringModelDialog::threshold(const char *name) const
{
    return findChild<QDoubleSpinBox *>(QLatin1String(name));
}

void ScoringModelDialog::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(error.message);
    // Point at the cell: "activities[3].points" selects row 3, column Points.
    static const QRegularExpression activityField(
        QStringLiteral("^activities\\[(\\d+)\\](?:\\.(\\w+))?"));
    static const QRegularExpression patternField(
        QStringLiteral("^fit\\.job_title\\.patterns\\[(\\d+)\\]"));
    static const QRegularExpression attributeField(
        QStringLiteral("^fit\\.attributes\\[(\\d+)\\](?:\\.(\\w+))?"));
    if (const auto m = activityField.match(error.field); m.hasMatch()) {
        static const QHash<QString, int> columns
            = {{QStringLiteral("key"), Key}, {QStringLiteral("label_en"), LabelEn},
                {QStringLiteral("label_de"), LabelDe}, {QStringLiteral("points"), Points},
                {QStringLiteral("cap"), CapCount}, {QStringLiteral("fast_track"), FastTrack}};
        m_tabs->setCurrentIndex(0);
        m_activities->setCurrentCell(m.captured(1).toInt(), columns.value(m.captured(2), Key));
    } else if (const auto p = patternField.match(error.field); p.hasMatch()) {
        m_tabs->setCurrentIndex(1);
        m_patterns->setCurrentCell(p.captured(1).toInt(), 0);
    } else if (const auto a = attributeField.match(error.field); a.hasMatch()) {
        static const QHash<QString, int> columns
            = {{QStringLiteral("name"), AttrName}, {QStringLiteral("field"), AttrField},
                {QStringLiteral("value"), AttrValue}, {QStringLiteral("min"), AttrMin},
                {QStringLiteral("max"), AttrMax}, {QStringLiteral("points"), AttrPoints}};
        m_tabs->setCurrentIndex(1);
        m_attributes->setCurrentCell(a.captured(1).toInt(), columns.value(a.captured(2), AttrName));
    } else if (error.field.startsWith(QLatin1String("fit"))) {
        m_tabs->setCurrentIndex(1);
    } else if (error.field.startsWith(QLatin1String("decay"))
        || error.field.startsWith(QLatin1String("thresholds"))) {
        m_tabs->setCurrentIndex(2);
    }
}

qint64 ScoringModelDialog::leadCount() const
{
    auto n = LeadRepository(m_session.database()).count({});
    return n ? n.value() : 0;
}

bool ScoringModelDialog::showImpact()
{
    auto model = editedModel();
    if (!model) {
        showError(model.error());
        return false;
    }
    std::optional<Result<ImpactPreview>> outcome;
    const qint64 leads = leadCount();
    runWithProgress(this, tr("Computing the impact…"), leads, m_session.database(),
        [&](const ProgressReport &report) {
            // The preview counts its own steps (one or two scans); shown as leads.
            outcome = m_session.scoring().preview(model.value(), [&](qint64 done, qint64 steps) {
                return report(steps > 0 ? done * leads / steps : done);
            });
        });
    if (!outcome || !outcome->ok()) {
        showError(outcome ? outcome->error() : Error::storage(tr("The preview failed.")));
        return false;
    }
    const ImpactPreview &p = outcome->value();
    const QLocale l;
    m_message->setStyleSheet(QString());
    if (p.cancelled) {
        m_message->setText(tr("Impact preview cancelled."));
        return false;
    }
    const QString counts = p.learnedDriver
        ? tr("The learned chance drives MQL handover and routing bands: with this model no lead "
             "would be promoted to MQL or routed differently. Of the rule score, %1 leads would "
             "change band (%2 of %3 leads would change score). Bands: %4 cold, %5 warm, %6 hot.")
              .arg(l.toString(p.bandChanges), l.toString(p.scoreChanges), l.toString(p.leads),
                  l.toString(p.bands[0]), l.toString(p.bands[1]), l.toString(p.bands[2]))
        : tr("With this model %1 leads would be promoted to MQL and %2 would change band "
             "(%3 of %4 leads would change score). Bands: %5 cold, %6 warm, %7 hot.")
              .arg(l.toString(p.promoted), l.toString(p.bandChanges), l.toString(p.scoreChanges),
                  l.toString(p.leads), l.toString(p.bands[0]), l.toString(p.bands[1]),
                  l.toString(p.bands[2]));
    m_message->setText(counts
        + (p.drifted == 0 ? QString()
                          : QLatin1Char(' ')
                    + tr("%n stored score(s) have changed since they were computed (activities "
                         "age), whichever model is saved; a save refreshes them.",
                        nullptr, int(std::min<qint64>(p.drifted, INT_MAX)))));
    m_unrecognised->clear();
    const std::pair<QString, const std::vector<UnrecognisedValue> *> groups[] = {
        {tr("Job titles without a level"), &p.unrecognisedTitles},
        {tr("Company sizes in no band"), &p.unrecognisedSizes},
        {tr("Industries without points"), &p.unrecognisedIndustries},
    };
    for (const auto &[heading, values] : groups) {
        if (values->empty())
            continue;
        auto *group = new QTreeWidgetItem(m_unrecognised, {heading});
        qint64 leads = 0;
        for (const UnrecognisedValue &v : *values) {
            auto *row = new QTreeWidgetItem(group, {v.value, l.toString(v.leads)});
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            leads += v.leads;
        }
        group->setText(1, l.toString(leads));
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        group->setExpanded(true);
    }
    m_unrecognised->setVisible(m_unrecognised->topLevelItemCount() > 0);
    return true;
}

bool ScoringModelDialog::save()
{
    auto model = editedModel();
    if (!model) {
        showError(model.error());
        return false;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Save scoring model"),
        tr("What changed (kept with the version)?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    const qint64 leads = leadCount();
    std::optional<Result<RecomputeSummary>> outcome;
    runWithProgress(this, tr("Recomputing the scores of %1 leads…").arg(QLocale().toString(leads)),
        2 * leads, m_session.database(), [&](const ProgressReport &report) {
            outcome = m_session.scoring().saveModel(m_session.currentUser(), model.value(), note,
                [&](qint64 done, qint64) { return report(done); });
        });
    if (!outcome || !outcome->ok()) {
        showError(outcome ? outcome->error() : Error::storage(tr("The recompute failed.")));
        return false;
    }
    const RecomputeSummary &s = outcome->value();
    m_message->setStyleSheet(QString());
    if (s.cancelled) {
        m_message->setText(tr(
            "Cancelled: nothing was saved; every lead keeps its score from the active version."));
        return false;
    }
    m_message->setText(tr("Version %1 saved and active: %2 leads scored, %3 scores changed, %4 "
                          "leads promoted to MQL.")
                           .arg(s.version)
                           .arg(QLocale().toString(s.leads), QLocale().toString(s.scoresChanged),
                               QLocale().toString(s.promoted)));
    m_unchanged = model.value();
    loadVersions();
    return true;
}

void ScoringModelDialog::reject()
{
    auto edited = editedModel();
    const bool changed = !edited || !m_unchanged || !(edited.value() == *m_unchanged);
    if (changed && m_save->isEnabled()
        && QMessageBox::question(this, tr("Scoring model"),
               tr("The model has changes that are not saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

bool ScoringModelDialog::restoreSelected()
{
    QTreeWidgetItem *current = m_versions->currentItem();
    if (!current)
        return false;
    const int version = current->data(0, Qt::UserRole).toInt();
    if (QMessageBox::question(this, tr("Restore version"),
            tr("Make version %1 active again and recompute every lead's score with it?")
                .arg(version))
        != QMessageBox::Yes)
        return false;
    const qint64 leads = leadCount();
    std::optional<Result<RecomputeSummary>> outcome;
    runWithProgress(this, tr("Recomputing the scores of %1 leads…").arg(QLocale().toString(leads)),
        2 * leads, m_session.database(), [&](const ProgressReport &report) {
            outcome = m_session.scoring().restore(m_session.currentUser(), version,
                [&](qint64 done, qint64) { return report(done); });
        });
    if (!outcome || !outcome->ok()) {
        showError(outcome ? outcome->error() : Error::storage(tr("The recompute failed.")));
        return false;
    }
    m_message->setStyleSheet(QString());
    if (outcome->value().cancelled) {
        m_message->setText(tr("Cancelled: the active version and every score are unchanged."));
        return false;
    }
    m_message->setText(tr("Version %1 is active again; %2 leads promoted to MQL.")
                           .arg(version)
                           .arg(QLocale().toString(outcome->value().promoted)));
    auto m = m_session.scoring().model(version);
    if (m)
        setModel(m.value());
    loadVersions();
    return true;
}

void ScoringModelDialog::loadVersions()
{
    m_versions->clear();
    auto all = m_session.scoring().versions();
    if (!all) {
        showError(all.error());
        return;
    }
    const QLocale l;
    for (const StoredModel &v : all.value()) {
        auto *row = new QTreeWidgetItem(m_versions,
            {QString::number(v.version), v.active ? tr("active") : QString(),
                l.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat),
                v.createdByName.isEmpty() ? tr("Bantam") : v.createdByName,
                storedtext::render(v.note)});
        row->setData(0, Qt::UserRole, v.version);
    }
    if (m_versions->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_versions,
            {QString(), QString(), QString(), QString(),
                tr("No version saved yet: the default model is in use.")});
    for (int c = 0; c < 4; ++c)
        m_versions->resizeColumnToContents(c);
}

} // namespace bantam
