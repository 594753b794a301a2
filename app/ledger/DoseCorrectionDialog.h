// SPDX-License-Identifier: MIT
// DoseCorrectionDialog (訂正・取消): a ledger row is never changed or deleted in place. A correction is a new
// record superseding the row, with a reason; a withdrawal (取消) is one that voids it. The dialog shows the
// row's history (every version, who and when) above the fields, and only reads what the user typed: the page
// checks the ticket and records it.
#pragma once

#include "core/ledger/DoseEntry.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;
class QTreeWidget;

namespace vsys::app {

class DoseCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Correct, ///< 訂正: every field, and the reason
        Void, ///< 取消: the reason only
        History, ///< 履歴: read only
    };

    /// `history`: every version of the row, oldest first (the last is the one shown).
    DoseCorrectionDialog(Mode mode, const QList<core::DoseEntry>& history, QWidget* parent = nullptr);

    /// The superseding record the fields describe (no id yet); the reason trimmed.
    core::DoseEntry correction() const;

    QLineEdit* ticketEdit() const { return m_ticket; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* kindComboBox() const { return m_kind; }
    QComboBox* ageComboBox() const { return m_age; }
    QTreeWidget* historyView() const { return m_history; }
    /// Says what is wrong and keeps the dialog open (the page found the ticket refused).
    void showError(const QString& message);

    void accept() override;

private:
    Mode m_mode;
    core::DoseEntry m_current;
    QTreeWidget* m_history;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_ticket = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_age = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_sheet = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error;
};

} // namespace vsys::app
