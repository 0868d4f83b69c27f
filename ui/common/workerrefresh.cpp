#include "common/workerrefresh.h"

#include "storage/database.h"

#include <QThread>

namespace bantam {

WorkerRefresh::WorkerRefresh(const Database &db, std::function<void()> again, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_againFn(std::move(again))
{ }

WorkerRefresh::~WorkerRefresh()
{
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
    m_worker = QThread::create([work = std::move(work), &db] {
        work(db);
        db.closeThreadConnection();
    });
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
        done();
        if (m_again) {
            m_again = false;
            m_againFn();
        }
    });
    m_worker->start();
}

} // namespace bantam
