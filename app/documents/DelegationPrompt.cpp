// SPDX-License-Identifier: MIT
#include "app/documents/DelegationPrompt.h"

#include "app/documents/DelegationNotice.h"
#include "app/documents/FileHandoff.h"
#include "sync/DelegationDownloads.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace vsys::app {

DelegationPrompt::DelegationPrompt(sync::SyncService& sync, const FileHandoff& files, QWidget* window)
    : QObject(window)
    , m_sync(sync)
    , m_downloads(*sync.delegations())
    , m_files(files)
    , m_window(window)
{
    connect(&m_downloads, &sync::DelegationDownloads::changed, this, &DelegationPrompt::check);
    connect(&m_downloads, &sync::DelegationDownloads::downloaded, this, &DelegationPrompt::onDownloaded);
    connect(&m_downloads, &sync::DelegationDownloads::downloadFailed, this, &DelegationPrompt::onFailed);
    connect(&m_sync, &sync::SyncService::signedInChanged, this, &DelegationPrompt::check);
    connect(&m_sync, &sync::SyncService::syncFinished, this, &DelegationPrompt::check);
    check();
}

DelegationPrompt::~DelegationPrompt()
{
    close();
}

DelegationNotice* DelegationPrompt::notice() const
{
    return m_notice;
}

void DelegationPrompt::check()
{
    if (m_downloads.accountId() != m_accountId) {
        m_accountId = m_downloads.accountId();
        m_dismissed.clear();
        close();
    }
    const auto due = m_downloads.due();
    if (m_notice) {
        // Downloaded on another computer meanwhile, or a newer one came: the popup follows.
        if (!m_notice->isDownloading() && (!due || due->id != m_notice->documentId())) {
            close();
        } else {
            return;
        }
    }
    if (!m_sync.isSignedIn() || !m_sync.account() || (m_asksAccount && !m_asksAccount(*m_sync.account()))) {
        return;
    }
    // Over another dialog the popup would hide the question asked first; it comes with the next sync.
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
        return;
    }
    if (due && !m_dismissed.contains(due->id)) {
        m_notice = new DelegationNotice(*due, m_window);
        m_notice->setAttribute(Qt::WA_DeleteOnClose);
        const QString id = due->id;
        connect(m_notice, &DelegationNotice::downloadRequested, this, [this](const QString& documentId) {
            m_notice->setDownloading(true);
            m_downloads.download(documentId);
        });
        connect(m_notice, &QDialog::rejected, this, [this, id] {
            m_dismissed.insert(id);
            m_notice.clear();
        });
        m_notice->open();
    }
}

void DelegationPrompt::close()
{
    if (m_notice) {
        m_notice->disconnect(this);
        m_notice->close();
        m_notice = nullptr;
    }
}

void DelegationPrompt::onDownloaded(const QString& documentId, const QString& path)
{
    if (!m_notice || m_notice->documentId() != documentId) {
        return;
    }
    close();
    if (m_files.open(path)) {
        emit message(tr("Downloaded %1 and opened it. Print it, stamp it with your seal and submit it to the "
                        "municipality where the vaccination venue is located.")
                         .arg(QFileInfo(path).fileName()));
    } else {
        emit message(tr("Downloaded %1 to %2, but no PDF viewer could open it.")
                         .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)));
    }
    // Another 委任状 may still wait.
    check();
}

void DelegationPrompt::onFailed(const QString& documentId, const QString& message)
{
    if (m_notice && m_notice->documentId() == documentId) {
        m_notice->showFailure(message);
    }
}

} // namespace vsys::app
