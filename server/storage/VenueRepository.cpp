// SPDX-License-Identifier: MIT
// VenueRepository: SQL for venue and account rows.
#include "server/storage/VenueRepository.h"

#include "server/storage/Storage.h"
#include "server/storage/StoredJson.h"
#include "server/storage/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kInsert = u"INSERT INTO venue (id, name, existing_registration, number_prefix, created_at, updated_at) "
                        "VALUES (:id, :name, :registration, :prefix, :now, :now)"_s;
const QString kSelect = u"SELECT id, name, existing_registration, number_prefix FROM venue WHERE id = :id"_s;
const QString kUpdateRegistration
    = u"UPDATE venue SET existing_registration = :registration, updated_at = :now WHERE id = :id"_s;
const QString kNextSequence
    = u"UPDATE venue SET application_seq = application_seq + 1 WHERE id = :id RETURNING application_seq"_s;
const QString kSetSequence = u"UPDATE venue SET application_seq = :count WHERE id = :id"_s;
const QString kLockWrites = u"SELECT id FROM venue WHERE id = :venue_id FOR UPDATE"_s;
const QString kInsertAccount = u"INSERT INTO account (vsys_id, venue_id, password_hash, role, created_at) "
                               "VALUES (:vsys_id, :venue_id, :hash, 'venue', :now)"_s;
const QString kSelectAccount = u"SELECT vsys_id, venue_id, password_hash FROM account WHERE vsys_id = :vsys_id"_s;
const QString kSelectVsysIds = u"SELECT vsys_id FROM account WHERE venue_id = :venue_id ORDER BY created_at, vsys_id"_s;

} // namespace

VenueRepository::VenueRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<void> VenueRepository::insert(const VenueRow& venue, const QDateTime& now)
{
    return m_storage.run(kInsert,
                         {{u"id"_s, venue.id},
                          {u"name"_s, venue.name},
                          {u"registration"_s, storedJson::toText(venue.existingRegistration)},
                          {u"prefix"_s, venue.numberPrefix},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<std::optional<VenueRow>> VenueRepository::find(const QString& id)
{
    auto rows = m_storage.execute(kSelect, {{u"id"_s, id}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<VenueRow>();
    }
    return std::optional<VenueRow>(VenueRow{rows->value(0).toString(), rows->value(1).toString(),
                                            storedJson::fromVariant(rows->value(2)), rows->value(3).toString()});
}

core::Result<void>
VenueRepository::setExistingRegistration(const QString& id, const QJsonObject& registration, const QDateTime& now)
{
    return m_storage.run(
        kUpdateRegistration,
        {{u"id"_s, id}, {u"registration"_s, storedJson::toText(registration)}, {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<int> VenueRepository::nextApplicationSequence(const QString& venueId)
{
    auto rows = m_storage.execute(kNextSequence, {{u"id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return m_storage.failure(u"no venue %1 for the application number"_s.arg(venueId));
    }
    return rows->value(0).toInt();
}

core::Result<void> VenueRepository::setApplicationSequence(const QString& venueId, int count)
{
    return m_storage.run(kSetSequence, {{u"id"_s, venueId}, {u"count"_s, count}});
}

core::Result<void> VenueRepository::lockWrites(const QString& venueId)
{
    if (!m_storage.isPostgres()) {
        return {};
    }
    return m_storage.run(kLockWrites, {{u"venue_id"_s, venueId}});
}

core::Result<void> VenueRepository::insertAccount(const Account& account, const QDateTime& now)
{
    return m_storage.run(kInsertAccount,
                         {{u"vsys_id"_s, account.vsysId},
                          {u"venue_id"_s, account.venueId},
                          {u"hash"_s, account.passwordHash},
                          {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<std::optional<Account>> VenueRepository::findAccount(const QString& vsysId)
{
    auto rows = m_storage.execute(kSelectAccount, {{u"vsys_id"_s, vsysId}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(
        Account{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
}

core::Result<QStringList> VenueRepository::vsysIds(const QString& venueId)
{
    auto rows = m_storage.execute(kSelectVsysIds, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    QStringList ids;
    while (rows->next()) {
        ids.append(rows->value(0).toString());
    }
    return ids;
}

} // namespace vsys::server
