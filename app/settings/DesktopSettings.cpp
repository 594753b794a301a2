// SPDX-License-Identifier: MIT
#include "app/settings/DesktopSettings.h"

#include "sync/ApiAccessManager.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app::DesktopSettings {

QString dataFolder(const QSettings& settings)
{
    const QString chosen = settings.value(QLatin1StringView(kDataFolder)).toString();
    return chosen.isEmpty() ? defaultDataFolder() : chosen;
}

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString serverUrlProblem(const QString& url)
{
    if (url.isEmpty()) {
        return {};
    }
    // The rule the sync client applies to every request (https:// only), said with the field's name.
    const auto checked = sync::ApiAccessManager::checkServerUrl(QUrl(url, QUrl::StrictMode));
    return checked ? QString()
                   : QApplication::translate("DesktopSettings", "Server URL: %1").arg(checked.error().message);
}

QString dataFolderProblem(const QString& folder)
{
    if (folder.isEmpty()) {
        return {};
    }
    const QFileInfo info(folder);
    if (!info.isAbsolute()) {
        return QApplication::translate("DesktopSettings", "Data folder: enter the folder's full path, e.g. %1.")
            .arg(QDir::toNativeSeparators(defaultDataFolder()));
    }
    if (info.exists() && !info.isDir()) {
        return QApplication::translate("DesktopSettings", "Data folder: \"%1\" is a file, not a folder.")
            .arg(QDir::toNativeSeparators(folder));
    }
    return {};
}

void applyFontSize(int pointSize)
{
    // The system's font as it was before the first change: a size below the range goes back to it.
    static const QFont systemFont = QApplication::font();
    QFont font = systemFont;
    if (pointSize >= kMinFontSize) {
        font.setPointSize(std::min(pointSize, kMaxFontSize));
    }
    QApplication::setFont(font);
}

void applySavedFontSize(const QSettings& settings)
{
    const int pointSize = settings.value(QLatin1StringView(kFontSize), 0).toInt();
    if (pointSize > 0) {
        applyFontSize(pointSize);
    }
}

} // namespace vsys::app::DesktopSettings
