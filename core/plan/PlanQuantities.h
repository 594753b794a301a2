// SPDX-License-Identifier: MIT
// PlanQuantities: how the 接種計画 writes its quantities — 12箱, 1,800回接種分, 700本 and 「150回接種分 × 12箱 =
// 1,800回接種分」 — the same on the plan page and on its printout.
#pragma once

#include "core/plan/VaccinationPlan.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::core {

class PlanQuantities
{
    Q_DECLARE_TR_FUNCTIONS(PlanQuantities)
public:
    static QString boxes(int count);
    static QString doses(int count);
    /// 本 of needles and syringes.
    static QString units(int count);
    /// A total as the briefing's plan screen writes it: doses per box × boxes = doses.
    static QString total(const PlanTotals& totals, int dosesPerBox);
};

} // namespace vsys::core
