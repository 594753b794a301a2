// SPDX-License-Identifier: MIT
#include "app/claims/ClaimOutputsPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr std::array kOutputs{core::ClaimOutput::SummaryIncludingHome, core::ClaimOutput::SummaryExcludingHome,
                              core::ClaimOutput::MunicipalAttached, core::ClaimOutput::MunicipalPrinted};

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    pushButton->setAutoDefault(false);
    return pushButton;
}

} // namespace

ClaimOutputsPanel::ClaimOutputsPanel(QWidget* parent)
    : QWidget(parent)
    , m_totals(new QLabel(this))
    , m_save(button(tr("Save"), u"savePushButton"_s, this))
    , m_pdf(button(tr("Save as PDF"), u"pdfPushButton"_s, this))
{
    m_totals->setObjectName(u"outputTotalLabel"_s);
    m_totals->setWordWrap(true);

    // The seed's order: 保存, the two 請求総括書, the two 市区町村別請求書.
    const QStringList names{u"summaryIncludingPushButton"_s, u"summaryExcludingPushButton"_s,
                            u"municipalAttachedPushButton"_s, u"municipalPrintedPushButton"_s};
    auto* pdfMenu = new QMenu(m_pdf);
    for (std::size_t i = 0; i < kOutputs.size(); ++i) {
        const core::ClaimOutput output = kOutputs.at(i);
        QPushButton* outputButton = button(outputName(output), names.at(qsizetype(i)), this);
        connect(outputButton, &QPushButton::clicked, this,
                [this, output] { emit outputRequested(output, Action::Preview); });
        m_outputs.append(outputButton);
        pdfMenu->addAction(outputName(output), this, [this, output] { emit outputRequested(output, Action::Pdf); });
    }
    m_pdf->setMenu(pdfMenu);
    connect(m_save, &QPushButton::clicked, this, &ClaimOutputsPanel::saveRequested);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0, 2, 1);
    for (int i = 0; i < m_outputs.size(); ++i) {
        buttons->addWidget(m_outputs.at(i), i % 2, 1 + i / 2);
    }
    buttons->addWidget(m_pdf, 0, 3, 2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
}

QString ClaimOutputsPanel::outputName(core::ClaimOutput output)
{
    switch (output) {
    case core::ClaimOutput::SummaryIncludingHome:
        return tr("Claim summary (including residents of the same municipality)");
    case core::ClaimOutput::SummaryExcludingHome:
        return tr("Claim summary (excluding residents of the same municipality)");
    case core::ClaimOutput::MunicipalAttached:
        return tr("Claims per municipality (ticket attached)");
    case core::ClaimOutput::MunicipalPrinted:
        return tr("Claims per municipality (no ticket attached)");
    }
    return {};
}

void ClaimOutputsPanel::setTotals(const QString& text)
{
    m_totals->setText(text);
}

QAction* ClaimOutputsPanel::pdfAction(core::ClaimOutput output) const
{
    return m_pdf->menu()->actions().at(
        qsizetype(std::find(kOutputs.begin(), kOutputs.end(), output) - kOutputs.begin()));
}

} // namespace vsys::app
