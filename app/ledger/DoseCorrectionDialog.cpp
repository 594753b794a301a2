// SPDX-License-Identifier: MIT
#include "app/ledger/DoseCorrectionDialog.h"

#include "app/ledger/LedgerTableModel.h"
#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/ledger/TicketNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QString describe(const core::DoseEntry& entry)
{
    return u"%1 %2  %3  %4 %5"_s.arg(core::JapaneseFormat::day(entry.date), entry.time.toString(u"HH:mm"_s),
                                     core::TicketReader::grouped(entry.ticket), core::BillingText::label(entry.kind),
                                     core::BillingText::label(entry.age));
}

} // namespace

DoseCorrectionDialog::DoseCorrectionDialog(Mode mode, const QList<core::DoseEntry>& history, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_current(history.constLast())
    , m_history(new QTreeWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::Correct    ? tr("Correct the row")
                       : mode == Mode::Void ? tr("Withdraw the row")
                                            : tr("History of the row"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);

    m_history->setObjectName(u"historyTreeWidget"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Entered at"), tr("Desk"), tr("Entered by"), tr("Row"), tr("Reason")});
    for (const core::DoseEntry& version : history) {
        QString row = describe(version);
        if (version.voided) {
            row = tr("Withdrawn");
        }
        new QTreeWidgetItem(
            m_history,
            {version.enteredAt.isValid() ? core::JapaneseFormat::dateTime(version.enteredAt) : QString(), version.desk,
             version.enteredBy, row, version.reason});
    }
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setMaximumHeight(140);
    layout->addWidget(new QLabel(tr("History (oldest first):"), this));
    layout->addWidget(m_history);

    auto* form = new QFormLayout;
    if (mode == Mode::Correct) {
        m_date = new QDateEdit(m_current.date, this);
        m_date->setDisplayFormat(u"yyyy/MM/dd"_s);
        m_date->setObjectName(u"dateEdit"_s);
        m_time = new QTimeEdit(m_current.time, this);
        m_time->setDisplayFormat(u"HH:mm"_s);
        m_time->setObjectName(u"timeEdit"_s);
        m_ticket = new QLineEdit(m_current.ticket, this);
        m_ticket->setObjectName(u"ticketLineEdit"_s);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"kindComboBox"_s);
        m_kind->addItem(core::BillingText::label(core::DoseKind::Vaccination), int(core::DoseKind::Vaccination));
        m_kind->addItem(core::BillingText::label(core::DoseKind::ScreeningOnly), int(core::DoseKind::ScreeningOnly));
        m_kind->setCurrentIndex(m_kind->findData(int(m_current.kind)));
        m_age = new QComboBox(this);
        m_age->setObjectName(u"ageComboBox"_s);
        m_age->addItem(core::BillingText::label(core::AgeBand::SixAndOver), int(core::AgeBand::SixAndOver));
        m_age->addItem(core::BillingText::label(core::AgeBand::UnderSix), int(core::AgeBand::UnderSix));
        m_age->setCurrentIndex(m_age->findData(int(m_current.age)));
        m_form = new QComboBox(this);
        m_form->addItem(LedgerTableModel::formText(core::ScreeningForm::New), int(core::ScreeningForm::New));
        m_form->addItem(LedgerTableModel::formText(core::ScreeningForm::Old), int(core::ScreeningForm::Old));
        m_form->setCurrentIndex(m_form->findData(int(m_current.form)));
        m_sheet = new QComboBox(this);
        m_sheet->addItem(LedgerTableModel::sheetText(core::TicketSheet::Attached), int(core::TicketSheet::Attached));
        m_sheet->addItem(LedgerTableModel::sheetText(core::TicketSheet::Printed), int(core::TicketSheet::Printed));
        m_sheet->setCurrentIndex(m_sheet->findData(int(m_current.sheet)));
        form->addRow(tr("Date"), m_date);
        form->addRow(tr("Time"), m_time);
        form->addRow(tr("Ticket number"), m_ticket);
        form->addRow(tr("Kind"), m_kind);
        form->addRow(tr("Age"), m_age);
        form->addRow(tr("Screening form"), m_form);
        form->addRow(tr("Ticket"), m_sheet);
    } else if (mode == Mode::Void) {
        form->addRow(tr("Row"), new QLabel(describe(m_current), this));
    }
    if (mode != Mode::History) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"reasonLineEdit"_s);
        m_reason->setMaxLength(core::kMaxDoseReasonLength);
        m_reason->setPlaceholderText(tr("Why the row is corrected (required)"));
        form->addRow(tr("Reason"), m_reason);
    }
    layout->addLayout(form);

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(
        mode == Mode::History ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (mode != Mode::History) {
        buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Void ? tr("Withdraw") : tr("Record correction"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &DoseCorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DoseCorrectionDialog::reject);
    layout->addWidget(buttons);
    if (m_reason) {
        m_reason->setFocus();
    }
}

core::DoseEntry DoseCorrectionDialog::correction() const
{
    core::DoseEntry entry = m_current;
    entry.id.clear();
    entry.desk.clear();
    entry.enteredBy.clear();
    entry.enteredAt = {};
    entry.supersedes = m_current.id;
    entry.reason = m_reason ? m_reason->text().simplified() : QString();
    entry.voided = m_mode == Mode::Void;
    if (m_mode == Mode::Correct) {
        entry.date = m_date->date();
        entry.time = m_time->time();
        entry.ticket = core::TicketReader::normalized(m_ticket->text());
        entry.kind = core::DoseKind(m_kind->currentData().toInt());
        entry.age = core::AgeBand(m_age->currentData().toInt());
        entry.form = core::ScreeningForm(m_form->currentData().toInt());
        entry.sheet = core::TicketSheet(m_sheet->currentData().toInt());
    }
    return entry;
}

void DoseCorrectionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void DoseCorrectionDialog::accept()
{
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        showError(tr("Reason: enter why the row is corrected. The ledger keeps every version with its reason."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vsys::app
