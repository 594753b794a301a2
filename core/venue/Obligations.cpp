// SPDX-License-Identifier: MIT
#include "core/venue/Obligations.h"

#include "core/JapaneseFormat.h"
#include "core/billing/ClaimDeadline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

std::optional<Obligation> delegation(const ObligationInput& input)
{
    if (input.undownloadedDelegations.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime newest
        = *std::max_element(input.undownloadedDelegations.cbegin(), input.undownloadedDelegations.cend());
    const QDate issued = JapaneseFormat::inJapan(newest).date();
    return Obligation{Obligation::Kind::Delegation, issued,
                      Obligations::tr("Download the delegation letters (%1)")
                          .arg(JapaneseFormat::cases(input.undownloadedDelegations.size())),
                      Obligations::tr("issued %1").arg(JapaneseFormat::day(issued)), false};
}

std::optional<Obligation> planChange(const ObligationInput& input)
{
    std::optional<CoolPeriod> next;
    for (const CoolPeriod& cool : input.cools) {
        if (cool.state == CoolPeriod::State::Open && cool.changeDeadline > input.now
            && (!next || cool.changeDeadline < next->changeDeadline)) {
            next = cool;
        }
    }
    if (!next) {
        return std::nullopt;
    }
    const QDateTime deadline = JapaneseFormat::inJapan(next->changeDeadline);
    return Obligation{Obligation::Kind::PlanChange, deadline.date(),
                      Obligations::tr("Plan change deadline for %1").arg(CoolRules::periodLabel(*next)),
                      Obligations::tr("by %1").arg(JapaneseFormat::dateTime(next->changeDeadline)), false};
}

std::optional<Obligation> report(const ObligationInput& input, QDate today, const HolidayCalendar& calendar)
{
    QList<QDate> unreported;
    for (const QDate& day : input.vaccinationDays) {
        if (!input.lastReportAsOf || day > *input.lastReportAsOf) {
            unreported.append(day);
        }
    }
    if (unreported.isEmpty()) {
        return std::nullopt;
    }
    const QDate first = *std::min_element(unreported.cbegin(), unreported.cend());
    const QDate due = Obligations::reportDue(first, calendar);
    return Obligation{Obligation::Kind::Report, due,
                      Obligations::tr("Performance report (vaccinations from %1)").arg(JapaneseFormat::day(first)),
                      Obligations::tr("by %1").arg(JapaneseFormat::day(due)), due < today};
}

std::optional<Obligation> claim(QDate today, const HolidayCalendar& calendar)
{
    QDate claimMonth(today.year(), today.month(), 1);
    auto deadline = claimDeadline(claimMonth, calendar);
    if (deadline && *deadline < today) {
        claimMonth = claimMonth.addMonths(1);
        deadline = claimDeadline(claimMonth, calendar);
    }
    if (!deadline) {
        return std::nullopt;
    }
    return Obligation{Obligation::Kind::Claim, *deadline,
                      Obligations::tr("Claim for the vaccinations of %1 (claim month %2)")
                          .arg(JapaneseFormat::month(claimMonth.addMonths(-1)), JapaneseFormat::month(claimMonth)),
                      Obligations::tr("by %1").arg(JapaneseFormat::day(*deadline)), false};
}

} // namespace

QList<Obligation> Obligations::list(const ObligationInput& input, const HolidayCalendar& calendar)
{
    const QDate today = JapaneseFormat::inJapan(input.now).date();
    QList<Obligation> obligations;
    for (const auto& obligation :
         {delegation(input), planChange(input), report(input, today, calendar), claim(today, calendar)}) {
        if (obligation) {
            obligations.append(*obligation);
        }
    }
    return obligations;
}

QDate Obligations::reportDue(QDate vaccinationDay, const HolidayCalendar& calendar)
{
    QDate day = vaccinationDay.addDays(1);
    // Past the holiday data the weekends still hold; an unlisted holiday there only makes the date early.
    while (calendar.covers(day) ? !calendar.isBusinessDay(day) : day.dayOfWeek() > 5) {
        day = day.addDays(1);
    }
    return day;
}

} // namespace vsys::core
