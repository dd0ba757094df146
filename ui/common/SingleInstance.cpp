#include "SingleInstance.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace pms {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(cachePath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &cachePath)
{
    // The folder, not the file, is made canonical: the first launch may run before the file exists.
    const QFileInfo info(cachePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString canonical = folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                                               : folder + QLatin1Char('/') + info.fileName();
    // The home folder keeps two users' sockets apart where /tmp is shared.
    const QByteArray key = (QDir::homePath() + QLatin1Char('\n') + canonical).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("pmsbridge-") + QString::fromLatin1(hash);
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has shown itself; a missing answer still means it got it.
    socket.waitForReadyRead(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    bool listening = m_server->listen(m_name);
    if (!listening) {
        // Nobody answered activateRunning(): the socket is a leftover of a process that crashed.
        QLocalServer::removeServer(m_name);
        listening = m_server->listen(m_name);
    }
    if (listening) {
        qCInfo(lcUi) << "single instance: serving" << m_name;
        return true;
    }
    qCWarning(lcUi) << "single instance: cannot listen on" << m_name << m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == kActivate) {
                qCInfo(lcUi) << "single instance: a second launch asked for this window";
                Q_EMIT activateRequested();
                socket->write(QByteArrayLiteral("ok\n"));
                socket->flush();
            }
        });
    }
}

} // namespace pms
