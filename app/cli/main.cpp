// bantam-cli: Bantam's core without windows, for admins, scripts and tests.
#include "appidentity.h"
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bantam::applyApplicationIdentity();
    // English, with the plural forms of core's counted sentences ("1 lead scored").
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/bantam_en.qm")))
        QCoreApplication::installTranslator(&english);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = bantam::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
