// SPDX-License-Identifier: MIT
#include "app/claims/ClaimPage.h"

#include "app/claims/ClaimCountsModel.h"
#include "app/claims/MunicipalityPicker.h"
#include "app/claims/ReturnedItemsDelegate.h"
#include "app/claims/ReturnedItemsModel.h"
#include "app/common/CountItemDelegate.h"
#include "app/common/MessageBanner.h"
#include "core/JapaneseFormat.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"
#include "core/billing/BillingText.h"
#include "core/billing/ClaimChecks.h"
#include "core/billing/ClaimDeadline.h"
#include "db/ClaimStore.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimSheet.h"
#include "print/ClaimSummaryDocument.h"
#include "print/MunicipalityClaimDocument.h"
#include "print/PrintStyle.h"
#include "ui_ClaimPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// At most this long between a keystroke and its autosave: a crash loses no more (ui-guidelines.md).
constexpr int kAutosaveDelayMs = 500;
/// A claim table never needs more: a venue gives a few thousand doses a month.
constexpr int kMaxCount = 999'999;

QString amount(qint64 value)
{
    return core::JapaneseFormat::number(value);
}

QString outputName(core::ClaimOutput output)
{
    switch (output) {
    case core::ClaimOutput::SummaryIncludingHome:
        return ClaimPage::tr("Claim summary (including residents of the same municipality)");
    case core::ClaimOutput::SummaryExcludingHome:
        return ClaimPage::tr("Claim summary (excluding residents of the same municipality)");
    case core::ClaimOutput::MunicipalAttached:
        return ClaimPage::tr("Claims per municipality (ticket attached)");
    case core::ClaimOutput::MunicipalPrinted:
        return ClaimPage::tr("Claims per municipality (no ticket attached)");
    }
    return {};
}

bool isSummary(core::ClaimOutput output)
{
    return output == core::ClaimOutput::SummaryIncludingHome || output == core::ClaimOutput::SummaryExcludingHome;
}

} // namespace

ClaimPage::ClaimPage(db::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClaimPage>())
    , m_store(std::make_unique<db::ClaimStore>(database))
    , m_municipalities(core::MunicipalityDirectory::builtIn())
    , m_attached(new ClaimCountsModel(m_claim, core::TicketSheet::Attached, m_municipalities, this))
    , m_printed(new ClaimCountsModel(m_claim, core::TicketSheet::Printed, m_municipalities, this))
    , m_returned(new ReturnedItemsModel(m_municipalities, this))
    , m_history(new QStandardItemModel(this))
    , m_saveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->messageBanner->hide();
    m_ui->checkBanner->hide();
    m_ui->continuePushButton->hide();
    buildSheetTab(core::TicketSheet::Attached, m_ui->attachedTab);
    buildSheetTab(core::TicketSheet::Printed, m_ui->printedTab);

    m_ui->returnedTableView->setModel(m_returned);
    m_ui->returnedTableView->setItemDelegate(new ReturnedItemsDelegate(m_ui->returnedTableView));
    m_ui->returnedTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->returnedTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_returned, &ReturnedItemsModel::itemsEdited, this, [this] {
        m_claim.returned = m_returned->items();
        claimEdited();
    });
    connect(m_returned, &ReturnedItemsModel::invalidInput, this,
            [this](const QString& message) { m_ui->messageBanner->showMessage(message, MessageBanner::Kind::Error); });
    connect(m_ui->addReturnedPushButton, &QPushButton::clicked, this, [this] {
        core::ReturnedItem item;
        item.originalClaimMonth = m_claim.claimMonth.addMonths(-1);
        item.count.municipality = m_claim.homeMunicipality;
        const int row = m_returned->addItem(item);
        m_ui->returnedTableView->setCurrentIndex(m_returned->index(row, 0));
        m_ui->returnedTableView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->removeReturnedPushButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->returnedTableView->currentIndex();
        if (current.isValid()) {
            m_returned->removeRow(current.row());
        }
    });

    m_homePicker = new MunicipalityPicker(m_municipalities, m_ui->institutionTab);
    m_homePicker->setObjectName(u"homePicker"_s);
    m_ui->homeLayout->addWidget(m_homePicker);
    connect(m_homePicker, &MunicipalityPicker::municipalityPicked, this, &ClaimPage::setHomeMunicipality);
    for (QLineEdit* edit : {m_ui->addressLineEdit, m_ui->representativeLineEdit, m_ui->phoneLineEdit,
                            m_ui->facilityTypeLineEdit, m_ui->codeLineEdit, m_ui->nameLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ClaimPage::institutionEdited);
    }

    m_ui->historyTableView->setModel(m_history);
    m_ui->historyTableView->verticalHeader()->hide();
    m_ui->historyTableView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->claimMonthEdit, &QDateEdit::dateChanged, this, [this](QDate month) {
        if (!m_loading) {
            showClaimMonth(month);
        }
    });
    connect(m_ui->vaccinationMonthEdit, &QDateEdit::dateChanged, this, &ClaimPage::vaccinationMonthEdited);
    for (QRadioButton* button : {m_ui->summaryIncludingRadioButton, m_ui->summaryExcludingRadioButton,
                                 m_ui->municipalAttachedRadioButton, m_ui->municipalPrintedRadioButton}) {
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked) {
                m_ui->checkBanner->hide();
                m_ui->continuePushButton->hide();
                updateOutputTotal();
            }
        });
    }
    connect(m_ui->printPushButton, &QPushButton::clicked, this, [this] { request(Action::Preview); });
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, [this] { request(Action::Pdf); });
    connect(m_ui->continuePushButton, &QPushButton::clicked, this, [this] {
        m_ui->checkBanner->hide();
        m_ui->continuePushButton->hide();
        perform(m_pendingAction);
    });
    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] {
        saveNow();
        emit backRequested();
    });

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ClaimPage::saveNow);
}

ClaimPage::~ClaimPage()
{
    if (m_dirty) {
        saveNow();
    }
}

void ClaimPage::buildSheetTab(core::TicketSheet sheet, QWidget* tab)
{
    ClaimCountsModel* model = countsModel(sheet);
    auto* view = new QTableView(tab);
    view->setObjectName(sheet == core::TicketSheet::Attached ? u"attachedTableView"_s : u"printedTableView"_s);
    view->setModel(model);
    view->setItemDelegate(new CountItemDelegate(kMaxCount, view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                          | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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

void ClaimPage::open(qint64 accountId,
                     const core::ClaimInstitution& institution,
                     const QString& homeMunicipality,
                     QDate today)
{
    if (m_dirty) {
        saveNow();
    }
    m_accountId = accountId;
    m_defaultInstitution = institution;
    // A venue in a 政令指定都市 is registered with its ward (大阪市北区); the city is the municipality that pays.
    const auto city = m_municipalities.cityOfWard(homeMunicipality);
    m_defaultHome = city ? city->code : homeMunicipality;
    m_today = today;
    m_ui->messageBanner->hide();
    showClaimMonth(today);
}

void ClaimPage::showClaimMonth(QDate claimMonth)
{
    const QDate month(claimMonth.year(), claimMonth.month(), 1);
    if (m_dirty && !saveNow()) {
        return;
    }
    const auto saved = m_store->claim(m_accountId, month);
    if (!saved) {
        m_ui->messageBanner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return;
    }
    if (*saved) {
        showClaim(**saved);
        return;
    }
    // A new month carries the header over from the latest claim: it rarely changes, and what the user corrected
    // there (代表者氏名, 施設等区分) must not be typed again every month.
    core::ClaimInstitution institution = m_defaultInstitution;
    QString home = m_defaultHome;
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
    m_ui->claimMonthEdit->setDate(m_claim.claimMonth);
    m_ui->vaccinationMonthEdit->setDate(m_claim.vaccinationMonth);
    m_ui->addressLineEdit->setText(m_claim.institution.address);
    m_ui->representativeLineEdit->setText(m_claim.institution.representative);
    m_ui->phoneLineEdit->setText(m_claim.institution.phone);
    m_ui->facilityTypeLineEdit->setText(m_claim.institution.facilityType);
    m_ui->codeLineEdit->setText(m_claim.institution.code);
    m_ui->nameLineEdit->setText(m_claim.institution.name);
    m_attached->reload();
    m_printed->reload();
    m_returned->setItems(m_claim.returned);
    m_loading = false;
    m_dirty = false;
    m_ui->checkBanner->hide();
    m_ui->continuePushButton->hide();
    updateLabels();
    reloadHistory();
}

bool ClaimPage::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_accountId == 0) {
        return true;
    }
    if (const auto saved = m_store->save(m_accountId, m_claim, QDateTime::currentDateTimeUtc()); !saved) {
        m_ui->messageBanner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_dirty = false;
    return true;
}

void ClaimPage::hideEvent(QHideEvent* event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void ClaimPage::claimEdited()
{
    if (m_loading) {
        return;
    }
    m_dirty = true;
    if (!m_saveTimer->isActive()) {
        m_saveTimer->start();
    }
    m_ui->checkBanner->hide();
    m_ui->continuePushButton->hide();
    updateOutputTotal();
}

void ClaimPage::institutionEdited()
{
    m_claim.institution.address = m_ui->addressLineEdit->text().trimmed();
    m_claim.institution.representative = m_ui->representativeLineEdit->text().trimmed();
    m_claim.institution.phone = m_ui->phoneLineEdit->text().trimmed();
    m_claim.institution.facilityType = m_ui->facilityTypeLineEdit->text().trimmed();
    m_claim.institution.code = m_ui->codeLineEdit->text().trimmed();
    m_claim.institution.name = m_ui->nameLineEdit->text().trimmed();
    claimEdited();
}

void ClaimPage::vaccinationMonthEdited(QDate month)
{
    if (m_loading) {
        return;
    }
    m_claim.vaccinationMonth = QDate(month.year(), month.month(), 1);
    // The format, and with it the table's columns, follows the 接種月.
    m_attached->reload();
    m_printed->reload();
    updateLabels();
    claimEdited();
}

void ClaimPage::setHomeMunicipality(const QString& code)
{
    m_claim.homeMunicipality = code;
    if (const auto home = m_municipalities.find(code); home && m_claim.institution.prefecture != home->prefecture) {
        m_claim.institution.prefecture = home->prefecture;
    }
    m_attached->reload();
    m_printed->reload();
    updateLabels();
    claimEdited();
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
    const QString homeName = m_municipalities.name(m_claim.homeMunicipality);
    m_ui->homeValueLabel->setText(
        homeName.isEmpty()
            ? tr("Not set: choose the municipality where the institution is located.")
            : u"%1（%2）　%3"_s.arg(homeName, m_claim.homeMunicipality,
                                    print::ClaimSummaryDocument::addressee(m_claim.institution.prefecture)));
    updateOutputTotal();
}

void ClaimPage::updateOutputTotal()
{
    // Runs on every edit, so it sums the counts without laying out the sheets; a 市区町村別請求書 output has one
    // sheet per municipality of the statement.
    const core::ClaimOutput output = selectedOutput();
    const auto computed = statement(output);
    if (!computed) {
        m_ui->outputTotalLabel->setText(computed.error().message);
        return;
    }
    const qsizetype sheets = isSummary(output) ? 1 : computed->municipalities.size();
    m_ui->outputTotalLabel->setText(tr("%1 sheet(s): %2 claims, %3 yen")
                                        .arg(sheets)
                                        .arg(amount(computed->totalCount), amount(computed->totalAmount)));
}

void ClaimPage::reloadHistory()
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels(
        {tr("Printed at"), tr("Output"), tr("Destination"), tr("Sheets"), tr("Claims"), tr("Amount (yen)")});
    const auto prints = m_store->prints(m_accountId, m_claim.claimMonth);
    if (!prints) {
        m_ui->messageBanner->showMessage(prints.error().message, MessageBanner::Kind::Error);
        return;
    }
    for (const db::ClaimPrint& print : *prints) {
        const bool toPdf = print.destination == db::ClaimPrint::Destination::Pdf;
        QList<QStandardItem*> row{
            new QStandardItem(core::JapaneseFormat::dateTime(print.printedAt)),
            new QStandardItem(outputName(print.output)),
            new QStandardItem(toPdf ? tr("PDF: %1").arg(QDir::toNativeSeparators(print.filePath)) : tr("Printer")),
            new QStandardItem(amount(print.sheets)),
            new QStandardItem(amount(print.totalCount)),
            new QStandardItem(amount(print.totalAmount))};
        for (int column = 3; column < row.size(); ++column) {
            row.at(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_history->appendRow(row);
    }
    m_ui->historyTableView->resizeColumnsToContents();
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

MessageBanner* ClaimPage::messageBanner() const
{
    return m_ui->messageBanner;
}

MessageBanner* ClaimPage::checkBanner() const
{
    return m_ui->checkBanner;
}

core::ClaimOutput ClaimPage::selectedOutput() const
{
    if (m_ui->summaryExcludingRadioButton->isChecked()) {
        return core::ClaimOutput::SummaryExcludingHome;
    }
    if (m_ui->municipalAttachedRadioButton->isChecked()) {
        return core::ClaimOutput::MunicipalAttached;
    }
    if (m_ui->municipalPrintedRadioButton->isChecked()) {
        return core::ClaimOutput::MunicipalPrinted;
    }
    return core::ClaimOutput::SummaryIncludingHome;
}

void ClaimPage::selectOutput(core::ClaimOutput output)
{
    switch (output) {
    case core::ClaimOutput::SummaryIncludingHome:
        m_ui->summaryIncludingRadioButton->setChecked(true);
        break;
    case core::ClaimOutput::SummaryExcludingHome:
        m_ui->summaryExcludingRadioButton->setChecked(true);
        break;
    case core::ClaimOutput::MunicipalAttached:
        m_ui->municipalAttachedRadioButton->setChecked(true);
        break;
    case core::ClaimOutput::MunicipalPrinted:
        m_ui->municipalPrintedRadioButton->setChecked(true);
        break;
    }
}

QList<core::Error> ClaimPage::checks(core::ClaimOutput output) const
{
    return core::ClaimChecks::beforePrinting(m_claim, output, m_today, m_municipalities);
}

core::Result<core::BillingStatement> ClaimPage::statement(core::ClaimOutput output) const
{
    return core::BillingCalculator().compute(m_claim.claimMonth, m_claim.vaccinationMonth, m_claim.counts(output));
}

core::Result<ClaimPage::Prepared> ClaimPage::prepare(core::ClaimOutput output) const
{
    const auto statement = this->statement(output);
    if (!statement) {
        return statement.error();
    }
    print::ClaimPrintout printout;
    printout.statement = *statement;
    printout.claimMonth = m_claim.claimMonth;
    printout.vaccinationMonth = m_claim.vaccinationMonth;
    printout.institution = m_claim.institution;
    printout.homeMunicipality = m_claim.homeMunicipality;
    for (const core::MunicipalityClaim& claim : statement->municipalities) {
        printout.municipalityNames.insert(claim.code, m_municipalities.name(claim.code));
    }
    Prepared prepared;
    prepared.totalCount = statement->totalCount;
    prepared.totalAmount = statement->totalAmount;
    if (isSummary(output)) {
        prepared.title = print::ClaimSummaryDocument::title();
        prepared.sheets = {print::ClaimSummaryDocument::sheet(printout)};
    } else {
        printout.couponAttached = output == core::ClaimOutput::MunicipalAttached;
        prepared.title = print::MunicipalityClaimDocument::title();
        prepared.sheets = print::MunicipalityClaimDocument::sheets(printout);
    }
    return prepared;
}

void ClaimPage::request(Action action)
{
    saveNow();
    m_pendingAction = action;
    const QList<core::Error> warnings = checks(selectedOutput());
    if (warnings.isEmpty()) {
        perform(action);
        return;
    }
    QStringList lines{tr("Check the following before printing:")};
    for (const core::Error& warning : warnings) {
        lines << u"・"_s + warning.message;
    }
    m_ui->checkBanner->showMessage(lines.join(u'\n'), MessageBanner::Kind::Warning);
    m_ui->continuePushButton->setText(action == Action::Pdf ? tr("Save as PDF anyway") : tr("Print anyway"));
    m_ui->continuePushButton->show();
}

void ClaimPage::perform(Action action)
{
    if (action == Action::Pdf) {
        choosePdf();
    } else {
        preview();
    }
}

void ClaimPage::preview()
{
    const auto prepared = prepare(selectedOutput());
    if (!prepared) {
        m_ui->messageBanner->showMessage(prepared.error().message, MessageBanner::Kind::Error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    print::PrintStyle::applyPageLayout(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(prepared->title);
    int sheets = 0;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        const auto painted = print::ClaimBatchPrinter::print(prepared->title, prepared->sheets, *target);
        sheets = painted ? int(prepared->sheets.size()) : 0;
    });
    // The preview's print action accepts the dialog once the pages went to the printer.
    if (dialog.exec() == QDialog::Accepted) {
        recordPrint(*prepared, false, {}, sheets);
    }
}

void ClaimPage::choosePdf()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  tr("%1-%2.pdf").arg(outputName(selectedOutput()), core::JapaneseFormat::month(m_claim.claimMonth)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto written = exportPdf(path)) {
        m_ui->messageBanner->showMessage(
            tr("Saved %1 sheet(s) as %2.").arg(*written).arg(QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Success);
    }
}

core::Result<int> ClaimPage::exportPdf(const QString& filePath)
{
    const auto prepared = prepare(selectedOutput());
    if (!prepared) {
        m_ui->messageBanner->showMessage(prepared.error().message, MessageBanner::Kind::Error);
        return prepared.error();
    }
    const int total = int(prepared->sheets.size());
    QProgressDialog progress(tr("Writing %1 sheets...").arg(total), tr("Stop"), 0, total, this);
    progress.setWindowTitle(prepared->title);
    progress.setWindowModality(Qt::WindowModal);
    // A summary or a few municipalities are written before a dialog would be seen.
    progress.setMinimumDuration(800);
    const auto written
        = print::ClaimBatchPrinter::writePdf(prepared->title, prepared->sheets, filePath, [&progress](int done, int) {
              progress.setValue(done);
              return !progress.wasCanceled();
          });
    progress.reset();
    if (!written) {
        m_ui->messageBanner->showMessage(written.error().message,
                                         written.error().code == core::ErrorCode::Cancelled
                                             ? MessageBanner::Kind::Information
                                             : MessageBanner::Kind::Error);
        return written.error();
    }
    recordPrint(*prepared, true, filePath, total);
    return total;
}

core::Result<int> ClaimPage::printTo(QPrinter& printer)
{
    const auto prepared = prepare(selectedOutput());
    if (!prepared) {
        return prepared.error();
    }
    if (const auto painted = print::ClaimBatchPrinter::print(prepared->title, prepared->sheets, printer); !painted) {
        return painted.error();
    }
    return int(prepared->sheets.size());
}

void ClaimPage::recordPrint(const Prepared& prepared, bool toPdf, const QString& filePath, int sheets)
{
    db::ClaimPrint print;
    print.claimMonth = m_claim.claimMonth;
    print.output = selectedOutput();
    print.destination = toPdf ? db::ClaimPrint::Destination::Pdf : db::ClaimPrint::Destination::Printer;
    print.filePath = filePath;
    print.sheets = sheets;
    print.totalCount = prepared.totalCount;
    print.totalAmount = prepared.totalAmount;
    print.printedAt = QDateTime::currentDateTimeUtc();
    if (const auto recorded = m_store->recordPrint(m_accountId, print); !recorded) {
        m_ui->messageBanner->showMessage(recorded.error().message, MessageBanner::Kind::Error);
        return;
    }
    reloadHistory();
}

} // namespace vsys::app
