// SPDX-License-Identifier: MIT
#include "core/plan/Allocation.h"

#include "core/JapaneseFormat.h"
#include "core/plan/PlanQuantities.h"
#include "core/plan/PlanSettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// 「2022/02/22」: the date as the V-SYS screens write it, whatever the UI language.
QString slashDate(const QDate& date)
{
    return date.toString(u"yyyy/MM/dd"_s);
}

std::optional<Error> countError(const QString& field, const QString& name, int count)
{
    if (count < 0 || count > AllocationRules::kMaxBoxes) {
        return Error{field,
                     AllocationRules::tr("%1: enter a whole number of boxes from 0 to %2.")
                         .arg(name, JapaneseFormat::number(AllocationRules::kMaxBoxes)),
                     ErrorCode::Invalid};
    }
    return std::nullopt;
}

} // namespace

QDate AllocationRules::earliestDelivery(const CoolPeriod& cool)
{
    return cool.deliveryWeek;
}

QDate AllocationRules::latestDelivery(const CoolPeriod& cool)
{
    return std::max(cool.deliveryWeek.addDays(6), cool.start.addDays(-1));
}

Result<void> AllocationRules::check(const CoolPeriod& cool, const Allocation& allocation)
{
    if (auto error = countError(u"boxes"_s, tr("Allocated vaccine boxes"), allocation.vaccineBoxes)) {
        return *error;
    }
    if (allocation.needleBoxes) {
        if (auto error
            = countError(u"needle_boxes"_s, tr("Allocated needle and syringe boxes"), *allocation.needleBoxes)) {
            return *error;
        }
    }
    if (!allocation.deliveryDate.isValid()) {
        return {};
    }
    if (allocation.vaccineBoxes == 0) {
        return Error{u"delivery_date"_s,
                     tr("Delivery date: %1 has no vaccine allocated, so nothing is delivered. Set the boxes first.")
                         .arg(CoolRules::periodLabel(cool)),
                     ErrorCode::Invalid};
    }
    const QDate earliest = earliestDelivery(cool);
    const QDate latest = latestDelivery(cool);
    if (allocation.deliveryDate < earliest || allocation.deliveryDate > latest) {
        return Error{u"delivery_date"_s,
                     tr("Delivery date: for %1 (%2) enter a date from %3 to %4.")
                         .arg(CoolRules::periodLabel(cool), CoolRules::deliveryLabel(cool), slashDate(earliest),
                              slashDate(latest)),
                     ErrorCode::Invalid};
    }
    return {};
}

AllocationLine AllocationRules::line(const CoolPeriod& cool, const PlanRow& planned, const QDateTime& now)
{
    const PlanSettings& settings = PlanSettings::builtIn();
    const int dosesPerBox = settings.defaultVaccine().dosesPerBox;
    const int unitsPerBox = settings.needleFill().unitsPerBox();
    return {tr("%1 (%2)").arg(CoolRules::periodLabel(cool), CoolRules::deliveryLabel(cool)),
            vaccineLabel(planned.vaccineBoxes, dosesPerBox),
            needleLabel(planned.needleBoxes, unitsPerBox),
            vaccineLabel(cool.allocatedBoxes, dosesPerBox),
            needleLabel(cool.allocatedNeedleBoxes, unitsPerBox),
            deliveryDateLabel(cool.deliveryDate),
            stateLabel(cool, now)};
}

QString AllocationRules::deliveryDateLabel(const QDate& date)
{
    return date.isValid() ? slashDate(date) : tr("Undecided");
}

QString AllocationRules::vaccineLabel(const std::optional<int>& boxes, int dosesPerBox)
{
    if (!boxes) {
        return tr("Undecided");
    }
    return tr("%1 (%2)").arg(PlanQuantities::doses(*boxes * dosesPerBox), PlanQuantities::boxes(*boxes));
}

QString AllocationRules::needleLabel(const std::optional<int>& boxes, int unitsPerBox)
{
    if (!boxes) {
        return tr("Undecided");
    }
    return tr("%1 (%2)").arg(PlanQuantities::boxes(*boxes), PlanQuantities::units(*boxes * unitsPerBox));
}

QString AllocationRules::stateLabel(const CoolPeriod& cool, const QDateTime& now)
{
    switch (cool.state) {
    case CoolPeriod::State::Allocated:
        return tr("Allocation final");
    case CoolPeriod::State::Locked:
        return tr("Allocation in progress");
    case CoolPeriod::State::Open:
        break;
    }
    if (cool.changeDeadline.isValid() && now >= cool.changeDeadline) {
        return tr("Plan change deadline passed");
    }
    return tr("Plan can change until %1").arg(JapaneseFormat::dateTime(cool.changeDeadline));
}

} // namespace vsys::core
