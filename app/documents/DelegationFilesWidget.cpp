// SPDX-License-Identifier: MIT
#include "app/documents/DelegationFilesWidget.h"

#include "app/documents/FileHandoff.h"
#include "core/JapaneseFormat.h"
#include "sync/DelegationDownloads.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

DelegationFilesWidget::DelegationFilesWidget(sync::DelegationDownloads& downloads,
                                             const FileHandoff& files,
                                             QWidget* parent)
    : QWidget(parent)
    , m_downloads(downloads)
    , m_files(files)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(tr("No delegation letter has been issued for this venue yet."), this))
    , m_download(new QPushButton(tr("Download"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_saveAs(new QPushButton(tr("Save as..."), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"delegationFilesWidget"_s);
    m_table->setObjectName(u"delegationFilesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("File name"), tr("Issued"), tr("Downloaded"), tr("Downloads")});
    m_table->setAccessibleName(tr("File downloads"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileNameColumn, QHeaderView::Stretch);
    // A venue gets one 委任状, rarely a few: the list need not take the page's height.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_table->setMinimumHeight(120);
    m_table->setMaximumHeight(240);
    m_empty->setObjectName(u"emptyLabel"_s);
    m_download->setObjectName(u"downloadPushButton"_s);
    m_open->setObjectName(u"openPushButton"_s);
    m_saveAs->setObjectName(u"saveAsPushButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton* button : {m_download, m_open, m_saveAs}) {
        button->setAutoDefault(false);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_download, &QPushButton::clicked, this, &DelegationFilesWidget::downloadCurrent);
    connect(m_open, &QPushButton::clicked, this, &DelegationFilesWidget::openCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &DelegationFilesWidget::saveCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DelegationFilesWidget::updateButtons);
    connect(&m_downloads, &sync::DelegationDownloads::changed, this, &DelegationFilesWidget::reload);
    connect(&m_downloads, &sync::DelegationDownloads::downloaded, this, &DelegationFilesWidget::onDownloaded);
    connect(&m_downloads, &sync::DelegationDownloads::downloadFailed, this, &DelegationFilesWidget::onFailed);
    reload();
}

void DelegationFilesWidget::reload()
{
    const QString selected = currentId();
    const auto files = m_downloads.files();
    if (!files) {
        showStatus(files.error().message, true);
    }
    const QList<sync::DelegationFile> list = files ? *files : QList<sync::DelegationFile>();
    if (m_downloads.accountId() == 0) {
        m_status->clear();
        m_requested.clear();
    }
    m_table->setRowCount(int(list.size()));
    int selectRow = list.isEmpty() ? -1 : 0;
    for (int row = 0; row < list.size(); ++row) {
        const sync::DelegationFile& file = list.at(row);
        QTableWidgetItem* name = cell(file.filename);
        name->setData(kIdRole, file.id);
        name->setData(Qt::ToolTipRole,
                      file.kept ? tr("Kept on this computer: %1").arg(QDir::toNativeSeparators(file.kept->path))
                                : tr("Not downloaded on this computer yet."));
        m_table->setItem(row, FileNameColumn, name);
        m_table->setItem(row, IssuedColumn, cell(core::JapaneseFormat::dateTime(file.issuedAt)));
        QTableWidgetItem* downloaded = cell(file.downloadedOnce() ? u"✓"_s : QString(), Qt::AlignCenter);
        downloaded->setData(Qt::AccessibleTextRole, file.downloadedOnce() ? tr("Downloaded") : tr("Not downloaded"));
        m_table->setItem(row, DownloadedColumn, downloaded);
        m_table->setItem(row, CountColumn,
                         cell(core::JapaneseFormat::times(file.downloadCount), Qt::AlignRight | Qt::AlignVCenter));
        if (file.id == selected) {
            selectRow = row;
        }
    }
    m_table->setVisible(!list.isEmpty());
    m_empty->setVisible(list.isEmpty());
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
    }
    updateButtons();
}

void DelegationFilesWidget::updateButtons()
{
    const QString id = currentId();
    bool kept = false;
    if (!id.isEmpty()) {
        const auto files = m_downloads.files();
        for (const sync::DelegationFile& file : files ? *files : QList<sync::DelegationFile>()) {
            kept = kept || (file.id == id && file.kept);
        }
    }
    m_download->setEnabled(!id.isEmpty() && !m_downloads.isDownloading(id));
    m_open->setEnabled(kept);
    m_saveAs->setEnabled(kept);
}

QString DelegationFilesWidget::currentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* name = m_table->item(selected.first()->row(), FileNameColumn);
    return name ? name->data(kIdRole).toString() : QString();
}

void DelegationFilesWidget::downloadCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    m_requested.append(id);
    showStatus(tr("Downloading..."), false);
    m_downloads.download(id);
}

void DelegationFilesWidget::onDownloaded(const QString& documentId, const QString& path)
{
    if (!m_requested.removeAll(documentId)) {
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (m_files.open(path)) {
        showStatus(tr("Downloaded %1 and opened it. Print it, stamp it with your seal and submit it to the "
                      "municipality where the vaccination venue is located.")
                       .arg(name),
                   false);
    } else {
        showStatus(
            tr("Downloaded %1 to %2, but no PDF viewer could open it.").arg(name, QDir::toNativeSeparators(path)),
            true);
    }
}

void DelegationFilesWidget::onFailed(const QString& documentId, const QString& message)
{
    if (m_requested.removeAll(documentId)) {
        showStatus(tr("The delegation letter could not be downloaded: %1").arg(message), true);
    }
}

QString DelegationFilesWidget::keptPath()
{
    const QString id = currentId();
    const auto files = m_downloads.files();
    for (const sync::DelegationFile& file : files ? *files : QList<sync::DelegationFile>()) {
        if (file.id != id || !file.kept) {
            continue;
        }
        if (!QFileInfo::exists(file.kept->path)) {
            showStatus(tr("The downloaded file is no longer on this computer. Please download it again."), true);
            return {};
        }
        return file.kept->path;
    }
    return {};
}

void DelegationFilesWidget::openCurrent()
{
    const QString path = keptPath();
    if (path.isEmpty()) {
        return;
    }
    if (m_files.open(path)) {
        showStatus(tr("Opened %1.").arg(QFileInfo(path).fileName()), false);
    } else {
        showStatus(tr("No PDF viewer could open %1.").arg(QDir::toNativeSeparators(path)), true);
    }
}

void DelegationFilesWidget::saveCurrent()
{
    const QString path = keptPath();
    if (path.isEmpty()) {
        return;
    }
    const QString target = m_files.chooseSaveLocation(this, QFileInfo(path).fileName());
    if (target.isEmpty()) {
        return;
    }
    if (const auto copied = FileHandoff::copy(path, target); !copied) {
        showStatus(copied.error().message, true);
        return;
    }
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(target)), false);
}

void DelegationFilesWidget::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_status->setText(text);
}

} // namespace vsys::app
