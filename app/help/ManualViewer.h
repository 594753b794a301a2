// SPDX-License-Identifier: MIT
// ManualViewer: this app's own manual (resources/help/manual, compiled in), read inside the app with its
// screenshots, or handed to the system's browser as files in the cache folder.
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace vsys::app {

class ManualViewer : public QDialog
{
    Q_OBJECT
public:
    /// The manual's first page, in the resources.
    static QUrl home();
    /// Writes the manual's pages and images under `folder` (made if missing) and returns its first page there;
    /// an empty URL when a file could not be written.
    static QUrl exportTo(const QString& folder);

    explicit ManualViewer(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace vsys::app
