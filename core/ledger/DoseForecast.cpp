// SPDX-License-Identifier: MIT
#include "core/ledger/DoseForecast.h"

#include "core/JapaneseFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// One delivery still (partly) on hand, in 14ths of a dose so that a day's use at the 14-day rate is a whole
/// number: the forecast rounds once, at the end.
struct Lot
{
    QDate firstUnusableDay;
    qint64 remaining = 0;
};

int plannedBoxes(const QList<PlanRow>& plan, int coolId)
{
    const auto found
        = std::find_if(plan.cbegin(), plan.cend(), [coolId](const PlanRow& row) { return row.coolId == coolId; });
    return found == plan.cend() ? 0 : found->vaccineBoxes;
}

int givenBetween(const QMap<QDate, int>& daily, QDate from, QDate to)
{
    int sum = 0;
    for (auto it = daily.lowerBound(from); it != daily.cend() && it.key() <= to; ++it) {
        sum += it.value();
    }
    return sum;
}

/// Takes `amount` from the oldest lots first.
void useOldestFirst(QList<Lot>& lots, qint64 amount)
{
    for (Lot& lot : lots) {
        const qint64 taken = std::min(lot.remaining, amount);
        lot.remaining -= taken;
        amount -= taken;
    }
}

qint64 roundedDoses(qint64 fourteenths)
{
    return (fourteenths + DoseForecast::kRateDays / 2) / DoseForecast::kRateDays;
}

} // namespace

Forecast DoseForecast::make(const ForecastInput& input)
{
    Forecast forecast;
    QList<CoolPeriod> cools = input.cools;
    std::sort(cools.begin(), cools.end(), [](const CoolPeriod& a, const CoolPeriod& b) { return a.start < b.start; });

    QList<Lot> lots;
    qint64 delivered = 0;
    for (const CoolPeriod& cool : cools) {
        ForecastCool row;
        row.cool = cool;
        row.arrival = cool.deliveryDate.isValid() ? cool.deliveryDate : cool.deliveryWeek;
        row.plannedDoses = plannedBoxes(input.plan, cool.id) * input.dosesPerBox;
        if (cool.allocatedBoxes) {
            row.deliveredDoses = *cool.allocatedBoxes * input.dosesPerBox;
        }
        row.arrived = row.deliveredDoses && row.arrival <= input.today;
        row.given = givenBetween(input.dailyVaccinations, cool.start, std::min(cool.end, input.today));
        if (input.wastedAsOf.isValid() && input.wastedAsOf <= cool.end
            && (forecast.cools.isEmpty() || input.wastedAsOf >= cool.start)) {
            row.wasted = input.wastedDoses;
        }
        if (row.arrived) {
            delivered += *row.deliveredDoses;
            // Without a known usable period a lot never expires here (an invalid day).
            const QDate firstUnusable = input.usableDays > 0 ? row.arrival.addDays(input.usableDays) : QDate();
            lots.append({firstUnusable, qint64(*row.deliveredDoses) * kRateDays});
        }
        const int doses = row.deliveredDoses.value_or(row.plannedDoses);
        if (!forecast.nextStart.isValid() && row.arrival > input.today && doses > 0) {
            forecast.nextStart = cool.start;
        }
        forecast.cools.append(row);
    }
    // A report dated after every クール still counts once.
    if (input.wastedAsOf.isValid() && !forecast.cools.isEmpty()
        && std::none_of(forecast.cools.cbegin(), forecast.cools.cend(),
                        [](const ForecastCool& row) { return row.wasted > 0; })) {
        forecast.cools.last().wasted = input.wastedDoses;
    }

    // 在庫 per クール: the running balance up to the クール's end, or today for the current one.
    qint64 balance = 0;
    for (ForecastCool& row : forecast.cools) {
        if (row.cool.start > input.today) {
            continue;
        }
        if (row.arrived) {
            balance += *row.deliveredDoses;
        }
        balance -= row.given + row.wasted;
        row.onHand = int(std::max<qint64>(balance, 0));
    }

    const int givenSoFar = givenBetween(input.dailyVaccinations, QDate(1, 1, 1), input.today);
    const int wasted = input.wastedAsOf.isValid() ? input.wastedDoses : 0;
    forecast.onHand = int(std::max<qint64>(delivered - givenSoFar - wasted, 0));
    useOldestFirst(lots, (qint64(givenSoFar) + wasted) * kRateDays);
    lots.removeIf([](const Lot& lot) { return lot.remaining == 0; });
    if (!lots.isEmpty() && input.usableDays > 0) {
        forecast.usableUntil = lots.constLast().firstUnusableDay.addDays(-1);
    }
    forecast.dosesInLast14Days
        = givenBetween(input.dailyVaccinations, input.today.addDays(-kRateDays), input.today.addDays(-1));

    // Day by day from tomorrow: lots past their usable period are lost, the rest is used oldest first.
    qint64 expiring = 0;
    if (!forecast.nextStart.isValid() && input.usableDays <= 0) {
        lots.clear(); // no day to forecast up to: nothing is said
    }
    for (QDate day = input.today.addDays(1); !lots.isEmpty(); day = day.addDays(1)) {
        if (forecast.nextStart.isValid() && day >= forecast.nextStart) {
            break;
        }
        while (!lots.isEmpty() && lots.constFirst().firstUnusableDay.isValid()
               && lots.constFirst().firstUnusableDay <= day) {
            expiring += lots.takeFirst().remaining;
        }
        useOldestFirst(lots, forecast.dosesInLast14Days);
        lots.removeIf([](const Lot& lot) { return lot.remaining == 0; });
    }
    qint64 left = expiring;
    for (const Lot& lot : lots) {
        left += lot.remaining;
    }
    forecast.expiring = int(roundedDoses(expiring));
    forecast.surplus = int(roundedDoses(left));
    return forecast;
}

QString Forecast::warning() const
{
    if (surplus <= 0) {
        return {};
    }
    if (expiring > 0) {
        return DoseForecast::tr("About %1 doses are expected to be left over: at %2, about %3 of the %4 on hand pass "
                                "their usable period before they are used. Consider lowering the plan.")
            .arg(JapaneseFormat::number(surplus), rateText(), JapaneseFormat::doses(expiring),
                 JapaneseFormat::doses(onHand));
    }
    return DoseForecast::tr("About %1 doses are expected to be left over: at %2, the %3 on hand will not be used "
                            "before the next delivery period starts on %4. Consider lowering the plan.")
        .arg(JapaneseFormat::number(surplus), rateText(), JapaneseFormat::doses(onHand),
             JapaneseFormat::day(nextStart));
}

QString Forecast::rateText() const
{
    const double rate = double(dosesInLast14Days) / DoseForecast::kRateDays;
    return DoseForecast::tr("about %1 doses a day (last 14 days)").arg(QString::number(rate, 'f', 1));
}

} // namespace vsys::core
