// SPDX-License-Identifier: MIT
// Translated labels for the billing types, as printed on the forms, and the month format of messages.
#pragma once

#include "core/billing/BillingTypes.h"

#include <QCoreApplication>
#include <QDate>
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
    /// A month as the forms write it (2021年04月); only year and month of `date` are used.
    static QString yearMonth(QDate date);
    /// A day as messages write it (2021年04月12日).
    static QString date(QDate date);
};

} // namespace vsys::core
