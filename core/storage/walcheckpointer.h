// WalCheckpointer: copies the write-ahead log of a SQLite file back into the file on a thread of
// its own, so that the commit of a large write does not wait for it. SQLite's default runs that
// checkpoint inside the commit that crosses 1,000 pages, with its fsyncs: at a million leads a
// score recompute's commit spent most of its 0.9 s there. Every writing connection of a
// Database reports its commits here (install()); a commit that leaves 1,000 pages or more in
// the log wakes the thread, which checkpoints passively on its own connection (readers and the
// next writer go on meanwhile; whatever a reader still needs stays in the log for the next
// round). Crash-safe as SQLite's own: a checkpoint cut off is redone from the log.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace bantam {

class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString path);
    ~WalCheckpointer(); // waits for a running checkpoint; the log is left to the last close

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Takes over the checkpoints of a connection to the same file (replaces SQLite's
    // automatic ones).
    void install(sqlite3 *connection);
    // Checkpoints finished by the thread (diagnostics and tests).
    qint64 completed() const { return m_completed.load(); }

    static constexpr int kPages = 1000; // SQLite's own threshold

private:
    static int onCommit(void *self, sqlite3 *connection, const char *schema, int pages);
    void request();
    void run();
    void checkpoint();

    const QString m_path;
    sqlite3 *m_connection = nullptr; // the thread's own, opened on its first checkpoint
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
    std::thread m_thread; // started on the first request
    std::atomic<qint64> m_completed {0};
};

} // namespace bantam
