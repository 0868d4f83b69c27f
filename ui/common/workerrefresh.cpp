#include "common/workerrefresh.h"

#include "storage/database.h"

#include <QObject>
#include <QThread>

namespace bantam {

WorkerRefresh::WorkerRefresh(QObject *view, const Database &db, std::function<void()> again)
    : m_view(view)
    , m_db(db)
    , m_againFn(std::move(again))
{ }

WorkerRefresh::~WorkerRefresh()
{
    // The view's child widgets outlive this member: while they are torn down, a date edit that
    // loses focus still emits editingFinished into the view's refresh(), which would start a
    // computation on a helper that is gone. The view is closing; nothing of it may refresh now.
    for (QObject *child : m_view->findChildren<QObject *>())
        QObject::disconnect(child, nullptr, m_view, nullptr);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool WorkerRefresh::deferIfRunning()
{
    if (!m_worker)
        return false;
    m_again = true;
    return true;
}

void WorkerRefresh::start(std::function<void(const Database &db)> work, std::function<void()> done)
{
    const Database &db = m_db;
    QThread *worker = QThread::create([work = std::move(work), &db] {
        work(db);
        db.closeThreadConnection();
    });
    m_worker = worker;
    QObject::connect(worker, &QThread::finished, m_view, [this, worker, done = std::move(done)] {
        worker->wait();
        worker->deleteLater();
        if (m_worker == worker)
            m_worker = nullptr;
        done();
        if (m_again && !m_worker) {
            m_again = false;
            m_againFn();
        }
    });
    worker->start();
}

} // namespace bantam
