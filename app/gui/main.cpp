// bantam: the desktop application. Opens the database (the embedded default unless --db is
// given), offers demo data for an empty one, and shows the main window.
#include "appidentity.h"
#include "clock.h"
#include "common/session.h"
#include "common/singleinstance.h"
#include "mainwindow/demodatadialog.h"
#include "mainwindow/mainwindow.h"
#include "people/accounts.h"
#include "people/signin.h"
#include "settings/preferences.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "version.h"
#include "versiontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void installTranslations(QApplication &app)
{
    const QString code = bantam::preferences::language();
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::C) // no LANG set: speak English, not the C locale
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("bantam"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// The window icon in every size rendered from resources/desktop/bantam.svg (:/icons/NxN/...).
QIcon applicationIcon()
{
    QIcon icon;
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.png")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}

struct Window
{
    int exitCode = 0;
    std::unique_ptr<bantam::Database> next; // chosen with File › Open…
};

// One main window on db until the application quits or the user opens another database.
Window runWindow(bantam::Database &db, bool noDemoOffer, const QElapsedTimer *reportStartup,
    const QString &caller)
{
    bantam::SystemClock clock;
    // A team database's login that is not a Bantam user, or a deactivated user, stops here.
    if (auto signedIn = bantam::signedInUser(db); !signedIn) {
        QMessageBox::critical(nullptr,
            QApplication::translate("main", "Bantam cannot open the database"),
            signedIn.error().message);
        return {1, nullptr};
    }
    if (auto admin = bantam::ensureAdministrator(db, clock); !admin) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Bantam"), admin.error().message);
        return {1, nullptr};
    }
    bantam::Session session(db, clock);

    auto empty = bantam::LeadRepository(db).isEmpty();
    if (empty && empty.value() && !noDemoOffer
        && !bantam::preferences::demoDataOffered(db.displayName())) {
        bantam::preferences::setDemoDataOffered(db.displayName());
        if (auto created = bantam::offerDemoData(session, nullptr); !created)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Demo data"), created.error().message);
    }

    bantam::MainWindow window(session);
    if (reportStartup) {
        QObject::connect(&window, &bantam::MainWindow::firstPageShown, &window, [reportStartup] {
            std::printf("first-page-ms %lld\n", static_cast<long long>(reportStartup->elapsed()));
            std::fflush(stdout);
        });
    }
    window.show();
    // Numbers of incoming calls other `bantam --open-caller` processes hand over.
    window.listenForCallers();
    // Scoring, routing or a reassignment a crash left unfinished, on a worker thread, once the
    // first page of leads is painted: on two cores its check of a million leads would delay it.
    // (Without a first page there are no leads, and so no such work.)
    QObject::connect(&window, &bantam::MainWindow::firstPageShown, &window,
        &bantam::MainWindow::finishOwedWork, Qt::SingleShotConnection);
    if (!caller.isEmpty())
        QTimer::singleShot(0, &window, [&window, caller] { window.openCaller(caller); });
    Window result;
    result.exitCode = QApplication::exec();
    result.next = window.takeNextDatabase();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    bantam::applyApplicationIdentity();
    app.setApplicationDisplayName(QStringLiteral("Bantam"));
    // The desktop entry (de.bantam.Bantam.desktop) and the icon theme find the window by this.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(bantam::kApplicationId));
    QApplication::setWindowIcon(applicationIcon());
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Bantam lead management"));
    parser.addHelpOption();
    // Not addVersionOption(): the version line names the program, as bantam-cli's does.
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Displays version information."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate(
            "main", "Open this SQLite database file or team database (postgresql://user@host/db)."),
        QStringLiteral("file|url"));
    const QCommandLineOption startupOption(QStringLiteral("report-startup"),
        QApplication::translate(
            "main", "Print the time until the first page of leads is shown (benchmarks)."));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo-offer"),
        QApplication::translate("main", "Do not offer demo data."));
    const QCommandLineOption callerOption(QStringLiteral("open-caller"),
        QApplication::translate("main",
            "Bring the running window to the front with the lead that has this phone number (any "
            "format), for a phone system's incoming call; starts a window when none runs."),
        QStringLiteral("number"));
    parser.addOptions({versionOption, dbOption, startupOption, noDemoOption, callerOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(bantam::versionText(QStringLiteral("bantam"))), stdout);
        return 0;
    }

    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : bantam::Database::defaultPath();
    // Only the first start on the default path makes a new database (and offers demo data); a
    // path given explicitly must name an existing one, so a typo is not a new, empty database.
    bantam::Database::Options options;
    options.create = parser.isSet(dbOption) ? bantam::Database::Options::Create::Never
                                            : bantam::Database::Options::Create::IfMissing;
    auto db = bantam::Database::open(path, options);
    if (!db) {
        QMessageBox::critical(nullptr,
            QApplication::translate("main", "Bantam cannot open the database"), db.error().message);
        return 1;
    }
    // File › Open… ends the event loop with kSwitchDatabase and hands over the database it
    // opened; the window and session of the old one are gone before the old database closes.
    std::unique_ptr<bantam::Database> current = std::move(db).value();
    QString caller = parser.value(callerOption);
    if (!caller.isEmpty()) {
        // A window on this database runs already: it opens the caller, this process is done.
        const bantam::SingleInstance running(
            bantam::SingleInstance::socketName(current->displayName()));
        if (running.handOver(caller))
            return 0;
    }
    while (true) {
        Window shown = runWindow(*current, parser.isSet(noDemoOption),
            parser.isSet(startupOption) ? &sinceStart : nullptr, caller);
        caller.clear();
        if (shown.exitCode != bantam::MainWindow::kSwitchDatabase || !shown.next)
            return shown.exitCode;
        current = std::move(shown.next);
    }
}
