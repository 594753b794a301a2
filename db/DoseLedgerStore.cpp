// SPDX-License-Identifier: MIT
// DoseLedgerStore: SQL for the dose_entry and clinic_hours tables of 0013_dose_ledger.sql. A record is kept in
// core::DoseJson's form, so what the desk stores and what it sends are the same text.
#include "db/DoseLedgerStore.h"

#include "db/StoredTime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kInsert = u"INSERT INTO dose_entry (account_id, id, supersedes, administered_at, ticket, data, "
                        "on_server, stored_at) VALUES (:account_id, :id, :supersedes, :administered_at, :ticket, "
                        ":data, :on_server, :stored_at)"_s;
const QString kMarkOnServer = u"UPDATE dose_entry SET on_server = 1 WHERE account_id = :account_id AND id = :id"_s;
const QString kSelectAll = u"SELECT data FROM dose_entry WHERE account_id = :account_id ORDER BY rowid"_s;
const QString kSelectOne = u"SELECT data FROM dose_entry WHERE account_id = :account_id AND id = :id"_s;
const QString kSelectHours = u"SELECT hours FROM clinic_hours WHERE venue_id = :venue_id"_s;
const QString kUpsertHours = u"INSERT INTO clinic_hours (venue_id, hours, updated_at) VALUES (:venue_id, :hours, "
                             ":updated_at) ON CONFLICT (venue_id) DO UPDATE SET hours = excluded.hours, "
                             "updated_at = excluded.updated_at"_s;

QVariantMap rowOf(qint64 accountId, const core::DoseEntry& entry, bool onServer, const QDateTime& now)
{
    return {
        {u":account_id"_s, accountId},
        {u":id"_s, entry.id},
        {u":supersedes"_s,
         entry.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.supersedes)},
        {u":administered_at"_s, core::DoseJson::administeredAt(entry.date, entry.time)},
        {u":ticket"_s, entry.ticket},
        {u":data"_s, QString::fromUtf8(QJsonDocument(core::DoseJson::toJson(entry)).toJson(QJsonDocument::Compact))},
        {u":on_server"_s, onServer ? 1 : 0},
        {u":stored_at"_s, toStoredTime(now)}};
}

} // namespace

DoseLedgerStore::DoseLedgerStore(Database& database)
    : m_statements(database)
{}

core::Result<void> DoseLedgerStore::insert(qint64 accountId, const core::DoseEntry& entry, const QDateTime& now)
{
    return m_statements.execute(kInsert, rowOf(accountId, entry, false, now),
                                tr("Could not save the dose to the local database: %1"));
}

core::Result<bool> DoseLedgerStore::receive(qint64 accountId, const core::DoseEntry& entry, const QDateTime& now)
{
    const auto known = find(accountId, entry.id);
    if (!known) {
        return known.error();
    }
    if (*known) {
        // The record is immutable: the server's copy of one this desk has is the same record.
        if (auto marked = m_statements.execute(kMarkOnServer, {{u":account_id"_s, accountId}, {u":id"_s, entry.id}},
                                               tr("Could not save the dose to the local database: %1"));
            !marked) {
            return marked.error();
        }
        return false;
    }
    if (auto inserted = m_statements.execute(kInsert, rowOf(accountId, entry, true, now),
                                             tr("Could not save the dose to the local database: %1"));
        !inserted) {
        return inserted.error();
    }
    return true;
}

core::Result<QList<core::DoseEntry>> DoseLedgerStore::all(qint64 accountId) const
{
    return list(kSelectAll, {{u":account_id"_s, accountId}});
}

core::Result<std::optional<core::DoseEntry>> DoseLedgerStore::find(qint64 accountId, const QString& id) const
{
    const auto found = list(kSelectOne, {{u":account_id"_s, accountId}, {u":id"_s, id}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<core::DoseEntry>() : std::optional(found->constFirst());
}

core::Result<std::optional<core::ClinicHours>> DoseLedgerStore::clinicHours(const QString& venueId) const
{
    return m_statements.execute(
        kSelectHours, {{u":venue_id"_s, venueId}},
        tr("Could not read the consultation hours from the local database: %1"),
        [](QSqlQuery& query) -> core::Result<std::optional<core::ClinicHours>> {
            if (!query.next()) {
                return std::optional<core::ClinicHours>();
            }
            auto hours = core::ClinicHours::fromJson(query.value(0).toString().toUtf8());
            if (!hours) {
                return core::Error{hours.error().field,
                                   tr("The consultation hours stored on this computer cannot be read (%1). Please "
                                      "set them again.")
                                       .arg(hours.error().message),
                                   core::ErrorCode::Storage};
            }
            return std::optional(*hours);
        });
}

core::Result<void>
DoseLedgerStore::saveClinicHours(const QString& venueId, const core::ClinicHours& hours, const QDateTime& now)
{
    return m_statements.execute(kUpsertHours,
                                {{u":venue_id"_s, venueId},
                                 {u":hours"_s, QString::fromUtf8(hours.toJson())},
                                 {u":updated_at"_s, toStoredTime(now)}},
                                tr("Could not save the consultation hours to the local database: %1"));
}

core::Result<QList<core::DoseEntry>> DoseLedgerStore::list(const QString& sql, const QVariantMap& bindings) const
{
    return m_statements.execute(
        sql, bindings, tr("Could not read the dose ledger from the local database: %1"),
        [](QSqlQuery& query) -> core::Result<QList<core::DoseEntry>> {
            QList<core::DoseEntry> entries;
            while (query.next()) {
                auto entry
                    = core::DoseJson::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
                if (!entry) {
                    return core::Error{entry.error().field,
                                       tr("A dose stored on this computer cannot be read (%1). Please contact the "
                                          "support desk.")
                                           .arg(entry.error().message),
                                       core::ErrorCode::Storage};
                }
                entries.append(std::move(entry).value());
            }
            return entries;
        });
}

} // namespace vsys::db
