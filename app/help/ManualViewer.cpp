// SPDX-License-Identifier: MIT
#include "app/help/ManualViewer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

const QString manualRoot = u":/help/manual"_s;

} // namespace

QUrl ManualViewer::home()
{
    return QUrl(u"qrc:/help/manual/index.html"_s);
}

QUrl ManualViewer::exportTo(const QString& folder)
{
    QDirIterator files(manualRoot, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = folder + source.mid(manualRoot.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        // A copy from an older version of the app gives way to this one's.
        QFile::remove(target);
        if (!QFile::copy(source, target)) {
            return {};
        }
        // Resources are read-only; the copy must be replaceable by the next version.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return QUrl::fromLocalFile(folder + u"/index.html"_s);
}

ManualViewer::ManualViewer(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("VSYS Desk manual"));
    m_browser->setObjectName(u"manualBrowser"_s);
    // Links to other pages of the manual stay here; an address on the web opens in the browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(home());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* homeButton = buttons->addButton(tr("Contents"), QDialogButtonBox::ActionRole);
    connect(homeButton, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace vsys::app
