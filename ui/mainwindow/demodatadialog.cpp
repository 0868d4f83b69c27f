#include "mainwindow/demodatadialog.h"

#include "common/session.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace bantam {

Result<qint64> offerDemoData(Session &session, QWidget *parent, int leads)
{
    const auto answer = QMessageBox::question(
        parent, QApplication::translate("DemoData", "Empty database"),
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
    QProgressDialog progress(QApplication::translate("DemoData", "Creating demo data…"),
                             QApplication::translate("DemoData", "Cancel"), 0, leads, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    std::optional<Result<DemoSummary>> outcome;
    // The worker writes through its own connection (Database gives one per thread); events
    // are published there and reach the GUI through the bridge's queued path.
    QThread *worker = QThread::create([&] {
        {
            DemoGenerator generator(session.database(), session.events(), session.clock());
            outcome = generator.generate(DemoOptions{leads, 1}, [&](qint64 n, qint64) {
                done = n;
                return !cancel.load();
            });
        }
        session.database().closeThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        progress.setValue(int(done.load()));
        if (progress.wasCanceled())
            cancel = true;
    });
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.setValue(leads);
    if (!outcome)
        return Error::storage(QApplication::translate("DemoData", "The demo data generator stopped unexpectedly."));
    if (!outcome->ok())
        return outcome->error();
    return outcome->value().leads;
}

} // namespace bantam
