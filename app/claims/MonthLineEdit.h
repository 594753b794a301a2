// SPDX-License-Identifier: MIT
// MonthLineEdit: a 請求月 or 接種月 typed as the clerk reads it, 2021/04 or 2021年4月 (core::ClaimHeaderRules
// reads it), unlike a QDateEdit whose year takes digits only while that section is selected. ↑/↓ do nothing:
// a key held down must never switch the claim shown. A month that cannot be read is not taken: the field
// says why and goes back to the month shown when it loses focus.
#pragma once

#include <QDate>
#include <QLineEdit>

namespace vsys::app {

class MonthLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MonthLineEdit(QWidget* parent = nullptr);

    QDate month() const { return m_month; }
    /// Shows `month` (any day of it) without emitting monthEdited().
    void setMonth(QDate month);

signals:
    /// The user entered another month (Enter or leaving the field); the first day of it.
    void monthEdited(QDate month);
    /// The text typed is not a month; `text` is what was typed.
    void invalidMonth(const QString& text);

private:
    void commit();

    QDate m_month;
};

} // namespace vsys::app
