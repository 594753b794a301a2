// SPDX-License-Identifier: MIT
// DelegationFilesWidget: the ファイルダウンロード list of V-SYS (ファイル名, ダウンロード済み) for the venue's 委任状,
// with 発行日 and ダウンロード回数, and ダウンロード, 開く and 名前を付けて保存….
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vsys::sync {
class DelegationDownloads;
}

namespace vsys::app {

class FileHandoff;

/// Self-contained: it follows DelegationDownloads (the open account's documents) and reports in its own
/// status line, so the 委任状 page and the 医療機関情報 page can both show it. ダウンロード downloads again
/// (counted by the server) and opens the file; 開く and 名前を付けて保存… use the copy kept on this
/// computer, also offline.
class DelegationFilesWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column { FileNameColumn, IssuedColumn, DownloadedColumn, CountColumn, ColumnCount };

    DelegationFilesWidget(sync::DelegationDownloads& downloads, const FileHandoff& files, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

private:
    void reload();
    void updateButtons();
    QString currentId() const;
    void downloadCurrent();
    void openCurrent();
    void saveCurrent();
    void onDownloaded(const QString& documentId, const QString& path);
    void onFailed(const QString& documentId, const QString& message);
    void showStatus(const QString& text, bool error);
    /// The kept PDF of the selected document, or empty with the reason in the status line.
    QString keptPath();

    sync::DelegationDownloads& m_downloads;
    const FileHandoff& m_files;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_download;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QLabel* m_status;
    QStringList m_requested; ///< downloads started here, whose file this widget opens
};

} // namespace vsys::app
