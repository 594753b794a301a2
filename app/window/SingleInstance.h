// SPDX-License-Identifier: MIT
// SingleInstance: one running vsysdesk per user and data folder, as KeePassXC does. The first start listens on a
// local socket (a Unix socket, a named pipe on Windows) whose name comes from the user and the data folder; a second
// start with the same folder connects to it, asks the first to bring its window forward, and ends.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QWidget;

namespace vsys::app {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// The socket's name for `dataDir` (canonical path when it exists), per user: the same folder reached by two
    /// paths gives one name, two folders give two.
    static QString serverName(const QString& dataDir);

    /// Shows `window` in front, restored if minimised (kept maximised if it was), and says so on standard output.
    static void bringForward(QWidget& window);

    /// Makes `dataDir` if needed and asks a running instance on it to come forward; when there is one this instance
    /// is secondary (false from isPrimary()). Otherwise it listens, replacing a socket a crashed instance left behind.
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// False when another instance on the same data folder runs and was asked to come forward.
    bool isPrimary() const { return m_primary; }
    /// Why listening failed (the app then runs without the check), empty otherwise.
    QString listenError() const { return m_listenError; }

signals:
    /// Another start on this data folder asked for the window.
    void activationRequested();

private:
    bool askRunningInstance();
    void listen();
    void acceptConnections();

    QString m_name;
    QLocalServer* m_server = nullptr;
    bool m_primary = true;
    QString m_listenError;
};

} // namespace vsys::app
