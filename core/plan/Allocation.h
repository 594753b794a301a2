// SPDX-License-Identifier: MIT
// Allocation (分配量): what the ministry allocates one venue for one クール — vaccine boxes, needle and
// syringe boxes, and the 配送予定日 — with the one rule for what may be set (used by vsysdesk-admin, the
// server and the demo data) and how the 分配量の確認 and 配送予定日の確認 screens write it.
#pragma once

#include "core/Result.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "core/plan/VaccinationPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vsys::core {

struct Allocation
{
    int vaccineBoxes = 0; ///< 分配実績 in boxes
    std::optional<int> needleBoxes; ///< 針・シリンジ in boxes; nullopt = 未定
    QDate deliveryDate; ///< 配送予定日; invalid = 未定

    bool operator==(const Allocation&) const = default;
};

/// One クール of the 分配量の確認 screen and its printout, plan beside allocation, as text.
struct AllocationLine
{
    QString period; ///< 「2/28～3/13接種（2/21週配送）」
    QString planned; ///< 計画: 「600回接種分（4箱）」
    QString plannedNeedles; ///< 計画の針・シリンジ: 「7箱（700本）」
    QString allocated; ///< 分配量: 「600回接種分（4箱）」 or 「未定」
    QString allocatedNeedles; ///< 「7箱（700本）」 or 「未定」
    QString deliveryDate; ///< 「2022/02/22」 or 「未定」
    QString state; ///< stateLabel()
};

class AllocationRules
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRules)
public:
    /// Upper bound on either count: the plan's own bound per クール (a typo guard, not a quota).
    static constexpr int kMaxBoxes = VaccinationPlan::kMaxBoxesPerCool;

    /// The first and last day a 配送予定日 of `cool` may be: from the Monday of its delivery week (「2/21週配送」)
    /// to the day before its vaccination starts, and at least that whole week (docs/decisions.md).
    static QDate earliestDelivery(const CoolPeriod& cool);
    static QDate latestDelivery(const CoolPeriod& cool);

    /// Refuses counts outside 0..kMaxBoxes and a delivery date outside the window above, or for an allocation of
    /// no vaccine; the error names the field (boxes, needle_boxes, delivery_date) and the クール.
    static Result<void> check(const CoolPeriod& cool, const Allocation& allocation);

    /// The クール's line with the venue's registered `planned` row, at `now` (server time); quantities in the
    /// shipped vaccine's boxes (core::PlanSettings).
    static AllocationLine line(const CoolPeriod& cool, const PlanRow& planned, const QDateTime& now);

    /// 「2022/02/22」, or 「未定」.
    static QString deliveryDateLabel(const QDate& date);
    /// Vaccine as 「600回接種分（4箱）」 (the briefing's 分配実績), or 「未定」.
    static QString vaccineLabel(const std::optional<int>& boxes, int dosesPerBox);
    /// 針・シリンジ as 「7箱（700本）」, or 「未定」.
    static QString needleLabel(const std::optional<int>& boxes, int unitsPerBox);
    /// Where the クール's allocation stands at `now` (server time): 分配量確定済, 分配作業中, or for an open クール
    /// 計画変更可 until its deadline and 計画変更締切済 after it.
    static QString stateLabel(const CoolPeriod& cool, const QDateTime& now);
};

} // namespace vsys::core
