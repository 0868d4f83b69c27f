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
    const std::function<void(const StepReport &report)> &work)
{
    QProgressDialog progress(
        label, QApplication::translate("BackgroundTask", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);
    std::atomic<qint64> done {0};
    std::atomic<qint64> size {total};
    std::atomic<bool> cancel {false};
    // The dialog counts in ints: large totals are scaled down.
    qint64 shownSize = -1;
    qint64 scale = 1;
    const auto show = [&] {
        if (const qint64 now = size.load(); now != shownSize) {
            shownSize = now;
            scale = std::max<qint64>(1, now / 1'000'000 + 1);
            progress.setMaximum(int(now / scale));
        }
        progress.setValue(int(std::min(done.load(), shownSize) / scale));
    };
    show();
    QThread *worker = QThread::create([&] {
        work([&](qint64 n, qint64 of) {
            if (of > 0)
                size = of;
            done = n;
            return !cancel.load();
        });
        db.closeThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        show();
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
    run(parent, label, total, true, db,
        [&work](const StepReport &report) { work([&report](qint64 n) { return report(n, 0); }); });
}

void runWithSteps(QWidget *parent, const QString &label, const Database &db,
    const std::function<void(const StepReport &report)> &work)
{
    run(parent, label, 0, true, db, work);
}

void runBusy(
    QWidget *parent, const QString &label, const Database &db, const std::function<void()> &work)
{
    run(parent, label, 0, false, db, [&work](const StepReport &) { work(); });
}

} // namespace bantam
