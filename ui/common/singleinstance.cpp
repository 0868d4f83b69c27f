#include "common/singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace bantam {

namespace {

constexpr char kPrefix[] = "open-caller ";

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &databaseName)
{
    const QByteArray user = qgetenv("USER");
    const QByteArray hash
        = QCryptographicHash::hash(user + '\n' + databaseName.toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(16);
    return QStringLiteral("bantam-") + QString::fromLatin1(hash);
}

bool SingleInstance::handOver(const QString &number, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QByteArray(kPrefix) + number.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The window answers "ok" once it has the number.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        QLocalServer::removeServer(m_name); // a crashed window's socket file
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (!s->canReadLine())
                    return;
                const QByteArray line = s->readLine().trimmed();
                if (!line.startsWith(kPrefix))
                    return;
                s->write("ok\n");
                s->flush();
                Q_EMIT callerReceived(QString::fromUtf8(line.mid(int(sizeof(kPrefix)) - 1)));
            });
        }
    });
    return true;
}

} // namespace bantam
