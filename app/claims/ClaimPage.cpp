// SPDX-License-Identifier: MIT
#include "app/claims/ClaimPage.h"

#include "app/claims/ClaimCountsModel.h"
#include "app/claims/ClaimHeaderEditor.h"
#include "app/claims/GroupedHeaderView.h"
#include "app/claims/MunicipalityPicker.h"
#include "app/claims/ReturnedItemsDelegate.h"
#include "app/claims/ReturnedItemsModel.h"
#include "app/common/CountItemDelegate.h"
#include "app/common/CountTableView.h"
#include "app/common/HeaderState.h"
#include "core/JapaneseFormat.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"
#include "core/billing/BillingText.h"
#include "core/billing/ClaimChecks.h"
#include "core/billing/ClaimDeadline.h"
#include "db/ClaimStore.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimPrintouts.h"
#include "ui_ClaimPage.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// A claim table never needs more: a venue gives a few thousand doses a month.
constexpr int kMaxCount = 999'999;

QString amount(qint64 value)
{
    return core::JapaneseFormat::number(value);
}

} // namespace

ClaimPage::ClaimPage(db::Database& database, QWidget* parent)
    : EditPage(parent)
    , m_ui(std::make_unique<Ui::ClaimPage>())
    , m_store(std::make_unique<db::ClaimStore>(database))
    , m_municipalities(core::MunicipalityDirectory::builtIn())
    , m_attached(new ClaimCountsModel(m_claim, core::TicketSheet::Attached, m_municipalities, this))
    , m_printed(new ClaimCountsModel(m_claim, core::TicketSheet::Printed, m_municipalities, this))
    , m_header(new ClaimHeaderEditor(m_municipalities, this))
    , m_outputs(new ClaimOutputsPanel(this))
    , m_returned(new ReturnedItemsModel(m_municipalities, this))
    , m_history(new QStandardItemModel(this))
    , m_continue(new QAction(this))
    , m_fillFromLedger(new QPushButton(tr("Fill from the ledger"), this))
    , m_ledgerState(new QLabel(this))
    , m_surcharges(new QLabel(this))
{
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content);
    setTitle(tr("Claim summary and claims per municipality for the federation"));
    buildSheetTab(core::TicketSheet::Attached, m_ui->attachedTab);
    buildSheetTab(core::TicketSheet::Printed, m_ui->printedTab);

    // 台帳から入力 and what the ledger says, under the format's note that explains the old-format surcharges.
    m_fillFromLedger->setObjectName(u"fillFromLedgerPushButton"_s);
    m_fillFromLedger->setAutoDefault(false);
    m_fillFromLedger->setAccessibleName(m_fillFromLedger->text());
    m_ledgerState->setObjectName(u"ledgerStateLabel"_s);
    m_ledgerState->setWordWrap(true);
    m_surcharges->setObjectName(u"surchargeLabel"_s);
    m_surcharges->setWordWrap(true);
    m_surcharges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* ledgerRow = new QHBoxLayout;
    ledgerRow->addWidget(m_fillFromLedger);
    ledgerRow->addWidget(m_ledgerState, 1);
    const int noteIndex = m_ui->pageLayout->indexOf(m_ui->formatNoteLabel);
    m_ui->pageLayout->insertWidget(noteIndex + 1, m_surcharges);
    m_ui->pageLayout->insertLayout(noteIndex + 2, ledgerRow);
    connect(m_fillFromLedger, &QPushButton::clicked, this, &ClaimPage::fillFromLedger);

    m_ui->returnedTableView->setModel(m_returned);
    m_ui->returnedTableView->setItemDelegate(new ReturnedItemsDelegate(m_ui->returnedTableView));
    m_ui->returnedTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->returnedTableView->horizontalHeader()->setStretchLastSection(true);
    HeaderState::remember(*m_ui->returnedTableView, u"claimReturned"_s);
    connect(m_returned, &ReturnedItemsModel::itemsEdited, this, [this] {
        m_claim.returned = m_returned->items();
        claimEdited();
    });
    connect(m_returned, &ReturnedItemsModel::invalidInput, this,
            [this](const QString& message) { showResult(message, MessageBanner::Kind::Error); });
    connect(m_ui->addReturnedPushButton, &QPushButton::clicked, this, [this] {
        core::ReturnedItem item;
        item.originalClaimMonth = m_claim.claimMonth.addMonths(-1);
        item.count.municipality = m_claim.homeMunicipality;
        const int row = m_returned->addItem(item);
        m_ui->returnedTableView->setCurrentIndex(m_returned->index(row, 0));
        m_ui->returnedTableView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->removeReturnedPushButton, &QPushButton::clicked, this, &ClaimPage::removeReturnedItem);

    m_ui->institutionLayout->addWidget(m_header);
    connect(m_header, &ClaimHeaderEditor::edited, this, &ClaimPage::headerEdited);
    connect(m_header, &ClaimHeaderEditor::homePicked, this, &ClaimPage::setHomeMunicipality);
    connect(m_ui->codeLineEdit, &QLineEdit::textEdited, this, &ClaimPage::codeEdited);

    m_ui->historyTableView->setModel(m_history);
    m_ui->historyTableView->verticalHeader()->hide();
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);
    HeaderState::remember(*m_ui->historyTableView, u"claimHistory"_s);

    connect(m_ui->claimMonthEdit, &MonthLineEdit::monthEdited, this, &ClaimPage::showClaimMonth);
    connect(m_ui->vaccinationMonthEdit, &MonthLineEdit::monthEdited, this, &ClaimPage::vaccinationMonthEdited);
    for (MonthLineEdit* edit : {m_ui->claimMonthEdit, m_ui->vaccinationMonthEdit}) {
        connect(edit, &MonthLineEdit::invalidMonth, this, [this, edit](const QString& text) {
            const bool claimMonth = edit == m_ui->claimMonthEdit;
            const QString label = claimMonth ? tr("Claim month") : tr("Vaccination month");
            showError({claimMonth ? u"claim_month"_s : u"vaccination_month"_s,
                       tr("%1: %2 cannot be read as a year and month. Enter it like 2021/04 or 2021年4月.")
                           .arg(label, text)});
        });
    }

    m_ui->outputLayout->addWidget(m_outputs);
    connect(m_outputs, &ClaimOutputsPanel::saveRequested, this, &ClaimPage::flushAutosave);
    connect(m_outputs, &ClaimOutputsPanel::outputRequested, this, &ClaimPage::requestOutput);
    connect(m_continue, &QAction::triggered, this, [this] {
        const QList<core::Error> warnings = m_pendingWarnings;
        m_pendingWarnings.clear();
        clearState();
        output(m_pendingOutput, m_pendingAction, warnings);
    });
    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] {
        flushAutosave();
        emit backRequested();
    });
}

ClaimPage::~ClaimPage()
{
    closeBeforeDestruction();
}

void ClaimPage::buildSheetTab(core::TicketSheet sheet, QWidget* tab)
{
    ClaimCountsModel* model = countsModel(sheet);
    // Enter commits and moves down (CountTableView); the header groups the columns so that 合計 stays on screen.
    auto* view = new CountTableView(tab);
    view->setHorizontalHeader(new GroupedHeaderView(ClaimCountsModel::kHeaderLevelsRole, view));
    view->setObjectName(sheet == core::TicketSheet::Attached ? u"attachedTableView"_s : u"printedTableView"_s);
    view->setModel(model);
    view->setItemDelegate(new CountItemDelegate(kMaxCount, view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                          | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderState::remember(*view, view->objectName());
    view->setAccessibleName(tab->windowTitle());
    connect(model, &ClaimCountsModel::edited, this, &ClaimPage::claimEdited);

    auto* picker = new MunicipalityPicker(m_municipalities, tab);
    picker->setObjectName(sheet == core::TicketSheet::Attached ? u"attachedPicker"_s : u"printedPicker"_s);
    connect(picker, &MunicipalityPicker::municipalityPicked, this, [model, view](const QString& code) {
        const int row = model->addMunicipality(code);
        view->setCurrentIndex(model->index(row, 0));
        view->setFocus(Qt::OtherFocusReason);
    });
    auto* remove = new QPushButton(tr("Remove the selected municipality"), tab);
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this,
            [model, view] { model->removeMunicipalityRow(view->currentIndex().row()); });
    auto* addLabel = new QLabel(tr("Add residents of another municipality:"), tab);
    addLabel->setBuddy(picker->lineEdit());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addLabel);
    buttons->addWidget(picker, 1);
    buttons->addWidget(remove);
    auto* layout = static_cast<QVBoxLayout*>(tab->layout());
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    if (sheet == core::TicketSheet::Attached) {
        m_attachedView = view;
        m_attachedPicker = picker;
    } else {
        m_printedView = view;
        m_printedPicker = picker;
    }
}

void ClaimPage::open(qint64 accountId, const core::ClaimHeaderDefaults& defaults, QDate today)
{
    flushAutosave();
    m_accountId = accountId;
    m_defaults = defaults;
    // A venue in a 政令指定都市 is registered with its ward (大阪市北区); the city is the municipality that pays.
    if (const auto city = m_municipalities.cityOfWard(defaults.homeMunicipality)) {
        m_defaults.homeMunicipality = city->code;
    }
    m_today = today;
    const auto confirmed = m_store->confirmedCodes(accountId);
    m_confirmedCodes = confirmed ? *confirmed : QStringList();
    showClaimMonth(today);
}

void ClaimPage::showClaimMonth(QDate claimMonth)
{
    const QDate month(claimMonth.year(), claimMonth.month(), 1);
    if (!flushAutosave()) {
        m_ui->claimMonthEdit->setMonth(m_claim.claimMonth);
        return;
    }
    const auto saved = m_store->claim(m_accountId, month);
    if (!saved) {
        showError(saved.error());
        m_ui->claimMonthEdit->setMonth(m_claim.claimMonth);
        return;
    }
    if (*saved) {
        showClaim(**saved);
        return;
    }
    // A new month carries the header over from the latest claim: it rarely changes, and what the user corrected
    // there (代表者氏名, 施設等区分) must not be typed again every month.
    core::ClaimInstitution institution = m_defaults.institution;
    QString home = m_defaults.homeMunicipality;
    if (const auto months = m_store->claimMonths(m_accountId); months && !months->isEmpty()) {
        if (const auto latest = m_store->claim(m_accountId, months->constFirst()); latest && *latest) {
            institution = (*latest)->institution;
            home = (*latest)->homeMunicipality;
        }
    }
    showClaim(core::MonthlyClaim::start(month, home, institution));
}

void ClaimPage::showClaim(const core::MonthlyClaim& claim)
{
    m_loading = true;
    m_claim = claim;
    m_ui->claimMonthEdit->setMonth(m_claim.claimMonth);
    m_ui->vaccinationMonthEdit->setMonth(m_claim.vaccinationMonth);
    m_ui->codeLineEdit->setText(m_claim.institution.code);
    m_header->setHeader(m_claim.institution, m_claim.homeMunicipality);
    m_attached->reload();
    m_printed->reload();
    m_returned->setItems(m_claim.returned);
    m_loading = false;
    m_pendingWarnings.clear();
    resetEdits();
    updateLabels();
    updateLedger();
    reloadHistory();
}

core::Result<void> ClaimPage::saveInput()
{
    if (m_accountId == 0) {
        return {};
    }
    return m_store->save(m_accountId, m_claim, QDateTime::currentDateTimeUtc());
}

void ClaimPage::focusField(const QString& field)
{
    if (field == u"claim_month"_s) {
        m_ui->claimMonthEdit->setFocus(Qt::OtherFocusReason);
    } else if (field == u"vaccination_month"_s) {
        m_ui->vaccinationMonthEdit->setFocus(Qt::OtherFocusReason);
    } else if (field == u"institution.code"_s) {
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
    }
}

void ClaimPage::claimEdited()
{
    if (m_loading) {
        return;
    }
    markEdited();
    // The 印刷前の確認 was about what has just changed.
    if (!m_pendingWarnings.isEmpty()) {
        m_pendingWarnings.clear();
        clearState();
    }
    updateOutputTotals();
}

void ClaimPage::headerEdited()
{
    m_header->applyTo(m_claim.institution);
    claimEdited();
}

void ClaimPage::codeEdited()
{
    m_claim.institution.code = m_ui->codeLineEdit->text().trimmed();
    claimEdited();
}

void ClaimPage::vaccinationMonthEdited(QDate month)
{
    m_claim.vaccinationMonth = month;
    // The format, and with it the table's columns, follows the 接種月.
    m_attached->reload();
    m_printed->reload();
    updateLabels();
    updateLedger();
    claimEdited();
}

void ClaimPage::setHomeMunicipality(const QString& code)
{
    m_claim.homeMunicipality = code;
    if (const auto home = m_municipalities.find(code); home && m_claim.institution.prefecture != home->prefecture) {
        m_claim.institution.prefecture = home->prefecture;
    }
    m_header->setHeader(m_claim.institution, m_claim.homeMunicipality);
    m_attached->reload();
    m_printed->reload();
    updateLabels();
    claimEdited();
}

void ClaimPage::removeReturnedItem()
{
    const QModelIndex current = m_ui->returnedTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    // Named as the table shows it, so that the clerk sees which of several similar rows goes.
    QStringList cells;
    for (int column = 0; column < m_returned->columnCount(); ++column) {
        const QString text = m_returned->index(current.row(), column).data().toString();
        if (!text.isEmpty()) {
            cells << text;
        }
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove the returned item"),
        tr("Remove the returned item 「%1」? Its count is no longer claimed this month.").arg(cells.join(u"　"_s)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_returned->removeRow(current.row());
    }
}

void ClaimPage::updateLabels()
{
    const bool isNew = m_claim.format() == core::ClaimFormat::New;
    m_ui->formatLabel->setText(tr("Format: %1").arg(core::BillingText::label(m_claim.format())));
    if (const auto deadline = core::claimDeadline(m_claim.claimMonth)) {
        m_ui->deadlineLabel->setText(tr("Deadline: %1").arg(core::JapaneseFormat::date(*deadline)));
    } else {
        m_ui->deadlineLabel->setText(deadline.error().message);
    }
    m_ui->formatNoteLabel->setText(
        isNew ? tr("Enter doses given on or after 2021/12/01 on an old-style screening form in the regular columns: "
                   "their after-hours and holiday additions are not claimed on this form but from the municipality "
                   "separately.")
              : tr("Doses given up to November 2021 use the old format: after-hours and holiday additions are "
                   "claimed from the municipality separately, not on this form."));
    updateOutputTotals();
}

void ClaimPage::updateOutputTotals()
{
    // Runs on every edit, so it sums the counts without laying out the sheets; a 市区町村別請求書 output has one
    // sheet per municipality of the statement.
    const core::BillingCalculator calculator;
    const auto compute = [&](core::ClaimOutput output) {
        return calculator.compute(m_claim.claimMonth, m_claim.vaccinationMonth, m_claim.counts(output));
    };
    const auto all = compute(core::ClaimOutput::SummaryIncludingHome);
    const auto others = compute(core::ClaimOutput::SummaryExcludingHome);
    const auto attached = compute(core::ClaimOutput::MunicipalAttached);
    const auto printed = compute(core::ClaimOutput::MunicipalPrinted);
    for (const auto* computed : {&all, &others, &attached, &printed}) {
        if (!*computed) {
            m_outputs->setTotals(computed->error().message);
            return;
        }
    }
    m_outputs->setTotals(tr("Claim summary: %1 claims, %2 yen (without the institution's own municipality: %3 "
                            "claims, %4 yen). Claims per municipality: %5 sheet(s) with the ticket attached, %6 "
                            "without.")
                             .arg(amount(all->totalCount), amount(all->totalAmount), amount(others->totalCount),
                                  amount(others->totalAmount))
                             .arg(attached->municipalities.size())
                             .arg(printed->municipalities.size()));
}

void ClaimPage::reloadHistory()
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels(
        {tr("Printed at"), tr("Output"), tr("Destination"), tr("Sheets"), tr("Claims"), tr("Amount (yen)")});
    const auto prints = m_store->prints(m_accountId, m_claim.claimMonth);
    if (!prints) {
        showError(prints.error());
        return;
    }
    for (const db::ClaimPrint& print : *prints) {
        const bool toPdf = print.destination == db::ClaimPrint::Destination::Pdf;
        QList<QStandardItem*> row{
            new QStandardItem(core::JapaneseFormat::dateTime(print.printedAt)),
            new QStandardItem(ClaimOutputsPanel::outputName(print.output)),
            new QStandardItem(toPdf ? tr("PDF: %1").arg(QDir::toNativeSeparators(print.filePath)) : tr("Printer")),
            new QStandardItem(amount(print.sheets)),
            new QStandardItem(amount(print.totalCount)),
            new QStandardItem(amount(print.totalAmount))};
        for (int column = 3; column < row.size(); ++column) {
            row.at(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_history->appendRow(row);
    }
}

ClaimCountsModel* ClaimPage::countsModel(core::TicketSheet sheet) const
{
    return sheet == core::TicketSheet::Attached ? m_attached : m_printed;
}

QTableView* ClaimPage::countsView(core::TicketSheet sheet) const
{
    return sheet == core::TicketSheet::Attached ? m_attachedView : m_printedView;
}

MunicipalityPicker* ClaimPage::picker(core::TicketSheet sheet) const
{
    return sheet == core::TicketSheet::Attached ? m_attachedPicker : m_printedPicker;
}

QList<core::Error> ClaimPage::checks(core::ClaimOutput output) const
{
    std::optional<qint64> ledgerVaccinations;
    if (m_ledgerClaim) {
        ledgerVaccinations = 0;
        for (const core::ClaimLine& line : m_ledgerClaim->lines) {
            if (line.count.kind == core::DoseKind::Vaccination) {
                *ledgerVaccinations += line.count.count;
            }
        }
    }
    return core::ClaimChecks::beforePrinting(m_claim, output, m_today, m_municipalities, m_confirmedCodes,
                                             core::HolidayCalendar::builtIn(), ledgerVaccinations);
}

void ClaimPage::setLedger(const core::DoseLedger& ledger, const core::ClinicHours& hours)
{
    m_ledger = ledger;
    m_hours = hours;
    updateLedger();
}

void ClaimPage::updateLedger()
{
    m_ledgerClaim.reset();
    if (m_ledger && m_claim.vaccinationMonth.isValid()) {
        core::LedgerClaim counted = m_ledger->claim(m_claim.vaccinationMonth, m_hours);
        if (!counted.lines.isEmpty() || !counted.separateSurcharges.isEmpty()) {
            m_ledgerClaim = std::move(counted);
        }
    }
    std::optional<core::MonthlyClaim> asClaim;
    if (m_ledgerClaim) {
        asClaim = m_claim;
        asClaim->lines = m_ledgerClaim->lines;
    }
    m_attached->setLedgerCounts(asClaim);
    m_printed->setLedgerCounts(asClaim);
    for (QTableView* view : {m_attachedView, m_printedView}) {
        view->viewport()->update();
    }
    m_fillFromLedger->setVisible(m_ledger.has_value());
    m_fillFromLedger->setEnabled(m_ledgerClaim.has_value());
    const QString month = core::JapaneseFormat::month(m_claim.vaccinationMonth);
    m_ledgerState->setText(
        !m_ledger ? QString()
            : m_ledgerClaim
            ? tr("The dose ledger has the doses of %1. Counts typed over the ledger's are coloured; point at one "
                 "for the ledger's count.")
                  .arg(month)
            : tr("The dose ledger has no dose of %1.").arg(month));

    QStringList surcharges;
    if (m_ledgerClaim) {
        for (const core::OldFormSurcharge& surcharge : m_ledgerClaim->separateSurcharges) {
            const auto municipality = m_municipalities.find(surcharge.municipality);
            surcharges << tr("%1 %2 %3 %4: %5")
                              .arg(municipality ? municipality->fullName() : surcharge.municipality,
                                   core::BillingText::label(surcharge.kind), core::BillingText::label(surcharge.age),
                                   core::BillingText::label(surcharge.time),
                                   core::JapaneseFormat::cases(surcharge.count));
        }
    }
    m_surcharges->setVisible(!surcharges.isEmpty());
    const QString list = surcharges.join(tr(", "));
    m_surcharges->setText(
        surcharges.isEmpty() ? QString()
            : m_claim.format() == core::ClaimFormat::New
            ? tr("Old-style screening forms in the ledger, counted under regular hours above; claim their additions "
                 "from the municipality separately: %1")
                  .arg(list)
            : tr("After-hours and holiday doses in the ledger, counted under regular hours above; claim their "
                 "additions from the municipality separately: %1")
                  .arg(list));
}

void ClaimPage::fillFromLedger()
{
    if (!m_ledgerClaim) {
        return;
    }
    const bool typed = std::any_of(m_claim.lines.cbegin(), m_claim.lines.cend(),
                                   [](const core::ClaimLine& line) { return line.count.count != 0; });
    if (typed
        && QMessageBox::question(this, tr("Fill from the ledger"),
                                 tr("Replace the counts of both tables with the dose ledger's counts of %1?")
                                     .arg(core::JapaneseFormat::month(m_claim.vaccinationMonth)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return;
    }
    // The municipalities the clerk added keep their rows; their counts come from the ledger like every other.
    for (core::ClaimLine& line : m_claim.lines) {
        line.count.count = 0;
    }
    qint64 filled = 0;
    for (const core::ClaimLine& line : m_ledgerClaim->lines) {
        m_claim.setCount(line.sheet, line.count.municipality, line.count.kind, line.count.age, line.count.time,
                         line.count.count);
        filled += line.count.count;
    }
    m_attached->reload();
    m_printed->reload();
    claimEdited();
    showResult(tr("Filled %1 from the dose ledger (%2).")
                   .arg(core::JapaneseFormat::cases(filled), core::JapaneseFormat::month(m_claim.vaccinationMonth)));
}

void ClaimPage::requestOutput(core::ClaimOutput output, ClaimOutputsPanel::Action action)
{
    const QList<core::Error> warnings = checks(output);
    if (warnings.isEmpty()) {
        m_pendingWarnings.clear();
        clearState();
        this->output(output, action, {});
        return;
    }
    m_pendingOutput = output;
    m_pendingAction = action;
    m_pendingWarnings = warnings;
    QStringList lines{tr("Check the following before printing %1:").arg(ClaimOutputsPanel::outputName(output))};
    for (const core::Error& warning : warnings) {
        lines << u"・"_s + warning.message;
    }
    m_continue->setText(action == ClaimOutputsPanel::Action::Pdf ? tr("Save as PDF anyway") : tr("Print anyway"));
    showState(lines.join(u'\n'), MessageBanner::Kind::Warning, {m_continue});
}

void ClaimPage::output(core::ClaimOutput output, ClaimOutputsPanel::Action action, const QList<core::Error>& warnings)
{
    flushAutosave();
    // Printing past the 検証番号 warning confirms the code (a 類似コード): remembered, it is not asked again.
    const QString unconfirmed = core::ClaimChecks::unconfirmedCheckDigit(m_claim.institution.code);
    const bool askedAboutCode = std::any_of(warnings.begin(), warnings.end(), [](const core::Error& warning) {
        return warning.field == u"institution.code"_s;
    });
    if (askedAboutCode && !unconfirmed.isEmpty()) {
        if (const auto confirmed = m_store->confirmCode(m_accountId, unconfirmed, QDateTime::currentDateTimeUtc());
            confirmed) {
            m_confirmedCodes.append(unconfirmed);
        } else {
            showError(confirmed.error());
        }
    }
    const auto pages = print::ClaimPrintouts::output(m_claim, output, m_municipalities);
    if (!pages) {
        showError(pages.error());
        return;
    }
    if (action == ClaimOutputsPanel::Action::Pdf) {
        if (const QString file = exportPdf(printout(output, *pages)); !file.isEmpty()) {
            recordPrint(output, *pages, true, file, int(pages->sheets.size()));
        }
        return;
    }
    // The preview's print accepts it once the pages went to the printer; closing it prints nothing.
    if (const int printed = previewPrintout(printout(output, *pages)); printed > 0) {
        recordPrint(output, *pages, false, {}, int(pages->sheets.size()));
    }
}

Printout ClaimPage::printout(core::ClaimOutput output, const print::ClaimPages& pages)
{
    Printout printout;
    printout.title = pages.title;
    printout.fileName
        = tr("%1-%2.pdf").arg(ClaimOutputsPanel::outputName(output), core::JapaneseFormat::month(m_claim.claimMonth));
    // The sheets are plain data drawn by ClaimBatchPrinter: nothing of the page is touched, so the batch runs
    // on a worker thread with PrintoutWorker's progress and 中止.
    printout.paint = [pages](QPagedPaintDevice& device, const Printout::Progress& progress) {
        return print::ClaimBatchPrinter::print(pages.sheets, device, progress);
    };
    printout.background
        = Printout::Background{int(pages.sheets.size()), tr("Writing %1 sheets...").arg(pages.sheets.size())};
    return printout;
}

void ClaimPage::recordPrint(
    core::ClaimOutput output, const print::ClaimPages& pages, bool toPdf, const QString& filePath, int sheets)
{
    db::ClaimPrint print;
    print.claimMonth = m_claim.claimMonth;
    print.output = output;
    print.destination = toPdf ? db::ClaimPrint::Destination::Pdf : db::ClaimPrint::Destination::Printer;
    print.filePath = filePath;
    print.sheets = sheets;
    print.totalCount = pages.totalCount;
    print.totalAmount = pages.totalAmount;
    print.printedAt = QDateTime::currentDateTimeUtc();
    if (const auto recorded = m_store->recordPrint(m_accountId, print); !recorded) {
        showError(recorded.error());
        return;
    }
    reloadHistory();
}

} // namespace vsys::app
