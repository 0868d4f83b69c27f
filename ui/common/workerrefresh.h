// WorkerRefresh: recomputes a view's figures (reports, SLA dashboard) on a worker thread with its
// own database connection, one computation at a time; a refresh asked for while one runs is
// remembered and run once more when it is done, since the inputs changed meanwhile.
#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace bantam {

class Database;

class WorkerRefresh : public QObject
{
    Q_OBJECT

public:
    // again: what to call on the GUI thread when a refresh was deferred (the view's refresh()).
    WorkerRefresh(const Database &db, std::function<void()> again, QObject *parent = nullptr);
    ~WorkerRefresh() override; // waits for a running computation

    bool isRunning() const { return m_worker != nullptr; }
    // True while a computation runs: the caller returns, and `again` follows when it is done.
    bool deferIfRunning();
    // Runs work(db) on a worker thread, then closes the worker's database connection and calls
    // done() on the GUI thread.
    void start(std::function<void(const Database &db)> work, std::function<void()> done);

private:
    const Database &m_db;
    std::function<void()> m_againFn;
    QThread *m_worker = nullptr;
    bool m_again = false;
};

} // namespace bantam
