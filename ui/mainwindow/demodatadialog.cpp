#include "mainwindow/demodatadialog.h"

#include "common/backgroundtask.h"
#include "common/session.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>

namespace bantam {

Result<qint64> offerDemoData(Session &session, QWidget *parent, int leads)
{
    const auto answer
        = QMessageBox::question(parent, QApplication::translate("DemoData", "Empty database"),
            QApplication::translate("DemoData",
                "This database has no leads yet.\n\nFill it with demo data — sales and "
                "marketing users in two teams and %1 leads in every stage, with their "
                "history and activities — so you can try Bantam right away?")
                .arg(QLocale().toString(leads)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return qint64(0);
    return generateDemoData(session, parent, leads);
}

Result<qint64> generateDemoData(Session &session, QWidget *parent, int leads)
{
    std::optional<Result<DemoSummary>> outcome;
    // The worker writes through its own connection; events reach the GUI through the bridge.
    runWithProgress(parent, QApplication::translate("DemoData", "Creating demo data…"), leads,
        session.database(), [&](const ProgressReport &report) {
            DemoGenerator generator(session.services());
            outcome = generator.generate(
                DemoOptions {leads, 1}, [&](qint64 n, qint64) { return report(n); });
        });
    if (!outcome)
        return Error::storage(
            QApplication::translate("DemoData", "The demo data generator stopped unexpectedly."));
    if (!outcome->ok())
        return outcome->error();
    return outcome->value().leads;
}

} // namespace bantam
