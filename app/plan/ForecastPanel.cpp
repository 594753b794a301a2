// SPDX-License-Identifier: MIT
#include "app/plan/ForecastPanel.h"

#include "app/common/HeaderState.h"
#include "app/common/MessageBanner.h"
#include "core/JapaneseFormat.h"
#include "core/plan/PlanSettings.h"
#include "core/report/VaccineCatalog.h"
#include "sync/ReportHistory.h"
#include "sync/SyncService.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::app {

namespace {

QStandardItem* numberItem(const std::optional<int>& value, const QString& unknown)
{
    auto* item = new QStandardItem(value ? core::JapaneseFormat::doses(*value) : unknown);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ForecastPanel::ForecastPanel(QWidget* parent)
    : QGroupBox(tr("Plan against actual"), parent)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_rate(new QLabel(this))
    , m_warning(new MessageBanner(this))
{
    setObjectName(u"forecastPanel"_s);
    m_model->setHorizontalHeaderLabels(
        {tr("Vaccination period"), tr("Planned"), tr("Delivered"), tr("Given"), tr("Wasted"), tr("On hand")});
    m_table->setObjectName(u"forecastTableView"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderState::remember(*m_table, u"forecast"_s);
    // As tall as its rows: the plan above keeps its room on a 1366×768 laptop.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(title());
    m_rate->setObjectName(u"forecastRateLabel"_s);
    m_rate->setWordWrap(true);
    m_warning->setObjectName(u"forecastWarning"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_table);
    layout->addWidget(m_rate);
    m_warning->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

core::ForecastInput ForecastPanel::gather(const sync::SyncService& service, const core::DoseLedger& ledger)
{
    core::ForecastInput input;
    input.today = core::JapaneseFormat::inJapan(service.serverNow()).date();
    input.cools = service.cools();
    if (const auto plan = service.plan()) {
        input.plan = plan->rows;
    }
    input.dosesPerBox = core::PlanSettings::builtIn().defaultVaccine().dosesPerBox;
    // The venue's vaccine is the one a new report starts with: the 職域 booster.
    const core::ReportVaccine& vaccine = core::VaccineCatalog::builtIn().defaultVaccine();
    input.usableDays = vaccine.usableDays;
    if (!input.cools.isEmpty()) {
        QDate first = input.today;
        for (const core::CoolPeriod& cool : input.cools) {
            first = std::min(first, cool.start);
        }
        input.dailyVaccinations = ledger.dailyVaccinations(first, input.today);
    }
    if (const auto reports = service.reports()) {
        if (const auto latest = sync::ReportHistory::previous(*reports, vaccine.key)) {
            input.wastedDoses = latest->report.wastedVials * vaccine.dosesPerVial;
            input.wastedAsOf = latest->report.asOf;
        }
    }
    return input;
}

void ForecastPanel::setForecast(const core::Forecast& forecast)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const core::ForecastCool& row : forecast.cools) {
        // A クール before the first dose and without doses is of no interest beside the plan.
        if (row.plannedDoses == 0 && row.deliveredDoses.value_or(0) == 0 && row.given == 0) {
            continue;
        }
        const bool started = row.onHand.has_value();
        m_model->appendRow({new QStandardItem(core::CoolRules::periodLabel(row.cool)), numberItem(row.plannedDoses, {}),
                            numberItem(row.deliveredDoses, tr("Undecided")),
                            numberItem(started ? std::optional(row.given) : std::nullopt, tr("-")),
                            numberItem(started ? std::optional(row.wasted) : std::nullopt, tr("-")),
                            numberItem(row.onHand, tr("-"))});
    }
    m_rate->setText(
        tr("On hand now: %1. Daily rate: %2.").arg(core::JapaneseFormat::doses(forecast.onHand), forecast.rateText()));
    const QString warning = forecast.warning();
    if (warning.isEmpty()) {
        m_warning->hide();
    } else {
        m_warning->showMessage(warning, MessageBanner::Kind::Warning);
    }
}

} // namespace vsys::app
