// bantam-screenshots: the "look at every screen" walk of issue 18, repeatable. Starts the real
// MainWindow on a database, signed in as a given user, in the language of the environment (or
// --lang), visits every tab and nested tab, opens every dialog reachable from the menus, from the
// buttons that open one (their text ends in "…"), from the reason buttons of a lead and from the
// lead list's context menus, and writes a PNG of the whole screen (the X root window, as
// `import -window root` would) per screen: OUT/NN-what.png, plus OUT/shots.txt with one line per
// PNG (file, window title, what it shows). Every dialog is closed with Cancel/Escape, so nothing
// is saved; the import wizard stops before its run page. Run on Xvfb without a window manager:
//   Xvfb :61 -screen 0 1366x768x24 &
//   LANG=de_DE.UTF-8 LANGUAGE=de DISPLAY=:61 QT_QPA_PLATFORM=xcb
//   build/tools/screenshots/bantam-screenshots --db /tmp/shots.db --as admin --out DIR
#include "common/session.h"
#include "lead/leaddetailwidget.h"
#include "mainwindow/mainwindow.h"
#include "pipeline/pipelineview.h"
#include "storage/database.h"
#include "team/passworddialog.h"

#include "clock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QWizard>

#include <cstdio>
#include <functional>

namespace {

using namespace bantam;

class Walk
{
public:
    Walk(Session &session, MainWindow &window, QString out, QString csv)
        : m_session(session)
        , m_window(window)
        , m_out(std::move(out))
        , m_csv(std::move(csv))
        , m_list(m_out + QStringLiteral("/shots.txt"))
    {
        m_list.open(QIODevice::Append | QIODevice::Text);
    }

    void run(bool tabsOnly)
    {
        settle(2500); // the first page of leads, the counts, the owed-work check
        shoot(QStringLiteral("window"), QStringLiteral("main window"));
        walkSections();
        if (tabsOnly)
            return;
        walkMenus();
        walkContextMenus();
        // Reached on a team database only (a file has no password): shown as it would be there.
        openAndWalk(QStringLiteral("password"),
            QStringLiteral("Settings › Change my password (team database only; opened directly)"),
            0, [this] {
                PasswordDialog(
                    m_session, m_session.currentUser(), PasswordDialog::Whose::Own, &m_window)
                    .exec();
            });
    }

    // Opens each lead with detail buttons of its stage: the reason dialogs and call mode.
    void showLeads(const QList<qint64> &ids) { m_leads = ids; }
    void onlySections(const QList<int> &sections) { m_sections = sections; }
    void onlyDialogs() { m_dialogsOnly = true; }
    // Numbers go on from an earlier run's (another user's) into the same folder.
    void numberFrom(int first) { m_number = first - 1; }

private:
    Session &m_session;
    MainWindow &m_window;
    QString m_out;
    QString m_csv;
    QFile m_list;
    int m_number = 0;
    QList<qint64> m_leads;
    QSet<QAbstractButton *> m_pressed;
    QSet<QString> m_walked; // dialogs shot: class and title
    QList<int> m_sections; // the main window's tabs to visit; empty: all
    bool m_dialogsOnly = false;
    bool m_chooseRows = false; // choose the first row of the main window's lists too

    static void settle(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
    }

    static QString fileWord(QString what)
    {
        what.remove(QLatin1Char('&'));
        what.replace(QRegularExpression(
                         QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
            QStringLiteral("-"));
        return what.left(60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    }

    void shoot(const QString &what, const QString &how)
    {
        // The main window's own tabs are left out when only the dialogs are wanted.
        // (Call mode is a window of its own, not modal: shot too.)
        const QWidget *active = QApplication::activeWindow();
        if (m_dialogsOnly && !QApplication::activeModalWidget()
            && !QApplication::activePopupWidget() && (!active || active == &m_window))
            return;
        settle(400);
        const QString name = QStringLiteral("%1-%2.png")
                                 .arg(++m_number, 3, 10, QLatin1Char('0'))
                                 .arg(fileWord(what));
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        screen.save(m_out + QLatin1Char('/') + name);
        const QWidget *top = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                               : QApplication::activeWindow();
        QString line
            = QStringLiteral("%1\t%2\t%3\n").arg(name, top ? top->windowTitle() : QString(), how);
        m_list.write(line.toUtf8());
        m_list.flush();
        std::fputs(qPrintable(line), stdout);
        std::fflush(stdout);
    }

    void note(const QString &line)
    {
        m_list.write((line + QLatin1Char('\n')).toUtf8());
        m_list.flush();
    }

    // A button belongs to root's own page when no tab widget between them hides it.
    static bool onPage(const QWidget *w, const QWidget *root)
    {
        for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (qobject_cast<const QStackedWidget *>(p)
                && qobject_cast<const QTabWidget *>(p->parentWidget()))
                return false;
        }
        return true;
    }

    static QList<QTabWidget *> ownTabs(QWidget *root)
    {
        QList<QTabWidget *> tabs;
        for (QTabWidget *t : root->findChildren<QTabWidget *>()) {
            if (t != root && onPage(t, root) && t->isVisible())
                tabs << t;
        }
        return tabs;
    }

    // Every tab of root (nested ones too) and the dialogs its "…" buttons open.
    void walkPage(QWidget *root, const QString &what, int depth, int wait)
    {
        pressEllipsisButtons(root, what, depth);
        for (QTabWidget *tabs : ownTabs(root)) {
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                    continue;
                tabs->setCurrentIndex(i);
                settle(wait);
                const QString tab = what + QLatin1Char('-') + tabs->tabText(i);
                shoot(tab, QStringLiteral("tab"));
                walkPage(tabs->widget(i), tab, depth, wait);
            }
            tabs->setCurrentIndex(was);
        }
    }

    // In a dialog, the first row of each list is chosen, so that its Edit… buttons open too.
    static void chooseFirstRows(QWidget *root)
    {
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && onPage(view, root) && view->model()
                && view->model()->rowCount() > 0 && !view->selectionModel()->hasSelection()
                && view->selectionMode() != QAbstractItemView::NoSelection)
                view->setCurrentIndex(view->model()->index(0, 0));
        }
    }

    void pressEllipsisButtons(QWidget *root, const QString &what, int depth)
    {
        if (depth > 3)
            return;
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            // Chosen again before each button: a dialog before may have reloaded the list.
            if (depth > 0 || m_chooseRows)
                chooseFirstRows(root);
            // "…" says a button asks before it acts; the inbox opens a window.
            const bool opens = b->text().endsWith(QChar(0x2026))
                || b->objectName() == QStringLiteral("inboxButton");
            if (!opens || !b->isVisible() || !b->isEnabled() || !onPage(b, root)
                || m_pressed.contains(b))
                continue;
            m_pressed.insert(b);
            openAndWalk(what + QLatin1Char('-') + b->text(),
                QStringLiteral("button \"%1\"").arg(b->text().remove(QLatin1Char('&'))), depth,
                [b] { b->click(); });
        }
    }

    // Calls open(); every window it shows (a modal dialog, a message, a menu) is shot, walked
    // and closed, also a second one it shows after the first closed.
    void openAndWalk(
        const QString &what, const QString &how, int depth, const std::function<void()> &open)
    {
        // Menus and dialogs exist hidden before they open: what was in sight before counts.
        QWidgetList before;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                before << w;
        }
        QList<QPointer<QWidget>> seen;
        bool returned = false;
        bool done = false;
        QTimer poll;
        poll.setInterval(700);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget *shown = QApplication::activePopupWidget();
            if (!shown)
                shown = QApplication::activeModalWidget();
            if (!shown) {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->isVisible() && !before.contains(w) && w->isWindow()
                        && !qobject_cast<QMenu *>(w))
                        shown = w;
                }
            }
            if (shown && (before.contains(shown) || seen.contains(shown)))
                shown = nullptr;
            if (!shown) {
                if (returned) {
                    poll.stop();
                    done = true;
                }
                return;
            }
            poll.stop();
            seen << shown;
            walkWindow(shown, what, how, depth + 1);
            close(shown);
            poll.start();
        });
        poll.start();
        open();
        returned = true;
        while (!done)
            settle(50);
    }

    void walkWindow(QWidget *shown, const QString &what, const QString &how, int depth)
    {
        if (auto *wizard = qobject_cast<QWizard *>(shown)) {
            walkWizard(wizard, what, how, depth);
            return;
        }
        const QString title = shown->windowTitle().isEmpty() ? what : shown->windowTitle();
        // A dialog reached a second way (Team tab and Settings menu, one file dialog per
        // report) is noted, not shot again.
        const QString kind = QString::fromLatin1(shown->metaObject()->className()) + title;
        if (!title.isEmpty() && !qobject_cast<QMenu *>(shown) && m_walked.contains(kind)) {
            note(QStringLiteral("(%1: %2, as above)").arg(title, how));
            return;
        }
        m_walked.insert(kind);
        shoot(title, how);
        if (qobject_cast<QMenu *>(shown) || qobject_cast<QMessageBox *>(shown))
            return;
        walkPage(shown, title, depth, 600);
    }

    // The wizard's pages up to (not including) the one that imports.
    void walkWizard(QWizard *wizard, const QString &what, const QString &how, int depth)
    {
        if (auto *file = wizard->findChild<QLineEdit *>(QStringLiteral("importFile"));
            file && !m_csv.isEmpty()) {
            file->setText(m_csv);
            Q_EMIT file->editingFinished();
        }
        const QList<int> ids = wizard->pageIds();
        for (int i = 0; i < ids.size() - 1; ++i) {
            settle(600);
            const QString page = (wizard->windowTitle().isEmpty() ? what : wizard->windowTitle())
                + QLatin1Char('-') + wizard->currentPage()->title();
            shoot(page, how + QStringLiteral(", page %1").arg(i + 1));
            walkPage(wizard->currentPage(), page, depth, 600);
            if (i + 1 < ids.size() - 1)
                wizard->next();
        }
    }

    static void close(QWidget *shown)
    {
        if (auto *menu = qobject_cast<QMenu *>(shown))
            menu->close();
        else if (auto *box = qobject_cast<QMessageBox *>(shown);
                 box && !box->escapeButton() && box->buttons().size() == 1)
            box->buttons().first()->click();
        else if (auto *dialog = qobject_cast<QDialog *>(shown))
            dialog->reject();
        else
            shown->close();
    }

    void walkSections()
    {
        QTabWidget *sections = m_window.sections();
        for (int i = 0; i < sections->count(); ++i) {
            if (!m_sections.isEmpty() && !m_sections.contains(i))
                continue;
            sections->setCurrentIndex(i);
            settle(1500);
            const QString what = sections->tabText(i);
            shoot(what, QStringLiteral("tab"));
            if (i == 0 && !m_leads.isEmpty()) {
                walkLeads(what);
            } else {
                m_chooseRows = true; // Reassign… opens on a chosen lead
                walkPage(sections->widget(i), what, 0, 1500);
                m_chooseRows = false;
            }
        }
        sections->setCurrentIndex(0);
    }

    void walkLeads(const QString &what)
    {
        for (qint64 id : m_leads) {
            m_window.detail()->showLead(id);
            settle(800);
            const QString lead = what + QStringLiteral("-lead-%1").arg(id);
            shoot(lead, QStringLiteral("lead %1 open").arg(id));
            walkPage(m_window.sections()->widget(0), lead, 0, 800);
            // The reason dialogs: the buttons that end, set back or recycle a lead ask first.
            for (const char *key : {"reject", "disqualify", "lose", "recycle", "reopen"}) {
                QPushButton *b = m_window.detail()->actionButton(QLatin1String(key));
                if (b && b->isEnabled()) {
                    openAndWalk(lead + QLatin1Char('-') + b->text(),
                        QStringLiteral("button \"%1\"").arg(b->text().remove(QLatin1Char('&'))), 0,
                        [b] { b->click(); });
                }
            }
        }
    }

    void walkMenus()
    {
        for (QAction *top : m_window.menuBar()->actions()) {
            QMenu *menu = top->menu();
            if (!menu)
                continue;
            const QString name = top->text().remove(QLatin1Char('&'));
            openAndWalk(QStringLiteral("menu-") + name, QStringLiteral("menu"), 0,
                [this, top] { m_window.menuBar()->setActiveAction(top); });
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isEnabled() || a->menu()
                    || a->shortcut() == QKeySequence(QKeySequence::Quit)
                    || a->text().contains(QStringLiteral("Dial"), Qt::CaseInsensitive)
                    || a->text().contains(QStringLiteral("wählen"), Qt::CaseInsensitive))
                    continue;
                const QString item = a->text().remove(QLatin1Char('&'));
                openAndWalk(name + QLatin1Char('-') + item,
                    QStringLiteral("menu %1 › %2").arg(name, item), 0, [a] { a->trigger(); });
            }
        }
    }

    // Right-click on the list's header: the column chooser (the rows have no menu).
    void walkContextMenus()
    {
        m_window.sections()->setCurrentIndex(0);
        settle(800);
        auto *table = m_window.pipeline()->findChild<QTableView *>(QStringLiteral("leadTable"));
        if (!table)
            return;
        auto rightClick = [](QWidget *on, QPoint at) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, on->mapToGlobal(at));
            QApplication::sendEvent(on, &event);
        };
        openAndWalk(QStringLiteral("context-menu-columns"),
            QStringLiteral("right-click on the list's header"), 0,
            [&] { rightClick(table->horizontalHeader()->viewport(), QPoint(40, 8)); });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Screenshots of every tab and dialog of the real Bantam window."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The database (a demo one)."), QStringLiteral("file"));
    const QCommandLineOption asOption(
        QStringLiteral("as"), QStringLiteral("Sign in as this login."), QStringLiteral("login"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("dir"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
        QStringLiteral("A CSV file for the import wizard's pages."), QStringLiteral("file"));
    const QCommandLineOption leadsOption(QStringLiteral("leads"),
        QStringLiteral("Lead ids to open for their buttons (comma-separated)."),
        QStringLiteral("ids"));
    const QCommandLineOption tabsOption(
        QStringLiteral("tabs-only"), QStringLiteral("Only the main window's tabs."));
    const QCommandLineOption firstOption(QStringLiteral("first"),
        QStringLiteral("The first PNG's number (default 1)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Only these tabs of the main window (0-based, comma-separated)."),
        QStringLiteral("indexes"));
    const QCommandLineOption dialogsOption(QStringLiteral("dialogs-only"),
        QStringLiteral("Shoot the dialogs and menus, not the main window's tabs."));
    parser.addOptions({dbOption, asOption, outOption, csvOption, leadsOption, tabsOption,
        firstOption, onlyOption, dialogsOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(outOption))
        parser.showHelp(2);

    // As the app does (app/gui/main.cpp): the system's language, our catalogue and Qt's.
    QLocale::setDefault(QLocale::system());
    QTranslator own, qt;
    if (own.load(QLocale::system(), QStringLiteral("bantam"), QStringLiteral("_"),
            QStringLiteral(BANTAM_QM_DIR)))
        QApplication::installTranslator(&own);
    if (qt.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    bantam::Database::Options options;
    options.create = bantam::Database::Options::Create::Never;
    auto db = bantam::Database::open(parser.value(dbOption), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    bantam::SystemClock clock;
    bantam::Session session(*db.value(), clock);
    bantam::MainWindow window(session);
    window.show();
    if (parser.isSet(asOption)) {
        // The chooser shows names: choose each until the session's user has the login.
        QComboBox *users = window.userChooser();
        const QString login = parser.value(asOption);
        bool found = false;
        for (int i = 0; i < users->count() && !found; ++i) {
            users->setCurrentIndex(i);
            Q_EMIT users->activated(i); // as a user's choice: the window signs in as them
            found = session.currentUser().login == login;
        }
        if (!found) {
            std::fprintf(stderr, "no active user %s\n", qPrintable(login));
            return 1;
        }
    }
    QDir().mkpath(parser.value(outOption));
    Walk walk(session, window, parser.value(outOption), parser.value(csvOption));
    QList<qint64> leads;
    for (const QString &id : parser.value(leadsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        leads << id.toLongLong();
    walk.showLeads(leads);
    walk.numberFrom(parser.value(firstOption).toInt());
    QList<int> sections;
    for (const QString &i : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sections << i.toInt();
    walk.onlySections(sections);
    if (parser.isSet(dialogsOption))
        walk.onlyDialogs();
    QTimer::singleShot(0, &window, [&] {
        walk.run(parser.isSet(tabsOption));
        window.close();
        QApplication::quit();
    });
    return QApplication::exec();
}
