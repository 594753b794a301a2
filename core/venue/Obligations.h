// SPDX-License-Identifier: MIT
// Obligations (ホーム画面の「対応が必要なこと」): what the venue must still do and by when — the 委任状 nobody has
// downloaded, the next 計画変更 deadline, the 実績 report due and the claim deadline — each naming the home
// screen's job that does it, so the clerk is one click from it.
#pragma once

#include "core/billing/HolidayCalendar.h"
#include "core/plan/CoolPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

struct Obligation
{
    enum class Kind {
        Delegation, ///< 委任状 not downloaded yet
        PlanChange, ///< the next 計画変更バッチ deadline
        Report, ///< 実績・廃棄の報告 due
        Claim, ///< 国保連への請求期限
    };

    Kind kind = Kind::Delegation;
    QDate date; ///< the day it is about: 発行日 of the newest 委任状, or the deadline (Japan date)
    QString title; ///< 「委任状のダウンロード（2件）」
    QString when; ///< 「2022/03/08 15:00まで」, 「2022/02/25発行」
    bool overdue = false; ///< the deadline has passed

    bool operator==(const Obligation&) const = default;
};

/// What the home screen knows, as plain values.
struct ObligationInput
{
    QList<QDateTime> undownloadedDelegations; ///< 発行日時 of each 委任状 downloaded by nobody yet
    QList<CoolPeriod> cools; ///< the クール calendar as the last sync brought it
    std::optional<QDate> lastReportAsOf; ///< the latest 実績 report's 〇〇時点, of any vaccine
    QList<QDate> vaccinationDays; ///< days with 接種 in the ledger (DoseLedger::dailyVaccinations' keys)
    QDateTime now; ///< the server's time (Japan date taken from it)
};

class Obligations
{
    Q_DECLARE_TR_FUNCTIONS(Obligations)
public:
    /// In the order above; an obligation with nothing to do is left out:
    /// - 委任状: when any is not downloaded, with the newest 発行日;
    /// - 計画変更: the earliest deadline still ahead of an open クール;
    /// - 実績: due the business day after the first day with 接種 in the ledger after the latest report's
    ///   〇〇時点 (docs/decisions.md), overdue after it; nothing when every dose is reported;
    /// - 請求: the claim of last month's doses, due 請求月の10日 or the next business day (core::claimDeadline);
    ///   once that has passed, the next month's. Left out when the calendar does not cover the day.
    static QList<Obligation> list(const ObligationInput& input,
                                  const HolidayCalendar& calendar = HolidayCalendar::builtIn());

    /// The day the 実績 report is due: the first business day after `vaccinationDay`.
    static QDate reportDue(QDate vaccinationDay, const HolidayCalendar& calendar = HolidayCalendar::builtIn());
};

} // namespace vsys::core
