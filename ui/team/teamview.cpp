#include "team/teamview.h"

#include "common/backgroundtask.h"
#include "common/eventbridge.h"
#include "common/session.h"
#include "storage/database.h"
#include "storage/inbox.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/userrepository.h"
#include "team/auditdialog.h"
#include "team/peopledialog.h"
#include "team/reassigndialog.h"
#include "team/routingpreviewdialog.h"
#include "team/routingrulesdialog.h"
#include "team/teamforms.h"
#include "team/teamleadmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bantam {

namespace {

// A count with its limit in one cell ("75 / 80", or "75" without a limit), sorted by the count.
class LoadCell : public QTableWidgetItem
{
public:
    LoadCell(int count, int limit)
        : QTableWidgetItem(
            limit > 0 ? TeamView::tr("%1 / %2").arg(count).arg(limit) : QString::number(count))
    {
        setData(Qt::UserRole, count);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setFlags(flags() & ~Qt::ItemIsEditable);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toInt() < other.data(Qt::UserRole).toInt();
    }
};

} // namespace

TeamView::TeamView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_owner(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_leads(new QTableView(this))
    , m_reps(new QTableWidget(this))
    , m_inbox(new QPushButton(this))
    , m_leadModel(new TeamLeadModel(session.database(), this))
{
    setObjectName(QStringLiteral("teamView"));
    m_owner->setObjectName(QStringLiteral("teamOwner"));
    m_leads->setObjectName(QStringLiteral("teamLeads"));
    m_reps->setObjectName(QStringLiteral("teamReps"));
    m_inbox->setObjectName(QStringLiteral("inboxButton"));

    QHBoxLayout *top = buildToolbar();
    buildLeadTable();
    buildRepTable();

    auto *split = new QSplitter(this);
    split->addWidget(m_leads);
    split->addWidget(m_reps);
    // Room for the reps' five columns at 1366 px; names and companies share the rest.
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_owner, &QComboBox::activated, this, &TeamView::loadLeads);
    connect(m_leadModel, &TeamLeadModel::countsChanged, this, &TeamView::showLeadCount);
    connect(m_inbox, &QPushButton::clicked, this, &TeamView::showInbox);
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, &TeamView::reload);
    connect(m_session.bridge(), &EventBridge::leadUpdated, this, &TeamView::reload);
    connect(&m_session, &Session::currentUserChanged, this, &TeamView::reload);
    connect(&m_session, &Session::peopleChanged, this, &TeamView::reload);
    connect(
        m_session.bridge(), &EventBridge::leadsChangedElsewhere, this, &TeamView::refreshElsewhere);
    connect(m_session.bridge(), &EventBridge::inboxChangedElsewhere, this, &TeamView::updateUnread);
    reload();
}

// Others changed leads: the list, the workload and the inbox count follow, and the leads the
// user had selected stay selected where they still are.
void TeamView::refreshElsewhere()
{
    if (!isVisible()) {
        m_listsStale = true; // read when the tab is shown
        updateUnread();
        return;
    }
    const auto selected = selectedLeads();
    const int scroll = m_leads->verticalScrollBar()->value();
    m_leadModel->reload();
    m_leads->verticalScrollBar()->setValue(scroll);
    if (!selected.empty()) {
        QItemSelection keep;
        const QAbstractItemModel *rows = m_leads->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex id = rows->index(row, 0);
            if (std::find(selected.begin(), selected.end(), id.data().toLongLong())
                != selected.end())
                keep.select(id, rows->index(row, rows->columnCount() - 1));
        }
        m_leads->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    }
    loadReps();
    updateUnread();
}

// The row of buttons above the tables, wired to their actions.
QHBoxLayout *TeamView::buildToolbar()
{
    auto *route = new QPushButton(tr("&Route unassigned…"), this);
    route->setObjectName(QStringLiteral("routeButton"));
    auto *rules = new QPushButton(tr("Routing r&ules…"), this);
    auto *reassign = new QPushButton(tr("Re&assign…"), this);
    reassign->setObjectName(QStringLiteral("reassignButton"));
    auto *audit = new QPushButton(tr("Au&dit log…"), this);
    auto *people = new QPushButton(tr("&People…"), this);
    people->setObjectName(QStringLiteral("peopleButton"));
    people->setToolTip(tr("Users, teams and territories: capacity and absence of the reps."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Leads of:"), this));
    top->addWidget(m_owner);
    // The count gives way (wraps to two lines) before the buttons do: in German the row is
    // wider than a 1366 px screen otherwise.
    m_count->setWordWrap(true);
    m_count->setMinimumWidth(120);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(m_count, 1);
    top->addWidget(reassign);
    top->addWidget(route);
    top->addWidget(rules);
    top->addWidget(m_inbox);
    top->addWidget(audit);
    top->addWidget(people);

    connect(route, &QPushButton::clicked, this, &TeamView::route);
    connect(rules, &QPushButton::clicked, this, [this] {
        RoutingRulesDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(audit, &QPushButton::clicked, this, [this] {
        AuditDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(people, &QPushButton::clicked, this, [this] { PeopleDialog(m_session, this).exec(); });
    connect(reassign, &QPushButton::clicked, this, &TeamView::chooseReassignTarget);
    return top;
}

// The leads (sortable among the rows read so far; rows drag onto a rep).
void TeamView::buildLeadTable()
{
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_leadModel);
    m_leads->setModel(sorted);
    m_leads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leads->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_leads->setDragEnabled(true);
    m_leads->setDragDropMode(QAbstractItemView::DragOnly);
    // Name and company share what the short columns leave, so the last column (why a lead is
    // unassigned) is never pushed out of sight or cut.
    auto *header = m_leads->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < TeamLeadModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamLeadModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(TeamLeadModel::Company, QHeaderView::Stretch);
    m_leads->setTextElideMode(Qt::ElideRight);
    m_leads->verticalHeader()->setResizeContentsPrecision(0); // widths from the rows in sight
    m_leads->verticalHeader()->hide();
    // One line of text per row, as in the lead list: twice the leads in sight at 1366×768.
    m_leads->verticalHeader()->setDefaultSectionSize(m_leads->fontMetrics().height() + 8);
    m_leads->setWordWrap(false);
}

// The reps with their load; leads dropped on a rep are reassigned to them.
void TeamView::buildRepTable()
{
    // Each count beside its limit, in five columns that fit a laptop's pane without scrolling
    // sideways; the names give way first.
    m_reps->setColumnCount(5);
    m_reps->setHorizontalHeaderLabels(
        {tr("Rep"), tr("Team"), tr("Open / capacity"), tr("New today / cap"), tr("Absent")});
    m_reps->horizontalHeaderItem(2)->setToolTip(
        tr("Open leads now, and the most this rep may hold (if set)."));
    m_reps->horizontalHeaderItem(3)->setToolTip(
        tr("Leads assigned today, and the most per day (if set)."));
    auto *header = m_reps->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 1; c < m_reps->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reps->setTextElideMode(Qt::ElideRight);
    m_reps->setWordWrap(false);
    m_reps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reps->verticalHeader()->hide();
    m_reps->verticalHeader()->setDefaultSectionSize(m_reps->fontMetrics().height() + 8);
    m_reps->setAcceptDrops(true);
    m_reps->viewport()->setAcceptDrops(true);
    m_reps->viewport()->installEventFilter(this);
    m_reps->setToolTip(tr("Drop leads on a rep to reassign them."));
}

void TeamView::chooseReassignTarget()
{
    if (selectedLeads().empty()) {
        QMessageBox::information(this, tr("Reassign"), tr("Select the leads to reassign first."));
        return;
    }
    reassignSelected(0);
}

void TeamView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_listsStale) {
        m_listsStale = false;
        loadLeads();
        loadReps();
    }
}

void TeamView::reload()
{
    const qint64 current = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("Unassigned queue"), 0);
    if (auto users = UserRepository(m_session.database()).all()) {
        for (const User &u : users.value()) {
            if (u.isSales() && u.active)
                m_owner->addItem(u.name, u.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    // The lists (the chosen owner's leads, the reps' workload: counts over all leads) only when
    // the tab is seen: at start-up it is hidden, and reading them at a million leads cost a
    // quarter of building the main window, twice (the constructor and the sign-in reload).
    m_listsStale = !isVisible();
    if (!m_listsStale) {
        loadLeads();
        loadReps();
    }
    updateUnread();
}

void TeamView::updateUnread()
{
    if (m_session.hasUser()) {
        auto unread = m_session.services().inbox().unreadCount(m_session.currentUser().id);
        m_unread = unread ? int(unread.value()) : 0;
    }
    m_inbox->setText(tr("&Inbox (%1)").arg(m_unread));
    Q_EMIT unreadChanged(m_unread);
}

// The list (the unassigned queue or a rep's leads) from its first page; the model reads the
// next pages as the user scrolls.
void TeamView::loadLeads()
{
    m_leadModel->setOwner(m_owner->currentData().toLongLong());
    m_leads->setSortingEnabled(true);
}

void TeamView::showLeadCount()
{
    const qint64 total = m_leadModel->totalCount();
    const int loaded = m_leadModel->rowCount();
    m_count->setText(total > loaded
            ? tr("%1 leads (%2 loaded; scroll down for more)")
                  .arg(QLocale().toString(total), QLocale().toString(loaded))
            : tr("%1 leads").arg(QLocale().toString(total)));
}

void TeamView::loadReps()
{
    const Database &db = m_session.database();
    auto users = UserRepository(db).all();
    const QDateTime now = m_session.clock().now();
    auto loads = RoutingRepository(db).loads(QDateTime(now.date(), QTime(0, 0), Qt::UTC));
    if (!users || !loads)
        return;
    m_reps->setSortingEnabled(false);
    m_reps->setRowCount(0);
    for (const User &u : users.value()) {
        if (!u.active || !(u.role == Role::Rep || u.role == Role::SeniorRep))
            continue;
        const RepLoad load = loads->count(u.id) ? loads->at(u.id) : RepLoad {};
        const int row = m_reps->rowCount();
        m_reps->insertRow(row);
        auto *name
            = readOnlyCell(u.role == Role::SeniorRep ? tr("%1 (senior)").arg(u.name) : u.name);
        name->setData(Qt::UserRole, u.id);
        m_reps->setItem(row, 0, name);
        m_reps->setItem(row, 1, readOnlyCell(u.teamName));
        m_reps->setItem(row, 2, new LoadCell(load.openLeads, u.capacityOpen));
        m_reps->setItem(row, 3, new LoadCell(load.assignedToday, u.capacityDaily));
        const bool absent = u.isAbsentOn(now.date());
        m_reps->setItem(row, 4,
            readOnlyCell(absent
                    ? tr("until %1").arg(QLocale().toString(u.absentTo, QLocale::ShortFormat))
                    : QString()));
        if (u.capacityOpen > 0 && load.openLeads >= u.capacityOpen)
            m_reps->item(row, 2)->setForeground(QColor(0xb0, 0x30, 0x30));
    }
    m_reps->setSortingEnabled(true);
}

std::vector<qint64> TeamView::selectedLeads() const
{
    std::vector<qint64> ids;
    for (const QModelIndex &i : m_leads->selectionModel()->selectedRows(0))
        ids.push_back(i.data().toLongLong());
    return ids;
}

// One dialog for the new owner and the reason; toUserId preselects the rep (a drop on a row).
void TeamView::reassignSelected(qint64 toUserId)
{
    const auto ids = selectedLeads();
    if (ids.empty())
        return;
    auto users = UserRepository(m_session.database()).all();
    if (!users)
        return;
    ReassignDialog dialog(m_session.currentUser(), users.value(), int(ids.size()), toUserId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list shows one owner's leads (or the unassigned queue): that is the owner the user saw.
    Result<qint64> moved = qint64(0);
    const auto reassign = [&] {
        moved = m_session.routing().reassign(
            m_session.currentUser(), ids, dialog.userId(), dialog.reason(), m_leadModel->owner());
    };
    // Many leads move in chunks (seconds): on a worker, the window stays responsive.
    if (ids.size() > 2000)
        runBusy(this, tr("Reassigning %n leads…", nullptr, int(ids.size())), m_session.database(),
            reassign);
    else
        reassign();
    if (!moved) {
        QMessageBox::warning(this, tr("Reassign"), moved.error().message);
        reload(); // show the leads as they are now
        return;
    }
    reload();
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(
            tr("%n lead(s) reassigned to %1.", nullptr, int(moved.value())).arg(dialog.userName()),
            8000);
}

bool TeamView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reps->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasFormat(QLatin1String(TeamLeadModel::MimeType))
                && m_reps->itemAt(e->position().toPoint())) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            QTableWidgetItem *target = m_reps->itemAt(e->position().toPoint());
            if (target) {
                e->acceptProposedAction();
                const qint64 user = m_reps->item(target->row(), 0)->data(Qt::UserRole).toLongLong();
                // After the drop event returns; the reason dialog would block the drag.
                QMetaObject::invokeMethod(
                    this, [this, user] { reassignSelected(user); }, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TeamView::route()
{
    const User me = m_session.currentUser();
    // Hundreds of thousands of unassigned leads take seconds: off the window's thread, with
    // progress and Cancel.
    std::optional<Result<RoutingRun>> preview;
    Result<std::vector<Lead>> named = std::vector<Lead>();
    runWithSteps(this, tr("Working out where the unassigned leads would go…"), m_session.database(),
        [&](const StepReport &report) {
            preview = m_session.routing().preview(me, {}, std::nullopt, report);
            if (!preview->ok() || preview->value().cancelled)
                return;
            std::vector<qint64> ids;
            for (const RoutingDecision &d : preview->value().outcome.decisions) {
                if (ids.size() == RoutingPreviewDialog::PreviewRows)
                    break;
                ids.push_back(d.leadId);
            }
            named = LeadRepository(m_session.database()).byIds(ids);
        });
    if (!preview->ok() || !named.ok()) {
        QMessageBox::warning(
            this, tr("Routing"), (!preview->ok() ? preview->error() : named.error()).message);
        return;
    }
    if (preview->value().cancelled)
        return;
    RoutingPreviewDialog dialog(preview->value(), named.value(), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::optional<Result<RoutingRun>> applied;
    runWithSteps(this, tr("Assigning the unassigned leads…"), m_session.database(),
        [&](const StepReport &report) { applied = m_session.routing().apply(me, {}, report); });
    if (!applied->ok()) {
        QMessageBox::warning(this, tr("Routing"), applied->error().message);
        return;
    }
    if (applied->value().cancelled) {
        if (auto *main = qobject_cast<QMainWindow *>(window()))
            main->statusBar()->showMessage(tr("Routing cancelled: no lead was assigned."), 8000);
        return;
    }
    reload();
    QMessageBox::information(this, tr("Routing"),
        tr("%1 leads assigned, %2 stay unassigned.")
            .arg(applied->value().outcome.assigned)
            .arg(applied->value().outcome.unassigned));
}

void TeamView::showInbox()
{
    if (!m_session.hasUser())
        return;
    const Inbox inbox = m_session.services().inbox();
    const qint64 me = m_session.currentUser().id;
    auto items = inbox.items(me, false, 200);
    if (!items)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Inbox"));
    auto *list = new QListWidget(&dialog);
    for (const InboxItem &i : items.value()) {
        auto *row = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(
                QLocale().toString(i.at.toLocalTime(), QLocale::ShortFormat), i.text()),
            list);
        QFont f = row->font();
        f.setBold(!i.readAt.isValid());
        row->setFont(f);
    }
    if (items->empty())
        new QListWidgetItem(tr("No notifications."), list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *markRead
        = buttons->addButton(tr("Mark all as &read"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(markRead, &QPushButton::clicked, &dialog, [&] {
        (void)inbox.markRead(me, std::nullopt, m_session.clock().now());
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
    reload();
}

} // namespace bantam
