// SPDX-License-Identifier: MIT
// InstitutionRepository: the record's parts and each doctor as core's JSON text; the version guards every write.
#include "server/storage/InstitutionRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"SELECT venue_id, version, approved, pending, decision, updated_at FROM institution "_s;
const QString kByVenue = kColumns + u"WHERE venue_id = :venue_id"_s;
const QString kWithPending = kColumns + u"WHERE pending IS NOT NULL"_s;
// A second first save racing this one inserts nothing, which reads as a lost race.
const QString kInsert = u"INSERT INTO institution (venue_id, version, approved, pending, decision, updated_at) "
                        "VALUES (:venue_id, :version, :approved, :pending, :decision, :updated_at) "
                        "ON CONFLICT (venue_id) DO NOTHING"_s;
const QString kUpdate = u"UPDATE institution SET version = :version, approved = :approved, pending = :pending, "
                        "decision = :decision, updated_at = :updated_at WHERE venue_id = :venue_id AND version = "
                        ":expected"_s;

const QString kDoctorColumns = u"SELECT venue_id, id, version, data, updated_at FROM doctor "_s;
const QString kDoctorById = kDoctorColumns + u"WHERE id = :id"_s;
const QString kChangedDoctors
    = kDoctorColumns + u"WHERE venue_id = :venue_id AND "_s + ChangeLog::changedIn(ChangeKind::Doctor, u"id"_s);
const QString kDoctorsOfVenue
    = kDoctorColumns + u"WHERE venue_id = :venue_id AND data IS NOT NULL AND id > :after ORDER BY id LIMIT :limit"_s;
const QString kCountLive = u"SELECT COUNT(*) FROM doctor WHERE venue_id = :venue_id AND data IS NOT NULL"_s;
const QString kCountRows = u"SELECT COUNT(*) FROM doctor WHERE venue_id = :venue_id"_s;
const QString kInsertDoctor = u"INSERT INTO doctor (id, venue_id, version, data, deleted_at, updated_at) "
                              "VALUES (:id, :venue_id, :version, :data, :deleted_at, :updated_at) "
                              "ON CONFLICT (id) DO NOTHING"_s;
const QString kUpdateDoctor = u"UPDATE doctor SET version = :version, data = :data, deleted_at = :deleted_at, "
                              "updated_at = :updated_at WHERE id = :id AND venue_id = :venue_id AND version = "
                              ":expected"_s;

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

core::Result<StoredInstitution> institutionFrom(const SqlRows& rows)
{
    StoredInstitution stored;
    stored.venueId = rows.value(0).toString();
    core::InstitutionRecord& record = stored.record;
    record.version = rows.value(1).toInt();
    auto approved = core::InstitutionJson::fromJson(objectOf(rows.value(2)), u"approved."_s);
    if (!approved) {
        return approved.error();
    }
    record.approved = *approved;
    if (!rows.value(3).isNull()) {
        auto pending = core::InstitutionRecordJson::requestFromJson(objectOf(rows.value(3)), u"pending"_s);
        if (!pending) {
            return pending.error();
        }
        record.pending = *pending;
    }
    if (!rows.value(4).isNull()) {
        auto decision = core::InstitutionRecordJson::decisionFromJson(objectOf(rows.value(4)), u"decision"_s);
        if (!decision) {
            return decision.error();
        }
        record.decision = *decision;
    }
    record.updatedAt = storedTime::fromVariant(rows.value(5));
    return stored;
}

core::Result<StoredDoctor> doctorFrom(const SqlRows& rows)
{
    StoredDoctor stored;
    stored.venueId = rows.value(0).toString();
    stored.id = rows.value(1).toString();
    stored.version = rows.value(2).toInt();
    stored.updatedAt = storedTime::fromVariant(rows.value(4));
    if (!rows.value(3).isNull()) {
        auto doctor = core::DoctorJson::fromJson(objectOf(rows.value(3)));
        if (!doctor) {
            return doctor.error();
        }
        stored.doctor = *doctor;
    }
    return stored;
}

} // namespace

InstitutionRepository::InstitutionRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<core::InstitutionRecord> InstitutionRepository::find(const QString& venueId)
{
    auto rows = m_storage.execute(kByVenue, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return core::InstitutionRecord();
    }
    auto stored = institutionFrom(*rows);
    if (!stored) {
        return m_storage.failure(u"institution of %1: %2"_s.arg(venueId, stored.error().field));
    }
    return stored->record;
}

core::Result<QList<StoredInstitution>> InstitutionRepository::pendingRequests()
{
    auto rows = m_storage.execute(kWithPending);
    if (!rows) {
        return rows.error();
    }
    QList<StoredInstitution> pending;
    while (rows->next()) {
        auto stored = institutionFrom(*rows);
        if (!stored) {
            return m_storage.failure(u"institution of %1: %2"_s.arg(rows->value(0).toString(), stored.error().field));
        }
        pending.append(*stored);
    }
    std::stable_sort(pending.begin(), pending.end(), [](const StoredInstitution& a, const StoredInstitution& b) {
        return a.record.pending->requestedAt < b.record.pending->requestedAt;
    });
    return pending;
}

core::Result<bool>
InstitutionRepository::save(const QString& venueId, const core::InstitutionRecord& record, int expectedVersion)
{
    QVariantMap values{
        {u"venue_id"_s, venueId},
        {u"version"_s, record.version},
        {u"approved"_s, jsonText(core::InstitutionJson::toJson(record.approved))},
        {u"pending"_s,
         record.pending ? QVariant(jsonText(core::InstitutionRecordJson::requestToJson(*record.pending))) : nullText()},
        {u"decision"_s,
         record.decision ? QVariant(jsonText(core::InstitutionRecordJson::decisionToJson(*record.decision)))
                         : nullText()},
        {u"updated_at"_s, storedTime::toVariant(record.updatedAt)}};
    if (expectedVersion != 0) {
        values.insert(u"expected"_s, expectedVersion);
    }
    auto rows = m_storage.execute(expectedVersion == 0 ? kInsert : kUpdate, values);
    if (!rows) {
        return rows.error();
    }
    return rows->affected() == 1;
}

core::Result<std::optional<StoredDoctor>> InstitutionRepository::findDoctor(const QString& id)
{
    auto rows = m_storage.execute(kDoctorById, {{u"id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<StoredDoctor>();
    }
    auto stored = doctorFrom(*rows);
    if (!stored) {
        return m_storage.failure(u"doctor %1: %2"_s.arg(id, stored.error().field));
    }
    return std::optional<StoredDoctor>(*stored);
}

core::Result<QList<StoredDoctor>> InstitutionRepository::changedDoctors(const QString& venueId,
                                                                        const ChangeRange& range)
{
    auto rows = m_storage.execute(kChangedDoctors, ChangeLog::rangeValues(venueId, range));
    if (!rows) {
        return rows.error();
    }
    QList<StoredDoctor> found;
    while (rows->next()) {
        auto stored = doctorFrom(*rows);
        if (!stored) {
            return m_storage.failure(u"doctor %1: %2"_s.arg(rows->value(1).toString(), stored.error().field));
        }
        found.append(std::move(stored).value());
    }
    return found;
}

core::Result<QList<core::Doctor>>
InstitutionRepository::doctors(const QString& venueId, const QString& after, int limit)
{
    // A null text would bind as SQL NULL, and "id > NULL" matches nothing.
    const QString from = after.isNull() ? u""_s : after;
    auto rows = m_storage.execute(kDoctorsOfVenue, {{u"venue_id"_s, venueId}, {u"after"_s, from}, {u"limit"_s, limit}});
    if (!rows) {
        return rows.error();
    }
    QList<core::Doctor> doctors;
    while (rows->next()) {
        auto stored = doctorFrom(*rows);
        if (!stored || !stored->doctor) {
            return m_storage.failure(u"doctor %1"_s.arg(rows->value(1).toString()));
        }
        doctors.append(*stored->doctor);
    }
    return doctors;
}

core::Result<int> InstitutionRepository::countLiveDoctors(const QString& venueId)
{
    auto rows = m_storage.execute(kCountLive, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<int> InstitutionRepository::countDoctorRows(const QString& venueId)
{
    auto rows = m_storage.execute(kCountRows, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<bool> InstitutionRepository::saveDoctor(const StoredDoctor& row, int expectedVersion)
{
    QVariantMap values{
        {u"id"_s, row.id},
        {u"venue_id"_s, row.venueId},
        {u"version"_s, row.version},
        {u"data"_s, row.doctor ? QVariant(jsonText(core::DoctorJson::toJson(*row.doctor))) : nullText()},
        {u"deleted_at"_s, row.doctor ? storedTime::toVariant(QDateTime()) : storedTime::toVariant(row.updatedAt)},
        {u"updated_at"_s, storedTime::toVariant(row.updatedAt)}};
    if (expectedVersion != 0) {
        values.insert(u"expected"_s, expectedVersion);
    }
    auto rows = m_storage.execute(expectedVersion == 0 ? kInsertDoctor : kUpdateDoctor, values);
    if (!rows) {
        return rows.error();
    }
    return rows->affected() == 1;
}

} // namespace vsys::server
