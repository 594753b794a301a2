// SPDX-License-Identifier: MIT
// Translated labels for the billing types, as printed on the forms.
#pragma once

#include "core/billing/BillingTypes.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::core {

class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(BillingText)
public:
    static QString label(DoseKind kind); ///< 予診のみ / 接種
    static QString label(AgeBand age); ///< 6歳未満 / 6歳以上
    static QString label(TimeBand time); ///< 通常 / 時間外 / 休日
    static QString label(ClaimFormat form); ///< 旧様式 / 新様式
    static QString label(FeeItem item); ///< 接種費用, 時間外加算, ...
};

} // namespace vsys::core
