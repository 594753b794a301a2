// SPDX-License-Identifier: MIT
// NaviApplicationRepository: statuses are stored as 'received' / 'shipped', which the schema's CHECK lists.
#include "server/storage/NaviApplicationRepository.h"

#include "core/JapaneseFormat.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"id, receipt, municipality_code, submitted_at, status, shipped_at, content"_s;

core::Result<NaviApplicationRecord> recordOf(const SqlRows& rows)
{
    NaviApplicationRecord record;
    record.id = rows.value(0).toLongLong();
    record.receipt = rows.value(1).toString();
    record.municipalityCode = rows.value(2).toString();
    record.submittedAt = storedTime::fromVariant(rows.value(3));
    record.status
        = rows.value(4).toString() == u"shipped"_s ? NaviApplicationStatus::Shipped : NaviApplicationStatus::Received;
    record.shippedAt = storedTime::fromVariant(rows.value(5));
    const auto content
        = core::TicketApplication::fromJson(QJsonDocument::fromJson(rows.value(6).toByteArray()).object());
    if (!content) {
        return core::Error{u"content"_s, u"stored application %1 is unreadable"_s.arg(record.receipt),
                           core::ErrorCode::Storage};
    }
    record.content = *content;
    return record;
}

core::Result<std::optional<NaviApplicationRecord>> oneRecord(core::Result<SqlRows> rows)
{
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return std::optional<NaviApplicationRecord>();
    }
    auto record = recordOf(*rows);
    if (!record) {
        return record.error();
    }
    return std::optional<NaviApplicationRecord>(*record);
}

} // namespace

NaviApplicationRepository::NaviApplicationRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<QList<NaviMunicipalityRow>> NaviApplicationRepository::municipalities()
{
    auto rows = m_storage.execute(u"SELECT code, accepting, changed_at FROM navi_municipality ORDER BY code"_s);
    if (!rows) {
        return rows.error();
    }
    QList<NaviMunicipalityRow> list;
    while (rows->next()) {
        list.append({rows->value(0).toString(), rows->value(1).toInt() == 1, storedTime::fromVariant(rows->value(2))});
    }
    return list;
}

core::Result<void> NaviApplicationRepository::setAccepting(const QString& code, bool accepting, const QDateTime& now)
{
    return m_storage.run(
        u"INSERT INTO navi_municipality (code, accepting, changed_at) VALUES (:code, :accepting, :now) "
        "ON CONFLICT (code) DO UPDATE SET accepting = :accepting, changed_at = :now"_s,
        {{u"code"_s, code}, {u"accepting"_s, accepting ? 1 : 0}, {u"now"_s, storedTime::toVariant(now)}});
}

core::Result<int> NaviApplicationRepository::nextSerial(const QString& code, QDate day)
{
    auto rows = m_storage.execute(
        u"INSERT INTO navi_serial (municipality_code, day, last_serial) VALUES (:code, :day, 1) "
        "ON CONFLICT (municipality_code, day) DO UPDATE SET last_serial = navi_serial.last_serial + 1 "
        "RETURNING last_serial"_s,
        {{u"code"_s, code}, {u"day"_s, day.toString(u"yyyyMMdd"_s)}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return m_storage.failure(u"navi_serial returned no row"_s);
    }
    return rows->value(0).toInt();
}

core::Result<qint64> NaviApplicationRepository::count()
{
    auto rows = m_storage.execute(u"SELECT COUNT(*) FROM navi_application"_s);
    if (!rows) {
        return rows.error();
    }
    rows->next();
    return rows->value(0).toLongLong();
}

core::Result<void> NaviApplicationRepository::insert(const NaviApplicationRecord& record, const QString& submitToken)
{
    return m_storage.run(
        u"INSERT INTO navi_application (receipt, municipality_code, birth_date, submitted_at, status, content, "
        "submit_token) VALUES (:receipt, :code, :birth, :at, 'received', :content, :token)"_s,
        {{u"receipt"_s, record.receipt},
         {u"code"_s, record.municipalityCode},
         {u"birth"_s, record.content.birthDate.toString(Qt::ISODate)},
         {u"at"_s, storedTime::toVariant(record.submittedAt)},
         {u"content"_s, QString::fromUtf8(QJsonDocument(record.content.toJson()).toJson(QJsonDocument::Compact))},
         {u"token"_s, submitToken}});
}

core::Result<std::optional<NaviApplicationRecord>> NaviApplicationRepository::findByToken(const QString& submitToken)
{
    return oneRecord(m_storage.execute(u"SELECT %1 FROM navi_application WHERE submit_token = :token"_s.arg(kColumns),
                                       {{u"token"_s, submitToken}}));
}

core::Result<std::optional<NaviApplicationRecord>> NaviApplicationRepository::findByReceipt(const QString& receipt)
{
    return oneRecord(m_storage.execute(u"SELECT %1 FROM navi_application WHERE receipt = :receipt"_s.arg(kColumns),
                                       {{u"receipt"_s, receipt}}));
}

core::Result<QList<NaviApplicationRecord>>
NaviApplicationRepository::list(const QString& code, qint64 afterId, int limit)
{
    auto rows = m_storage.execute(u"SELECT %1 FROM navi_application WHERE municipality_code = :code AND id > :after "
                                  "ORDER BY id LIMIT :limit"_s.arg(kColumns),
                                  {{u"code"_s, code}, {u"after"_s, afterId}, {u"limit"_s, limit}});
    if (!rows) {
        return rows.error();
    }
    QList<NaviApplicationRecord> list;
    while (rows->next()) {
        auto record = recordOf(*rows);
        if (!record) {
            return record.error();
        }
        list.append(*record);
    }
    return list;
}

core::Result<bool>
NaviApplicationRepository::markShipped(const QString& code, const QString& receipt, const QDateTime& now)
{
    auto rows = m_storage.execute(u"UPDATE navi_application SET status = 'shipped', shipped_at = :now "
                                  "WHERE receipt = :receipt AND municipality_code = :code AND status = 'received'"_s,
                                  {{u"now"_s, storedTime::toVariant(now)}, {u"receipt"_s, receipt}, {u"code"_s, code}});
    if (!rows) {
        return rows.error();
    }
    return rows->affected() == 1;
}

core::Result<int> NaviApplicationRepository::purgeBefore(const QDateTime& cutoff)
{
    auto rows = m_storage.execute(u"DELETE FROM navi_application WHERE submitted_at < :cutoff"_s,
                                  {{u"cutoff"_s, storedTime::toVariant(cutoff)}});
    if (!rows) {
        return rows.error();
    }
    const int deleted = rows->affected();
    const QString day = core::JapaneseFormat::inJapan(cutoff).date().toString(u"yyyyMMdd"_s);
    if (auto serials = m_storage.run(u"DELETE FROM navi_serial WHERE day < :day"_s, {{u"day"_s, day}}); !serials) {
        return serials.error();
    }
    return deleted;
}

core::Result<QByteArray> NaviApplicationRepository::secret(const QString& name, const QByteArray& fresh)
{
    if (auto inserted = m_storage.run(u"INSERT INTO navi_secret (name, value) VALUES (:name, :value) "
                                      "ON CONFLICT (name) DO NOTHING"_s,
                                      {{u"name"_s, name}, {u"value"_s, QString::fromLatin1(fresh.toBase64())}});
        !inserted) {
        return inserted.error();
    }
    auto rows = m_storage.execute(u"SELECT value FROM navi_secret WHERE name = :name"_s, {{u"name"_s, name}});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return m_storage.failure(u"navi_secret has no %1"_s.arg(name));
    }
    return QByteArray::fromBase64(rows->value(0).toString().toLatin1());
}

} // namespace vsys::server
