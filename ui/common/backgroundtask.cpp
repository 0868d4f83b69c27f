#include "common/backgroundtask.h"

#include "storage/database.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace bantam {

namespace {

void run(QWidget *parent, const QString &label, qint64 total, bool cancellable, const Database &db,
    const std::function<void(const ProgressReport &report)> &work)
{
    // The dialog counts in ints; scale large totals down.
    const qint64 scale = std::max<qint64>(1, total / 1'000'000 + 1);
    QProgressDialog progress(
        label, QApplication::translate("BackgroundTask", "Cancel"), 0, int(total / scale), parent);
    progress.setWindowModality(Qt::WindowModal);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);
    std::atomic<qint64> done {0};
    std::atomic<bool> cancel {false};
    QThread *worker = QThread::create([&] {
        work([&](qint64 n) {
            done = n;
            return !cancel.load();
        });
        db.closeThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        progress.setValue(int(done.load() / scale));
        if (progress.wasCanceled())
            cancel = true;
    });
    tick.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.setValue(progress.maximum());
}

} // namespace

void runWithProgress(QWidget *parent, const QString &label, qint64 total, const Database &db,
    const std::function<void(const ProgressReport &report)> &work)
{
    run(parent, label, total, true, db, work);
}

void runBusy(
    QWidget *parent, const QString &label, const Database &db, const std::function<void()> &work)
{
    run(parent, label, 0, false, db, [&work](const ProgressReport &) { work(); });
}

} // namespace bantam
