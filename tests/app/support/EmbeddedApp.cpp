// SPDX-License-Identifier: MIT
#include "EmbeddedApp.h"

#include "app/documents/DelegationNotice.h"
#include "app/documents/DelegationPrompt.h"
#include "server/demo/DemoData.h"
#include "server/storage/DatabaseUrl.h"
#include "sync/MemorySecretStore.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vsys::app::test {

namespace {

constexpr int kSyncTimeoutMs = 15'000;

} // namespace

EmbeddedApp::EmbeddedApp(const QString& dataDir)
    : m_dataDir(dataDir)
{}

EmbeddedApp::~EmbeddedApp()
{
    stop();
}

QString EmbeddedApp::start(const QUrl& configuredServer)
{
    if (QString failure = openData(configuredServer); !failure.isEmpty()) {
        return failure;
    }
    window = std::make_unique<MainWindow>(*db, *session);
    return {};
}

QString EmbeddedApp::openData(const QUrl& configuredServer)
{
    auto opened = db::Database::open(QDir(m_dataDir).filePath(u"client.sqlite"_s), u"embedded-app-test"_s);
    if (!opened) {
        return opened.error().message;
    }
    db = std::move(opened).value();
    ClientSession::Options options;
    options.dataDir = m_dataDir;
    options.serverUrl = configuredServer;
    auto started = ClientSession::start(*db, options, std::make_unique<sync::MemorySecretStore>());
    if (!started) {
        return started.error().message;
    }
    session = std::move(started).value();
    return {};
}

void EmbeddedApp::stop()
{
    window.reset();
    session.reset();
    db.reset();
}

bool EmbeddedApp::loginDemo()
{
    QSignalSpy synced(&session->sync(), &sync::SyncService::syncFinished);
    const server::DemoAccount demo = server::DemoData::accounts().constFirst();
    window->login(demo.vsysId, demo.password);
    return synced.wait(kSyncTimeoutMs) && session->sync().isSignedIn();
}

void EmbeddedApp::fitLaptopScreen()
{
    const qreal scale = window->devicePixelRatioF();
    window->resize(qRound(1366 / scale), qRound(768 / scale));
}

bool EmbeddedApp::syncUntilIdle()
{
    QSignalSpy synced(&session->sync(), &sync::SyncService::syncFinished);
    // An action queued after an edit goes out in the same cycle only if the edit's answer came first.
    for (int cycle = 0; cycle < 3; ++cycle) {
        session->sync().syncNow();
        if (!synced.wait(kSyncTimeoutMs)) {
            return false;
        }
        if (session->sync().pendingCount() == 0) {
            return true;
        }
    }
    return false;
}

bool EmbeddedApp::cancelDelegationNotice()
{
    if (!QTest::qWaitFor([this] { return window->delegationPrompt()->notice() != nullptr; }, kSyncTimeoutMs)) {
        return false;
    }
    QTest::mouseClick(window->delegationPrompt()->notice()->cancelButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return window->delegationPrompt()->notice() == nullptr; })) {
        return false;
    }
    // A window manager gives the focus back to the main window when its modal dialog closes; offscreen, the
    // test does.
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get());
}

core::Result<std::unique_ptr<server::Storage>> EmbeddedApp::serverStorage() const
{
    return server::Storage::open(
        server::DatabaseUrl::sqlite(QDir(m_dataDir).filePath(u"embedded-server/vsysdesk-server.sqlite"_s)));
}

} // namespace vsys::app::test
