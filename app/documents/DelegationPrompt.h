// SPDX-License-Identifier: MIT
// DelegationPrompt: when the popup of a new 委任状 shows — after every start and login until it was downloaded.
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QWidget;

namespace vsys::db {
struct Account;
}

namespace vsys::sync {
class DelegationDownloads;
class SyncService;
} // namespace vsys::sync

namespace vsys::app {

class DelegationNotice;
class FileHandoff;

/// The popup shows whenever the open account is signed in and its venue has a 委任状 nobody downloaded yet
/// (DelegationDownloads::due()): at sign-in from the local copy, and again as syncs bring documents. Not
/// signed in (offline, or the login dialog still asking) it waits: its one action needs the server.
/// キャンセル hides it for that 委任状 until the account is opened again (a start of the app, a login,
/// a switch of V-SYS ID): the briefing shows it at every login until the download. A download from the
/// popup opens the PDF in the system's viewer. The briefing shows it to the venue's ID for 追加接種; the
/// window says which IDs those are (setAsksAccount).
class DelegationPrompt : public QObject
{
    Q_OBJECT
public:
    DelegationPrompt(sync::SyncService& sync, const FileHandoff& files, QWidget* window);
    ~DelegationPrompt() override;

    /// Whether the popup is for `account`; every account until set.
    void setAsksAccount(std::function<bool(const db::Account&)> asks) { m_asksAccount = std::move(asks); }

    /// The popup on screen, or null.
    DelegationNotice* notice() const;
    /// Shows, keeps or closes the popup for what is due now: on every change of the documents, at sign-in
    /// and after each sync (another dialog open makes it wait for the next).
    void check();

signals:
    /// What happened to a download started from the popup, for the status line.
    void message(const QString& text);

private:
    void show(const QString& documentId);
    void close();
    void onDownloaded(const QString& documentId, const QString& path);
    void onFailed(const QString& documentId, const QString& message);

    sync::SyncService& m_sync;
    sync::DelegationDownloads& m_downloads;
    const FileHandoff& m_files;
    QWidget* m_window;
    qint64 m_accountId = 0;
    QSet<QString> m_dismissed; ///< キャンセル of the open account, in memory only
    QPointer<DelegationNotice> m_notice;
    std::function<bool(const db::Account&)> m_asksAccount;
};

} // namespace vsys::app
