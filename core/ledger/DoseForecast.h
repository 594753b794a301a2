// SPDX-License-Identifier: MIT
// DoseForecast (計画と実績): per クール, the doses delivered (分配), given (接種台帳), wasted (実績の廃棄数) and on
// hand, and whether the doses on hand will be used before the next delivered クール begins or before their
// usable period ends at the venue's rate of the last 14 days, so the plan can be lowered in time (残余ワクチン
// are not taken back for the booster: the briefing asks for a plan that leaves none).
#pragma once

#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace vsys::core {

/// Everything the forecast reads, as plain values (the page gathers them from the calendar, the plan, the
/// ledger and the latest 実績 report).
struct ForecastInput
{
    QList<CoolPeriod> cools; ///< the クール calendar with this venue's 分配実績 and 配送予定日
    QList<PlanRow> plan; ///< the registered plan: a クール not yet allocated is expected to bring its planned boxes
    int dosesPerBox = 0; ///< 150回接種分 for the Moderna booster (PlanSettings)
    QMap<QDate, int> dailyVaccinations; ///< 接種 per day from the ledger (DoseLedger::dailyVaccinations)
    int wastedDoses = 0; ///< the latest 実績 report's wasted vials × doses per vial
    QDate wastedAsOf; ///< that report's 〇〇時点; invalid without a report
    int usableDays = 0; ///< days a delivered dose stays usable (VaccineCatalog, UNCONFIRMED)
    QDate today; ///< Japan date
};

/// One クール beside its plan.
struct ForecastCool
{
    CoolPeriod cool;
    QDate arrival; ///< 配送予定日, else the Monday of the 配送 week
    int plannedDoses = 0;
    std::optional<int> deliveredDoses; ///< 分配実績 × doses per box; nullopt = 未定
    bool arrived = false; ///< delivered on or before today
    int given = 0; ///< 接種 of the ledger dated within the クール, up to today
    int wasted = 0; ///< the report's 廃棄, counted in the クール its 〇〇時点 falls in
    std::optional<int> onHand; ///< 在庫: delivered minus given and wasted up to the クール's end (or today)
};

struct Forecast
{
    QList<ForecastCool> cools;
    int onHand = 0; ///< doses on hand at the end of today (never below 0)
    int dosesInLast14Days = 0; ///< 接種 of the 14 days before today: the daily rate is this / 14
    QDate nextStart; ///< the first day of the next クール that brings doses; invalid when none is planned
    QDate usableUntil; ///< the last day the newest doses on hand are usable; invalid when none are on hand
    int surplus = 0; ///< doses expected to be left over (余る見込み), rounded; 0 = none
    int expiring = 0; ///< of the surplus: doses whose usable period ends before they are used

    /// 「約N回分が余る見込み」 with why, or empty when nothing is expected to be left over.
    QString warning() const;
    /// 「1日あたり約12.5回（直近14日）」.
    QString rateText() const;
};

class DoseForecast
{
    Q_DECLARE_TR_FUNCTIONS(DoseForecast)
public:
    static constexpr int kRateDays = 14;

    /// Lots are used oldest first; from tomorrow up to the day before `nextStart` (or until every lot's usable
    /// period has ended when no further クール brings doses) each day uses the 14-day rate; what expires on the
    /// way and what is left when the next クール begins is the surplus.
    static Forecast make(const ForecastInput& input);
};

} // namespace vsys::core
