// ConnectionWatch: keeps an eye on a team database's server while the window is open. Every few
// seconds a worker asks the server whether it answers (PQping, off the GUI thread: an address
// that went away would block up to the connect timeout); when it does, the window's own
// connection is tried and, if the server restarted under it, opened again. Tells the window
// when the connection is lost and when it is back, so it can say so and reload.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QTimer;

namespace bantam {

class Database;

class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    ConnectionWatch(const Database &db, int intervalMs, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    bool isLost() const { return m_lost; }
    // Checks now (the timer calls this).
    void check();

Q_SIGNALS:
    void lost(const QString &why);
    void restored();

private:
    void answered();

    const Database &m_db;
    QTimer *m_timer;
    // The worker's answer: empty if the server answered, else why not.
    QFutureWatcher<QString> m_answer;
    bool m_lost = false;
};

} // namespace bantam
