// SPDX-License-Identifier: MIT
#include "app/window/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// What a second start writes; the first answers nothing and the connection closes.
constexpr char kActivate[] = "activate\n";
/// A running instance answers within milliseconds; a hung one must not keep the second start waiting long.
constexpr int kConnectTimeoutMs = 500;

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME"); // Windows
    }
    return user;
}

} // namespace

QString SingleInstance::serverName(const QString& dataDir)
{
    const QFileInfo info(dataDir);
    QString folder = info.canonicalFilePath();
    if (folder.isEmpty()) {
        folder = QDir::cleanPath(info.absoluteFilePath()); // not made yet: its first start
    }
    // Hashed: a path can be longer than a socket name may be (108 bytes on Linux) and holds characters a pipe name
    // does not take. The user is part of it because Windows' pipe names are machine-wide.
    const QByteArray key = (userName() + u'\n' + folder).toUtf8();
    return u"vsysdesk-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

void SingleInstance::bringForward(QWidget& window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
    std::printf("vsysdesk: another start on this data folder brought the window forward\n");
    std::fflush(stdout);
}

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
{
    // Made first (the database would make it next): a folder that does not exist yet has no canonical path, so a
    // path through a symbolic link would name another socket than the same folder's real path at the next start.
    QDir().mkpath(dataDir);
    m_name = serverName(dataDir);
    if (askRunningInstance()) {
        m_primary = false;
        return;
    }
    listen();
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::askRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kConnectTimeoutMs)) {
        return false; // none, or a socket file left by a crash: nobody accepts on it
    }
    socket.write(kActivate);
    socket.waitForBytesWritten(kConnectTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Without socket options: with UserAccessOption Qt binds in a temporary folder and renames the socket into
    // place, which took 3-12 ms here before the first frame; a plain bind and a chmod take well under 0.1 ms.
    if (!m_server->listen(m_name)) {
        // Nobody answered above, so a socket file there is a crashed instance's: removed, then listened on.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            m_listenError = m_server->errorString();
            return;
        }
    }
    // Only this user may connect (on Windows the pipe's default access and the user in its name do this).
    QFile::setPermissions(m_server->fullServerName(), QFile::ReadOwner | QFile::WriteOwner);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->readAll().startsWith(kActivate)) {
                emit activationRequested();
            }
        });
    }
}

} // namespace vsys::app
