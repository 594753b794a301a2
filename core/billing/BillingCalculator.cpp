// SPDX-License-Identifier: MIT
// Amounts follow domain-rules.md §1 (Rounding): count × tax-included unit price per row, totals as sums of rows.
#include "core/billing/BillingCalculator.h"

#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/validation/Validators.h"

#include <QMap>
#include <QString>
#include <QtNumeric>

#include <tuple>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// Ordered like the form's rows, because the enumerators are declared in that order.
using RowKey = std::tuple<DoseKind, AgeBand, TimeBand>;

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

BillingCalculator::BillingCalculator(const FeeSchedule& fees)
    : m_fees(fees)
{}

Result<BillingStatement>
BillingCalculator::compute(QDate claimMonth, QDate vaccinationMonth, const QList<BillingCount>& counts) const
{
    const QString claimField = u"claim_month"_s;
    const QString vaccinationField = u"vaccination_month"_s;
    if (!claimMonth.isValid()) {
        return Error{claimField, tr("%1: enter the claim month.").arg(claimField)};
    }
    if (!vaccinationMonth.isValid()) {
        return Error{vaccinationField, tr("%1: enter the vaccination month.").arg(vaccinationField)};
    }
    const QDate claimStart = firstOfMonth(claimMonth);
    const QDate vaccinationStart = firstOfMonth(vaccinationMonth);
    if (claimStart <= vaccinationStart) {
        return Error{claimField,
                     tr("%1: the claim month (%2) must come after the vaccination month (%3): a claim covers doses "
                        "given up to the end of the previous month.")
                         .arg(claimField, JapaneseFormat::month(claimStart), JapaneseFormat::month(vaccinationStart))};
    }
    const auto tooLarge = [](const QString& field) {
        return Error{field, tr("%1: the counts are too large to compute the amounts. Check the counts.").arg(field)};
    };

    BillingStatement statement;
    statement.format = claimFormatFor(vaccinationStart);

    QMap<QString, QMap<RowKey, qint64>> countsByMunicipality;
    QMap<RowKey, int> unitPrices;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const BillingCount& entry = counts.at(i);
        const QString row = u"counts[%1]"_s.arg(i);

        const QString municipalityField = row + u".municipality"_s;
        const ValidationResult code = MunicipalityCode::validate(entry.municipality, municipalityField);
        if (!code.acceptable()) {
            return Error{municipalityField, code.message};
        }

        const QString countField = row + u".count"_s;
        if (entry.count < 0) {
            return Error{countField, tr("%1: enter the count as a whole number of 0 or more.").arg(countField)};
        }

        if (statement.format == ClaimFormat::Old && entry.time != TimeBand::Regular) {
            const QString timeField = row + u".time"_s;
            return Error{
                timeField,
                tr("%1: claims for doses given in %2 use the old format, which has no after-hours or "
                   "holiday rows. Enter these doses as \"%3\" here and bill the after-hours or holiday "
                   "addition separately to the municipality where the venue is located.")
                    .arg(timeField, JapaneseFormat::month(vaccinationStart), BillingText::label(TimeBand::Regular))};
        }

        const Result<int> price
            = m_fees.unitPriceExcludingTax(entry.kind, entry.age, entry.time, vaccinationStart, row);
        if (!price) {
            return price.error();
        }
        const RowKey key{entry.kind, entry.age, entry.time};
        unitPrices.insert(key, m_fees.taxIncluded(*price));

        qint64& sum = countsByMunicipality[code.normalized][key];
        if (qAddOverflow(sum, entry.count, &sum)) {
            return tooLarge(countField);
        }
    }

    for (auto municipality = countsByMunicipality.cbegin(); municipality != countsByMunicipality.cend();
         ++municipality) {
        MunicipalityClaim claim;
        claim.code = municipality.key();
        for (auto rowCount = municipality->cbegin(); rowCount != municipality->cend(); ++rowCount) {
            BillingRow row;
            std::tie(row.kind, row.age, row.time) = rowCount.key();
            row.count = rowCount.value();
            row.unitPrice = unitPrices.value(rowCount.key());
            if (qMulOverflow(row.count, qint64(row.unitPrice), &row.amount)
                || qAddOverflow(claim.totalCount, row.count, &claim.totalCount)
                || qAddOverflow(claim.totalAmount, row.amount, &claim.totalAmount)) {
                return tooLarge(u"counts"_s);
            }
            claim.rows.append(row);
        }
        if (qAddOverflow(statement.totalCount, claim.totalCount, &statement.totalCount)
            || qAddOverflow(statement.totalAmount, claim.totalAmount, &statement.totalAmount)) {
            return tooLarge(u"counts"_s);
        }
        statement.municipalities.append(claim);
    }
    return statement;
}

} // namespace vsys::core
