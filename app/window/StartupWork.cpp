// SPDX-License-Identifier: MIT
#include "app/window/StartupWork.h"

#include "sync/SyncService.h"

#include <QStatusBar>
#include <QTimer>

namespace vsys::app {

StartupWork::StartupWork(QStatusBar& statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    show(tr("Opening the data on this computer..."));
}

void StartupWork::attach(sync::SyncService& service)
{
    enter(Phase::Idle);
    connect(&service, &sync::SyncService::signedInChanged, this, [this](bool signedIn) {
        if (m_phase == Phase::LoggingIn && signedIn) {
            enter(Phase::FirstSync);
        }
    });
    // A refusal shows in the login dialog; an unreachable server leaves the local data on screen. Either way
    // nothing more comes of the start.
    const auto loginEnded = [this] {
        if (m_phase == Phase::LoggingIn) {
            finishAfterThisSignal();
        }
    };
    connect(&service, &sync::SyncService::loginFailed, this, loginEnded);
    connect(&service, &sync::SyncService::authenticationRequired, this, loginEnded);
    connect(&service, &sync::SyncService::syncFinished, this, [this] {
        if (m_phase == Phase::FirstSync) {
            finishAfterThisSignal();
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
    finishAfterThisSignal();
}

void StartupWork::finishAfterThisSignal()
{
    // This class is connected first, so the window's own answers to the same signal (the home screen's
    // 対応が必要なこと after the first sync, say) have not run yet: finished() comes after them, and what is queued
    // on it (the screenshot) after the widgets they added, which show on a queued call of their own.
    m_phase = Phase::Finishing;
    QTimer::singleShot(0, this, [this] {
        if (m_phase == Phase::Finishing) {
            enter(Phase::Finished);
        }
    });
}

void StartupWork::enter(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::OpeningLocalData:
    case Phase::Finishing:
        break;
    case Phase::Idle:
        // The local data is open; the login, if any, says so next.
        clearShown();
        break;
    case Phase::LoggingIn:
        show(tr("Logging in to the server in the background. The home screen can be used now."));
        break;
    case Phase::FirstSync:
        show(tr("Logged in. Fetching the venue's data from the server in the background..."));
        break;
    case Phase::Finished:
        clearShown();
        emit finished();
        break;
    }
}

void StartupWork::clearShown()
{
    // A sync error shown meanwhile stays for its own time.
    if (!m_shown.isEmpty() && m_statusBar.currentMessage() == m_shown) {
        m_statusBar.clearMessage();
    }
    m_shown.clear();
}

void StartupWork::show(const QString& message)
{
    m_shown = message;
    m_statusBar.showMessage(message);
}

} // namespace vsys::app
