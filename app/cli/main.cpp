// bantam-cli: Bantam's core without windows, for admins, scripts and tests.
#include "appidentity.h"
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bantam::applyApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = bantam::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
