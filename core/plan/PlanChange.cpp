// SPDX-License-Identifier: MIT
#include "core/plan/PlanChange.h"

#include "core/JsonNumber.h"
#include "core/JsonText.h"
#include "core/application/ApplicationRecord.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

QString notWhole(const QString& field)
{
    return PlanJson::tr("%1: give a whole number.").arg(field);
}

/// A time that is null or absent is "not yet"; one that is there must be readable.
Result<QDateTime> timeFromJson(const QJsonValue& value, const QString& field)
{
    const QDateTime time = ApplicationJson::timeFromJson(value);
    if (value.isString() ? !time.isValid() : !(value.isNull() || value.isUndefined())) {
        return Error{field, PlanJson::tr("%1: give a time such as 2022-03-01T01:00:00.000Z, or null.").arg(field)};
    }
    return time;
}

PlanVerdict refused(ErrorCode refusal, const QString& field, const QString& message)
{
    PlanVerdict verdict;
    verdict.refusal = refusal;
    verdict.error = {field, message, refusal};
    return verdict;
}

PlanVerdict accepted(PlanOutcome outcome)
{
    PlanVerdict verdict;
    verdict.outcome = outcome;
    return verdict;
}

QString rowField(qsizetype index, const QString& member)
{
    return u"rows[%1].%2"_s.arg(index).arg(member);
}

} // namespace

QString PlanApproval::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Approved:
        return u"approved"_s;
    case State::Denied:
        return u"denied"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PlanApproval::State> PlanApproval::stateFromKey(const QString& key)
{
    for (State state : {State::Pending, State::Approved, State::Denied}) {
        if (stateKey(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

PlanRow VenuePlan::row(int coolId) const
{
    for (const PlanRow& row : rows) {
        if (row.coolId == coolId) {
            return row;
        }
    }
    return PlanRow{coolId, 0, 0};
}

int VenuePlan::totalBoxes() const
{
    int total = 0;
    for (const PlanRow& row : rows) {
        total += row.vaccineBoxes;
    }
    return total;
}

QJsonObject PlanJson::toJson(const VenuePlan& plan)
{
    return {{u"version"_s, plan.version},
            {u"initial_total_boxes"_s,
             plan.initialTotalBoxes ? QJsonValue(*plan.initialTotalBoxes) : QJsonValue(QJsonValue::Null)},
            {u"rows"_s, rowsToJson(plan.rows)},
            {u"approval"_s, plan.approval ? QJsonValue(approvalToJson(*plan.approval)) : QJsonValue(QJsonValue::Null)},
            {u"updated_at"_s, ApplicationJson::timeToJson(plan.updatedAt)}};
}

Result<VenuePlan> PlanJson::fromJson(const QJsonObject& json)
{
    VenuePlan plan;
    const auto version = JsonNumber::integer(json.value(u"version"_s), 0);
    if (!version) {
        return Error{u"version"_s, notWhole(u"version"_s)};
    }
    plan.version = *version;
    const QJsonValue initial = json.value(u"initial_total_boxes"_s);
    if (!initial.isNull() && !initial.isUndefined()) {
        plan.initialTotalBoxes = JsonNumber::integer(initial, 0);
        if (!plan.initialTotalBoxes) {
            return Error{u"initial_total_boxes"_s, notWhole(u"initial_total_boxes"_s)};
        }
    }
    auto rows = rowsFromJson(json.value(u"rows"_s), u"rows"_s);
    if (!rows) {
        return rows.error();
    }
    plan.rows = std::move(rows).value();
    const QJsonValue approval = json.value(u"approval"_s);
    if (approval.isObject()) {
        auto read = approvalFromJson(approval.toObject(), u"approval"_s);
        if (!read) {
            return read.error();
        }
        plan.approval = std::move(read).value();
    } else if (!approval.isNull() && !approval.isUndefined()) {
        return Error{u"approval"_s, tr("%1: give an object, or null.").arg(u"approval"_s)};
    }
    auto updatedAt = timeFromJson(json.value(u"updated_at"_s), u"updated_at"_s);
    if (!updatedAt) {
        return updatedAt.error();
    }
    plan.updatedAt = *updatedAt;
    return plan;
}

QJsonObject PlanJson::rowToJson(const PlanRow& row)
{
    return {{u"cool_id"_s, row.coolId}, {u"vaccine_boxes"_s, row.vaccineBoxes}, {u"needle_boxes"_s, row.needleBoxes}};
}

Result<PlanRow> PlanJson::rowFromJson(const QJsonObject& json, const QString& field)
{
    const auto coolId = JsonNumber::integer(json.value(u"cool_id"_s), std::numeric_limits<int>::min());
    if (!coolId) {
        return Error{field + u".cool_id"_s, notWhole(field + u".cool_id"_s)};
    }
    const auto vaccineBoxes = JsonNumber::integer(json.value(u"vaccine_boxes"_s), std::numeric_limits<int>::min());
    if (!vaccineBoxes) {
        return Error{field + u".vaccine_boxes"_s, notWhole(field + u".vaccine_boxes"_s)};
    }
    const auto needleBoxes = JsonNumber::integer(json.value(u"needle_boxes"_s), std::numeric_limits<int>::min());
    if (!needleBoxes) {
        return Error{field + u".needle_boxes"_s, notWhole(field + u".needle_boxes"_s)};
    }
    return PlanRow{*coolId, *vaccineBoxes, *needleBoxes};
}

QJsonArray PlanJson::rowsToJson(const QList<PlanRow>& rows)
{
    QJsonArray array;
    for (const PlanRow& row : rows) {
        array.append(rowToJson(row));
    }
    return array;
}

Result<QList<PlanRow>> PlanJson::rowsFromJson(const QJsonValue& json, const QString& field)
{
    if (!json.isArray()) {
        return Error{field, tr("%1: give the rows as a list.").arg(field)};
    }
    QList<PlanRow> rows;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowName = u"%1[%2]"_s.arg(field).arg(i);
        if (!array.at(i).isObject()) {
            return Error{
                rowName,
                tr("%1: give the row as an object with cool_id, vaccine_boxes and needle_boxes.").arg(rowName)};
        }
        auto row = rowFromJson(array.at(i).toObject(), rowName);
        if (!row) {
            return row.error();
        }
        rows.append(*row);
    }
    return rows;
}

QJsonObject PlanJson::approvalToJson(const PlanApproval& approval)
{
    return {{u"state"_s, PlanApproval::stateKey(approval.state)},
            {u"requested_rows"_s, rowsToJson(approval.requestedRows)},
            {u"requested_total_boxes"_s, approval.requestedTotalBoxes},
            {u"comment"_s, textOrNull(approval.comment)},
            {u"requested_at"_s, ApplicationJson::timeToJson(approval.requestedAt)},
            {u"decided_at"_s, ApplicationJson::timeToJson(approval.decidedAt)}};
}

Result<PlanApproval> PlanJson::approvalFromJson(const QJsonObject& json, const QString& field)
{
    PlanApproval approval;
    const auto state = PlanApproval::stateFromKey(json.value(u"state"_s).toString());
    if (!state) {
        return Error{field + u".state"_s, tr("%1: give pending, approved or denied.").arg(field + u".state"_s)};
    }
    approval.state = *state;
    auto rows = rowsFromJson(json.value(u"requested_rows"_s), field + u".requested_rows"_s);
    if (!rows) {
        return rows.error();
    }
    approval.requestedRows = std::move(rows).value();
    const auto total = JsonNumber::integer(json.value(u"requested_total_boxes"_s), 0);
    if (!total) {
        return Error{field + u".requested_total_boxes"_s, notWhole(field + u".requested_total_boxes"_s)};
    }
    approval.requestedTotalBoxes = *total;
    approval.comment = json.value(u"comment"_s).toString();
    auto requestedAt = timeFromJson(json.value(u"requested_at"_s), field + u".requested_at"_s);
    if (!requestedAt) {
        return requestedAt.error();
    }
    approval.requestedAt = *requestedAt;
    auto decidedAt = timeFromJson(json.value(u"decided_at"_s), field + u".decided_at"_s);
    if (!decidedAt) {
        return decidedAt.error();
    }
    approval.decidedAt = *decidedAt;
    return approval;
}

PlanVerdict PlanChange::check(const VenuePlan& stored,
                              const QList<PlanRow>& requested,
                              const QList<CoolPeriod>& cools,
                              const QDateTime& now,
                              bool requestApproval,
                              const VaccinationPlan& rules)
{
    const auto coolOf = [&cools](int id) -> const CoolPeriod* {
        for (const CoolPeriod& cool : cools) {
            if (cool.id == id) {
                return &cool;
            }
        }
        return nullptr;
    };

    QSet<int> seen;
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const int id = requested.at(i).coolId;
        const CoolPeriod* cool = coolOf(id);
        if (!cool) {
            return refused(ErrorCode::Invalid, rowField(i, u"cool_id"_s),
                           tr("クール %1 is not in the calendar. Please receive the latest calendar and register the "
                              "plan again.")
                               .arg(id));
        }
        if (seen.contains(id)) {
            return refused(
                ErrorCode::Invalid, rowField(i, u"cool_id"_s),
                tr("%1 is in the plan twice. Send each クール's row once.").arg(CoolRules::periodLabel(*cool)));
        }
        seen.insert(id);
    }
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const PlanRow& row = requested.at(i);
        const auto line = rules.line(row.vaccineBoxes, row.needleBoxes, CoolRules::periodLabel(*coolOf(row.coolId)));
        if (!line) {
            return refused(ErrorCode::Invalid, rowField(i, line.error().field), line.error().message);
        }
    }

    if (changes(stored, requested)) {
        if (const QString reason = CoolRules::planLockReason(cools); !reason.isEmpty()) {
            return refused(ErrorCode::PlanLocked, {}, reason);
        }
    }
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const PlanRow& row = requested.at(i);
        const PlanRow before = stored.row(row.coolId);
        if (row == before) {
            continue;
        }
        if (const QString reason = CoolRules::rowLockReason(*coolOf(row.coolId), now); !reason.isEmpty()) {
            const bool vaccineChanged = row.vaccineBoxes != before.vaccineBoxes;
            return refused(ErrorCode::CoolLocked, rowField(i, vaccineChanged ? u"vaccine_boxes"_s : u"needle_boxes"_s),
                           reason);
        }
    }

    if (stored.version == 0 || !stored.initialTotalBoxes) {
        return accepted(PlanOutcome::FirstRegistration);
    }
    if (!needsNationalApproval(stored, requested)) {
        return accepted(PlanOutcome::Apply);
    }
    if (requestApproval) {
        return accepted(PlanOutcome::RequestApproval);
    }
    return refused(ErrorCode::ApprovalRequired, u"request_approval"_s,
                   tr("A change above the %n vaccine box(es) of the first registration needs the national "
                      "government's confirmation. Please send it with \"Request the government's confirmation\".",
                      nullptr, *stored.initialTotalBoxes));
}

QList<PlanRow> PlanChange::merged(const VenuePlan& stored, const QList<PlanRow>& requested)
{
    QMap<int, PlanRow> rows;
    for (const PlanRow& row : stored.rows) {
        rows.insert(row.coolId, row);
    }
    for (const PlanRow& row : requested) {
        rows.insert(row.coolId, row);
    }
    return rows.values();
}

bool PlanChange::changes(const VenuePlan& stored, const QList<PlanRow>& requested)
{
    return std::any_of(requested.cbegin(), requested.cend(),
                       [&stored](const PlanRow& row) { return row != stored.row(row.coolId); });
}

bool PlanChange::needsNationalApproval(const VenuePlan& stored, const QList<PlanRow>& requested)
{
    if (stored.version == 0 || !stored.initialTotalBoxes || !changes(stored, requested)) {
        return false;
    }
    VenuePlan after;
    after.rows = merged(stored, requested);
    return after.totalBoxes() > *stored.initialTotalBoxes;
}

} // namespace vsys::core
