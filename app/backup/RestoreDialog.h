// SPDX-License-Identifier: MIT
// RestoreDialog: 復元 — which copy to go back to: one of the backups folder's copies (the daily ones and the data
// saved before an earlier restore), or a file chosen elsewhere (a USB stick's バックアップ).
#pragma once

#include "db/LocalBackups.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>

class QListWidget;
class QPushButton;

namespace vsys::app {

class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a file elsewhere (FileHandoff::chooseFileToOpen); empty when the user cancelled.
    using FileChooser = std::function<QString(QWidget* parent)>;

    RestoreDialog(const QList<db::LocalBackup>& copies, FileChooser chooseFile, QWidget* parent = nullptr);

    /// The copy chosen once the dialog was accepted.
    QString chosenPath() const { return m_chosen; }
    QListWidget* copyList() const { return m_list; }

    /// The question before the restore: which copy, of when, what it replaces, and where the current data goes first.
    static QString confirmationText(const QString& copyPath, const QDateTime& writtenAt, const QString& backupFolder);

private:
    void chooseFile();

    QList<db::LocalBackup> m_copies;
    FileChooser m_chooseFile;
    QListWidget* m_list;
    QPushButton* m_restore;
    QString m_chosen;
};

} // namespace vsys::app
