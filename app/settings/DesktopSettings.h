// SPDX-License-Identifier: MIT
// DesktopSettings: the user's settings the 設定 dialog edits and vsysdesk reads at start — the central server's
// URL, the data folder, the font size — with their keys and checks in one place.
#pragma once

#include <QString>

class QSettings;

namespace vsys::app::DesktopSettings {

/// The central server (https://...); empty: the built-in server. Read by vsysdesk at start (its --server default).
inline constexpr char kServerUrl[] = "server/url";
/// The folder of the local database; empty: the system's place for app data. Read at start unless --data-dir.
inline constexpr char kDataFolder[] = "data/folder";
/// The font's point size; 0 or absent: the system's.
inline constexpr char kFontSize[] = "ui/fontSize";

inline constexpr int kMinFontSize = 8;
inline constexpr int kMaxFontSize = 24;

/// The data folder to use when none is given on the command line.
QString dataFolder(const QSettings& settings);
/// The system's place for the app's data (QStandardPaths::AppLocalDataLocation).
QString defaultDataFolder();

/// Why `url` cannot be the server ("Server URL: ..."), empty when it can (https:// with a host, or empty).
QString serverUrlProblem(const QString& url);
/// Why `folder` cannot hold the data ("Data folder: ..."), empty when it can (an absolute path that is a folder
/// or can be made one; empty for the default).
QString dataFolderProblem(const QString& folder);

/// The application's font at `pointSize` (0: the system's), for every widget at once.
void applyFontSize(int pointSize);
/// The saved font size applied (vsysdesk at start, before the window).
void applySavedFontSize(const QSettings& settings);

} // namespace vsys::app::DesktopSettings
