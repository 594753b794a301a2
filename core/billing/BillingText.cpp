// SPDX-License-Identifier: MIT
#include "core/billing/BillingText.h"

using namespace Qt::StringLiterals;

namespace vsys::core {

QString BillingText::label(DoseKind kind)
{
    switch (kind) {
    case DoseKind::ScreeningOnly:
        return tr("Screening only");
    case DoseKind::Vaccination:
        return tr("Vaccination");
    }
    Q_UNREACHABLE();
    return {};
}

QString BillingText::label(AgeBand age)
{
    switch (age) {
    case AgeBand::UnderSix:
        return tr("Under 6");
    case AgeBand::SixAndOver:
        return tr("6 and over");
    }
    Q_UNREACHABLE();
    return {};
}

QString BillingText::label(TimeBand time)
{
    switch (time) {
    case TimeBand::Regular:
        return tr("Regular hours");
    case TimeBand::AfterHours:
        return tr("After hours");
    case TimeBand::Holiday:
        return tr("Holiday");
    }
    Q_UNREACHABLE();
    return {};
}

QString BillingText::label(ClaimFormat form)
{
    switch (form) {
    case ClaimFormat::Old:
        return tr("Old format");
    case ClaimFormat::New:
        return tr("New format");
    }
    Q_UNREACHABLE();
    return {};
}

QString BillingText::label(FeeItem item)
{
    switch (item) {
    case FeeItem::Vaccination:
        return tr("vaccination fee");
    case FeeItem::ScreeningOnly:
        return tr("screening-only fee");
    case FeeItem::UnderSixAddition:
        return tr("under-6 addition");
    case FeeItem::AfterHoursAddition:
        return tr("after-hours addition");
    case FeeItem::HolidayAddition:
        return tr("holiday addition");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace vsys::core
