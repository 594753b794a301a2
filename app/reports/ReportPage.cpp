// SPDX-License-Identifier: MIT
#include "app/reports/ReportPage.h"

#include "app/common/HeaderState.h"
#include "app/common/MessageBanner.h"
#include "core/JapaneseFormat.h"
#include "core/report/ReportRules.h"
#include "core/sync/SyncState.h"
#include "ui_ReportPage.h"

#include <QColor>
#include <QHeaderView>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QUuid>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

/// Status is text plus colour (ui-guidelines.md): 送信待ち blue, 送信済み green, エラー red.
QColor stateColour(core::SyncState state)
{
    switch (state) {
    case core::SyncState::Synced:
        return QColor(0x1b, 0x7f, 0x3a);
    case core::SyncState::Error:
    case core::SyncState::Conflict:
        return QColor(0xb0, 0x1e, 0x1e);
    default:
        return QColor(0x1f, 0x5f, 0xb0);
    }
}

QStandardItem* numberItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReportPage::ReportPage(db::Database& database, QWidget* parent)
    : EditPage(parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
    , m_catalog(core::VaccineCatalog::builtIn())
    , m_drafts(database, db::PageDraftStore::Page::Report)
    , m_history(new QStandardItemModel(this))
    , m_applyLedger(new QPushButton(tr("Enter the ledger's totals"), this))
{
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    setContent(content);
    setTitle(tr("Report vaccinations and discarded vaccine"));

    m_figures[core::ReportFigure::ThirdDoses]
        = {m_ui->thirdLineEdit, m_ui->thirdProductLabel, m_ui->thirdRegisteredLabel};
    m_figures[core::ReportFigure::FirstDoses]
        = {m_ui->firstLineEdit, m_ui->firstProductLabel, m_ui->firstRegisteredLabel};
    m_figures[core::ReportFigure::SecondDoses]
        = {m_ui->secondLineEdit, m_ui->secondProductLabel, m_ui->secondRegisteredLabel};
    m_figures[core::ReportFigure::WastedVials]
        = {m_ui->wastedLineEdit, m_ui->wastedProductLabel, m_ui->wastedRegisteredLabel};
    for (auto& [figure, widgets] : m_figures) {
        widgets.edit->setAccessibleName(core::ReportRules::label(figure));
        connect(widgets.edit, &QLineEdit::textEdited, this, [this] {
            markEdited();
            updateDerived();
        });
    }
    // The ledger's figure goes in the grid's empty column, beside the typed one it is compared with.
    const std::map<core::ReportFigure, int> ledgerRows{
        {core::ReportFigure::ThirdDoses, 1}, {core::ReportFigure::FirstDoses, 3}, {core::ReportFigure::SecondDoses, 4}};
    for (const auto& [figure, row] : ledgerRows) {
        auto* label = new QLabel(this);
        label->setObjectName(core::ReportJson::key(figure) + u"LedgerLabel"_s);
        // Takes what room the grid's stretching column has left, never the captions' or the fields'.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_ui->dosesGrid->addWidget(label, row, 4);
        m_ledgerFigures[figure] = label;
    }
    m_applyLedger->setObjectName(u"applyLedgerPushButton"_s);
    m_applyLedger->setAutoDefault(false);
    m_applyLedger->setAccessibleName(m_applyLedger->text());
    // On the header row, where nothing else is: a row of its own would crowd the figures on a laptop screen.
    m_ui->dosesGrid->addWidget(m_applyLedger, 0, 4, Qt::AlignLeft);
    connect(m_applyLedger, &QPushButton::clicked, this, &ReportPage::applyLedger);
    for (const core::ReportVaccine& choice : m_catalog.vaccines()) {
        m_ui->vaccineComboBox->addItem(choice.name, choice.key);
    }
    m_ui->vaccineComboBox->setAccessibleName(m_ui->vaccineCaptionLabel->text());
    m_ui->reasonLineEdit->setAccessibleName(m_ui->reasonCaptionLabel->text());
    m_ui->reasonLineEdit->setMaxLength(int(core::ReportRules::kMaxReasonLength));
    m_ui->expandToolButton->setAccessibleName(m_ui->expandHintLabel->text());
    for (QPushButton* button :
         {m_ui->backPushButton, m_ui->registerPushButton, m_ui->cancelPushButton, m_ui->discardPushButton}) {
        button->setAccessibleName(button->text());
    }
    // The reason appears below the figures when one goes down; its room is kept, so nothing moves
    // under the pointer while typing (ui-guidelines.md, Feedback).
    QSizePolicy reasonPolicy = m_ui->reasonWidget->sizePolicy();
    reasonPolicy.setRetainSizeWhenHidden(true);
    m_ui->reasonWidget->setSizePolicy(reasonPolicy);

    m_history->setHorizontalHeaderLabels({tr("Reported at"), tr("Reported by"), tr("Vaccine"), tr("As of"),
                                          tr("3rd doses"), tr("1st doses"), tr("2nd doses"), tr("Wasted vials"),
                                          tr("Reason for the correction"), tr("Status")});
    QTableView* table = m_ui->historyTableView;
    table->setModel(m_history);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    HeaderState::remember(*table, u"reportHistory"_s);
    table->setAccessibleName(m_ui->historyCaptionLabel->text());

    connect(m_ui->vaccineComboBox, &QComboBox::activated, this, &ReportPage::vaccineChosen);
    connect(m_ui->expandToolButton, &QToolButton::toggled, this, [this](bool expanded) {
        setExpanded(expanded);
        if (!m_filling) {
            markEdited();
        }
    });
    connect(m_ui->reasonLineEdit, &QLineEdit::textEdited, this, &ReportPage::markEdited);
    connect(m_ui->registerPushButton, &QPushButton::clicked, this, &ReportPage::registerReport);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ReportPage::cancel);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, &ReportPage::backRequested);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->historyTableView->currentIndex();
        if (current.isValid() && m_entries.value(current.row()).state == core::SyncState::Error) {
            emit discardRequested(m_entries.at(current.row()).report.id);
        }
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportPage::updateDiscardButton);
    setExpanded(false);
    setToday(QDate());
    showPrevious();
    updateDerived();
    updateDiscardButton();
}

ReportPage::~ReportPage()
{
    closeBeforeDestruction();
}

void ReportPage::setAccount(const db::Account& account)
{
    if (account.id != m_account.id) {
        // What was typed just before the switch is the previous ID's draft.
        flushAutosave();
        m_entries.clear();
        rebuildHistory();
        resetEdits();
        clearState();
    }
    m_account = account;
    m_ui->venueLabel->setText(account.venueName);
}

void ReportPage::setToday(QDate today)
{
    m_today = today;
    const QString day = today.isValid() ? core::JapaneseFormat::day(today) : QString();
    m_ui->dosesAsOfLabel->setText(tr("Please register the vaccinations given as of %1.").arg(day));
    m_ui->wasteAsOfLabel->setText(tr("Please register the discarded vials as of %1.").arg(day));
    updateLedger();
}

void ReportPage::setLedger(const core::DoseLedger& ledger)
{
    m_ledger = ledger;
    updateLedger();
}

core::DoseTotals ReportPage::ledgerTotals() const
{
    return m_ledger && m_today.isValid() ? m_ledger->totals(vaccine().key, m_today) : core::DoseTotals();
}

void ReportPage::updateLedger()
{
    const bool shown = m_ledger.has_value() && m_today.isValid();
    m_applyLedger->setVisible(shown);
    const bool expanded = m_ui->expandToolButton->isChecked();
    for (const auto& [figure, label] : m_ledgerFigures) {
        label->setVisible(shown && (figure == core::ReportFigure::ThirdDoses || expanded));
    }
    if (!shown) {
        return;
    }
    const core::DoseTotals totals = ledgerTotals();
    m_applyLedger->setToolTip(
        tr("Dose ledger: vaccinations of %1 recorded up to %2. Wasted vials are not in the ledger: "
           "type them.")
            .arg(vaccine().name, core::JapaneseFormat::day(m_today)));
    bool differs = false;
    for (const auto& [figure, label] : m_ledgerFigures) {
        const int ledger = figure == core::ReportFigure::ThirdDoses ? totals.third
            : figure == core::ReportFigure::FirstDoses              ? totals.first
                                                                    : totals.second;
        const auto typed = core::ReportRules::count(m_figures.at(figure).edit->text(), figure);
        const qint64 difference = typed ? qint64(*typed) - ledger : 0;
        differs = differs || !typed || difference != 0;
        if (typed && difference != 0) {
            label->setText(tr("Ledger: %1 (typed %2%3)")
                               .arg(core::JapaneseFormat::doses(ledger), difference > 0 ? u"+"_s : u"−"_s,
                                    core::JapaneseFormat::doses(std::abs(difference))));
            label->setStyleSheet(u"QLabel { color: #b01e1e; }"_s);
        } else {
            label->setText(tr("Ledger: %1").arg(core::JapaneseFormat::doses(ledger)));
            label->setStyleSheet(QString());
        }
    }
    m_applyLedger->setEnabled(differs);
}

void ReportPage::applyLedger()
{
    const core::DoseTotals totals = ledgerTotals();
    m_figures.at(core::ReportFigure::ThirdDoses).edit->setText(QString::number(totals.third));
    m_figures.at(core::ReportFigure::FirstDoses).edit->setText(QString::number(totals.first));
    m_figures.at(core::ReportFigure::SecondDoses).edit->setText(QString::number(totals.second));
    markEdited();
    updateDerived();
}

void ReportPage::setHistory(const QList<sync::ReportEntry>& entries)
{
    const std::optional<core::PerformanceReport> before = previous();
    m_entries = entries;
    rebuildHistory();
    showPrevious();
    // Untouched fields follow the registered totals, e.g. when the first report arrives from the server.
    if (saveState() == SaveState::Unchanged && previous() != before) {
        fillFromPrevious();
    }
    updateDerived();
    followRegistered();
}

void ReportPage::followRegistered()
{
    if (m_registeredId.isEmpty()) {
        return;
    }
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [this](const sync::ReportEntry& each) { return each.report.id == m_registeredId; });
    if (entry == m_entries.cend()) {
        return;
    }
    const bool typing = saveState() != SaveState::Pending;
    if (entry->state == core::SyncState::Synced) {
        m_registeredId.clear();
        if (!typing) {
            setSaveState(SaveState::Sent);
            showResult(tr("The report was sent to the server."));
        }
    } else if (entry->state == core::SyncState::Error) {
        m_registeredId.clear();
        showResult(tr("The server did not take the report: %1").arg(entry->error), MessageBanner::Kind::Error);
    }
}

void ReportPage::loadDraft()
{
    flushAutosave();
    clearState();
    const auto draft
        = m_account.id == 0 ? core::Result<std::optional<QJsonObject>>(std::nullopt) : m_drafts.draft(m_account.id);
    if (!draft) {
        showError(draft.error());
        return;
    }
    if (*draft) {
        fillFromDraft(**draft);
        resetEdits(SaveState::Saved);
        showState(tr("The figures below are not registered yet. Check them and choose \"%1\".")
                      .arg(m_ui->registerPushButton->text()),
                  MessageBanner::Kind::Information);
    } else {
        fillFromPrevious();
        resetEdits();
    }
    showPrevious();
    updateDerived();
}

const core::ReportVaccine& ReportPage::vaccine() const
{
    const core::ReportVaccine* chosen = m_catalog.find(m_ui->vaccineComboBox->currentData().toString());
    return chosen ? *chosen : m_catalog.defaultVaccine();
}

std::optional<core::PerformanceReport> ReportPage::previous() const
{
    const auto entry = sync::ReportHistory::previous(m_entries, vaccine().key);
    return entry ? std::optional(entry->report) : std::nullopt;
}

void ReportPage::fillFromPrevious()
{
    m_filling = true;
    const auto before = previous();
    for (auto& [figure, widgets] : m_figures) {
        widgets.edit->setText(before ? QString::number(before->value(figure)) : QString());
    }
    m_ui->reasonLineEdit->clear();
    m_ui->expandToolButton->setChecked(false);
    m_filling = false;
}

void ReportPage::fillFromDraft(const QJsonObject& draft)
{
    m_filling = true;
    const int index = m_ui->vaccineComboBox->findData(draft.value(u"vaccine"_s).toString());
    if (index >= 0) {
        m_ui->vaccineComboBox->setCurrentIndex(index);
    }
    for (auto& [figure, widgets] : m_figures) {
        widgets.edit->setText(draft.value(core::ReportJson::key(figure)).toString());
    }
    m_ui->reasonLineEdit->setText(draft.value(u"correction_reason"_s).toString());
    m_ui->expandToolButton->setChecked(draft.value(u"expanded"_s).toBool());
    m_filling = false;
}

void ReportPage::showPrevious()
{
    const core::ReportVaccine& chosen = vaccine();
    const auto before = previous();
    m_ui->registeredHeaderLabel->setText(
        before
            ? tr("<b>Registered</b> (last registered: figures as of %1)").arg(core::JapaneseFormat::day(before->asOf))
            : tr("<b>Registered</b> (nothing registered yet)"));
    for (auto& [figure, widgets] : m_figures) {
        widgets.product->setText(chosen.product);
        QString registered = before ? core::ReportRules::amount(figure, before->value(figure)) : tr("-");
        if (before && figure == core::ReportFigure::WastedVials) {
            registered += u' '
                + tr("(= %1 doses' worth)")
                      .arg(core::JapaneseFormat::number(qint64(before->wastedVials) * chosen.dosesPerVial));
        }
        widgets.registered->setText(chosen.product + u"  "_s + registered);
    }
}

void ReportPage::updateDerived()
{
    const core::ReportVaccine& chosen = vaccine();
    const auto wasted = core::ReportRules::count(m_ui->wastedLineEdit->text(), core::ReportFigure::WastedVials);
    m_ui->wastedDosesLabel->setText(
        wasted ? tr("= %1 doses' worth").arg(core::JapaneseFormat::number(qint64(*wasted) * chosen.dosesPerVial))
               : QString());
    bool lowered = false;
    if (const auto before = previous()) {
        for (const auto& [figure, widgets] : m_figures) {
            const auto typed = core::ReportRules::count(widgets.edit->text(), figure);
            lowered = lowered || (typed && *typed < before->value(figure));
        }
    }
    m_ui->reasonWidget->setVisible(lowered || !m_ui->reasonLineEdit->text().isEmpty());
    updateLedger();
}

void ReportPage::setExpanded(bool expanded)
{
    m_ui->expandToolButton->setText(expanded ? u"－"_s : u"＋"_s);
    for (core::ReportFigure figure : {core::ReportFigure::FirstDoses, core::ReportFigure::SecondDoses}) {
        const FigureWidgets& widgets = m_figures.at(figure);
        for (QWidget* widget : std::initializer_list<QWidget*>{widgets.edit, widgets.product, widgets.registered}) {
            widget->setVisible(expanded);
        }
    }
    m_ui->firstCaptionLabel->setVisible(expanded);
    m_ui->firstUnitLabel->setVisible(expanded);
    m_ui->secondCaptionLabel->setVisible(expanded);
    m_ui->secondUnitLabel->setVisible(expanded);
    updateLedger();
}

void ReportPage::vaccineChosen()
{
    // Figures of one vaccine mean nothing for another: the fields start from its registered totals.
    fillFromPrevious();
    showPrevious();
    updateDerived();
    markEdited();
}

core::Result<core::PerformanceReport> ReportPage::typedReport() const
{
    core::PerformanceReport report;
    report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.vaccine = vaccine().key;
    report.asOf = m_today;
    for (core::ReportFigure figure : core::kReportFigures) {
        const auto value = core::ReportRules::count(m_figures.at(figure).edit->text(), figure);
        if (!value) {
            return value.error();
        }
        report.setValue(figure, *value);
    }
    report.correctionReason = m_ui->reasonLineEdit->text().trimmed();
    return report;
}

void ReportPage::registerReport()
{
    if (m_account.id == 0) {
        return;
    }
    const auto report = typedReport();
    if (!report) {
        showError(report.error());
        return;
    }
    const auto before = previous();
    if (auto refused = core::ReportRules::check(*report, before, m_today)) {
        showError(*refused);
        return;
    }
    const QList<core::ReportFigure> figures = core::ReportRules::toConfirm(*report, before);
    if (!figures.isEmpty()) {
        ask(*report, figures);
        return;
    }
    flushAutosave();
    m_registeredId = report->id;
    emit registerRequested(*report);
}

void ReportPage::ask(const core::PerformanceReport& report, const QList<core::ReportFigure>& figures)
{
    const auto before = previous();
    QStringList lines;
    for (core::ReportFigure figure : figures) {
        lines.append(tr("%1: %2 (registered: %3)")
                         .arg(core::ReportRules::label(figure), core::ReportRules::amount(figure, report.value(figure)),
                              core::ReportRules::amount(figure, before->value(figure))));
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Check the figures"),
                                tr("These totals are equal to or lower than the registered ones. Totals count "
                                   "everything since the first dose. Register them as they are?")
                                    + u"\n\n"_s + lines.join(u'\n'),
                                QMessageBox::NoButton, this);
    QPushButton* confirm = box->addButton(tr("Register"), QMessageBox::AcceptRole);
    QPushButton* back = box->addButton(tr("Back to the figures"), QMessageBox::RejectRole);
    box->setDefaultButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, report, figures] {
        if (box->clickedButton() == confirm) {
            flushAutosave();
            m_registeredId = report.id;
            emit registerRequested(report);
            return;
        }
        focusField(core::ReportJson::key(figures.constFirst()));
    });
    box->open();
}

void ReportPage::cancel()
{
    if (saveState() == SaveState::Unchanged) {
        emit backRequested();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel"),
                                tr("Discard the figures typed here and go back to the home screen?"),
                                QMessageBox::NoButton, this);
    QPushButton* discard = box->addButton(tr("Discard and go back"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("Keep editing"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() != discard) {
            return;
        }
        if (const auto removed = m_drafts.remove(m_account.id); !removed) {
            showError(removed.error());
            return;
        }
        fillFromPrevious();
        resetEdits();
        clearState();
        updateDerived();
        emit backRequested();
    });
    box->open();
}

void ReportPage::showRegistered()
{
    if (const auto removed = m_drafts.remove(m_account.id); !removed) {
        showError(removed.error());
        return;
    }
    clearState();
    // The fields show the totals as registered now (４８ typed is 48), the start of the next report.
    fillFromPrevious();
    updateDerived();
    resetEdits(SaveState::Pending);
    showResult(tr("The report was saved on this computer (waiting to be sent). It is sent to the server as soon "
                  "as it can be reached."));
}

void ReportPage::showRefused(const core::Error& error)
{
    m_registeredId.clear();
    showError(error);
}

core::Result<void> ReportPage::saveInput()
{
    if (m_account.id == 0) {
        return {};
    }
    QJsonObject input{{u"vaccine"_s, vaccine().key},
                      {u"correction_reason"_s, m_ui->reasonLineEdit->text()},
                      {u"expanded"_s, m_ui->expandToolButton->isChecked()}};
    for (const auto& [figure, widgets] : m_figures) {
        input.insert(core::ReportJson::key(figure), widgets.edit->text());
    }
    return m_drafts.save(m_account.id, input, QDateTime::currentDateTimeUtc());
}

void ReportPage::focusField(const QString& field)
{
    if (field == u"correction_reason"_s) {
        m_ui->reasonWidget->show();
        m_ui->reasonLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (const auto& [figure, widgets] : m_figures) {
        if (core::ReportJson::key(figure) != field) {
            continue;
        }
        if (figure == core::ReportFigure::FirstDoses || figure == core::ReportFigure::SecondDoses) {
            m_ui->expandToolButton->setChecked(true);
        }
        widgets.edit->setFocus(Qt::OtherFocusReason);
        widgets.edit->selectAll();
        m_ui->formScrollArea->ensureWidgetVisible(widgets.edit);
    }
}

void ReportPage::rebuildHistory()
{
    m_history->removeRows(0, m_history->rowCount());
    for (const sync::ReportEntry& entry : m_entries) {
        const core::PerformanceReport& report = entry.report;
        const core::ReportVaccine* known = m_catalog.find(report.vaccine);
        auto* state = new QStandardItem(
            entry.state == core::SyncState::Synced ? tr("Sent") : core::SyncStateText::label(entry.state));
        state->setForeground(stateColour(entry.state));
        state->setToolTip(entry.error);
        QList<QStandardItem*> row{new QStandardItem(core::JapaneseFormat::dateTime(entry.enteredAt)),
                                  new QStandardItem(report.reportedBy),
                                  new QStandardItem(known ? known->name : report.vaccine),
                                  new QStandardItem(core::JapaneseFormat::day(report.asOf)),
                                  numberItem(core::JapaneseFormat::doses(report.thirdDoses)),
                                  numberItem(core::JapaneseFormat::doses(report.firstDoses)),
                                  numberItem(core::JapaneseFormat::doses(report.secondDoses)),
                                  numberItem(core::JapaneseFormat::vials(report.wastedVials)),
                                  new QStandardItem(report.correctionReason),
                                  state};
        m_history->appendRow(row);
    }
    updateDiscardButton();
}

void ReportPage::updateDiscardButton()
{
    const QModelIndex current = m_ui->historyTableView->currentIndex();
    m_ui->discardPushButton->setEnabled(current.isValid()
                                        && m_entries.value(current.row()).state == core::SyncState::Error);
}

} // namespace vsys::app
