// SPDX-License-Identifier: MIT
#include "core/plan/VaccinationPlan.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

VaccinationPlan::VaccinationPlan(const VaccineProduct& vaccine, const NeedleFillRule& needleFill)
    : m_vaccine(vaccine)
    , m_needleFill(needleFill)
{}

Result<PlanLine> VaccinationPlan::line(int vaccineBoxes, std::optional<int> needleBoxes, const QString& fieldName) const
{
    const QString row = fieldName.isEmpty() ? tr("Vaccination plan") : fieldName;
    if (vaccineBoxes < 0 || vaccineBoxes > kMaxBoxesPerCool) {
        return Error{u"vaccine_boxes"_s,
                     tr("%1: enter the vaccine boxes as a whole number from 0 to %2.").arg(row).arg(kMaxBoxesPerCool)};
    }
    PlanLine result;
    result.vaccineBoxes = vaccineBoxes;
    result.doses = vaccineBoxes * m_vaccine.dosesPerBox;
    result.needleFillBoxes = m_needleFill.boxesFor(vaccineBoxes, m_vaccine);
    result.needleBoxes = needleBoxes.value_or(result.needleFillBoxes);
    if (result.needleBoxes < 0) {
        return Error{u"needle_boxes"_s, tr("%1: needle and syringe boxes cannot be negative.").arg(row)};
    }
    if (result.needleBoxes > result.needleFillBoxes) {
        return Error{u"needle_boxes"_s,
                     tr("%1: needle and syringe boxes can only be lowered from the %n box(es) "
                        "filled in for this plan, not raised.",
                        nullptr, result.needleFillBoxes)
                         .arg(row)};
    }
    result.needles = result.needleBoxes * m_needleFill.unitsPerBox();
    return result;
}

PlanTotals VaccinationPlan::totals(const QList<int>& vaccineBoxesPerCool) const
{
    PlanTotals sum;
    for (int boxes : vaccineBoxesPerCool) {
        sum.vaccineBoxes += boxes;
    }
    sum.doses = sum.vaccineBoxes * m_vaccine.dosesPerBox;
    return sum;
}

} // namespace vsys::core
