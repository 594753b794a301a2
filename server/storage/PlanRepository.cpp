// SPDX-License-Identifier: MIT
// PlanRepository: rows and approval as core::PlanJson text; the version guards every write.
#include "server/storage/PlanRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns
    = u"SELECT venue_id, version, initial_total_boxes, rows, approval, updated_at FROM venue_plan "_s;
const QString kByVenue = kColumns + u"WHERE venue_id = :venue_id"_s;
const QString kWithApproval = kColumns + u"WHERE approval IS NOT NULL"_s;
// A second first registration racing this one inserts nothing, which reads as a lost race.
const QString kInsert = u"INSERT INTO venue_plan (venue_id, version, initial_total_boxes, rows, approval, updated_at) "
                        "VALUES (:venue_id, :version, :initial, :rows, :approval, :updated_at) "
                        "ON CONFLICT (venue_id) DO NOTHING"_s;
const QString kUpdate = u"UPDATE venue_plan SET version = :version, initial_total_boxes = :initial, rows = :rows, "
                        "approval = :approval, updated_at = :updated_at WHERE venue_id = :venue_id AND version = "
                        ":expected"_s;

QString jsonText(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue jsonOf(const QVariant& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

core::Result<StoredPlan> planFrom(const SqlRows& rows)
{
    StoredPlan stored;
    stored.venueId = rows.value(0).toString();
    stored.plan.version = rows.value(1).toInt();
    if (!rows.value(2).isNull()) {
        stored.plan.initialTotalBoxes = rows.value(2).toInt();
    }
    auto planRows = core::PlanJson::rowsFromJson(jsonOf(rows.value(3)), u"rows"_s);
    if (!planRows) {
        return planRows.error();
    }
    stored.plan.rows = std::move(planRows).value();
    if (!rows.value(4).isNull()) {
        auto approval = core::PlanJson::approvalFromJson(jsonOf(rows.value(4)).toObject(), u"approval"_s);
        if (!approval) {
            return approval.error();
        }
        stored.plan.approval = std::move(approval).value();
    }
    stored.plan.updatedAt = storedTime::fromVariant(rows.value(5));
    return stored;
}

} // namespace

PlanRepository::PlanRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<core::VenuePlan> PlanRepository::find(const QString& venueId)
{
    auto rows = m_storage.execute(kByVenue, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return core::VenuePlan();
    }
    auto stored = planFrom(*rows);
    if (!stored) {
        return m_storage.failure(u"venue_plan of %1: %2"_s.arg(venueId, stored.error().field));
    }
    return stored->plan;
}

core::Result<QList<StoredPlan>> PlanRepository::pendingApprovals()
{
    auto rows = m_storage.execute(kWithApproval);
    if (!rows) {
        return rows.error();
    }
    QList<StoredPlan> pending;
    while (rows->next()) {
        auto stored = planFrom(*rows);
        if (!stored) {
            return m_storage.failure(u"venue_plan of %1: %2"_s.arg(rows->value(0).toString(), stored.error().field));
        }
        if (stored->plan.approval->state == core::PlanApproval::State::Pending) {
            pending.append(*stored);
        }
    }
    std::stable_sort(pending.begin(), pending.end(), [](const StoredPlan& a, const StoredPlan& b) {
        return a.plan.approval->requestedAt < b.plan.approval->requestedAt;
    });
    return pending;
}

core::Result<bool> PlanRepository::save(const QString& venueId, const core::VenuePlan& plan, int expectedVersion)
{
    const QVariantMap values{
        {u"venue_id"_s, venueId},
        {u"version"_s, plan.version},
        {u"initial"_s,
         plan.initialTotalBoxes ? QVariant(*plan.initialTotalBoxes) : QVariant(QMetaType::fromType<int>())},
        {u"rows"_s, jsonText(core::PlanJson::rowsToJson(plan.rows))},
        {u"approval"_s,
         plan.approval ? QVariant(jsonText(core::PlanJson::approvalToJson(*plan.approval)))
                       : QVariant(QMetaType::fromType<QString>())},
        {u"updated_at"_s, storedTime::toVariant(plan.updatedAt)}};
    if (expectedVersion == 0) {
        auto rows = m_storage.execute(kInsert, values);
        if (!rows) {
            return rows.error();
        }
        return rows->affected() == 1;
    }
    QVariantMap update = values;
    update.insert(u"expected"_s, expectedVersion);
    auto rows = m_storage.execute(kUpdate, update);
    if (!rows) {
        return rows.error();
    }
    return rows->affected() == 1;
}

} // namespace vsys::server
