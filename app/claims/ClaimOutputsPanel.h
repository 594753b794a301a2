// SPDX-License-Identifier: MIT
// ClaimOutputsPanel: the foot of the claim screen as the seed has it, 保存 and the four output buttons
// (請求総括書出力（同一市内…を含む／含まない）, 市区町村別請求書出力（接種券貼付あり／なし）), plus 「PDFで保存」 for
// the same four. An output first shows the 印刷前の確認 when there is something to check, with 「このまま印刷する」;
// what printing it means is the page's (outputConfirmed).
#pragma once

#include "core/Result.h"
#include "core/billing/MonthlyClaim.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace vsys::app {

class MessageBanner;

class ClaimOutputsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Preview, Pdf };
    /// The warnings printing an output now would show (core::ClaimChecks).
    using Checks = std::function<QList<core::Error>(core::ClaimOutput)>;

    ClaimOutputsPanel(Checks checks, QWidget* parent = nullptr);

    static QString outputName(core::ClaimOutput output);

    /// The line summing what the outputs would print now.
    void setTotals(const QString& text);
    /// Takes the 印刷前の確認 away: what it was about changed.
    void dismissChecks();

    QPushButton* outputButton(core::ClaimOutput output) const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* pdfButton() const { return m_pdf; }
    MessageBanner* checkBanner() const { return m_checks; }
    QPushButton* continueButton() const { return m_continue; }

    /// As a click on the output's button (Preview) or its entry of 「PDFで保存」 (Pdf).
    void request(core::ClaimOutput output, Action action);

signals:
    void saveRequested();
    /// Print or save `output`: nothing to check, or the user chose to go past `warnings`.
    void outputConfirmed(core::ClaimOutput output, Action action, const QList<core::Error>& warnings);

private:
    Checks m_checkOutput;
    QLabel* m_totals;
    QPushButton* m_save;
    QList<QPushButton*> m_outputs; ///< in ClaimOutput order
    QPushButton* m_pdf;
    MessageBanner* m_checks;
    QPushButton* m_continue;
    core::ClaimOutput m_pendingOutput = core::ClaimOutput::SummaryIncludingHome;
    Action m_pendingAction = Action::Preview;
    QList<core::Error> m_pendingWarnings;
};

} // namespace vsys::app
