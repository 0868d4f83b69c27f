// SingleInstance: one Bantam window per user and database, so a phone system can open the
// ringing caller in it: `bantam --open-caller NUMBER` hands the number to the running window over a
// local socket (QLocalServer/QLocalSocket) and exits; when no window runs, the new one listens
// and opens the caller itself.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace bantam {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // name: the socket's name, the same for every process of the user on the same database.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name of the user's window on the database (displayName as the window shows it).
    static QString socketName(const QString &databaseName);

    // Client side: hands the caller's number to the running window; false when none answers
    // within timeoutMs.
    bool handOver(const QString &number, int timeoutMs = 2000) const;
    // Server side: listens for hand-overs (a stale socket of a crashed window is removed).
    bool listen();

Q_SIGNALS:
    void callerReceived(const QString &number);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace bantam
