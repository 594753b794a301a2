// SPDX-License-Identifier: MIT
#include "app/documents/DelegationPage.h"

#include "app/documents/DelegationFilesWidget.h"
#include "app/documents/DelegationText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

DelegationPage::DelegationPage(sync::DelegationDownloads& downloads, const FileHandoff& files, QWidget* parent)
    : EditPage(parent)
{
    setObjectName(u"delegationPage"_s);
    setTitle(tr("Delegation letter (委任状)"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_back = new QPushButton(tr("< Home"), content);
    m_back->setObjectName(u"backPushButton"_s);
    m_back->setAutoDefault(false);
    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addStretch();
    layout->addLayout(header);
    auto* instructions
        = new QLabel(tr("When the ministry issues a delegation letter for the joint contract, download the PDF file, "
                        "print it and stamp it with your seal, then submit it to the municipality where the "
                        "vaccination venue is located. You can download it as often as you need, for example to "
                        "correct a mistake by hand when the ministry allowed it; each download is counted."),
                     content);
    instructions->setObjectName(u"instructionsLabel"_s);
    instructions->setWordWrap(true);
    layout->addWidget(instructions);
    auto* caption = new QLabel(tr("File downloads"), content);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    layout->addWidget(caption);
    m_files = new DelegationFilesWidget(downloads, files, content);
    layout->addWidget(m_files);
    layout->addStretch(1);
    setContent(content);
    connect(m_back, &QPushButton::clicked, this, &DelegationPage::backRequested);
}

DelegationPage::~DelegationPage()
{
    closeBeforeDestruction();
}

} // namespace vsys::app
