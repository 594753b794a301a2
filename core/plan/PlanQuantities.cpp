// SPDX-License-Identifier: MIT
#include "core/plan/PlanQuantities.h"

#include "core/JapaneseFormat.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QString PlanQuantities::boxes(int count)
{
    return tr("%1 box(es)").arg(JapaneseFormat::number(count));
}

QString PlanQuantities::doses(int count)
{
    return tr("%1 doses").arg(JapaneseFormat::number(count));
}

QString PlanQuantities::units(int count)
{
    return tr("%1 units").arg(JapaneseFormat::number(count));
}

QString PlanQuantities::total(const PlanTotals& totals, int dosesPerBox)
{
    return u"%1 × %2 = %3"_s.arg(doses(dosesPerBox), boxes(totals.vaccineBoxes), doses(totals.doses));
}

} // namespace vsys::core
