// SPDX-License-Identifier: MIT
// PlanText: how the 接種計画 screen writes its counts and periods (1,800回接種分, 700本, 12箱,
// 2/28～3/13接種（2/21週配送）), in the Japanese way whatever the PC's locale (ui-guidelines.md).
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
    /// 1,800: thousands separators as Japanese offices write them.
    static QString number(int value);
    static QString boxes(int boxes);
    static QString doses(int doses);
    /// 本 of needles and syringes.
    static QString units(int units);
    /// 「2/28～3/13接種（2/21週配送）」.
    static QString period(const core::CoolPeriod& cool);
    /// 分配実績: 「600回接種分（4箱）」, or 「（未定）」 while the allocation is not decided.
    static QString allocation(const std::optional<int>& boxes, int dosesPerBox);
    /// 「150回接種分 × 12箱 = 1,800回接種分」.
    static QString total(const core::PlanTotals& totals, int dosesPerBox);
    /// The 国's confirmation as one sentence, with the reviewer's comment when there is one.
    static QString approval(const core::PlanApproval& approval, int dosesPerBox);
};

} // namespace vsys::app
