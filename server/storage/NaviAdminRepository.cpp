// SPDX-License-Identifier: MIT
// NaviAdminRepository: the stored content is read back with core::TicketApplication::fromJson, as the form wrote it.
#include "server/storage/NaviAdminRepository.h"

#include "core/JapaneseFormat.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

QString statusKey(NaviApplicationStatus status)
{
    return status == NaviApplicationStatus::Shipped ? u"shipped"_s : u"received"_s;
}

/// The status condition; every key is the schema's own, so it is text of ours, never input.
QString whereStatus(std::optional<NaviApplicationStatus> status)
{
    return status ? u" AND status = '%1'"_s.arg(statusKey(*status)) : QString();
}

const QString kExpired = u"(status = 'shipped' AND shipped_at < :shipped) OR "
                         "(status = 'received' AND submitted_at < :received)"_s;

} // namespace

NaviAdminRepository::NaviAdminRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<QList<NaviApplicationRecord>> NaviAdminRepository::list(
    const QString& code, std::optional<NaviApplicationStatus> status, qint64 afterId, int limit, int offset)
{
    auto rows = m_storage.execute(
        u"SELECT id, receipt, municipality_code, submitted_at, status, shipped_at, content FROM navi_application "
        "WHERE municipality_code = :code AND id > :after%1 ORDER BY id LIMIT :limit OFFSET :offset"_s.arg(
            whereStatus(status)),
        {{u"code"_s, code}, {u"after"_s, afterId}, {u"limit"_s, limit}, {u"offset"_s, offset}});
    if (!rows) {
        return rows.error();
    }
    QList<NaviApplicationRecord> list;
    while (rows->next()) {
        NaviApplicationRecord record;
        record.id = rows->value(0).toLongLong();
        record.receipt = rows->value(1).toString();
        record.municipalityCode = rows->value(2).toString();
        record.submittedAt = storedTime::fromVariant(rows->value(3));
        record.status = rows->value(4).toString() == u"shipped"_s ? NaviApplicationStatus::Shipped
                                                                  : NaviApplicationStatus::Received;
        record.shippedAt = storedTime::fromVariant(rows->value(5));
        const auto content
            = core::TicketApplication::fromJson(QJsonDocument::fromJson(rows->value(6).toByteArray()).object());
        if (!content) {
            return m_storage.failure(u"stored application %1 is unreadable"_s.arg(record.receipt));
        }
        record.content = *content;
        list.append(record);
    }
    return list;
}

core::Result<int> NaviAdminRepository::count(const QString& code, std::optional<NaviApplicationStatus> status)
{
    auto rows = m_storage.execute(
        u"SELECT COUNT(*) FROM navi_application WHERE municipality_code = :code%1"_s.arg(whereStatus(status)),
        {{u"code"_s, code}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<int>
NaviAdminRepository::expired(const QDateTime& shippedCutoff, const QDateTime& receivedCutoff, bool remove)
{
    const QVariantMap values{{u"shipped"_s, storedTime::toVariant(shippedCutoff)},
                             {u"received"_s, storedTime::toVariant(receivedCutoff)}};
    if (remove) {
        auto rows = m_storage.execute(u"DELETE FROM navi_application WHERE "_s + kExpired, values);
        if (!rows) {
            return rows.error();
        }
        const int deleted = rows->affected();
        // Serials of days long past: no application of those days can come any more.
        const QString day = core::JapaneseFormat::inJapan(receivedCutoff).date().toString(u"yyyyMMdd"_s);
        if (auto serials = m_storage.run(u"DELETE FROM navi_serial WHERE day < :day"_s, {{u"day"_s, day}}); !serials) {
            return serials.error();
        }
        return deleted;
    }
    auto rows = m_storage.execute(u"SELECT COUNT(*) FROM navi_application WHERE "_s + kExpired, values);
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

} // namespace vsys::server
