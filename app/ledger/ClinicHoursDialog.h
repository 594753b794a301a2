// SPDX-License-Identifier: MIT
// ClinicHoursDialog (診療時間の設定): the venue's weekly timetable, one line of ranges per weekday
// (「09:00-12:00, 13:00-17:00」), the dates without 診療時間, and whether 12/29–1/3 count as 休日. The 時間帯 of
// every ledger row follows from it. The rules of the ranges are ClinicHours's; the dialog only reads the text.
#pragma once

#include "core/Result.h"
#include "core/ledger/ClinicHours.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace vsys::app {

class ClinicHoursDialog : public QDialog
{
    Q_OBJECT
public:
    /// `today` (the server's, in Japan) is where the date picker for 休診日 starts.
    ClinicHoursDialog(const core::ClinicHours& hours, QDate today, QWidget* parent = nullptr);

    /// The hours the fields describe, or the first field that is wrong (its weekday or date named).
    core::Result<core::ClinicHours> hours() const;

    QLineEdit* dayEdit(int day) const { return m_days.at(std::size_t(day)); }
    QListWidget* closedDates() const { return m_closed; }
    QDateEdit* closedDateEdit() const { return m_closedDate; }
    QCheckBox* yearEndCheckBox() const { return m_yearEnd; }
    QLabel* errorLabel() const { return m_error; }

    /// 「09:00-12:00, 13:00-17:00」: a day's ranges as the dialog writes them.
    static QString rangesText(const QList<core::ClinicHoursRange>& ranges);
    /// 月曜日 … 日曜日 for index 0 … 6.
    static QString dayName(int day);

    void accept() override;

private:
    void addClosedDate();
    void removeClosedDate();

    std::array<QLineEdit*, 7> m_days{};
    QListWidget* m_closed;
    QDateEdit* m_closedDate;
    QCheckBox* m_yearEnd;
    QLabel* m_error;
};

} // namespace vsys::app
