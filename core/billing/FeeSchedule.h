// SPDX-License-Identifier: MIT
// 単価表: the nationwide fees of the 特例臨時接種 with their validity by 接種日, loaded from fees.json
// (domain-rules.md §0.1, §1).
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace vsys::core {

/// One line of fees.json: an amount valid for doses given from `validFrom` to `validTo` inclusive.
struct FeeEntry
{
    FeeItem item = FeeItem::Vaccination;
    int amount = 0; ///< yen, tax excluded (税抜)
    QDate validFrom;
    QDate validTo;
    QString source;
};

class FeeSchedule // 単価表
{
    Q_DECLARE_TR_FUNCTIONS(FeeSchedule)
public:
    /// Parses fees.json. Errors name the entry and key ("fees[3].valid_to"). Entries of one item must not
    /// overlap in time.
    static Result<FeeSchedule> fromJson(const QByteArray& json);
    /// The shipped table (:/data/billing/fees.json), parsed once.
    static const FeeSchedule& builtIn();

    /// The tax-excluded price of one row (base + 6歳未満 + 時間外/休日) for doses given in the month of
    /// `vaccinationMonth`. An item applies to a month when its validity overlaps the month; an item whose
    /// amount changes within the month, or that no entry covers, is an error. A missing base fee names
    /// "vaccination_month"; a missing addition names `rowField` + ".age" or ".time" (e.g. "counts[2].time").
    Result<int> unitPriceExcludingTax(
        DoseKind kind, AgeBand age, TimeBand time, QDate vaccinationMonth, const QString& rowField = {}) const;
    /// The tax-included amount (税込). Rounds down should a rate ever give a fraction of a yen.
    int taxIncluded(int amountExcludingTax) const;
    int taxRatePercent() const { return m_taxRatePercent; }
    const QList<FeeEntry>& entries() const { return m_entries; }

private:
    FeeSchedule(QList<FeeEntry> entries, int taxRatePercent);

    QList<FeeEntry> m_entries;
    int m_taxRatePercent = 0;
};

} // namespace vsys::core
