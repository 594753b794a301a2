// SPDX-License-Identifier: MIT
// DesktopEntries: what a desktop program is expected to have, kept out of the long MainWindow — its icon, ファイル →
// 設定… (before 終了) and ヘルプ → バージョン情報, with their dialogs made when first opened.
#pragma once

#include <QIcon>
#include <QObject>

class QMenu;
class QWidget;

namespace vsys::app {

class AboutDialog;
class SettingsDialog;

/// VSYS Desk's icon in the sizes resources/icons holds (the window's, the About dialog's).
QIcon appIcon();

class DesktopEntries : public QObject
{
    Q_OBJECT
public:
    /// Sets the application's icon, adds 設定… to `fileMenu` before its last entry (終了) and バージョン情報 to the end
    /// of `helpMenu`; the dialogs are `window`'s.
    DesktopEntries(QWidget& window, QMenu& fileMenu, QMenu& helpMenu);

    /// Opens バージョン情報 (made at the first call).
    AboutDialog* showAbout();
    /// Opens 設定 with the saved settings.
    SettingsDialog* showSettings();

private:
    QWidget& m_window;
    AboutDialog* m_about = nullptr;
    SettingsDialog* m_settings = nullptr;
};

} // namespace vsys::app
