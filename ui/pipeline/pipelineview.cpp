#include "pipeline/pipelineview.h"

#include "common/columnchooser.h"
#include "common/dialer.h"
#include "common/eventbridge.h"
#include "common/session.h"
#include "phone/homeregion.h"
#include "pipeline/leadtablemodel.h"
#include "pipeline/stagebar.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/userrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace bantam {

namespace {
constexpr qint64 kAllOwners = 0;
constexpr qint64 kUnassigned = -1;
constexpr qint64 kMine = -2;
} // namespace

PipelineView::PipelineView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LeadTableModel(
          session.database(), session.bridge(), this, LeadTableModel::Count::InBackground))
    , m_stages(new StageBar(this))
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_attributeValue(new QComboBox(this))
    , m_attributeLabel(new QLabel(tr("Fiel&d:"), this))
    , m_table(new QTableView(this))
    , m_clearFilters(new QPushButton(tr("Clear filters"), this))
    , m_summary(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_stageCounts(this, session.database(), [this] { refreshStageCounts(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 4);
    layout->addWidget(m_stages);

    layout->addLayout(buildFilters());
    buildTable();
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("listSummary"));
    layout->addWidget(m_summary);
    connectFilters();
    connectUpdates();

    reloadChoices();
    updateCounts();
    m_table->viewport()->installEventFilter(this);
    // Start with the first lead open, so the detail panel is never empty when there are leads.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineView::selectFirstIfNone,
        Qt::QueuedConnection);
    QTimer::singleShot(0, this, &PipelineView::selectFirstIfNone);
}

// Search, owner, source and a field of imported leads.
QBoxLayout *PipelineView::buildFilters()
{
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search name, company, e-mail or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_owner->setMinimumContentsLength(16);
    m_source->setMinimumContentsLength(14);
    filters->addWidget(m_search, 3);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner, 1);
    auto *sourceLabel = new QLabel(tr("So&urce:"), this);
    sourceLabel->setBuddy(m_source);
    filters->addWidget(sourceLabel);
    filters->addWidget(m_source, 1);
    m_attribute->setObjectName(QStringLiteral("attributeFilter"));
    m_attribute->setToolTip(tr("Filter by a field kept from an imported file"));
    m_attributeValue->setObjectName(QStringLiteral("attributeValueFilter"));
    m_attributeValue->setEditable(true);
    m_attributeValue->setInsertPolicy(QComboBox::NoInsert);
    m_attributeValue->setMinimumContentsLength(10);
    m_attributeValue->lineEdit()->setPlaceholderText(tr("any value"));
    m_attributeLabel->setBuddy(m_attribute);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->setToolTip(tr("Show all leads again: every stage, owner, source and field"));
    m_clearFilters->setEnabled(false);
    filters->addWidget(m_clearFilters);
    // The field filter of imported leads on a row of its own (hidden without imported fields):
    // on one row with the others it squashed the search box to "N…" at 1366 px.
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_attributeLabel);
    fieldRow->addWidget(m_attribute, 1);
    fieldRow->addWidget(m_attributeValue, 1);
    fieldRow->addStretch(1);
    auto *rows = new QVBoxLayout;
    rows->addLayout(filters);
    rows->addLayout(fieldRow);
    return rows;
}

// The lead list: sorted by the last activity, one fixed row height, a width per column.
void PipelineView::buildTable()
{
    m_table->setObjectName(QStringLiteral("leadTable"));
    // The row height before the model: set afterwards, the vertical header resizes (and
    // announces) each of a million rows one by one, most of the start-up at a million leads.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_model);
    // The indicator first: enabling sorting then asks the model for the order it already has
    // (each other order would count the leads again, 0.1 s on a team database of a million).
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::Updated, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths that show a whole value ("57 warm ▼4", "06.12.26 13:52"); the columns shown at first
    // fit the list's share of a 1366 px screen, the rest are a right-click on the header away.
    const int widths[] = {50, 135, 140, 210, 125, 75, 110, 100, 100, 64, 80, 120, 110};
    static_assert(std::size(widths) == LeadTableModel::ColumnCount, "one width per column");
    for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    new ColumnChooser(header, QStringLiteral("leadList"),
        {LeadTableModel::Email, LeadTableModel::Phone, LeadTableModel::Source,
            LeadTableModel::Chance, LeadTableModel::Created, LeadTableModel::Qualification},
        {LeadTableModel::Name, LeadTableModel::Company, LeadTableModel::Owner});
}

// A changed filter applies after a short pause in typing, or at once.
void PipelineView::connectFilters()
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &PipelineView::applyFilter);
    connect(m_stages, &StageBar::stageSelected, this, &PipelineView::applyFilter);
    connect(m_owner, &QComboBox::activated, this, &PipelineView::applyFilter);
    connect(m_source, &QComboBox::activated, this, &PipelineView::applyFilter);
    connect(m_attribute, &QComboBox::activated, this, [this] {
        m_attributeValue->clear();
        const QString name = m_attribute->currentData().toString();
        m_attributeValue->setEnabled(!name.isEmpty());
        if (!name.isEmpty()) {
            m_attributeValue->addItem(QString());
            if (auto values = ImportRepository(m_session.database()).attributeValues(name, 500))
                m_attributeValue->addItems(values.value());
        }
        applyFilter();
    });
    connect(m_attributeValue, &QComboBox::activated, this, &PipelineView::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, &PipelineView::clearFilters);
    connect(
        m_attributeValue->lineEdit(), &QLineEdit::returnPressed, this, &PipelineView::applyFilter);
}

// Counts, the current lead and the choices follow the model, the user and the data.
void PipelineView::connectUpdates()
{
    connect(m_model, &LeadTableModel::totalCountChanged, this, &PipelineView::updateCounts);
    connect(m_model, &LeadTableModel::countArrived, this, &PipelineView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = currentLeadId();
        if (id == m_currentLead)
            return;
        m_currentLead = id;
        Q_EMIT currentLeadChanged(id);
    });
    // Sorting, filtering or a stage change reloads the list: the lead that was open stays open
    // (and selected where the list still shows it) instead of the first row taking its place.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_reopenAfterReset = m_currentLead; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_currentLead = 0;
        Q_EMIT currentLeadChanged(0);
    });
    connect(m_model, &LeadTableModel::refreshed, this, &PipelineView::keepCurrentLead);
    // What others change: the counts follow (the model and the detail refresh themselves).
    connect(
        m_session.bridge(), &EventBridge::leadsChangedElsewhere, this, &PipelineView::updateCounts);
    connect(&m_session, &Session::currentUserChanged, this, [this] {
        if (m_owner->currentData().toLongLong() == kMine)
            applyFilter();
    });
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, &PipelineView::reloadChoices);
    // A stage change keeps the list's length but moves a lead between stage counts.
    connect(m_session.bridge(), &EventBridge::leadStageChanged, this, &PipelineView::updateCounts);
}

void PipelineView::selectFirstIfNone()
{
    if (m_model->rowCount() == 0 || m_table->selectionModel()->currentIndex().isValid())
        return;
    if (const qint64 reopen = std::exchange(m_reopenAfterReset, 0)) {
        m_model->leadIdAt(0); // loads the first page, where the lead usually is
        const int row = m_model->rowOfLead(reopen);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_currentLead = reopen; // not in the list any more: the detail keeps showing it
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PipelineView::reloadChoices()
{
    const qint64 owner = m_owner->currentData().toLongLong();
    const QString source = m_source->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("All owners"), kAllOwners);
    m_owner->addItem(tr("My leads"), kMine);
    m_owner->addItem(tr("Unassigned"), kUnassigned);
    if (auto users = UserRepository(m_session.database()).all()) {
        m_owner->insertSeparator(m_owner->count());
        for (const User &u : users.value()) {
            if (u.isSales())
                m_owner->addItem(u.name, u.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    if (auto sources = LeadRepository(m_session.database()).sources()) {
        for (const QString &s : sources.value())
            m_source->addItem(s, s);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));

    const QString attribute = m_attribute->currentData().toString();
    m_attribute->clear();
    m_attribute->addItem(tr("Any field"), QString());
    if (auto names = ImportRepository(m_session.database()).attributeNames()) {
        for (const QString &n : names.value())
            m_attribute->addItem(n, n);
    }
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attribute)));
    // Only databases with imported custom fields show the filter.
    const bool any = m_attribute->count() > 1;
    m_attributeLabel->setVisible(any);
    m_attribute->setVisible(any);
    m_attributeValue->setVisible(any);
    m_attributeValue->setEnabled(!m_attribute->currentData().toString().isEmpty());
}

void PipelineView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

// After a refresh the current row may hold another lead (others' changes moved rows): put the
// current lead back where it is now, or let go of the row if it left the loaded pages — the
// detail keeps showing it either way.
void PipelineView::keepCurrentLead()
{
    if (m_currentLead == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_model->leadIdAt(current.row()) == m_currentLead)
        return;
    const int row = m_model->rowOfLead(m_currentLead);
    const qint64 keep = m_currentLead;
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, current.column()),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clear(); // the detail keeps the lead (MainWindow ignores 0)
    }
    m_currentLead = keep;
}

qint64 PipelineView::currentLeadId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->leadIdAt(current.row()) : 0;
}

void PipelineView::applyFilter()
{
    LeadFilter f;
    f.stage = m_stages->selectedStage();
    const qint64 owner = m_owner->currentData().toLongLong();
    if (owner == kUnassigned)
        f.unassignedOnly = true;
    else if (owner == kMine)
        f.ownerId = m_session.currentUser().id;
    else if (owner > 0)
        f.ownerId = owner;
    f.source = m_source->currentData().toString();
    f.search = m_search->text();
    f.homeCallingCode = HomeRegion::callingCode(defaultPhoneRegion(m_session));
    f.attributeName = m_attribute->currentData().toString();
    if (!f.attributeName.isEmpty())
        f.attributeValue = m_attributeValue->currentText().trimmed();
    m_model->setFilter(f);
}

void PipelineView::clearFilters()
{
    m_searchDelay->stop();
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    m_stages->selectStage(std::nullopt);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(kAllOwners)));
    m_source->setCurrentIndex(0);
    m_attribute->setCurrentIndex(0);
    m_attributeValue->clear();
    m_attributeValue->setEnabled(false);
    applyFilter();
}

QStringList PipelineView::activeFilters() const
{
    const LeadFilter &f = m_model->filter();
    QStringList out;
    if (f.stage)
        out << tr("stage %1").arg(stageName(*f.stage));
    if (!f.search.trimmed().isEmpty())
        out << tr("search \u201c%1\u201d").arg(f.search.trimmed());
    if (f.unassignedOnly || f.ownerId)
        out << tr("owner %1").arg(m_owner->currentText());
    if (!f.source.isEmpty())
        out << tr("source %1").arg(f.source);
    if (!f.attributeName.isEmpty())
        out << (f.attributeValue.isEmpty()
                ? tr("field %1 filled").arg(f.attributeName)
                : tr("%1 = \u201c%2\u201d").arg(f.attributeName, f.attributeValue));
    return out;
}

bool PipelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstPagePainted && event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_table->viewport()->removeEventFilter(this);
        // After this paint has finished.
        QTimer::singleShot(0, this, [this] {
            m_firstPagePainted = true;
            m_model->startCounting();
            refreshStageCounts();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineView::refreshStageCounts()
{
    if (!m_firstPagePainted)
        return; // counted after the first paint (see eventFilter)
    if (m_stageCounts.deferIfRunning())
        return; // the filter changed meanwhile: counted once more when this count is done
    auto counts = std::make_shared<Result<StageCounts>>(StageCounts {});
    m_stageCounts.start(
        [counts, filter = m_model->filter()](
            const Database &db) { *counts = LeadRepository(db).countByStage(filter); },
        [this, counts] {
            if (*counts)
                m_stages->setCounts(counts->value());
        });
}

void PipelineView::updateCounts()
{
    refreshStageCounts();
    updateSummary();
}

void PipelineView::updateSummary()
{
    const QLocale locale;
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    const QStringList active = activeFilters();
    m_clearFilters->setEnabled(!active.isEmpty());
    const QString filters = active.join(tr(", "));
    if (m_model->isCounting()) { // the list is longer than its first page
        m_summary->setText(active.isEmpty()
                ? tr("Counting the leads\u2026")
                : tr("Counting the leads\u2026 \u00b7 filtered by %1").arg(filters));
        return;
    }
    if (m_model->totalCount() == 0) {
        m_summary->setText(active.isEmpty()
                ? tr("No leads yet: create one with Ctrl+N or import a file.")
                : tr("No leads match these filters: %1.").arg(filters));
        return;
    }
    const QString count
        = tr("%n lead(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX)))
              .replace(
                  QString::number(m_model->totalCount()), locale.toString(m_model->totalCount()));
    m_summary->setText(
        active.isEmpty() ? count : tr("%1 \u00b7 filtered by %2").arg(count, filters));
}

} // namespace bantam
