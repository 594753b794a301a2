// SPDX-License-Identifier: MIT
// JSON bytes → the 接種計画 codecs and rules: the body of PUT /plan ("rows", "request_approval") checked by
// core::PlanChange against a stored plan and the クール calendar, as PlanService does, and the plan and
// クール answers the client reads (GET /plan, GET /cools), with the needle fill the CLI's `plan` computes.
//
// An input is {"rows":[...],"request_approval":bool} with optional "plan" (the stored plan as GET /plan
// gives it) and "cools" (as GET /cools gives them).
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "core/plan/VaccinationPlan.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace vsys::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = vsys::fuzz::jsonObject(data, size);
    if (!json) {
        return 0;
    }

    VenuePlan stored;
    if (json->contains(u"plan"_s)) {
        const auto plan = PlanJson::fromJson(json->value(u"plan"_s).toObject());
        if (!plan.ok()) {
            return 0;
        }
        // What the server sends, the client must read back as the same plan.
        const auto again = PlanJson::fromJson(PlanJson::toJson(*plan));
        if (!again.ok() || !(*again == *plan)) {
            std::fprintf(stderr, "a plan does not survive toJson/fromJson\n");
            std::abort();
        }
        stored = *plan;
    }
    QList<CoolPeriod> cools;
    for (const QJsonValue& value : json->value(u"cools"_s).toArray()) {
        if (const auto cool = CoolJson::fromJson(value.toObject())) {
            cools.append(*cool);
        }
    }

    const auto rows = PlanJson::rowsFromJson(json->value(u"rows"_s), u"rows"_s);
    if (!rows.ok()) {
        return 0;
    }
    const QDateTime now(QDate(2022, 3, 1), QTime(10, 0), QTimeZone(9 * 3600));
    const bool requestApproval = json->value(u"request_approval"_s).toBool();
    const PlanVerdict verdict = PlanChange::check(stored, *rows, cools, now, requestApproval);
    const QList<PlanRow> merged = PlanChange::merged(stored, *rows);
    (void)CoolRules::planLockReason(cools);
    for (const CoolPeriod& cool : cools) {
        (void)CoolRules::rowLockReason(cool, now);
        (void)CoolRules::periodLabel(cool);
    }

    const VaccinationPlan rules;
    QList<int> boxes;
    for (const PlanRow& row : merged) {
        (void)rules.line(row.vaccineBoxes, row.needleBoxes);
        boxes.append(row.vaccineBoxes);
    }
    if (verdict.accepted()) {
        // An accepted plan is within the per-クール bound, so its totals cannot overflow.
        (void)rules.totals(boxes);
    }
    return 0;
}
