#include "storage/walcheckpointer.h"

#include <sqlite3.h>

namespace bantam {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_connection)
        sqlite3_close_v2(m_connection);
}

void WalCheckpointer::install(sqlite3 *connection)
{
    if (connection)
        sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
}

// Called by SQLite after a commit, the write lock already released.
int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    if (pages >= kPages)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        m_requested = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stop; });
        if (m_stop)
            return;
        m_requested = false;
        lock.unlock();
        checkpoint();
        lock.lock();
    }
}

void WalCheckpointer::checkpoint()
{
    if (!m_connection) {
        const QByteArray file = m_path.toUtf8();
        if (sqlite3_open_v2(file.constData(), &m_connection,
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            sqlite3_close_v2(m_connection);
            m_connection = nullptr;
            return; // the next commit's own connection checkpoints when it closes
        }
        // As the Database's connections: the log is synced before the copy, the file after.
        sqlite3_exec(m_connection, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    }
    int logged = 0, copied = 0;
    // PASSIVE: never waits for readers or writers; busy (another checkpoint) is fine too.
    if (sqlite3_wal_checkpoint_v2(m_connection, "main", SQLITE_CHECKPOINT_PASSIVE, &logged, &copied)
        == SQLITE_OK)
        ++m_completed;
}

} // namespace bantam
