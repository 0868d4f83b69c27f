#include "mainwindow/connectionwatch.h"

#include "storage/database.h"

#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace bantam {

ConnectionWatch::ConnectionWatch(const Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    connect(&m_answer, &QFutureWatcher<QString>::finished, this, &ConnectionWatch::answered);
    if (m_db.isServer())
        m_timer->start();
}

ConnectionWatch::~ConnectionWatch() = default;

void ConnectionWatch::check()
{
    if (m_answer.isRunning() || !m_db.isServer())
        return;
    // The worker holds the promise; a watcher destroyed before the answer just stops listening.
    auto promise = std::make_shared<QPromise<QString>>();
    m_answer.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([server = m_db.server(), promise] {
        const Result<void> pinged = server.ping();
        promise->addResult(pinged ? QString() : pinged.error().message);
        promise->finish();
    });
}

void ConnectionWatch::answered()
{
    const QString why = m_answer.future().resultCount() > 0 ? m_answer.result() : QString();
    if (why.isEmpty()) {
        // The server answers; the window's connection may still be one the server dropped.
        auto works = m_db.checkConnection();
        if (works) {
            if (m_lost) {
                m_lost = false;
                Q_EMIT restored();
            }
            return;
        }
        m_lost = true;
        Q_EMIT lost(works.error().message);
        return;
    }
    m_lost = true;
    Q_EMIT lost(why);
}

} // namespace bantam
