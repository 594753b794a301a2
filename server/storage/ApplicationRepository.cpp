// SPDX-License-Identifier: MIT
// ApplicationRepository: SQL for application rows; the status column holds the core status key.
#include "server/storage/ApplicationRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredJson.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"SELECT venue_id, id, number, status, version, content, submitted_at, reviewed_at, "
                         "review_comment, issued_vsys_id, created_at, updated_at FROM application "_s;
const QString kById = kColumns + u"WHERE id = :id"_s;
const QString kByIdForVenue = kColumns + u"WHERE id = :id AND venue_id = :venue_id"_s;
const QString kByNumber = kColumns + u"WHERE number = :number"_s;
const QString kKeysFromTop = u"SELECT created_at, id FROM application WHERE venue_id = :venue_id "
                             "ORDER BY created_at DESC, id LIMIT :limit"_s;
const QString kKeysAfter = u"SELECT created_at, id FROM application WHERE venue_id = :venue_id AND "
                           "(created_at < :created_at OR (created_at = :created_at AND id > :id)) "
                           "ORDER BY created_at DESC, id LIMIT :limit"_s;
const QString kCountDrafts = u"SELECT COUNT(*) FROM application WHERE venue_id = :venue_id AND status = 'draft'"_s;
const QString kChanged
    = kColumns + u"WHERE venue_id = :venue_id AND "_s + ChangeLog::changedIn(ChangeKind::Application, u"id"_s);
const QString kByStatus = kColumns + u"WHERE status = :status ORDER BY submitted_at, id"_s;
const QString kInsert = u"INSERT INTO application (id, venue_id, number, status, version, content, submitted_at, "
                        "reviewed_at, review_comment, issued_vsys_id, created_at, updated_at) VALUES (:id, :venue_id, "
                        ":number, :status, :version, :content, :submitted_at, :reviewed_at, :review_comment, "
                        ":issued_vsys_id, :created_at, :updated_at)"_s;
const QString kUpdate = u"UPDATE application SET number = :number, status = :status, version = :version, content = "
                        ":content, submitted_at = :submitted_at, reviewed_at = :reviewed_at, review_comment = "
                        ":review_comment, issued_vsys_id = :issued_vsys_id, updated_at = :updated_at "
                        "WHERE id = :id AND venue_id = :venue_id AND version = :expected_version"_s;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariantMap columnValues(const core::ApplicationRecord& record)
{
    return {{u"id"_s, record.id},
            {u"number"_s, textOrNull(record.number)},
            {u"status"_s, core::ApplicationStatusMachine::key(record.status)},
            {u"version"_s, record.version},
            {u"content"_s, storedJson::toText(record.content)},
            {u"submitted_at"_s, storedTime::toVariant(record.submittedAt)},
            {u"reviewed_at"_s, storedTime::toVariant(record.reviewedAt)},
            {u"review_comment"_s, textOrNull(record.reviewComment)},
            {u"issued_vsys_id"_s, textOrNull(record.issuedVsysId)},
            {u"updated_at"_s, storedTime::toVariant(record.updatedAt)}};
}

} // namespace

ApplicationRepository::ApplicationRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<StoredApplication>> ApplicationRepository::find(const QString& id)
{
    auto found = select(kById, {{u"id"_s, id}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredApplication>() : std::optional(found->constFirst());
}

core::Result<std::optional<core::ApplicationRecord>> ApplicationRepository::findForVenue(const QString& venueId,
                                                                                         const QString& id)
{
    auto found = select(kByIdForVenue, {{u"id"_s, id}, {u"venue_id"_s, venueId}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<core::ApplicationRecord>() : std::optional(found->constFirst().record);
}

core::Result<std::optional<StoredApplication>> ApplicationRepository::findByNumber(const QString& number)
{
    auto found = select(kByNumber, {{u"number"_s, number}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredApplication>() : std::optional(found->constFirst());
}

core::Result<QList<ApplicationListKey>>
ApplicationRepository::keysForVenue(const QString& venueId, const std::optional<ApplicationListKey>& after, int limit)
{
    QVariantMap values{{u"venue_id"_s, venueId}, {u"limit"_s, limit}};
    if (after) {
        values.insert(u"created_at"_s, after->createdAt);
        values.insert(u"id"_s, after->id);
    }
    auto rows = m_storage.execute(after ? kKeysAfter : kKeysFromTop, values);
    if (!rows) {
        return rows.error();
    }
    QList<ApplicationListKey> keys;
    while (rows->next()) {
        keys.append({rows->value(0).toString(), rows->value(1).toString()});
    }
    return keys;
}

core::Result<int> ApplicationRepository::countDrafts(const QString& venueId)
{
    auto rows = m_storage.execute(kCountDrafts, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<QList<StoredApplication>> ApplicationRepository::listByStatus(const QString& statusKey)
{
    return select(kByStatus, {{u"status"_s, statusKey}});
}

core::Result<QList<StoredApplication>> ApplicationRepository::changedForVenue(const QString& venueId,
                                                                              const ChangeRange& range)
{
    return select(kChanged, ChangeLog::rangeValues(venueId, range), Content::Json);
}

core::Result<void> ApplicationRepository::insert(const QString& venueId, const core::ApplicationRecord& record)
{
    QVariantMap values = columnValues(record);
    values.insert(u"venue_id"_s, venueId);
    values.insert(u"created_at"_s, storedTime::toVariant(record.createdAt));
    return m_storage.run(kInsert, values);
}

core::Result<bool>
ApplicationRepository::update(const QString& venueId, const core::ApplicationRecord& record, int expectedVersion)
{
    QVariantMap values = columnValues(record);
    values.insert(u"venue_id"_s, venueId);
    values.insert(u"expected_version"_s, expectedVersion);
    auto rows = m_storage.execute(kUpdate, values);
    if (!rows) {
        return rows.error();
    }
    return rows->affected() == 1;
}

core::Result<QList<StoredApplication>>
ApplicationRepository::select(const QString& sql, const QVariantMap& values, Content content)
{
    auto rows = m_storage.execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<StoredApplication> found;
    while (rows->next()) {
        StoredApplication stored;
        stored.venueId = rows->value(0).toString();
        core::ApplicationRecord& record = stored.record;
        record.id = rows->value(1).toString();
        record.number = rows->value(2).toString();
        const auto status = core::ApplicationStatusMachine::fromKey(rows->value(3).toString());
        if (!status) {
            return m_storage.failure(
                u"application %1 has the unknown status %2"_s.arg(record.id, rows->value(3).toString()));
        }
        record.status = *status;
        record.version = rows->value(4).toInt();
        if (content == Content::Json) {
            stored.contentJson = storedJson::textOf(rows->value(5));
        } else {
            record.content = storedJson::fromVariant(rows->value(5));
        }
        record.submittedAt = storedTime::fromVariant(rows->value(6));
        record.reviewedAt = storedTime::fromVariant(rows->value(7));
        record.reviewComment = rows->value(8).toString();
        record.issuedVsysId = rows->value(9).toString();
        record.createdAt = storedTime::fromVariant(rows->value(10));
        record.updatedAt = storedTime::fromVariant(rows->value(11));
        found.append(std::move(stored));
    }
    return found;
}

} // namespace vsys::server
