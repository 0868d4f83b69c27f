// WorkerRefresh: recomputes a view's figures (reports, SLA dashboard) on a worker thread with its
// own database connection, one computation at a time; a refresh asked for while one runs is
// remembered and run once more when it is done, since the inputs changed meanwhile.
#pragma once

#include <functional>

class QObject;
class QThread;

namespace bantam {

class Database;

class WorkerRefresh
{
public:
    // view: the view that owns this helper (done() runs in its thread, never after it is gone);
    // again: what to call when a refresh was deferred (the view's refresh()).
    WorkerRefresh(QObject *view, const Database &db, std::function<void()> again);
    // Waits for a running computation, and cuts the view's children off from it (see the .cpp).
    ~WorkerRefresh();
    WorkerRefresh(const WorkerRefresh &) = delete;
    WorkerRefresh &operator=(const WorkerRefresh &) = delete;

    bool isRunning() const { return m_worker != nullptr; }
    // True while a computation runs: the caller returns, and `again` follows when it is done.
    bool deferIfRunning();
    // Runs work(db) on a worker thread, then closes the worker's database connection and calls
    // done() on the GUI thread.
    void start(std::function<void(const Database &db)> work, std::function<void()> done);

private:
    QObject *m_view;
    const Database &m_db;
    std::function<void()> m_againFn;
    QThread *m_worker = nullptr;
    bool m_again = false;
};

} // namespace bantam
