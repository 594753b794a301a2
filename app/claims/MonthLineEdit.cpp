// SPDX-License-Identifier: MIT
#include "app/claims/MonthLineEdit.h"

#include "core/billing/ClaimHeaderRules.h"

using namespace Qt::StringLiterals;

namespace vsys::app {

MonthLineEdit::MonthLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(u"2021/04"_s);
    // Wide enough for 「2021年12月」 in any font, narrow enough for the row it shares.
    setMaximumWidth(fontMetrics().horizontalAdvance(u"0000年00月"_s) + 24);
    connect(this, &QLineEdit::editingFinished, this, &MonthLineEdit::commit);
}

void MonthLineEdit::setMonth(QDate month)
{
    m_month = QDate(month.year(), month.month(), 1);
    setText(core::ClaimHeaderRules::monthText(m_month));
}

void MonthLineEdit::commit()
{
    const QDate typed = core::ClaimHeaderRules::parseMonth(text());
    if (!typed.isValid()) {
        const QString entered = text();
        setText(core::ClaimHeaderRules::monthText(m_month));
        emit invalidMonth(entered);
        return;
    }
    setText(core::ClaimHeaderRules::monthText(typed));
    if (typed != m_month) {
        m_month = typed;
        emit monthEdited(typed);
    }
}

} // namespace vsys::app
