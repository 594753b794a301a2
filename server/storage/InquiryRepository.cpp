// SPDX-License-Identifier: MIT
// InquiryRepository: SQL for inquiry rows; the answer and its time are NULL while there is none.
#include "server/storage/InquiryRepository.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/Storage.h"
#include "server/storage/StoredTime.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kColumns = u"SELECT venue_id, number, answers, id, phone, category, detail, body, sent_by, sent_at, "
                         "answer, answered_at FROM inquiry "_s;
const QString kById = kColumns + u"WHERE id = :id"_s;
const QString kByIdForVenue = kColumns + u"WHERE id = :id AND venue_id = :venue_id"_s;
const QString kPage = kColumns + u"WHERE venue_id = :venue_id AND number < :before ORDER BY number DESC LIMIT :limit"_s;
const QString kChanged
    = kColumns + u"WHERE venue_id = :venue_id AND "_s + ChangeLog::changedIn(ChangeKind::Inquiry, u"id"_s);
// The admin filters are fixed fragments: nothing typed reaches the SQL text.
const QString kOfVenue = u"venue_id = :venue_id"_s;
const QString kUnanswered = u"answer IS NULL"_s;
const QString kAdminOrder = u" ORDER BY sent_at, venue_id, number LIMIT :limit OFFSET :offset"_s;
const QString kCount = u"SELECT COUNT(*) FROM inquiry"_s;
const QString kLastNumber = u"SELECT COALESCE(MAX(number), 0) FROM inquiry WHERE venue_id = :venue_id"_s;
const QString kInsert = u"INSERT INTO inquiry (id, venue_id, number, phone, category, detail, body, sent_by, sent_at) "
                        "VALUES (:id, :venue_id, :number, :phone, :category, :detail, :body, :sent_by, :sent_at)"_s;
const QString kAnswer = u"UPDATE inquiry SET answer = :answer, answered_at = :answered_at, answers = answers + 1 "
                        "WHERE id = :id"_s;

QString adminFilter(const QString& venueId, bool unanswered)
{
    QStringList conditions;
    if (!venueId.isEmpty()) {
        conditions.append(kOfVenue);
    }
    if (unanswered) {
        conditions.append(kUnanswered);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

InquiryRepository::InquiryRepository(Storage& storage)
    : m_storage(storage)
{}

core::Result<std::optional<StoredInquiry>> InquiryRepository::find(const QString& id)
{
    auto found = select(kById, {{u"id"_s, id}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredInquiry>() : std::optional(found->constFirst());
}

core::Result<std::optional<StoredInquiry>> InquiryRepository::findForVenue(const QString& venueId, const QString& id)
{
    auto found = select(kByIdForVenue, {{u"id"_s, id}, {u"venue_id"_s, venueId}});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<StoredInquiry>() : std::optional(found->constFirst());
}

core::Result<QList<StoredInquiry>> InquiryRepository::pageForVenue(const QString& venueId, int before, int limit)
{
    return select(kPage,
                  {{u"venue_id"_s, venueId},
                   {u"before"_s, before > 0 ? before : std::numeric_limits<int>::max()},
                   {u"limit"_s, limit}});
}

core::Result<QList<StoredInquiry>>
InquiryRepository::pageForAdmin(const QString& venueId, bool unanswered, int offset, int limit)
{
    QVariantMap values{{u"offset"_s, offset}, {u"limit"_s, limit}};
    if (!venueId.isEmpty()) {
        values.insert(u"venue_id"_s, venueId);
    }
    return select(kColumns.trimmed() + adminFilter(venueId, unanswered) + kAdminOrder, values);
}

core::Result<int> InquiryRepository::countForAdmin(const QString& venueId, bool unanswered)
{
    QVariantMap values;
    if (!venueId.isEmpty()) {
        values.insert(u"venue_id"_s, venueId);
    }
    auto rows = m_storage.execute(kCount + adminFilter(venueId, unanswered), values);
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<int> InquiryRepository::lastNumber(const QString& venueId)
{
    auto rows = m_storage.execute(kLastNumber, {{u"venue_id"_s, venueId}});
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

core::Result<void> InquiryRepository::insert(const QString& venueId, int number, const core::Inquiry& inquiry)
{
    return m_storage.run(kInsert,
                         {{u"id"_s, inquiry.id},
                          {u"venue_id"_s, venueId},
                          {u"number"_s, number},
                          {u"phone"_s, inquiry.phone},
                          {u"category"_s, inquiry.category},
                          {u"detail"_s, inquiry.detail},
                          {u"body"_s, inquiry.body},
                          {u"sent_by"_s, inquiry.sentBy},
                          {u"sent_at"_s, storedTime::toVariant(inquiry.sentAt)}});
}

core::Result<QList<StoredInquiry>> InquiryRepository::changedForVenue(const QString& venueId, const ChangeRange& range)
{
    return select(kChanged, ChangeLog::rangeValues(venueId, range));
}

core::Result<void> InquiryRepository::answer(const QString& id, const QString& text, const QDateTime& now)
{
    return m_storage.run(kAnswer, {{u"id"_s, id}, {u"answer"_s, text}, {u"answered_at"_s, storedTime::toVariant(now)}});
}

core::Result<QList<StoredInquiry>> InquiryRepository::select(const QString& sql, const QVariantMap& values)
{
    auto rows = m_storage.execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    QList<StoredInquiry> found;
    while (rows->next()) {
        StoredInquiry stored;
        stored.venueId = rows->value(0).toString();
        stored.number = rows->value(1).toInt();
        stored.answers = rows->value(2).toInt();
        core::Inquiry& inquiry = stored.inquiry;
        inquiry.id = rows->value(3).toString();
        inquiry.phone = rows->value(4).toString();
        inquiry.category = rows->value(5).toString();
        inquiry.detail = rows->value(6).toString();
        inquiry.body = rows->value(7).toString();
        inquiry.sentBy = rows->value(8).toString();
        inquiry.sentAt = storedTime::fromVariant(rows->value(9));
        inquiry.answer = rows->value(10).toString();
        if (!rows->value(11).isNull()) {
            inquiry.answeredAt = storedTime::fromVariant(rows->value(11));
        }
        found.append(std::move(stored));
    }
    return found;
}

} // namespace vsys::server
