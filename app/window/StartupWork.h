// SPDX-License-Identifier: MIT
// StartupWork: what the window still does after it shows — the login and the first sync — said on the status
// line while it runs, and a signal when it is over, so that `--screenshot` waits for the work and not for a time.
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
    StartupWork(sync::SyncService& service, QStatusBar& statusBar, QObject* parent = nullptr);

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
    enum class Phase { Idle, LoggingIn, FirstSync, Finishing, Finished };
    void enter(Phase phase);
    void finishAfterThisSignal();
    void show(const QString& message);

    sync::SyncService& m_service;
    QStatusBar& m_statusBar;
    Phase m_phase = Phase::Idle;
    QString m_shown; ///< the message this class put on the status line last
};

} // namespace vsys::app
