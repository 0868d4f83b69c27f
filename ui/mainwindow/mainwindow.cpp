#include "mainwindow/mainwindow.h"

#include "callbacks/callbackservice.h"
#include "common/backgroundtask.h"
#include "common/dialer.h"
#include "common/eventbridge.h"
#include "common/screenfit.h"
#include "common/session.h"
#include "common/shortcutguard.h"
#include "common/singleinstance.h"
#include "health/databasecheck.h"
#include "import/historyimportdialog.h"
#include "import/importwizard.h"
#include "io/csvwriter.h"
#include "io/leadexport.h"
#include "lead/callbackdialog.h"
#include "lead/leaddetailwidget.h"
#include "lead/leadform.h"
#include "lead/newleaddialog.h"
#include "mainwindow/connectionwatch.h"
#include "mainwindow/demodatadialog.h"
#include "mainwindow/opendatabasedialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "people/permissions.h"
#include "phone/callers.h"
#include "pipeline/leadtablemodel.h"
#include "pipeline/pipelineview.h"
#include "qualification/callmodewidget.h"
#include "qualification/qualificationsetupdialog.h"
#include "recontact/recontactservice.h"
#include "reports/reportsview.h"
#include "scoring/activityimportdialog.h"
#include "scoring/predictivemodeldialog.h"
#include "scoring/scoringmodeldialog.h"
#include "settings/callsettingsdialog.h"
#include "settings/preferences.h"
#include "sla/myqueueview.h"
#include "sla/slaview.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"
#include "team/passworddialog.h"
#include "team/peopledialog.h"
#include "team/teamview.h"
#include "version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace bantam {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pipeline(new PipelineView(session, this))
    , m_detail(new LeadDetailWidget(session, this))
    , m_splitter(new QSplitter(this))
    , m_reports(new ReportsView(session, this))
    , m_sla(new SlaView(session, this))
    , m_sections(new QTabWidget(this))
    , m_users(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Which database is open, in the title: the file's name, or the team database's
    // user@host:port/database.
    const Database &db = session.database();
    setWindowTitle(tr("Bantam — Lead management — %1")
                       .arg(db.isServer() ? db.displayName() : QFileInfo(db.path()).fileName()));
    m_splitter->addWidget(m_pipeline);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({880, 560});
    m_splitter->setChildrenCollapsible(false);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_splitter, tr("Pipeline"));
    m_sections->addTab(m_reports, tr("Reports"));
    m_sections->addTab(m_sla, tr("Service levels")); // My queue and the SLA dashboard
    auto *team = new TeamView(session, this); // routing, reassignment, inbox, audit log
    m_team = team;
    m_sections->addTab(team, tr("Team"));
    auto *unread = new QLabel(this);
    connect(team, &TeamView::unreadChanged, unread, [unread](int n) {
        unread->setText(n > 0 ? tr("%n unread in the inbox (Team tab)", nullptr, n) : QString());
    });
    unread->setText(team->unreadCount() > 0
            ? tr("%n unread in the inbox (Team tab)", nullptr, team->unreadCount())
            : QString());
    if (db.isReadOnly()) {
        // Said once, above everything: edits will be refused, and why.
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *banner = new QLabel(tr("Read-only: the file %1 is write-protected, so nothing can "
                                     "be changed in it. Make it writable and open it again to "
                                     "work in it.")
                                      .arg(QDir::toNativeSeparators(db.path())),
            central);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(
            QStringLiteral("background: #fef0c7; color: #7a2e0e; padding: 6px 10px;"));
        layout->addWidget(banner);
        layout->addWidget(m_sections);
        setCentralWidget(central);
    } else {
        setCentralWidget(m_sections);
    }

    createMenus();

    connect(m_pipeline, &PipelineView::currentLeadChanged, this, [this](qint64 id) {
        if (id != 0 || !m_detail->lead())
            m_detail->showLead(id);
    });
    connect(m_sla, &SlaView::openLead, this, [this](qint64 id) {
        m_sections->setCurrentIndex(0);
        m_detail->showLead(id);
    });
    connect(m_sla, &SlaView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_detail, &LeadDetailWidget::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_pipeline->model(), &LeadTableModel::loadFailed, this,
        [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_users, &QComboBox::activated, this, [this] {
        const qint64 id = m_users->currentData().toLongLong();
        if (auto u = UserRepository(m_session.database()).byId(id)) {
            m_session.setCurrentUser(u.value());
            preferences::setLastUserLogin(u->login);
            statusBar()->showMessage(
                tr("Signed in as %1 (%2).").arg(u->name, roleName(u->role)), 4000);
        }
    });
    connect(m_session.bridge(), &EventBridge::leadsReloaded, this, &MainWindow::loadUsers);
    connect(&m_session, &Session::peopleChanged, this, &MainWindow::loadUsers);
    m_pipeline->table()->viewport()->installEventFilter(this);

    auto *dbLabel = new QLabel(session.database().isServer()
            ? tr("Team database %1").arg(session.database().displayName())
            : QDir::toNativeSeparators(session.database().path()),
        this);
    dbLabel->setStyleSheet(QStringLiteral("color: #6b7480;"));
    statusBar()->addPermanentWidget(unread);
    statusBar()->addPermanentWidget(dbLabel);
    // A team database's server is watched: the status bar says when the connection is lost
    // (edits then fail with their error and stay in the form) and when it is back, and the
    // list reloads then.
    auto *watch = new ConnectionWatch(session.database(), 5000, this);
    connect(watch, &ConnectionWatch::lost, this, [dbLabel](const QString &why) {
        dbLabel->setText(tr("Connection to the team database lost — retrying"));
        dbLabel->setToolTip(why);
        dbLabel->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    });
    connect(watch, &ConnectionWatch::restored, this, [this, dbLabel] {
        dbLabel->setText(tr("Team database %1").arg(m_session.database().displayName()));
        dbLabel->setToolTip(QString());
        dbLabel->setStyleSheet(QStringLiteral("color: #6b7480;"));
        statusBar()->showMessage(tr("The connection to the team database is back."), 6000);
        m_pipeline->reloadChoices();
        m_pipeline->model()->reload();
        m_detail->reload(); // keeps unsaved edits
    });

    // Callbacks that come due: an inbox entry for their owner and, for the one signed in here,
    // a desktop notification. Recycled leads whose re-contact date has come return with the same
    // check (RecontactService).
    auto *callbackTimer = new QTimer(this);
    callbackTimer->setInterval(CallbackCheckMs);
    connect(callbackTimer, &QTimer::timeout, this, &MainWindow::tellDueCallbacks);
    callbackTimer->start();
    QTimer::singleShot(0, this, &MainWindow::tellDueCallbacks);

    if (!restoreGeometry(preferences::windowGeometry()))
        fitDefaultSize();
    restoreState(preferences::windowState());
    loadUsers();
}

// 1440×880 where the screen has room; on a laptop's 1366×768 the whole window, status bar
// included, stays on the screen.
void MainWindow::fitDefaultSize()
{
    resizeWithinScreen(this, QSize(1440, 880));
}

void MainWindow::tellDueCallbacks()
{
    if (m_session.database().isReadOnly())
        return;
    returnRecontacts();
    auto told = m_session.services().callbacks().tellDue();
    if (!told) {
        statusBar()->showMessage(told.error().message, 6000);
        return;
    }
    for (const DueCallback &d : told.value()) {
        if (d.ownerId != m_session.currentUser().id)
            continue;
        const QString text = d.callback.note.isEmpty()
            ? tr("Call back %1 now.").arg(d.leadName)
            : tr("Call back %1 now: %2").arg(d.leadName, d.callback.note);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(windowIcon(), this);
                m_tray->setToolTip(QStringLiteral("Bantam"));
                connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                    m_sections->setCurrentWidget(m_sla);
                    m_sla->tabs()->setCurrentWidget(m_sla->queue());
                    m_sla->queue()->focusList();
                    raise();
                    activateWindow();
                });
            }
            m_tray->show();
            m_tray->showMessage(tr("Callback due"), text, QSystemTrayIcon::Information, 15000);
        }
        statusBar()->showMessage(text, 15000);
    }
}

bool MainWindow::listenForCallers()
{
    auto *instance
        = new SingleInstance(SingleInstance::socketName(m_session.database().displayName()), this);
    connect(instance, &SingleInstance::callerReceived, this, &MainWindow::openCaller);
    return instance->listen();
}

void MainWindow::openCaller(const QString &number)
{
    showNormal();
    raise();
    activateWindow();
    auto found
        = Callers::leadsWithNumber(m_session.database(), number, defaultPhoneRegion(m_session));
    if (!found) {
        QMessageBox::warning(this, tr("Incoming call"), found.error().message);
        return;
    }
    const std::vector<Lead> &leads = found.value();
    qint64 id = 0;
    if (leads.size() == 1) {
        id = leads.front().id;
    } else if (leads.size() > 1) {
        QStringList items;
        for (const Lead &l : leads)
            items << (l.profile.company.isEmpty()
                    ? tr("%1 (lead %2)").arg(l.displayName()).arg(l.id)
                    : tr("%1, %2 (lead %3)").arg(l.displayName(), l.profile.company).arg(l.id));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Incoming call"),
            tr("%n lead(s) have the number %1:", nullptr, int(leads.size())).arg(number), items, 0,
            false, &ok);
        if (!ok)
            return;
        id = leads[size_t(items.indexOf(chosen))].id;
    } else {
        if (QMessageBox::question(this, tr("Incoming call"),
                tr("No lead has the number %1.").arg(number),
                QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::Cancel))
            != QMessageBox::Yes)
            return;
        NewLeadDialog dialog(m_session, this);
        dialog.setWindowTitle(tr("New lead with this number"));
        LeadProfile profile;
        profile.phone = number.trimmed();
        dialog.form()->setProfile(profile);
        if (dialog.exec() != QDialog::Accepted)
            return;
        id = dialog.createdLeadId();
    }
    if (id == 0)
        return;
    m_sections->setCurrentIndex(0);
    m_detail->showLead(id);
    statusBar()->showMessage(tr("Incoming call from %1.").arg(number), 15000);
}

void MainWindow::returnRecontacts()
{
    auto back = m_session.services().recontacts().returnDue();
    if (!back) {
        statusBar()->showMessage(back.error().message, 6000);
        return;
    }
    int mine = 0;
    for (const RecontactResult &r : back.value())
        mine += r.ownerId == std::optional<qint64>(m_session.currentUser().id) ? 1 : 0;
    if (mine > 0)
        statusBar()->showMessage(
            tr("%n lead(s) back in your queue on their re-contact date.", nullptr, mine), 15000);
}

void MainWindow::createMenus()
{
    QAction *newLeadAction = createFileMenu();
    QAction *refresh = createViewMenu();
    createScoringMenu();
    createSettingsMenu();
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts…"), this, &MainWindow::showShortcuts)
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("&About Bantam"), this, &MainWindow::about);
    createToolbar(newLeadAction, refresh);
}

// File: new lead, demo data, import, export, quit; gives the New lead action.
QAction *MainWindow::createFileMenu()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *newLeadAction = file->addAction(tr("&New lead…"), this, &MainWindow::newLead);
    newLeadAction->setShortcut(QKeySequence::New);
    newLeadAction->setObjectName(QStringLiteral("newLeadAction"));
    QAction *demo = file->addAction(tr("Fill with &demo data…"), this, [this] {
        auto count = LeadRepository(m_session.database()).count({});
        if (count && count.value() > 0) {
            QMessageBox::information(this, tr("Demo data"),
                tr("Demo data can only be added to an empty database. This one holds "
                   "%1 leads.")
                    .arg(QLocale().toString(count.value())));
            return;
        }
        auto created = offerDemoData(m_session, this);
        if (!created)
            QMessageBox::warning(this, tr("Demo data"), created.error().message);
    });
    demo->setObjectName(QStringLiteral("demoDataAction"));
    QAction *importLeads = file->addAction(tr("&Import leads from CSV…"), this, [this] {
        ImportWizard wizard(m_session, this);
        wizard.exec();
    });
    importLeads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importLeads->setObjectName(QStringLiteral("importLeadsAction"));
    file->addAction(tr("Import stage &history…"), this,
            [this] { HistoryImportDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("importHistoryAction"));
    QAction *exportList
        = file->addAction(tr("&Export list as CSV…"), this, &MainWindow::exportList);
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ShortcutGuard::install({exportList->shortcut()}, this); // also from the search box
    exportList->setObjectName(QStringLiteral("exportListAction"));
    file->addSeparator();
    QAction *openFile
        = file->addAction(tr("&Open database file…"), this, &MainWindow::openDatabaseFile);
    openFile->setShortcut(QKeySequence::Open);
    openFile->setObjectName(QStringLiteral("openDatabaseFileAction"));
    QAction *openTeam
        = file->addAction(tr("Open &team database…"), this, &MainWindow::openTeamDatabase);
    openTeam->setObjectName(QStringLiteral("openTeamDatabaseAction"));
    file->addSeparator();
    addMaintenanceActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    return newLeadAction;
}

// Back up and restore (admins), and the check of the database (anyone; repairs: admins).
void MainWindow::addMaintenanceActions(QMenu *file)
{
    QAction *backup = file->addAction(tr("&Back up database…"), this, &MainWindow::backUpDatabase);
    backup->setObjectName(QStringLiteral("backupDatabaseAction"));
    QAction *restore
        = file->addAction(tr("&Restore database from backup…"), this, &MainWindow::restoreDatabase);
    restore->setObjectName(QStringLiteral("restoreDatabaseAction"));
    file->addAction(tr("&Check database"), this, &MainWindow::checkDatabase)
        ->setObjectName(QStringLiteral("checkDatabaseAction"));
    const auto adminsOnly = [this, backup, restore] {
        const bool admin
            = m_session.hasUser() && permissions::mayMaintainDatabase(m_session.currentUser()).ok();
        for (QAction *a : {backup, restore}) {
            a->setEnabled(admin);
            a->setStatusTip(
                admin ? QString() : tr("Administrators back up and restore the database."));
        }
    };
    adminsOnly();
    connect(&m_session, &Session::currentUserChanged, this, adminsOnly);
}

void MainWindow::backUpDatabase()
{
    const Database &db = m_session.database();
    if (db.isServer()) {
        QMessageBox::information(this, tr("Back up database"),
            tr("A team database is backed up on its server, with pg_dump: ask the server's "
               "administrator, or run bantam-cli --db %1 backup FILE, which runs pg_dump.")
                .arg(db.displayName()));
        return;
    }
    const QFileInfo current(db.path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 backup %2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
        tr("Bantam databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    // Written beside it first: a failed backup never costs the older one of that name.
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    // Seconds for a large file: off the window's thread, which stays responsive.
    Result<void> written;
    runBusy(this, tr("Backing up the database…"), db, [&] {
        written = DatabaseBackup::write(db, part);
        if (written && QFile::exists(file) && !QFile::remove(file))
            written = Error::storage(tr("Cannot replace %1.").arg(file));
        if (written && !QFile::rename(part, file))
            written = Error::storage(tr("Cannot write %1.").arg(file));
    });
    if (!written) {
        QFile::remove(part);
        QMessageBox::warning(this, tr("Back up database"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::restoreDatabase()
{
    const QString filter = tr("Bantam databases (*.sqlite *.db);;All files (*)");
    const QString dir = m_session.database().isServer()
        ? QFileInfo(Database::defaultPath()).absolutePath()
        : QFileInfo(m_session.database().path()).absolutePath();
    const QString backup
        = QFileDialog::getOpenFileName(this, tr("Restore database from backup"), dir, filter);
    if (backup.isEmpty())
        return;
    const QFileInfo from(backup);
    const QString target = QFileDialog::getSaveFileName(this, tr("Restore into a new file"),
        from.absoluteDir().filePath(tr("%1 restored.sqlite").arg(from.completeBaseName())), filter,
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this, tr("Restore database from backup"),
            tr("%1 exists. Bantam restores into a new file only, so that nothing is overwritten: "
               "choose a name that is not taken.")
                .arg(QDir::toNativeSeparators(target)));
        return;
    }
    Result<void> restored;
    runBusy(this, tr("Restoring the backup…"), m_session.database(),
        [&] { restored = DatabaseBackup::restore(backup, target); });
    if (!restored) {
        QMessageBox::warning(this, tr("Restore database from backup"), restored.error().message);
        return;
    }
    if (QMessageBox::question(this, tr("Restore database from backup"),
            tr("The backup is restored into %1. Open it now?")
                .arg(QDir::toNativeSeparators(target)))
        != QMessageBox::Yes)
        return;
    auto opened = Database::open(target);
    if (!opened) {
        QMessageBox::warning(this, tr("Restore database from backup"), opened.error().message);
        return;
    }
    switchTo(std::move(opened).value());
}

void MainWindow::checkDatabase()
{
    const DatabaseCheck &check = m_session.services().check();
    // The page check of a large file takes seconds: off the window's thread.
    std::optional<Result<CheckReport>> checked;
    runBusy(
        this, tr("Checking the database…"), m_session.database(), [&] { checked = check.run(); });
    auto &report = *checked;
    if (!report) {
        QMessageBox::warning(this, tr("Check database"), report.error().message);
        return;
    }
    const QString name = QDir::toNativeSeparators(m_session.database().displayName());
    if (report->clean()) {
        QMessageBox::information(
            this, tr("Check database"), tr("No problems found in %1.").arg(name));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check database"),
        tr("Bantam found problems in %1.").arg(name), QMessageBox::Close, this);
    QStringList lines;
    for (const CheckFinding &f : report->findings)
        lines << f.text();
    box.setInformativeText(lines.join(QStringLiteral("\n\n")));
    QPushButton *repair = nullptr;
    if (report->repairable() && m_session.hasUser()
        && permissions::mayMaintainDatabase(m_session.currentUser()).ok())
        repair = box.addButton(tr("&Repair"), QMessageBox::AcceptRole);
    box.exec();
    if (!repair || box.clickedButton() != repair)
        return;
    std::optional<Result<OwedWorkDone>> repaired;
    runBusy(this, tr("Finishing the owed scoring and routing…"), m_session.database(),
        [&] { repaired = check.repair(m_session.currentUser()); });
    auto &done = *repaired;
    if (!done) {
        QMessageBox::warning(this, tr("Check database"), done.error().message);
        return;
    }
    QMessageBox::information(
        this, tr("Check database"), tr("Repaired: %1.").arg(owedWorkDoneText(done.value())));
}

void MainWindow::finishOwedWork()
{
    if (m_session.database().isReadOnly() || m_owedWork || !m_session.hasUser())
        return;
    struct Outcome
    {
        std::optional<Result<CheckReport>> owed;
        std::optional<Result<OwedWorkDone>> done;
    };
    auto outcome = std::make_shared<Outcome>();
    const User user = m_session.currentUser();
    const bool may = permissions::mayMaintainDatabase(user).ok();
    const DatabaseCheck &check = m_session.services().check();
    const Database &db = m_session.database();
    m_owedWork = QThread::create([this, outcome, user, may, &check, &db] {
        outcome->owed = check.owed();
        if (may && *outcome->owed && !(*outcome->owed)->clean()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    statusBar()->showMessage(
                        tr("Finishing the work Bantam left unfinished when it stopped…"));
                },
                Qt::QueuedConnection);
            outcome->done = check.repair(user);
        }
        db.closeThreadConnection();
    });
    connect(m_owedWork, &QThread::finished, this, [this, outcome] {
        m_owedWork->deleteLater();
        m_owedWork = nullptr;
        if (!*outcome->owed) {
            statusBar()->showMessage(outcome->owed->error().message, 10000);
            return;
        }
        if ((*outcome->owed)->clean())
            return;
        if (!outcome->done) {
            qint64 leads = 0;
            for (const CheckFinding &f : (*outcome->owed)->findings)
                leads += f.count;
            statusBar()->showMessage(
                tr("Bantam stopped before it finished its work on %1 leads (scoring, routing or a "
                   "reassignment); an administrator finishes it with File › Check database.")
                    .arg(leads));
            return;
        }
        const Result<OwedWorkDone> &done = *outcome->done;
        if (!done) {
            statusBar()->showMessage(done.error().message, 10000);
            return;
        }
        statusBar()->showMessage(tr("Finished the work Bantam left unfinished when it stopped: %1.")
                                     .arg(owedWorkDoneText(done.value())));
    });
    m_owedWork->start();
}

void MainWindow::openTeamDatabase()
{
    OpenDatabaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.takeDatabase());
}

void MainWindow::openDatabaseFile()
{
    const QString current
        = m_session.database().isServer() ? Database::defaultPath() : m_session.database().path();
    const QString file = QFileDialog::getSaveFileName(this, tr("Open database file"),
        QFileInfo(current).absolutePath(), tr("Bantam databases (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite); // a new name creates a new database
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(file);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, tr("Open database file"), opened.error().message);
        return;
    }
    switchTo(std::move(opened).value());
}

// The open window and everything it shows belong to the current database: main() closes them
// and builds new ones on the next (see kSwitchDatabase).
void MainWindow::switchTo(std::unique_ptr<Database> db)
{
    if (!db || !mayLeave())
        return;
    m_next = std::move(db);
    QCoreApplication::exit(kSwitchDatabase);
}

MainWindow::~MainWindow()
{
    if (m_owedWork)
        m_owedWork->wait();
}

std::unique_ptr<Database> MainWindow::takeNextDatabase()
{
    return std::move(m_next);
}

// View: search, refresh and the sections (Ctrl+1 to Ctrl+4); gives the Refresh action.
QAction *MainWindow::createViewMenu()
{
    auto *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search leads"), m_pipeline, &PipelineView::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_pipeline->reloadChoices();
        m_pipeline->model()->reload();
        m_detail->reload();
    });
    // Ctrl+R, not F5: F5 dials, as in call mode.
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *dial = view->addAction(tr("&Dial lead"), this, [this] {
        // My queue's current row on the Service levels tab, else the lead in the detail pane.
        const qint64 id = m_sections->currentWidget() == m_sla ? m_sla->queue()->currentLeadId()
                                                               : m_detail->leadId();
        if (id == 0) {
            statusBar()->showMessage(tr("Choose a lead to dial first."), 6000);
            return;
        }
        auto lead = LeadRepository(m_session.database()).byId(id);
        QString error;
        if (!lead)
            error = lead.error().message;
        else if (dialLead(m_session, lead.value(), &error))
            statusBar()->showMessage(tr("Dialling %1 …").arg(lead->displayName()), 6000);
        if (!error.isEmpty())
            statusBar()->showMessage(error, 10000);
    });
    dial->setShortcut(QKeySequence(Qt::Key_F5));
    dial->setObjectName(QStringLiteral("dialAction"));
    view->addSeparator();
    QAction *pipelineAction
        = view->addAction(tr("&Pipeline"), this, [this] { m_sections->setCurrentIndex(0); });
    pipelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *reportsAction
        = view->addAction(tr("R&eports"), this, [this] { m_sections->setCurrentIndex(1); });
    reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *slaAction = view->addAction(tr("&Service levels"), this, [this] {
        m_sections->setCurrentWidget(m_sla);
        if (m_sla->tabs()->currentWidget() == m_sla->queue())
            m_sla->queue()->focusList(); // worked by keyboard: Enter starts the call
    });
    slaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *teamAction
        = view->addAction(tr("&Team"), this, [this] { m_sections->setCurrentWidget(m_team); });
    teamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addSeparator();
    // Ctrl+K: a callback of the lead in front of the rep — My queue's current row on the
    // service-level page, else the lead in the detail pane.
    QAction *callback = view->addAction(tr("Call&back…"), this, [this] {
        const bool queue = m_sections->currentWidget() == m_sla
            && m_sla->tabs()->currentWidget() == m_sla->queue();
        if (CallbackDialog::ask(
                m_session, queue ? m_sla->queue()->currentLeadId() : m_detail->leadId(), this))
            statusBar()->showMessage(tr("Callback scheduled."), 4000);
    });
    callback->setObjectName(QStringLiteral("callbackAction"));
    callback->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // A line edit would take Ctrl+K as "delete to the end of the line" (search box, profile).
    ShortcutGuard::install({callback->shortcut()}, this);
    return refresh;
}

void MainWindow::createScoringMenu()
{
    auto *scoring = menuBar()->addMenu(tr("S&coring"));
    scoring
        ->addAction(
            tr("Scoring &model…"), this, [this] { ScoringModelDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("scoringModelAction"));
    scoring
        ->addAction(tr("&Predictive model…"), this,
            [this] { PredictiveModelDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("predictiveModelAction"));
    scoring
        ->addAction(tr("&Import activities…"), this,
            [this] { ActivityImportDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("importActivitiesAction"));
}

// Settings: questionnaire, people and the language.
void MainWindow::createSettingsMenu()
{
    auto *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Qualification questionnaire and frameworks…"), this,
        [this] { QualificationSetupDialog(m_session, this).exec(); });
    settings
        ->addAction(tr("&Calls (cadence, calling window, telephony)…"), this,
            [this] { CallSettingsDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("callSettingsAction"));
    settings
        ->addAction(tr("&Users, teams and territories…"), this,
            [this] { PeopleDialog(m_session, this).exec(); })
        ->setObjectName(QStringLiteral("peopleAction"));
    QAction *password = settings->addAction(tr("Change my &password…"), this, [this] {
        PasswordDialog dialog(m_session, m_session.currentUser(), PasswordDialog::Whose::Own, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 6000);
    });
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setEnabled(m_session.signedIn().has_value());
    password->setStatusTip(m_session.signedIn()
            ? tr("Change the password you sign in to the team database with.")
            : tr("Only a team database has passwords; whoever opens a file works in it."));
    auto *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, QString> languages[]
        = {{QString(), tr("System language")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(preferences::language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
}

// New lead and Refresh, and who is signed in.
void MainWindow::createToolbar(QAction *newLeadAction, QAction *refresh)
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newLeadAction);
    toolbar->addAction(refresh);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *label = new QLabel(tr("Signed in as "), toolbar);
    toolbar->addWidget(label);
    m_users->setObjectName(QStringLiteral("userChooser"));
    m_users->setMinimumContentsLength(28);
    m_users->setToolTip(tr("Who you are: your role decides what you may do."));
    if (const auto &me = m_session.signedIn()) {
        // A team database's user is who connected: a name, not a choice.
        m_users->hide();
        m_signedInName = new QLabel(toolbar);
        m_signedInName->setObjectName(QStringLiteral("signedInUser"));
        m_signedInName->setToolTip(
            tr("You connected to the team database as %1. To work as someone else, open it "
               "with their login (File › Open team database…).")
                .arg(me->login));
        toolbar->addWidget(m_signedInName);
    } else {
        toolbar->addWidget(m_users);
    }
}

namespace {
QString userText(const User &u)
{
    QString text = MainWindow::tr("%1 — %2").arg(u.name, roleName(u.role));
    if (!u.teamName.isEmpty())
        text += QStringLiteral(" (%1)").arg(u.teamName);
    return text;
}
} // namespace

void MainWindow::loadUsers()
{
    if (const auto &me = m_session.signedIn()) {
        auto fresh = UserRepository(m_session.database()).byId(me->id);
        const User u = fresh ? fresh.value() : *me;
        m_signedInName->setText(userText(u));
        if (!m_session.hasUser() || m_session.currentUser().id != u.id)
            m_session.setCurrentUser(u);
        return;
    }
    auto users = UserRepository(m_session.database()).all();
    if (!users)
        return;
    const QString wanted
        = m_session.hasUser() ? m_session.currentUser().login : preferences::lastUserLogin();
    m_users->clear();
    int select = -1, firstAdmin = -1;
    for (const User &u : users.value()) {
        if (!u.active)
            continue;
        m_users->addItem(userText(u), u.id);
        if (u.login == wanted)
            select = m_users->count() - 1;
        if (u.role == Role::Admin && firstAdmin < 0)
            firstAdmin = m_users->count() - 1;
    }
    if (select < 0)
        select = firstAdmin >= 0 ? firstAdmin : 0;
    if (select < m_users->count()) {
        m_users->setCurrentIndex(select);
        if (auto u
            = UserRepository(m_session.database()).byId(m_users->currentData().toLongLong())) {
            if (!m_session.hasUser() || m_session.currentUser().id != u->id)
                m_session.setCurrentUser(u.value());
        }
    }
}

void MainWindow::newLead()
{
    NewLeadDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_detail->showLead(dialog.createdLeadId());
        statusBar()->showMessage(tr("Lead created."), 4000);
    }
}

void MainWindow::exportList()
{
    LeadTableModel *model = m_pipeline->model();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the lead list"), tr("leads.csv"), tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    LeadExportOptions options;
    options.filter = model->filter();
    options.sort = model->sortOrder();
    options.delimiter = CsvWriter::delimiterFor(QLocale());
    options.reader = QLocale(); // titles, stages and local times as the window shows them
    qint64 total = model->totalCount();
    if (model->isCounting()) { // the list's length is still on its way: not its first page's
        if (auto counted = LeadRepository(m_session.database()).count(options.filter))
            total = counted.value();
    }
    std::optional<Result<qint64>> outcome;
    runWithProgress(this, tr("Exporting %1 leads…").arg(QLocale().toString(total)), total,
        m_session.database(), [&](const ProgressReport &report) {
            outcome = m_session.services().leadExporter().exportTo(
                path, options, [&](qint64 done, qint64) { return report(done); });
        });
    if (!outcome || !outcome->ok()) {
        QMessageBox::warning(
            this, tr("Export"), outcome ? outcome->error().message : tr("The export failed."));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %1 leads to %2.").arg(QLocale().toString(outcome->value()), path), 8000);
}

void MainWindow::chooseLanguage(const QString &code)
{
    preferences::setLanguage(code);
    QMessageBox::information(
        this, tr("Language"), tr("The new language is used from the next start of Bantam."));
}

QList<ShortcutEntry> MainWindow::shortcuts() const
{
    // A key outside the menus works in the tab it sits in.
    auto where = [this](const QWidget *w) {
        for (; w; w = w->parentWidget()) {
            const int tab = m_sections->indexOf(const_cast<QWidget *>(w));
            if (tab >= 0)
                return withoutMnemonic(m_sections->tabText(tab));
        }
        return QString();
    };
    return collectShortcuts(this, where) + CallModeWidget::shortcuts();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), this);
    dialog.exec();
}

void MainWindow::about()
{
    const Database &db = m_session.database();
    QMessageBox::about(this, tr("About Bantam"),
        tr("<h3>Bantam %1</h3><p>Lead management for marketing and sales: one pipeline, "
           "one definition of a qualified lead.</p><p>Database: %2<br>Schema version %3</p>"
           "<p>Qt %4 (built with Qt %5)</p><p>Licence: %6</p>")
            .arg(QApplication::applicationVersion(), db.path().toHtmlEscaped(),
                QLocale().toString(db.schemaVersion()), QLatin1String(qVersion()),
                QLatin1String(QT_VERSION_STR), QLatin1String(kLicense)));
}

// Saves the open lead; if that fails, the user decides whether to leave it. Keeps the layout.
bool MainWindow::mayLeave()
{
    if (!m_detail->save()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("The lead's changes could not be saved. Quit anyway "
               "and lose them?"));
        if (answer != QMessageBox::Yes)
            return false;
    }
    preferences::setWindowGeometry(saveGeometry());
    preferences::setWindowState(saveState());
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (mayLeave())
        event->accept();
    else
        event->ignore();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstPageReported && event->type() == QEvent::Paint
        && watched == m_pipeline->table()->viewport()) {
        // After this paint has finished: the rows it painted were read during it.
        QTimer::singleShot(0, this, [this] {
            if (!m_firstPageReported && m_pipeline->model()->cachedRowCount() > 0) {
                m_firstPageReported = true;
                Q_EMIT firstPageShown();
            }
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace bantam
