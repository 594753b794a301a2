// SPDX-License-Identifier: MIT
// ClaimChecks: 印刷前の確認, the mistakes that made clinics correct V-SYS printouts by hand, found before
// anything is printed. Each is a warning the user may print past (a blank can be written in by hand).
#pragma once

#include "core/Result.h"
#include "core/billing/HolidayCalendar.h"
#include "core/billing/MonthlyClaim.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace vsys::core {

class MunicipalityDirectory;

class ClaimChecks // 印刷前の確認
{
    Q_DECLARE_TR_FUNCTIONS(ClaimChecks)
public:
    /// The warnings for printing `output` of `claim` on `today` (Japan time), in this order, each naming its
    /// field in `Error::field` and in the message:
    /// - "institution.representative", "institution.address": 代表者氏名 or 医療機関等の所在地 blank;
    /// - "institution.code": not 10 digits, or its 検証番号 does not match (類似コード may not follow it) unless
    ///   the user confirmed that code (`confirmedCodes`, kept per code: a 類似コード is asked about once);
    /// - "home_municipality" and "lines[i].municipality" / "returned[i].municipality": a 市区町村コード whose
    ///   check digit is wrong or that is not in `municipalities` (each code once);
    /// - "counts": the output bills nothing (every count 0);
    /// - "vaccination_month": the 接種月 has not ended on `today`;
    /// - "claim_month": the deadline (請求月の10日, next business day) has passed on `today`, with the date;
    /// - "ledger": the counts differ from 実績: the claim's 接種 (both sheets, 返戻分 left out) are not the
    ///   `ledgerVaccinations` the dose ledger (接種台帳) has for the 接種月; not checked without a ledger count.
    static QList<Error> beforePrinting(const MonthlyClaim& claim,
                                       ClaimOutput output,
                                       QDate today,
                                       const MunicipalityDirectory& municipalities,
                                       const QStringList& confirmedCodes = {},
                                       const HolidayCalendar& calendar = HolidayCalendar::builtIn(),
                                       std::optional<qint64> ledgerVaccinations = std::nullopt);
    /// The claim's 接種 of its 接種月 on both sheets (予診のみ and 返戻分 left out): what the ledger is compared with.
    static qint64 vaccinations(const MonthlyClaim& claim);
    /// The code the user is asked to confirm: 10 digits whose 検証番号 does not match (normalised, e.g.
    /// full-width digits folded), or empty when `code` is fine or wrong in a way no confirmation excuses.
    static QString unconfirmedCheckDigit(const QString& code);
};

} // namespace vsys::core
