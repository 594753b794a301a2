// SPDX-License-Identifier: MIT
// InstitutionEditRepository: SQL for the institution_edit table of 0011_institution.sql.
#include "db/InstitutionEditRepository.h"

#include "db/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kColumns = u"SELECT kind, id, data, edited_at FROM institution_edit "_s;
const QString kSelectOne = kColumns + u"WHERE account_id = :account_id AND kind = :kind AND id = :id"_s;
const QString kSelectAll = kColumns + u"WHERE account_id = :account_id AND kind = :kind ORDER BY id"_s;
const QString kUpsert = u"INSERT INTO institution_edit (account_id, kind, id, data, edited_at) "
                        "VALUES (:account_id, :kind, :id, :data, :edited_at) "
                        "ON CONFLICT (account_id, kind, id) DO UPDATE SET data = excluded.data, "
                        "edited_at = excluded.edited_at"_s;
const QString kDelete = u"DELETE FROM institution_edit WHERE account_id = :account_id AND kind = :kind AND id = :id"_s;

QString kindKey(InstitutionEditKind kind)
{
    switch (kind) {
    case InstitutionEditKind::Draft:
        return u"draft"_s;
    case InstitutionEditKind::Institution:
        return u"institution"_s;
    case InstitutionEditKind::Doctor:
        return u"doctor"_s;
    }
    return {};
}

InstitutionEdit fromRow(const QSqlQuery& query)
{
    const QString kind = query.value(0).toString();
    InstitutionEdit edit;
    edit.kind = kind == u"doctor"_s ? InstitutionEditKind::Doctor
        : kind == u"institution"_s  ? InstitutionEditKind::Institution
                                    : InstitutionEditKind::Draft;
    edit.id = query.value(1).toString();
    // The table's CHECK only lets JSON objects in.
    edit.data = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    edit.editedAt = fromStoredTime(query.value(3));
    return edit;
}

} // namespace

InstitutionEditRepository::InstitutionEditRepository(Database& database)
    : m_statements(database)
{}

core::Result<void> InstitutionEditRepository::save(qint64 accountId, const InstitutionEdit& edit)
{
    return m_statements.execute(
        kUpsert,
        {{u":account_id"_s, accountId},
         {u":kind"_s, kindKey(edit.kind)},
         {u":id"_s, edit.id},
         {u":data"_s, QString::fromUtf8(QJsonDocument(edit.data).toJson(QJsonDocument::Compact))},
         {u":edited_at"_s, toStoredTime(edit.editedAt)}},
        tr("Could not save the medical institution details to the local database: %1"));
}

core::Result<std::optional<InstitutionEdit>>
InstitutionEditRepository::find(qint64 accountId, InstitutionEditKind kind, const QString& id) const
{
    return m_statements.execute(
        kSelectOne, {{u":account_id"_s, accountId}, {u":kind"_s, kindKey(kind)}, {u":id"_s, id}},
        tr("Could not read the medical institution details from the local database: %1"),
        [](QSqlQuery& query) { return query.next() ? std::optional<InstitutionEdit>(fromRow(query)) : std::nullopt; });
}

core::Result<QList<InstitutionEdit>> InstitutionEditRepository::all(qint64 accountId, InstitutionEditKind kind) const
{
    return m_statements.execute(kSelectAll, {{u":account_id"_s, accountId}, {u":kind"_s, kindKey(kind)}},
                                tr("Could not read the medical institution details from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QList<InstitutionEdit> edits;
                                    while (query.next()) {
                                        edits.append(fromRow(query));
                                    }
                                    return edits;
                                });
}

core::Result<void> InstitutionEditRepository::remove(qint64 accountId, InstitutionEditKind kind, const QString& id)
{
    return m_statements.execute(kDelete, {{u":account_id"_s, accountId}, {u":kind"_s, kindKey(kind)}, {u":id"_s, id}},
                                tr("Could not save the medical institution details to the local database: %1"));
}

} // namespace vsys::db
