// SPDX-License-Identifier: MIT
#include "app/ledger/LedgerPage.h"

#include "app/common/HeaderState.h"
#include "app/ledger/ClinicHoursDialog.h"
#include "app/ledger/DoseCorrectionDialog.h"
#include "app/ledger/LedgerTableModel.h"
#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/ledger/LedgerCsv.h"
#include "core/report/VaccineCatalog.h"
#include "print/LedgerWorkbook.h"
#include "sync/SyncService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>
#include <QThread>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

constexpr auto kRefusedStyle = "color: #b00020; font-weight: bold;";

QString keyName(Qt::Key key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

/// A choice chosen by its key: the key is on the button, and the button never takes the focus from the
/// ticket field.
QPushButton* choiceButton(const QString& text, Qt::Key key, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(u"%1  [%2]"_s.arg(text, keyName(key)), parent);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAccessibleName(text);
    return button;
}

core::Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // The tickets are the residents': the file is the user's only.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        return core::Error{u"file"_s,
                           LedgerPage::tr("Could not save %1. Choose a folder you can write to and try again.")
                               .arg(QDir::toNativeSeparators(path)),
                           core::ErrorCode::Storage};
    }
    return {};
}

bool isExcel(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

LedgerPage::LedgerPage(sync::SyncService& sync, QWidget* parent)
    : EditPage(parent)
    , m_sync(sync)
    , m_model(new LedgerTableModel(this))
{
    setTitle(tr("Dose ledger"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildEntry());
    layout->addWidget(buildTable(), 1);
    layout->addWidget(buildTools());
    setContent(content);

    connect(&m_sync, &sync::SyncService::doseLedgerChanged, this, &LedgerPage::refresh);
    connect(&m_sync, &sync::SyncService::pendingCountChanged, this, &LedgerPage::refresh);
    refresh();
}

LedgerPage::~LedgerPage()
{
    closeBeforeDestruction();
}

QWidget* LedgerPage::buildEntry()
{
    auto* box = new QGroupBox(tr("Reception"), this);
    auto* grid = new QGridLayout(box);

    m_ticket = new QLineEdit(box);
    m_ticket->setObjectName(u"ticketLineEdit"_s);
    m_ticket->setAccessibleName(tr("Ticket number"));
    m_ticket->setPlaceholderText(tr("Scan or type the 18-digit line of the vaccination ticket"));
    // Digits, hyphens and spaces only: an IME left on would turn a scanner's keys into kana.
    m_ticket->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_ticket->setMaxLength(64);
    QFont big = m_ticket->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_ticket->setFont(big);
    m_ticketStatus = new QLabel(box);
    m_ticketStatus->setObjectName(u"ticketStatusLabel"_s);
    m_ticketStatus->setWordWrap(true);
    QFont status = m_ticketStatus->font();
    status.setPointSizeF(status.pointSizeF() * 1.2);
    m_ticketStatus->setFont(status);
    m_ticketStatus->setMinimumHeight(m_ticketStatus->fontMetrics().height() * 2);
    auto* ticketLabel = new QLabel(tr("Ticket number"), box);
    ticketLabel->setBuddy(m_ticket);
    grid->addWidget(ticketLabel, 0, 0);
    grid->addWidget(m_ticket, 0, 1, 1, 3);
    grid->addWidget(m_ticketStatus, 1, 1, 1, 3);
    connect(m_ticket, &QLineEdit::textChanged, this, &LedgerPage::updateTicketStatus);
    connect(m_ticket, &QLineEdit::returnPressed, this, &LedgerPage::record);

    struct Choice
    {
        QString text;
        Qt::Key key;
        QString name;
        int id;
    };
    auto addChoices = [this, box, grid](int row, int column, const QString& label, QButtonGroup*& group,
                                        const QList<Choice>& choices) {
        group = new QButtonGroup(box);
        auto* line = new QHBoxLayout;
        line->addWidget(new QLabel(label, box));
        for (const Choice& choice : choices) {
            QPushButton* button = choiceButton(choice.text, choice.key, choice.name, box);
            group->addButton(button, choice.id);
            line->addWidget(button);
            auto* shortcut = new QShortcut(QKeySequence(choice.key), this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, button, [this, button] {
                button->setChecked(true);
                updateTicketStatus();
            });
        }
        connect(group, &QButtonGroup::idClicked, this, [this] {
            updateTicketStatus();
            m_ticket->setFocus();
        });
        line->addStretch();
        grid->addLayout(line, row, column);
    };
    addChoices(2, 1, tr("Kind:"), m_kind,
               {{core::BillingText::label(core::DoseKind::Vaccination), kVaccinationKey, u"vaccinationPushButton"_s,
                 int(core::DoseKind::Vaccination)},
                {core::BillingText::label(core::DoseKind::ScreeningOnly), kScreeningOnlyKey,
                 u"screeningOnlyPushButton"_s, int(core::DoseKind::ScreeningOnly)}});
    addChoices(2, 2, tr("Age:"), m_age,
               {{core::BillingText::label(core::AgeBand::SixAndOver), kSixAndOverKey, u"sixAndOverPushButton"_s,
                 int(core::AgeBand::SixAndOver)},
                {core::BillingText::label(core::AgeBand::UnderSix), kUnderSixKey, u"underSixPushButton"_s,
                 int(core::AgeBand::UnderSix)}});
    addChoices(3, 1, tr("Screening form:"), m_form,
               {{LedgerTableModel::formText(core::ScreeningForm::New), kNewFormKey, u"newFormPushButton"_s,
                 int(core::ScreeningForm::New)},
                {LedgerTableModel::formText(core::ScreeningForm::Old), kOldFormKey, u"oldFormPushButton"_s,
                 int(core::ScreeningForm::Old)}});
    addChoices(3, 2, tr("Ticket:"), m_sheet,
               {{LedgerTableModel::sheetText(core::TicketSheet::Attached), kAttachedKey, u"attachedPushButton"_s,
                 int(core::TicketSheet::Attached)},
                {LedgerTableModel::sheetText(core::TicketSheet::Printed), kPrintedKey, u"printedPushButton"_s,
                 int(core::TicketSheet::Printed)}});
    m_form->button(int(core::ScreeningForm::New))->setChecked(true);
    m_sheet->button(int(core::TicketSheet::Attached))->setChecked(true);

    m_keysHint = new QLabel(box);
    m_keysHint->setObjectName(u"keysHintLabel"_s);
    grid->addWidget(m_keysHint, 4, 1, 1, 3);

    auto* timeLine = new QHBoxLayout;
    m_now = new QCheckBox(tr("Now"), box);
    m_now->setObjectName(u"nowCheckBox"_s);
    m_now->setChecked(true);
    m_now->setToolTip(tr("Clear to enter a row later with its own date and time"));
    m_date = new QDateEdit(box);
    m_date->setObjectName(u"entryDateEdit"_s);
    m_date->setDisplayFormat(u"yyyy/MM/dd"_s);
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(box);
    m_time->setObjectName(u"entryTimeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_date->setEnabled(false);
    m_time->setEnabled(false);
    connect(m_now, &QCheckBox::toggled, this, [this](bool now) {
        m_date->setEnabled(!now);
        m_time->setEnabled(!now);
        if (!now) {
            const auto [date, time] = entryTime();
            m_date->setDate(date);
            m_time->setTime(time);
        }
    });
    m_vaccine = new QComboBox(box);
    m_vaccine->setObjectName(u"vaccineComboBox"_s);
    for (const core::ReportVaccine& vaccine : core::VaccineCatalog::builtIn().vaccines()) {
        m_vaccine->addItem(vaccine.name, vaccine.key);
    }
    m_vaccine->setFocusPolicy(Qt::ClickFocus);
    m_record = new QPushButton(tr("Record (Enter)"), box);
    m_record->setObjectName(u"recordPushButton"_s);
    m_record->setFocusPolicy(Qt::NoFocus);
    connect(m_record, &QPushButton::clicked, this, &LedgerPage::record);
    timeLine->addWidget(new QLabel(tr("Date and time:"), box));
    timeLine->addWidget(m_now);
    timeLine->addWidget(m_date);
    timeLine->addWidget(m_time);
    timeLine->addSpacing(16);
    timeLine->addWidget(new QLabel(tr("Vaccine:"), box));
    timeLine->addWidget(m_vaccine);
    timeLine->addStretch();
    timeLine->addWidget(m_record);
    grid->addLayout(timeLine, 5, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    resetForNextPerson();
    return box;
}

QWidget* LedgerPage::buildTable()
{
    auto* box = new QGroupBox(tr("Rows of the day"), this);
    auto* layout = new QVBoxLayout(box);
    auto* filter = new QHBoxLayout;
    m_day = new QDateEdit(box);
    m_day->setObjectName(u"dayDateEdit"_s);
    m_day->setDisplayFormat(u"yyyy/MM/dd"_s);
    m_day->setCalendarPopup(true);
    m_dayCount = new QLabel(box);
    m_dayCount->setObjectName(u"dayCountLabel"_s);
    filter->addWidget(new QLabel(tr("Day shown:"), box));
    filter->addWidget(m_day);
    filter->addWidget(m_dayCount);
    filter->addStretch();
    m_correct = new QPushButton(tr("Correct..."), box);
    m_correct->setObjectName(u"correctPushButton"_s);
    m_void = new QPushButton(tr("Withdraw..."), box);
    m_void->setObjectName(u"voidPushButton"_s);
    m_history = new QPushButton(tr("History..."), box);
    m_history->setObjectName(u"historyPushButton"_s);
    for (QPushButton* button : {m_correct, m_void, m_history}) {
        button->setAutoDefault(false);
        filter->addWidget(button);
    }
    connect(m_correct, &QPushButton::clicked, this,
            [this] { openCorrection(int(DoseCorrectionDialog::Mode::Correct)); });
    connect(m_void, &QPushButton::clicked, this, [this] { openCorrection(int(DoseCorrectionDialog::Mode::Void)); });
    connect(m_history, &QPushButton::clicked, this,
            [this] { openCorrection(int(DoseCorrectionDialog::Mode::History)); });
    layout->addLayout(filter);

    m_table = new QTableView(box);
    m_table->setObjectName(u"ledgerTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    HeaderState::remember(*m_table, u"ledger"_s);
    layout->addWidget(m_table);
    connect(m_day, &QDateEdit::dateChanged, this, &LedgerPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LedgerPage::updateRowButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPage::updateRowButtons);

    m_importErrors = new QPlainTextEdit(box);
    m_importErrors->setObjectName(u"importErrorsTextEdit"_s);
    m_importErrors->setReadOnly(true);
    m_importErrors->setMaximumHeight(90);
    m_importErrors->hide();
    layout->addWidget(m_importErrors);
    return box;
}

QWidget* LedgerPage::buildTools()
{
    auto* tools = new QWidget(this);
    auto* line = new QHBoxLayout(tools);
    line->setContentsMargins(0, 0, 0, 0);
    auto* back = new QPushButton(tr("< Home"), tools);
    back->setObjectName(u"backPushButton"_s);
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, &LedgerPage::backRequested);
    auto* hours = new QPushButton(tr("Clinic hours..."), tools);
    hours->setObjectName(u"clinicHoursPushButton"_s);
    connect(hours, &QPushButton::clicked, this, &LedgerPage::editClinicHours);
    auto* import = new QPushButton(tr("Import CSV..."), tools);
    import->setObjectName(u"importPushButton"_s);
    connect(import, &QPushButton::clicked, this, &LedgerPage::chooseImport);
    auto* exportButton = new QToolButton(tools);
    exportButton->setObjectName(u"exportToolButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Ledger as Excel (.xlsx)..."), this, [this] { chooseExport(false, true); });
    menu->addAction(tr("Ledger as CSV..."), this, [this] { chooseExport(false, false); });
    menu->addAction(tr("Claim counts of the month as Excel (.xlsx)..."), this, [this] { chooseExport(true, true); });
    menu->addAction(tr("Claim counts of the month as CSV..."), this, [this] { chooseExport(true, false); });
    exportButton->setMenu(menu);
    line->addWidget(back);
    line->addStretch();
    line->addWidget(hours);
    line->addWidget(import);
    line->addWidget(exportButton);
    return tools;
}

void LedgerPage::showEvent(QShowEvent* event)
{
    EditPage::showEvent(event);
    m_ticket->setFocus();
}

void LedgerPage::showToday()
{
    const QDateTime now = core::JapaneseFormat::inJapan(m_sync.serverNow());
    m_day->setDate(now.date());
    if (m_now->isChecked()) {
        m_date->setDate(now.date());
        m_time->setTime(QTime(now.time().hour(), now.time().minute()));
    }
    refresh();
    m_ticket->setFocus();
}

void LedgerPage::refresh()
{
    m_ledger = m_sync.doseLedger();
    const QString selected = selectedEntry() ? selectedEntry()->id : QString();
    m_model->show(m_ledger, m_day->date(), m_sync.clinicHours(), m_sync.unsentDoseIds());
    m_dayCount->setText(tr("Rows: %1, vaccinations: %2")
                            .arg(core::JapaneseFormat::cases(m_model->rowCount()))
                            .arg(core::JapaneseFormat::doses([this] {
                                int count = 0;
                                for (int row = 0; row < m_model->rowCount(); ++row) {
                                    count += m_model->entry(row).kind == core::DoseKind::Vaccination ? 1 : 0;
                                }
                                return count;
                            }())));
    if (const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected); row >= 0) {
        m_table->selectRow(row);
    }
    updateTicketStatus();
}

void LedgerPage::focusField(const QString& field)
{
    if (field == u"ticket"_s) {
        m_ticket->setFocus();
    }
}

std::pair<QDate, QTime> LedgerPage::entryTime() const
{
    if (!m_now->isChecked()) {
        return {m_date->date(), QTime(m_time->time().hour(), m_time->time().minute())};
    }
    const QDateTime now = core::JapaneseFormat::inJapan(m_sync.serverNow());
    return {now.date(), QTime(now.time().hour(), now.time().minute())};
}

QString LedgerPage::earlierUseText(const core::DoseEntry& earlier) const
{
    return tr("This ticket was already used for a vaccination on %1 at %2 (desk %3). Check the ticket; if the "
              "earlier row is wrong, correct it.")
        .arg(core::JapaneseFormat::day(earlier.date), earlier.time.toString(u"HH:mm"_s), earlier.desk);
}

core::Result<core::TicketNumber> LedgerPage::check(const core::DoseEntry& entry, const QString& exceptId) const
{
    auto ticket = core::TicketReader::read(entry.ticket);
    if (!ticket) {
        return ticket;
    }
    if (entry.kind == core::DoseKind::Vaccination) {
        if (const auto earlier = m_ledger.earlierUse(ticket->digits, exceptId)) {
            return core::Error{u"ticket"_s, earlierUseText(*earlier)};
        }
    }
    return ticket;
}

void LedgerPage::showRefusal(const QString& message)
{
    m_ticketStatus->setStyleSheet(QString::fromLatin1(kRefusedStyle));
    m_ticketStatus->setText(message);
}

void LedgerPage::updateTicketStatus()
{
    const bool kindChosen = m_kind->checkedId() >= 0;
    const bool ageChosen = m_age->checkedId() >= 0;
    QStringList missing;
    if (!kindChosen) {
        missing.append(tr("kind: %1 %2 / %3 %4")
                           .arg(keyName(kVaccinationKey), core::BillingText::label(core::DoseKind::Vaccination),
                                keyName(kScreeningOnlyKey), core::BillingText::label(core::DoseKind::ScreeningOnly)));
    }
    if (!ageChosen) {
        missing.append(tr("age: %1 %2 / %3 %4")
                           .arg(keyName(kSixAndOverKey), core::BillingText::label(core::AgeBand::SixAndOver),
                                keyName(kUnderSixKey), core::BillingText::label(core::AgeBand::UnderSix)));
    }
    m_keysHint->setText(missing.isEmpty() ? tr("Enter records the row.")
                                          : tr("Choose the %1, then Enter.").arg(missing.join(tr(" and "))));

    const QString digits = core::TicketReader::normalized(m_ticket->text());
    m_ticketStatus->setStyleSheet({});
    if (digits.isEmpty()) {
        m_ticketStatus->setText(tr("Waiting for a ticket."));
        return;
    }
    static const QRegularExpression onlyDigits(u"^[0-9]*$"_s);
    if (digits.size() < 18 && onlyDigits.match(digits).hasMatch()) {
        m_ticketStatus->setText(tr("%1 of 18 digits read").arg(digits.size()));
        return;
    }
    core::DoseEntry entry;
    entry.ticket = digits;
    entry.kind = kindChosen ? core::DoseKind(m_kind->checkedId()) : core::DoseKind::Vaccination;
    const auto ticket = core::TicketReader::read(digits);
    if (!ticket) {
        showRefusal(ticket.error().message);
        return;
    }
    QString text = u"%1  %2"_s.arg(core::MunicipalityDirectory::builtIn().find(ticket->payingMunicipality)->fullName(),
                                   LedgerTableModel::doseText(ticket->doseNumber));
    if (ticket->payingMunicipality != ticket->municipality) {
        text += u"  "_s + tr("(ward %1: claimed to the city)").arg(ticket->municipality);
    }
    if (const auto checked = check(entry, {}); !checked) {
        // 予診のみ may follow a 接種 of the same ticket; until the kind is chosen it is said, not refused.
        showRefusal(text + u"\n"_s + checked.error().message);
        return;
    }
    m_ticketStatus->setText(text);
}

void LedgerPage::record()
{
    if (m_kind->checkedId() < 0 || m_age->checkedId() < 0) {
        updateTicketStatus();
        m_keysHint->setStyleSheet(QString::fromLatin1(kRefusedStyle));
        return;
    }
    core::DoseEntry entry;
    std::tie(entry.date, entry.time) = entryTime();
    entry.ticket = core::TicketReader::normalized(m_ticket->text());
    entry.kind = core::DoseKind(m_kind->checkedId());
    entry.age = core::AgeBand(m_age->checkedId());
    entry.form = core::ScreeningForm(m_form->checkedId());
    entry.sheet = core::TicketSheet(m_sheet->checkedId());
    entry.vaccine = m_vaccine->currentData().toString();
    const auto ticket = check(entry, {});
    if (!ticket) {
        // In the banner too, so the previous person's 「記録しました」 is not what the desk reads.
        showRefusal(ticket.error().message);
        showError(ticket.error());
        return;
    }
    entry.ticket = ticket->digits;
    if (const auto recorded = m_sync.recordDose(entry); !recorded) {
        showError(recorded.error());
        return;
    }
    showResult(tr("Recorded: %1 %2, %3 %4, %5")
                   .arg(core::JapaneseFormat::day(entry.date), entry.time.toString(u"HH:mm"_s),
                        core::MunicipalityDirectory::builtIn().name(ticket->payingMunicipality),
                        LedgerTableModel::doseText(ticket->doseNumber), core::BillingText::label(entry.kind)));
    if (m_day->date() != entry.date) {
        m_day->setDate(entry.date);
    }
    resetForNextPerson();
    refresh();
}

void LedgerPage::resetForNextPerson()
{
    // 区分 and 年齢 are chosen for each person, so a scanner's Enter cannot record the previous person's;
    // the 予診票's format, the ticket's form and the vaccine stay: the queue is usually the same.
    for (QButtonGroup* group : {m_kind, m_age}) {
        group->setExclusive(false);
        for (QAbstractButton* button : group->buttons()) {
            button->setChecked(false);
        }
        group->setExclusive(true);
    }
    m_keysHint->setStyleSheet({});
    m_ticket->clear();
    m_ticket->setFocus();
    updateTicketStatus();
}

std::optional<core::DoseEntry> LedgerPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->entry(rows.constFirst().row());
}

void LedgerPage::updateRowButtons()
{
    const bool selected = selectedEntry().has_value();
    m_correct->setEnabled(selected);
    m_void->setEnabled(selected);
    m_history->setEnabled(selected);
}

void LedgerPage::openCorrection(int mode)
{
    const auto entry = selectedEntry();
    if (!entry) {
        return;
    }
    const auto dialogMode = DoseCorrectionDialog::Mode(mode);
    auto* dialog = new DoseCorrectionDialog(dialogMode, m_ledger.history(entry->id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_correctionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, dialogMode, current = *entry] {
        if (dialogMode == DoseCorrectionDialog::Mode::History) {
            return;
        }
        const core::DoseEntry correction = dialog->correction();
        if (!correction.voided) {
            if (const auto checked = check(correction, current.id); !checked) {
                dialog->showError(checked.error().message);
                dialog->show();
                return;
            }
        }
        if (const auto recorded = m_sync.recordDose(correction); !recorded) {
            dialog->showError(recorded.error().message);
            dialog->show();
            return;
        }
        showResult(correction.voided ? tr("The row was withdrawn. Its history is kept.")
                                     : tr("The correction was recorded. The earlier version is kept in the history."));
        refresh();
    });
    dialog->open();
}

void LedgerPage::editClinicHours()
{
    auto* dialog
        = new ClinicHoursDialog(m_sync.clinicHours(), core::JapaneseFormat::inJapan(m_sync.serverNow()).date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_hoursDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto hours = dialog->hours();
        if (!hours) {
            return;
        }
        if (const auto saved = m_sync.setClinicHours(*hours); !saved) {
            showError(saved.error());
            return;
        }
        showResult(tr("Clinic hours saved. The time band of every row follows them."));
        refresh();
    });
    dialog->open();
}

core::Result<int> LedgerPage::importCsv(const QString& path)
{
    m_importErrors->clear();
    m_importErrors->hide();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{u"file"_s, tr("Could not read %1.").arg(QDir::toNativeSeparators(path)),
                           core::ErrorCode::Storage};
    }
    if (file.size() > kMaxImportBytes) {
        return core::Error{u"file"_s,
                           tr("%1 is larger than a day's list can be (%2 MB at most); nothing was "
                              "imported.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(kMaxImportBytes / (1024 * 1024))};
    }
    QStringList errors;
    const auto rows = core::LedgerCsv::read(file.readAll(), m_vaccine->currentData().toString(), &errors);
    // A ticket of the file already used for a 接種 in the ledger is refused like one used twice in the file.
    if (rows) {
        for (const core::DoseEntry& row : *rows) {
            if (row.kind != core::DoseKind::Vaccination) {
                continue;
            }
            if (const auto earlier = m_ledger.earlierUse(row.ticket)) {
                errors.append(u"%1: %2"_s.arg(core::TicketReader::grouped(row.ticket), earlierUseText(*earlier)));
            }
        }
    } else if (errors.isEmpty()) {
        errors.append(rows.error().message);
    }
    if (!errors.isEmpty()) {
        m_importErrors->setPlainText(errors.join(u'\n'));
        m_importErrors->show();
        return core::Error{u"file"_s,
                           tr("Nothing was imported from %1: %2 to fix (listed below the table).")
                               .arg(QFileInfo(path).fileName(), core::JapaneseFormat::cases(errors.size()))};
    }
    int recorded = 0;
    for (const core::DoseEntry& row : *rows) {
        if (const auto stored = m_sync.recordDose(row); !stored) {
            refresh();
            return core::Error{
                u"file"_s,
                tr("Stopped after %1 of %2 rows: %3").arg(recorded).arg(rows->size()).arg(stored.error().message),
                stored.error().code};
        }
        ++recorded;
    }
    refresh();
    return recorded;
}

LedgerPage::Writer LedgerPage::ledgerWriter(const QString& path) const
{
    // Copies only: the writer may run on another thread while the ledger changes here.
    QList<core::DoseEntry> rows = m_ledger.current();
    core::ClinicHours hours = m_sync.clinicHours();
    if (isExcel(path)) {
        return [path, rows = std::move(rows), hours = std::move(hours)] {
            return print::LedgerWorkbook::writeLedger(path, rows, hours);
        };
    }
    return [path, rows = std::move(rows)] { return writeFile(path, core::LedgerCsv::write(rows)); };
}

LedgerPage::Writer LedgerPage::claimWriter(const QString& path) const
{
    const QDate month(m_day->date().year(), m_day->date().month(), 1);
    core::LedgerClaim claim = m_ledger.claim(month, m_sync.clinicHours());
    if (isExcel(path)) {
        return
            [path, month, claim = std::move(claim)] { return print::LedgerWorkbook::writeClaim(path, month, claim); };
    }
    return [path, claim = std::move(claim)] { return writeFile(path, core::LedgerCsv::writeClaim(claim)); };
}

core::Result<void> LedgerPage::exportLedger(const QString& path)
{
    return ledgerWriter(path)();
}

core::Result<void> LedgerPage::exportClaim(const QString& path)
{
    return claimWriter(path)();
}

void LedgerPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), {}, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty()) {
        return;
    }
    const auto imported = importCsv(path);
    if (!imported) {
        showError(imported.error());
        return;
    }
    showResult(tr("%1 imported from %2.").arg(core::JapaneseFormat::cases(*imported), QFileInfo(path).fileName()));
}

void LedgerPage::chooseExport(bool claim, bool excel)
{
    const QDate day = m_day->date();
    const QString name = claim ? u"claim-counts-%1.%2"_s.arg(day.toString(u"yyyy-MM"_s))
                               : u"dose-ledger-%1.%2"_s.arg(day.toString(u"yyyy-MM-dd"_s));
    const QString suffix = excel ? u"xlsx"_s : u"csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name.arg(suffix),
                                                      excel ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    // A year's ledger is a large workbook: it is written on another thread, and the page says when it is done.
    auto written = std::make_shared<core::Result<void>>();
    QThread* thread
        = QThread::create([write = claim ? claimWriter(path) : ledgerWriter(path), written] { *written = write(); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, written, path] {
        if (!*written) {
            showError(written->error());
            return;
        }
        showResult(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    showResult(tr("Saving %1...").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Information);
    thread->start();
}

} // namespace vsys::app
