// SPDX-License-Identifier: MIT
// ForecastPanel (計画と実績): beside the plan, per クール the doses delivered, given (接種台帳), wasted (実績) and on
// hand, the venue's daily rate of the last 14 days, and 「約N回分が余る見込み」 while the plan can still be lowered.
// The rule is core::DoseForecast; this panel gathers its inputs from the sync service and shows the result.
#pragma once

#include "core/ledger/DoseForecast.h"
#include "core/ledger/DoseLedger.h"

#include <QGroupBox>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace vsys::sync {
class SyncService;
}

namespace vsys::app {

class MessageBanner;

class ForecastPanel : public QGroupBox
{
    Q_OBJECT
public:
    /// The table's columns.
    enum Column { Period, Planned, Delivered, Given, Wasted, OnHand };

    explicit ForecastPanel(QWidget* parent = nullptr);

    /// The calendar, the plan and the latest 実績 report of the signed-in venue with its `ledger` (read once by
    /// the caller, which uses it for the other views too), for today by the server's clock.
    static core::ForecastInput gather(const sync::SyncService& service, const core::DoseLedger& ledger);
    void setForecast(const core::Forecast& forecast);

    QStandardItemModel* model() const { return m_model; }
    MessageBanner* warning() const { return m_warning; }
    QLabel* rateLabel() const { return m_rate; }

private:
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_rate;
    MessageBanner* m_warning;
};

} // namespace vsys::app
