// SPDX-License-Identifier: MIT
#include "app/window/DesktopEntries.h"

#include "app/about/AboutDialog.h"
#include "app/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace vsys::app {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(u":/icons/vsysdesk-%1.png"_s.arg(size), QSize(size, size));
    }
    return icon;
}

DesktopEntries::DesktopEntries(QWidget& window, QMenu& fileMenu, QMenu& helpMenu)
    : QObject(&window)
    , m_window(window)
{
    // The icon of every window, set after the first frame: QIcon decodes each PNG as it is added (~ms for seven).
    QApplication::setWindowIcon(appIcon());
    auto* settings = new QAction(tr("&Settings..."), &fileMenu);
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &DesktopEntries::showSettings);
    QAction* quit = fileMenu.actions().constLast();
    fileMenu.insertAction(quit, settings);
    fileMenu.insertSeparator(quit);

    helpMenu.addSeparator();
    QAction* about = helpMenu.addAction(tr("&About VSYS Desk"), this, &DesktopEntries::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

AboutDialog* DesktopEntries::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(&m_window);
    }
    m_about->open();
    return m_about;
}

SettingsDialog* DesktopEntries::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(&m_window);
    }
    m_settings->load();
    m_settings->open();
    return m_settings;
}

} // namespace vsys::app
