// SPDX-License-Identifier: MIT
// AboutDialog (ヘルプ → バージョン情報): the icon, the name and version, where the shipped data comes from
// (総務省, 日本郵便, 内閣府, 厚生労働省) and every third-party component shipped with its licence text, read from
// the resources (resources/about/data-sources.json, resources/licenses/).
#pragma once

#include <QDialog>
#include <QJsonArray>

class QListWidget;
class QTabWidget;
class QTextBrowser;

namespace vsys::app {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* dataSources() const { return m_sources; }
    /// One entry per component, "name version" (its licence as the tooltip).
    QListWidget* components() const { return m_components; }
    /// The selected component's use, licence, provenance and full licence text.
    QTextBrowser* licenceText() const { return m_licence; }

private:
    QWidget* makeHeader();
    void showComponent(int row);

    QTabWidget* m_tabs;
    QTextBrowser* m_sources;
    QListWidget* m_components;
    QTextBrowser* m_licence;
    QJsonArray m_componentData;
};

} // namespace vsys::app
