// SPDX-License-Identifier: MIT
// EmbeddedApp: the real app on its embedded server over HTTPS in a temporary data folder, as
// README (a) starts it, for the integration tests; and the server's database, as vsysdesk-admin
// opens it for the reviewer's actions.
#pragma once

#include "app/MainWindow.h"
#include "app/session/ClientSession.h"
#include "core/Result.h"
#include "db/Database.h"
#include "server/storage/Storage.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace vsys::app::test {

class EmbeddedApp
{
public:
    explicit EmbeddedApp(const QString& dataDir);
    ~EmbeddedApp();

    /// Opens the local database, the session (starting the embedded server) and the window; an
    /// empty string on success, else what failed. With `configuredServer` the app runs against that server
    /// instead, without starting its own: an address nothing answers at leaves it offline.
    QString start(const QUrl& configuredServer = {});
    /// The same without the window: vsysdesk opens its data after the window's first frame and attaches the
    /// window to it (MainWindow::attach).
    QString openData(const QUrl& configuredServer = {});
    /// Ends the app without closing anything, as a crash or kill -9 would.
    void stop();
    /// Logs in with the demo ID 1310000017 and waits for the first sync to finish.
    bool loginDemo();
    /// Sizes the window as a 1366×768 laptop screen shows it at the display scale the test runs at
    /// (QT_SCALE_FACTOR=1.25 leaves 1093×614 to lay out).
    void fitLaptopScreen();
    /// Sends what waits and fetches the server's changes, until nothing waits; false on timeout.
    bool syncUntilIdle();
    /// Answers キャンセル to the 委任状 popup the demo venue's 追加接種 ID gets after login, as a clerk who prints it
    /// later does; false when no popup came.
    bool cancelDelegationNotice();
    /// The embedded server's database.
    core::Result<std::unique_ptr<server::Storage>> serverStorage() const;

    std::unique_ptr<db::Database> db;
    std::unique_ptr<ClientSession> session;
    std::unique_ptr<MainWindow> window;

private:
    QString m_dataDir;
};

} // namespace vsys::app::test
