// runWithProgress: runs long work (demo data, exports) on a worker thread with its own
// database connection, while a progress dialog shows how far it got and offers Cancel.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace bantam {

class Database;

// work(report) runs on the worker; report(done) updates the dialog and returns false once
// the user cancelled. Returns when the work has finished. total 0 shows a busy bar.
using ProgressReport = std::function<bool(qint64 done)>;
void runWithProgress(QWidget *parent, const QString &label, qint64 total, const Database &db,
    const std::function<void(const ProgressReport &report)> &work);
// The same for work that learns its size as it goes (core services' progress(done, total);
// total 0 shows a busy bar until it is known).
using StepReport = std::function<bool(qint64 done, qint64 total)>;
void runWithSteps(QWidget *parent, const QString &label, const Database &db,
    const std::function<void(const StepReport &report)> &work);
// Work that cannot stop halfway (one transaction): the window stays responsive and shows that
// it is busy, without a Cancel button that could not keep its promise.
void runBusy(
    QWidget *parent, const QString &label, const Database &db, const std::function<void()> &work);

} // namespace bantam
