// MainWindow: the pipeline list on the left, the selected lead on the right, and who is
// signed in.
#pragma once

#include "common/shortcutlist.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QThread;

namespace bantam {

class Database;

class LeadDetailWidget;
class PipelineView;
class ReportsView;
class Session;
class SlaView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    PipelineView *pipeline() const { return m_pipeline; }
    LeadDetailWidget *detail() const { return m_detail; }
    QComboBox *userChooser() const { return m_users; }
    ReportsView *reports() const { return m_reports; }
    QTabWidget *sections() const { return m_sections; }
    SlaView *sla() const { return m_sla; }

    // Every keyboard shortcut of the window and of call mode (Help › Keyboard shortcuts…).
    QList<ShortcutEntry> shortcuts() const;

    // Fills the user chooser from the database and signs in the remembered user.
    void loadUsers();

    // Incoming calls (`bantam --open-caller NUMBER`): this window takes the numbers other
    // processes hand over (SingleInstance) and opens the caller: the lead with the number, a list
    // when several have it, a new lead with the number when none.
    bool listenForCallers();
    void openCaller(const QString &number);

    // On opening (main() calls it): finishes on a worker thread the work a crash left owed (the
    // same core code as File › Check database's Repair and `bantam-cli check --repair`), if the
    // signed-in user may; the status bar says what happens, or that an administrator should.
    void finishOwedWork();
    bool finishingOwedWork() const { return m_owedWork != nullptr; }

    // The database the user chose with File › Open… (the application then leaves its event
    // loop with kSwitchDatabase, and main() builds a new window on it); null otherwise.
    std::unique_ptr<Database> takeNextDatabase();
    static constexpr int kSwitchDatabase = 0x5b17;
    static constexpr int CallbackCheckMs = 30 * 1000; // how often due callbacks are looked for

Q_SIGNALS:
    void firstPageShown(); // the lead table painted its first rows (start-up benchmark)

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    QAction *createFileMenu();
    QAction *createViewMenu();
    void createScoringMenu();
    void createSettingsMenu();
    void createToolbar(QAction *newLeadAction, QAction *refresh);
    void newLead();
    void exportList();
    void openTeamDatabase();
    void openDatabaseFile();
    void addMaintenanceActions(QMenu *file);
    void backUpDatabase();
    void restoreDatabase();
    void checkDatabase();
    void switchTo(std::unique_ptr<Database> db);
    bool mayLeave();
    void chooseLanguage(const QString &code);
    void about();
    void showShortcuts();
    void tellDueCallbacks();
    void fitDefaultSize();
    void returnRecontacts(); // recycled leads back on their re-contact date

    Session &m_session;
    QSystemTrayIcon *m_tray = nullptr; // made when the first callback comes due
    PipelineView *m_pipeline;
    LeadDetailWidget *m_detail;
    QSplitter *m_splitter;
    ReportsView *m_reports;
    SlaView *m_sla;
    QWidget *m_team = nullptr;
    QTabWidget *m_sections;
    QComboBox *m_users;
    QLabel *m_signedInName = nullptr; // instead of m_users on a team database's user login
    bool m_firstPageReported = false;
    std::unique_ptr<Database> m_next;
    QThread *m_owedWork = nullptr; // finishOwedWork() while it runs
};

} // namespace bantam
