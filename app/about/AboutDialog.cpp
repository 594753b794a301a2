// SPDX-License-Identifier: MIT
#include "app/about/AboutDialog.h"

#include "app/window/DesktopEntries.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// The array `key` of the JSON resource `path` (built in: a missing one is a build error, caught by the tests).
QJsonArray resourceArray(const QString& path, const QString& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString escaped(const QJsonObject& object, const QString& key)
{
    return object.value(key).toString().toHtmlEscaped();
}

QString link(const QString& url)
{
    return u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_sources(new QTextBrowser(this))
    , m_components(new QListWidget(this))
    , m_licence(new QTextBrowser(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About VSYS Desk"));

    m_sources->setObjectName(u"dataSourcesBrowser"_s);
    m_sources->setOpenExternalLinks(true);
    QString html = u"<p>%1</p>"_s.arg(tr("VSYS Desk ships with the following public data:").toHtmlEscaped());
    for (const QJsonValue& value : resourceArray(u":/about/data-sources.json"_s, u"sources"_s)) {
        const QJsonObject source = value.toObject();
        html += u"<h3>%1「%2」</h3><p>%3</p><ul><li>%4: %5</li><li>%6: %7</li><li>%8: %9</li></ul>"_s.arg(
            escaped(source, u"publisher"_s), escaped(source, u"name"_s), escaped(source, u"credit"_s),
            tr("Date").toHtmlEscaped(), escaped(source, u"date"_s), tr("Used for").toHtmlEscaped(),
            escaped(source, u"use"_s), tr("Terms").toHtmlEscaped(), escaped(source, u"terms"_s));
        html += u"<p>%1</p>"_s.arg(link(source.value(u"url"_s).toString()));
    }
    m_sources->setHtml(html);

    m_components->setObjectName(u"componentList"_s);
    m_licence->setObjectName(u"licenceBrowser"_s);
    m_licence->setOpenExternalLinks(true);
    m_componentData = resourceArray(u":/licenses/components.json"_s, u"components"_s);
    for (const QJsonValue& value : std::as_const(m_componentData)) {
        const QJsonObject component = value.toObject();
        auto* item = new QListWidgetItem(
            u"%1 %2"_s.arg(component.value(u"name"_s).toString(), component.value(u"version"_s).toString()),
            m_components);
        item->setToolTip(component.value(u"licence"_s).toString());
    }
    connect(m_components, &QListWidget::currentRowChanged, this, &AboutDialog::showComponent);
    auto* licences = new QSplitter(Qt::Horizontal, this);
    licences->addWidget(m_components);
    licences->addWidget(m_licence);
    // The names whole; the text takes the rest.
    m_components->setMinimumWidth(m_components->sizeHintForColumn(0) + 2 * m_components->frameWidth() + 8);
    licences->setStretchFactor(1, 1);
    m_components->setCurrentRow(0);

    m_tabs->setObjectName(u"aboutTabs"_s);
    m_tabs->addTab(m_sources, tr("Data sources"));
    m_tabs->addTab(licences, tr("Third-party licences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeader());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    QSize size(820, 560);
    if (const QScreen* shown = screen()) {
        size = size.boundedTo(shown->availableGeometry().size() * 9 / 10);
    }
    resize(size);
}

QWidget* AboutDialog::makeHeader()
{
    auto* header = new QWidget(this);
    auto* icon = new QLabel(header);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto* name = new QLabel(u"<b style=\"font-size:x-large\">VSYS Desk</b>"_s, header);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(VSYS_VERSION)), header);
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* purpose = new QLabel(
        tr("The desk of a workplace COVID-19 booster vaccination venue: applications, plans, the dose ledger and "
           "claims, with V-SYS."),
        header);
    purpose->setWordWrap(true);
    auto* texts = new QVBoxLayout;
    texts->addWidget(name);
    texts->addWidget(version);
    texts->addWidget(purpose);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    return header;
}

void AboutDialog::showComponent(int row)
{
    if (row < 0 || row >= m_componentData.size()) {
        m_licence->clear();
        return;
    }
    const QJsonObject component = m_componentData.at(row).toObject();
    QString html = u"<h3>%1 %2</h3><ul><li>%3: %4</li><li>%5: %6</li><li>%7: %8</li><li>%9</li></ul>"_s.arg(
        escaped(component, u"name"_s), escaped(component, u"version"_s), tr("Used for").toHtmlEscaped(),
        escaped(component, u"use"_s), tr("Licence").toHtmlEscaped(), escaped(component, u"licence"_s),
        tr("Text from").toHtmlEscaped(), escaped(component, u"from"_s),
        link(component.value(u"homepage"_s).toString()));
    for (const QJsonValue& file : component.value(u"files"_s).toArray()) {
        // Wrapped: the texts' lines are up to 80 characters, wider than the dialog at a laptop's size.
        html += u"<hr><pre style=\"white-space: pre-wrap\">%1</pre>"_s.arg(
            resourceText(u":/licenses/"_s + file.toString()).toHtmlEscaped());
    }
    m_licence->setHtml(html);
    m_licence->moveCursor(QTextCursor::Start);
}

} // namespace vsys::app
