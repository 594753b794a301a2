// SPDX-License-Identifier: MIT
// The JSON form of a claim (請求) as scripts and the server exchange it: counts in, statement out.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace vsys::core {

/// What to bill: one 請求月, one 接種月, and the counts per municipality and row.
struct BillingRequest
{
    QDate claimMonth; ///< first day of the 請求月
    QDate vaccinationMonth; ///< first day of the 接種月
    QList<BillingCount> counts;
    QString homeMunicipality; ///< 医療機関と同一市内 (6 digits), marked on the printouts; empty when not given
};

class BillingJson
{
    Q_DECLARE_TR_FUNCTIONS(BillingJson)
public:
    /// Parses {"claim_month":"YYYY-MM","vaccination_month":"YYYY-MM","counts":[{"municipality",
    /// "kind","age","time","count"}]} with an optional "home_municipality" (text). "time" defaults to "regular";
    /// unknown keys are refused so that a typo cannot silently drop a count. Errors name the field ("counts[2].kind").
    static Result<BillingRequest> parseRequest(const QByteArray& json);
    static QJsonObject toJson(const BillingStatement& statement);

    static QString key(DoseKind kind); ///< "vaccination" / "screening_only"
    static QString key(AgeBand age); ///< "6plus" / "under6"
    static QString key(TimeBand time); ///< "regular" / "after_hours" / "holiday"
    static QString key(ClaimFormat format); ///< "old" / "new"

    /// The value whose key() is `key`, or nothing for any other text.
    static std::optional<DoseKind> doseKind(const QString& key);
    static std::optional<AgeBand> ageBand(const QString& key);
    static std::optional<TimeBand> timeBand(const QString& key);
};

} // namespace vsys::core
