// SPDX-License-Identifier: MIT
// DelegationNotice: the briefing's popup 「集合契約の委任状が発行されました。」 with ダウンロード and キャンセル.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace vsys::sync {
struct DelegationFile;
}

namespace vsys::app {

/// Says what to do with a new 委任状 (download, print, stamp, submit to the venue's municipality) in the
/// briefing's words. ダウンロード emits downloadRequested() and the dialog stays open until the download
/// ends (DelegationPrompt closes it, or shows why it failed); キャンセル (or Esc) rejects it.
class DelegationNotice : public QDialog
{
    Q_OBJECT
public:
    DelegationNotice(const sync::DelegationFile& file, QWidget* parent = nullptr);

    const QString& documentId() const { return m_documentId; }
    /// The download runs: the buttons wait, the dialog says so.
    void setDownloading(bool downloading);
    bool isDownloading() const { return m_downloading; }
    /// The download failed: why, and the buttons again.
    void showFailure(const QString& message);

    QPushButton* downloadButton() const { return m_download; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void downloadRequested(const QString& documentId);

private:
    QString m_documentId;
    QLabel* m_status;
    QPushButton* m_download;
    QPushButton* m_cancel;
    bool m_downloading = false;
};

} // namespace vsys::app
