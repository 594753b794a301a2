// SPDX-License-Identifier: MIT
#include "app/documents/DelegationNotice.h"

#include "app/documents/DelegationText.h"
#include "core/JapaneseFormat.h"
#include "sync/DelegationDownloads.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DelegationNotice::DelegationNotice(const sync::DelegationFile& file, QWidget* parent)
    : QDialog(parent)
    , m_documentId(file.id)
    , m_status(new QLabel(this))
{
    setObjectName(u"delegationNotice"_s);
    setWindowTitle(tr("Delegation letter"));
    setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(this);
    QLabel* headline = paragraph(DelegationText::issued(), this);
    headline->setObjectName(u"headlineLabel"_s);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);
    layout->addWidget(paragraph(DelegationText::instructions(), this));
    layout->addWidget(paragraph(DelegationText::anyTime(), this));
    QLabel* fileLabel
        = paragraph(tr("File: %1 (issued %2)").arg(file.filename, core::JapaneseFormat::dateTime(file.issuedAt)), this);
    fileLabel->setObjectName(u"fileLabel"_s);
    layout->addWidget(fileLabel);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_download = buttons->addButton(tr("Download"), QDialogButtonBox::AcceptRole);
    m_download->setObjectName(u"downloadPushButton"_s);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelPushButton"_s);
    m_download->setDefault(true);
    layout->addWidget(buttons);
    connect(m_download, &QPushButton::clicked, this, [this] { emit downloadRequested(m_documentId); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);
}

void DelegationNotice::setDownloading(bool downloading)
{
    m_downloading = downloading;
    m_download->setEnabled(!downloading);
    if (downloading) {
        m_status->setStyleSheet({});
        m_status->setText(tr("Downloading..."));
        m_status->show();
    }
}

void DelegationNotice::showFailure(const QString& message)
{
    setDownloading(false);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->setText(tr("The delegation letter could not be downloaded: %1").arg(message));
    m_status->show();
}

} // namespace vsys::app
