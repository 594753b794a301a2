// SPDX-License-Identifier: MIT
// PlanStore: SQL for the plan_record and plan_draft tables of 0005_plan.sql; the calendar is read from
// the server_record cache of 0003_sync.sql.
#include "db/PlanStore.h"

#include "db/StoredTime.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelectPlan
    = u"SELECT data, server_time_offset_ms, received_at FROM plan_record WHERE account_id = :account_id"_s;
// An answer without server_time keeps the offset an earlier answer brought.
const QString kUpsertPlan
    = u"INSERT INTO plan_record (account_id, data, server_time_offset_ms, received_at) VALUES (:account_id, "
      ":data, :offset, :received_at) ON CONFLICT (account_id) DO UPDATE SET data = excluded.data, received_at = "
      "excluded.received_at, server_time_offset_ms = coalesce(excluded.server_time_offset_ms, "
      "plan_record.server_time_offset_ms)"_s;
const QString kUpdateOffset
    = u"UPDATE plan_record SET server_time_offset_ms = :offset WHERE account_id = :account_id"_s;
const QString kSelectDraft
    = u"SELECT rows, request_approval, saved_at FROM plan_draft WHERE account_id = :account_id"_s;
const QString kUpsertDraft
    = u"INSERT INTO plan_draft (account_id, rows, request_approval, saved_at) VALUES (:account_id, :rows, "
      ":request_approval, :saved_at) ON CONFLICT (account_id) DO UPDATE SET rows = excluded.rows, "
      "request_approval = excluded.request_approval, saved_at = excluded.saved_at"_s;
const QString kDeleteDraft = u"DELETE FROM plan_draft WHERE account_id = :account_id"_s;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Copies the row out, so the statement is finished before the values are decoded.
std::optional<QSqlRecord> firstRow(QSqlQuery& query)
{
    return query.next() ? std::optional<QSqlRecord>(query.record()) : std::nullopt;
}

QVariant offsetValue(std::optional<qint64> offsetMs)
{
    return offsetMs ? QVariant(*offsetMs) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

PlanStore::PlanStore(Database& database)
    : m_database(database)
    , m_statements(database)
    , m_serverRecords(database)
{}

core::Result<std::optional<StoredPlan>> PlanStore::plan(qint64 accountId) const
{
    const auto row = planRow(accountId);
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<StoredPlan>();
    }
    const QSqlRecord& record = **row;
    // The table's CHECK only lets JSON objects in; whether it is a plan is the codec's to say.
    auto plan = core::PlanJson::fromJson(QJsonDocument::fromJson(record.value(0).toString().toUtf8()).object());
    if (!plan) {
        return core::Error{plan.error().field,
                           tr("The vaccination plan stored on this computer cannot be read (%1). It is replaced by "
                              "the server's plan at the next login.")
                               .arg(plan.error().message)};
    }
    StoredPlan stored;
    stored.plan = std::move(plan).value();
    if (!record.value(1).isNull()) {
        stored.serverTimeOffsetMs = record.value(1).toLongLong();
    }
    stored.receivedAt = fromStoredTime(record.value(2));
    return std::optional<StoredPlan>(std::move(stored));
}

core::Result<bool> PlanStore::savePlan(qint64 accountId,
                                       const core::VenuePlan& plan,
                                       const QDateTime& receivedAt,
                                       std::optional<qint64> serverTimeOffsetMs)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto stored = storedData(accountId);
    if (!stored) {
        return stored.error();
    }
    const QJsonObject data = core::PlanJson::toJson(plan);
    const bool older = *stored && (*stored)->value(u"version"_s).toInt() > plan.version;
    if (older) {
        if (serverTimeOffsetMs) {
            if (auto saved = saveOffset(accountId, *serverTimeOffsetMs); !saved) {
                return saved.error();
            }
        }
    } else {
        const auto saved = m_statements.execute(kUpsertPlan,
                                                {{u":account_id"_s, accountId},
                                                 {u":data"_s, compact(data)},
                                                 {u":offset"_s, offsetValue(serverTimeOffsetMs)},
                                                 {u":received_at"_s, toStoredTime(receivedAt)}},
                                                tr("Could not save the vaccination plan to the local database: %1"));
        if (!saved) {
            return saved.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return !older && (!*stored || **stored != data);
}

core::Result<std::optional<PlanDraft>> PlanStore::draft(qint64 accountId) const
{
    const auto row = m_statements.execute(kSelectDraft, {{u":account_id"_s, accountId}},
                                          tr("Could not read the plan input from the local database: %1"), firstRow);
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<PlanDraft>();
    }
    const QSqlRecord& record = **row;
    auto rows
        = core::PlanJson::rowsFromJson(QJsonDocument::fromJson(record.value(0).toString().toUtf8()).array(), u"rows"_s);
    if (!rows) {
        return core::Error{rows.error().field,
                           tr("The plan input saved on this computer cannot be read (%1). Please enter the plan "
                              "again.")
                               .arg(rows.error().message)};
    }
    return std::optional<PlanDraft>(
        PlanDraft{std::move(rows).value(), record.value(1).toInt() == 1, fromStoredTime(record.value(2))});
}

core::Result<void> PlanStore::saveDraft(qint64 accountId, const PlanDraft& draft)
{
    return m_statements.execute(kUpsertDraft,
                                {{u":account_id"_s, accountId},
                                 {u":rows"_s, compact(core::PlanJson::rowsToJson(draft.rows))},
                                 {u":request_approval"_s, draft.requestApproval ? 1 : 0},
                                 {u":saved_at"_s, toStoredTime(draft.savedAt)}},
                                tr("Could not autosave the plan input to the local database: %1"));
}

core::Result<void> PlanStore::removeDraft(qint64 accountId)
{
    return m_statements.execute(kDeleteDraft, {{u":account_id"_s, accountId}},
                                tr("Could not delete the plan input from the local database: %1"));
}

core::Result<QList<core::CoolPeriod>> PlanStore::cools(qint64 accountId) const
{
    const auto records = m_serverRecords.all(accountId, ServerRecordKind::Cool);
    if (!records) {
        return records.error();
    }
    QList<core::CoolPeriod> cools;
    for (const QJsonObject& record : *records) {
        const auto cool = core::CoolJson::fromJson(record);
        if (!cool) {
            return core::Error{u"cools"_s,
                               tr("The cool calendar stored on this computer cannot be read (cool %1). Please "
                                  "contact the support desk.")
                                   .arg(record.value(u"id"_s).toInteger())};
        }
        cools.append(*cool);
    }
    return cools;
}

core::Result<std::optional<QSqlRecord>> PlanStore::planRow(qint64 accountId) const
{
    return m_statements.execute(kSelectPlan, {{u":account_id"_s, accountId}},
                                tr("Could not read the vaccination plan from the local database: %1"), firstRow);
}

core::Result<std::optional<QJsonObject>> PlanStore::storedData(qint64 accountId) const
{
    const auto row = planRow(accountId);
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(QJsonDocument::fromJson((*row)->value(0).toString().toUtf8()).object());
}

core::Result<void> PlanStore::saveOffset(qint64 accountId, qint64 serverTimeOffsetMs)
{
    return m_statements.execute(kUpdateOffset, {{u":account_id"_s, accountId}, {u":offset"_s, serverTimeOffsetMs}},
                                tr("Could not save the vaccination plan to the local database: %1"));
}

} // namespace vsys::db
