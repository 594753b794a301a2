// SPDX-License-Identifier: MIT
// StartupWork: what the window still does after it shows — opening the local data, the login and the first
// sync — said on the status line while it runs, and a signal when it is over, so that `--screenshot` waits for
// the work and not for a time.
#pragma once

#include <QObject>
#include <QString>

class QStatusBar;

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class StartupWork : public QObject
{
    Q_OBJECT
public:
    /// Says that the local data is opening: the window's first frame comes before the databases.
    explicit StartupWork(QStatusBar& statusBar, QObject* parent = nullptr);

    /// The local data is open: what follows (the login, the first sync) is told by `service`'s signals.
    void attach(sync::SyncService& service);
    /// A login was sent: the status line says so until it is answered, then until the first sync ends.
    void loginStarted();
    /// Nothing is awaited (the home screen shows what this computer has): finished() on the next event-loop turn,
    /// after the first layout.
    void nothingToWaitFor();
    bool isFinished() const { return m_phase == Phase::Finished; }

signals:
    /// The login was refused or the first sync after it ended (successfully or not): the window shows what it
    /// will show.
    void finished();

private:
    enum class Phase { OpeningLocalData, Idle, LoggingIn, FirstSync, Finishing, Finished };
    void enter(Phase phase);
    void finishAfterThisSignal();
    void show(const QString& message);
    /// Takes this class's message off the status line, unless another one replaced it.
    void clearShown();

    QStatusBar& m_statusBar;
    Phase m_phase = Phase::OpeningLocalData;
    QString m_shown; ///< the message this class put on the status line last
};

} // namespace vsys::app
