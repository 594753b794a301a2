// SPDX-License-Identifier: MIT
// ClaimOutputsPanel: the foot of the claim screen as the seed has it, 保存 and the four output buttons
// (請求総括書出力（同一市内…を含む／含まない）, 市区町村別請求書出力（接種券貼付あり／なし）), plus 「PDFで保存」 for
// the same four, and a line summing what they would print. What an output does is the page's.
#pragma once

#include "core/billing/MonthlyClaim.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace vsys::app {

class ClaimOutputsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Preview, Pdf };

    explicit ClaimOutputsPanel(QWidget* parent = nullptr);

    static QString outputName(core::ClaimOutput output);

    /// The line summing what the outputs would print now.
    void setTotals(const QString& text);
    /// The entry of 「PDFで保存」's menu for `output`.
    QAction* pdfAction(core::ClaimOutput output) const;

signals:
    void saveRequested();
    /// The user asked for `output`: its button (Preview) or its entry of 「PDFで保存」 (Pdf).
    void outputRequested(core::ClaimOutput output, Action action);

private:
    QLabel* m_totals;
    QPushButton* m_save;
    QList<QPushButton*> m_outputs; ///< in ClaimOutput order
    QPushButton* m_pdf;
};

} // namespace vsys::app
