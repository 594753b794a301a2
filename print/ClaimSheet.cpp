// SPDX-License-Identifier: MIT
// Rows after the V-SYS printouts in the 説明会資料 (seed: 「請求総括書・市区町村別請求書の出力について」).
#include "print/ClaimSheet.h"

#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/billing/FeeSchedule.h"

#include <array>

namespace vsys::print {

namespace {

using core::AgeBand;
using core::BillingRow;
using core::BillingText;
using core::ClaimFormat;
using core::DoseKind;
using core::TimeBand;

constexpr std::array kKinds = {DoseKind::ScreeningOnly, DoseKind::Vaccination};
constexpr std::array kAges = {AgeBand::UnderSix, AgeBand::SixAndOver};

/// The 時間帯 rows of a format: the old format has no 時間外・休日 rows (domain-rules.md §2.1).
QList<TimeBand> timesOf(ClaimFormat format)
{
    if (format == ClaimFormat::Old) {
        return {TimeBand::Regular};
    }
    return {TimeBand::Regular, TimeBand::AfterHours, TimeBand::Holiday};
}

/// 種類 as the forms write it: 6歳以上, and in the new format 6歳以上(時間外).
QString kindOfRow(AgeBand age, TimeBand time)
{
    if (time == TimeBand::Regular) {
        return BillingText::label(age);
    }
    return ClaimSheet::tr("%1 (%2)", "age (time band)").arg(BillingText::label(age), BillingText::label(time));
}

} // namespace

QList<ClaimSheet::Field> ClaimSheet::institutionFields(const core::ClaimInstitution& institution)
{
    return {{tr("Address of the medical institution"), institution.address},
            {tr("Name of the representative"), institution.representative},
            {tr("Telephone number"), institution.phone}};
}

QString ClaimSheet::claimMonthLine(QDate claimMonth)
{
    return tr("Claim for %1").arg(core::JapaneseFormat::month(claimMonth));
}

QList<ClaimSheet::AmountGroup> ClaimSheet::amountGroups(ClaimFormat format, const QList<BillingRow>& rows)
{
    QList<AmountGroup> groups;
    const QList<TimeBand> times = timesOf(format);
    for (DoseKind kind : kKinds) {
        AmountGroup group;
        group.category = BillingText::label(kind);
        qint64 subtotalCount = 0;
        qint64 subtotalAmount = 0;
        for (AgeBand age : kAges) {
            for (TimeBand time : times) {
                qint64 count = 0;
                qint64 amount = 0;
                for (const BillingRow& row : rows) {
                    if (row.kind == kind && row.age == age && row.time == time) {
                        count += row.count;
                        amount += row.amount;
                    }
                }
                subtotalCount += count;
                subtotalAmount += amount;
                group.rows.append(
                    {kindOfRow(age, time), core::JapaneseFormat::number(count), core::JapaneseFormat::number(amount)});
            }
        }
        group.subtotal = {tr("Subtotal"), core::JapaneseFormat::number(subtotalCount),
                          core::JapaneseFormat::number(subtotalAmount)};
        groups.append(group);
    }
    return groups;
}

ClaimSheet::AmountRow ClaimSheet::totalRow(qint64 totalCount, qint64 totalAmount)
{
    return {tr("Total"), core::JapaneseFormat::cases(totalCount), core::JapaneseFormat::yen(totalAmount)};
}

QList<ClaimSheet::PriceGroup> ClaimSheet::unitPriceGroups(ClaimFormat format, QDate vaccinationMonth)
{
    QList<PriceGroup> groups;
    const QList<TimeBand> times = timesOf(format);
    const core::FeeSchedule& fees = core::FeeSchedule::builtIn();
    for (DoseKind kind : kKinds) {
        PriceGroup group;
        group.category = BillingText::label(kind);
        for (AgeBand age : kAges) {
            for (TimeBand time : times) {
                // The same lookup the calculator prices the rows with; a row outside the fee table's period
                // prints a dash rather than a price nobody could claim.
                const auto price = fees.unitPriceExcludingTax(kind, age, time, vaccinationMonth);
                group.prices.append(
                    {kindOfRow(age, time), price ? core::JapaneseFormat::yen(*price) : tr("-", "no unit price")});
            }
        }
        groups.append(group);
    }
    return groups;
}

ClaimSheet::Captions ClaimSheet::captions()
{
    return {tr("Category"),
            tr("Type"),
            tr("Claimed count"),
            tr("Claimed amount (tax incl.)"),
            tr("Decided count"),
            tr("Decided amount (tax incl.)"),
            tr("[Unit prices (tax excl.)]"),
            tr("Unit price"),
            tr("Write within the thick frame above")};
}

} // namespace vsys::print
