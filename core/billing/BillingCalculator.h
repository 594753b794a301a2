// SPDX-License-Identifier: MIT
// 請求額の計算: turns the counts of one 接種月 into the 市区町村別請求書 rows and the 請求総括書 totals.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/FeeSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace vsys::core {

class BillingCalculator // 請求額の計算
{
    Q_DECLARE_TR_FUNCTIONS(BillingCalculator)
public:
    explicit BillingCalculator(const FeeSchedule& fees = FeeSchedule::builtIn());

    /// The claim submitted in `claimMonth` for doses given in `vaccinationMonth` (any day of each month).
    /// Entries with the same municipality, kind, age and time are summed; every combination entered becomes a
    /// row, zero counts included, in the form's order. The first problem found is returned, naming its field
    /// ("claim_month", "vaccination_month", "counts[2].count", ...).
    Result<BillingStatement> compute(QDate claimMonth, QDate vaccinationMonth, const QList<BillingCount>& counts) const;

private:
    FeeSchedule m_fees;
};

} // namespace vsys::core
