// SPDX-License-Identifier: MIT
#include "app/claims/ClaimOutputsPanel.h"

#include "app/common/MessageBanner.h"

#include <QGridLayout>
#include <QHBoxLayout>
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

ClaimOutputsPanel::ClaimOutputsPanel(Checks checks, QWidget* parent)
    : QWidget(parent)
    , m_checkOutput(std::move(checks))
    , m_totals(new QLabel(this))
    , m_save(button(tr("Save"), u"savePushButton"_s, this))
    , m_pdf(button(tr("Save as PDF"), u"pdfPushButton"_s, this))
    , m_checks(new MessageBanner(this))
    , m_continue(button(tr("Print anyway"), u"continuePushButton"_s, this))
{
    m_totals->setObjectName(u"outputTotalLabel"_s);
    m_totals->setWordWrap(true);
    m_checks->setObjectName(u"checkBanner"_s);
    m_checks->hide();
    m_continue->hide();

    // The seed's order: 保存, the two 請求総括書, the two 市区町村別請求書.
    const QStringList names{u"summaryIncludingPushButton"_s, u"summaryExcludingPushButton"_s,
                            u"municipalAttachedPushButton"_s, u"municipalPrintedPushButton"_s};
    auto* pdfMenu = new QMenu(m_pdf);
    for (std::size_t i = 0; i < kOutputs.size(); ++i) {
        const core::ClaimOutput output = kOutputs.at(i);
        QPushButton* outputButton = button(outputName(output), names.at(qsizetype(i)), this);
        connect(outputButton, &QPushButton::clicked, this, [this, output] { request(output, Action::Preview); });
        m_outputs.append(outputButton);
        pdfMenu->addAction(outputName(output), this, [this, output] { request(output, Action::Pdf); });
    }
    m_pdf->setMenu(pdfMenu);
    connect(m_save, &QPushButton::clicked, this, &ClaimOutputsPanel::saveRequested);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        const QList<core::Error> warnings = m_pendingWarnings;
        dismissChecks();
        emit outputConfirmed(m_pendingOutput, m_pendingAction, warnings);
    });

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0, 2, 1);
    for (int i = 0; i < m_outputs.size(); ++i) {
        buttons->addWidget(m_outputs.at(i), i % 2, 1 + i / 2);
    }
    buttons->addWidget(m_pdf, 0, 3, 2, 1);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checks, 1);
    checkRow->addWidget(m_continue, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(checkRow);
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

void ClaimOutputsPanel::dismissChecks()
{
    m_checks->hide();
    m_continue->hide();
    m_pendingWarnings.clear();
}

QPushButton* ClaimOutputsPanel::outputButton(core::ClaimOutput output) const
{
    return m_outputs.at(qsizetype(std::find(kOutputs.begin(), kOutputs.end(), output) - kOutputs.begin()));
}

void ClaimOutputsPanel::request(core::ClaimOutput output, Action action)
{
    const QList<core::Error> warnings = m_checkOutput(output);
    if (warnings.isEmpty()) {
        dismissChecks();
        emit outputConfirmed(output, action, {});
        return;
    }
    m_pendingOutput = output;
    m_pendingAction = action;
    m_pendingWarnings = warnings;
    QStringList lines{tr("Check the following before printing %1:").arg(outputName(output))};
    for (const core::Error& warning : warnings) {
        lines << u"・"_s + warning.message;
    }
    m_checks->showMessage(lines.join(u'\n'), MessageBanner::Kind::Warning);
    m_continue->setText(action == Action::Pdf ? tr("Save as PDF anyway") : tr("Print anyway"));
    m_continue->show();
}

} // namespace vsys::app
