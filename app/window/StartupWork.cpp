// SPDX-License-Identifier: MIT
#include "app/window/StartupWork.h"

#include "sync/SyncService.h"

#include <QStatusBar>
#include <QTimer>

namespace vsys::app {

StartupWork::StartupWork(sync::SyncService& service, QStatusBar& statusBar, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_statusBar(statusBar)
{
    connect(&m_service, &sync::SyncService::signedInChanged, this, [this](bool signedIn) {
        if (m_phase == Phase::LoggingIn && signedIn) {
            enter(Phase::FirstSync);
        }
    });
    // A refusal shows in the login dialog; an unreachable server leaves the local data on screen. Either way
    // nothing more comes of the start.
    const auto loginEnded = [this] {
        if (m_phase == Phase::LoggingIn) {
            enter(Phase::Finished);
        }
    };
    connect(&m_service, &sync::SyncService::loginFailed, this, loginEnded);
    connect(&m_service, &sync::SyncService::authenticationRequired, this, loginEnded);
    connect(&m_service, &sync::SyncService::syncFinished, this, [this] {
        if (m_phase == Phase::FirstSync) {
            enter(Phase::Finished);
        }
    });
}

void StartupWork::loginStarted()
{
    enter(Phase::LoggingIn);
}

void StartupWork::nothingToWaitFor()
{
    // Queued: the caller's window is shown but not laid out yet.
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Idle) {
            enter(Phase::Finished);
        }
    });
}

void StartupWork::enter(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Idle:
        break;
    case Phase::LoggingIn:
        show(tr("Logging in to the server in the background. The home screen can be used now."));
        break;
    case Phase::FirstSync:
        show(tr("Logged in. Fetching the venue's data from the server in the background..."));
        break;
    case Phase::Finished:
        // A sync error shown meanwhile stays for its own time.
        if (!m_shown.isEmpty() && m_statusBar.currentMessage() == m_shown) {
            m_statusBar.clearMessage();
        }
        emit finished();
        break;
    }
}

void StartupWork::show(const QString& message)
{
    m_shown = message;
    m_statusBar.showMessage(message);
}

} // namespace vsys::app
