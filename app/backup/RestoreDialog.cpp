// SPDX-License-Identifier: MIT
#include "app/backup/RestoreDialog.h"

#include "core/JapaneseFormat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

RestoreDialog::RestoreDialog(const QList<db::LocalBackup>& copies, FileChooser chooseFile, QWidget* parent)
    : QDialog(parent)
    , m_copies(copies)
    , m_chooseFile(std::move(chooseFile))
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("Restore this copy..."), this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore"));
    auto* intro
        = new QLabel(copies.isEmpty() ? tr("There is no copy in the backups folder yet. Choose a backup file.")
                                      : tr("Choose the copy to go back to. Daily copies are taken automatically."),
                     this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"restoreCopies"_s);
    for (const db::LocalBackup& copy : copies) {
        const QString kind = copy.automatic ? tr("Daily copy") : tr("Data saved before a restore");
        m_list->addItem(u"%1    %2"_s.arg(core::JapaneseFormat::dateTime(copy.writtenAt), kind));
    }
    m_list->setCurrentRow(copies.isEmpty() ? -1 : 0);
    m_restore->setObjectName(u"restoreChosenCopy"_s);
    m_restore->setDefault(true);
    m_restore->setEnabled(!copies.isEmpty());
    connect(m_list, &QListWidget::currentRowChanged, m_restore, [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_chosen = m_copies.at(m_list->currentRow()).path;
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* fromFile = buttons->addButton(tr("Choose a file..."), QDialogButtonBox::ActionRole);
    fromFile->setObjectName(u"restoreFromFile"_s);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(fromFile, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 360);
}

void RestoreDialog::chooseFile()
{
    const QString path = m_chooseFile(this);
    if (!path.isEmpty()) {
        m_chosen = path;
        accept();
    }
}

QString
RestoreDialog::confirmationText(const QString& copyPath, const QDateTime& writtenAt, const QString& backupFolder)
{
    return tr("Restore the data on this computer from %1?\n\n"
              "It is replaced by this copy of %2: what was entered after that, including changes not yet sent to the "
              "server, will not be in the restored data.\n\n"
              "Before that, the current data is saved as a copy in %3, from where it can be restored in turn.\n\n"
              "VSYS Desk then closes; start it again to work with the restored data.")
        .arg(QDir::toNativeSeparators(copyPath), core::JapaneseFormat::dateTime(writtenAt),
             QDir::toNativeSeparators(backupFolder));
}

} // namespace vsys::app
