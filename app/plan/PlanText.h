// SPDX-License-Identifier: MIT
// PlanText: how the 接種計画 screen writes its periods (2/28～3/13接種（2/21週配送）), allocations and the 国's
// confirmation, in the Japanese way whatever the PC's locale (ui-guidelines.md); its quantities are
// core::PlanQuantities, shared with the printout.
#pragma once

#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "core/plan/VaccinationPlan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vsys::app {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    /// 「2/28～3/13接種（2/21週配送）」.
    static QString period(const core::CoolPeriod& cool);
    /// 分配実績: 「600回接種分（4箱）」, or 「（未定）」 while the allocation is not decided; with the 配送予定日 once
    /// the ministry set it: 「600回接種分（4箱）2/22配送予定」, so the plan shows when the allocation arrives.
    static QString allocation(const std::optional<int>& boxes, int dosesPerBox, const QDate& deliveryDate = {});
    /// The 国's confirmation as one sentence, with the reviewer's comment when there is one.
    static QString approval(const core::PlanApproval& approval, int dosesPerBox);
};

} // namespace vsys::app
