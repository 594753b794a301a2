// SPDX-License-Identifier: MIT
// VaccinationPlan (接種計画): per-クール vaccine boxes, the needle/syringe boxes that go with them,
// and the totals 初回登録時 vs 現在の計画 that decide whether the 国 must approve a change.
#pragma once

#include "core/Result.h"
#include "core/plan/PlanSettings.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vsys::core {

/// One クール's line of the plan, with everything derived from the boxes.
struct PlanLine
{
    int vaccineBoxes = 0;
    int doses = 0; ///< 回接種分
    int needleFillBoxes = 0; ///< what the rule fills in: the most the user may order
    int needleBoxes = 0; ///< what is ordered: the fill, or less if lowered by hand
    int needles = 0; ///< 本

    bool operator==(const PlanLine&) const = default;
};

struct PlanTotals
{
    int vaccineBoxes = 0;
    int doses = 0;

    bool operator==(const PlanTotals&) const = default;
};

class VaccinationPlan
{
    Q_DECLARE_TR_FUNCTIONS(VaccinationPlan)
public:
    /// Upper bound on boxes per クール: a typo guard far above any workplace venue's needs.
    static constexpr int kMaxBoxesPerCool = 9999;

    explicit VaccinationPlan(const VaccineProduct& vaccine = PlanSettings::builtIn().defaultVaccine(),
                             const NeedleFillRule& needleFill = PlanSettings::builtIn().needleFill());

    /// The line for `vaccineBoxes`; `needleBoxes` is a hand-entered count, which may lower the fill
    /// but never raise it. `fieldName` names the row in messages (e.g. 「3/28～4/10接種」).
    Result<PlanLine>
    line(int vaccineBoxes, std::optional<int> needleBoxes = std::nullopt, const QString& fieldName = {}) const;

    PlanTotals totals(const QList<int>& vaccineBoxesPerCool) const;

private:
    VaccineProduct m_vaccine;
    NeedleFillRule m_needleFill;
};

} // namespace vsys::core
