// SPDX-License-Identifier: MIT
// ChangesService: the log says which records changed; the data is read now, so it is never older than the log.
#include "server/service/ChangesService.h"

#include "core/application/ApplicationRecord.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "server/service/ChangeCache.h"
#include "server/service/RecordJson.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/DocumentRepository.h"
#include "server/storage/DoseRepository.h"
#include "server/storage/InquiryRepository.h"
#include "server/storage/InstitutionRepository.h"
#include "server/storage/PlanRepository.h"
#include "server/storage/ReportRepository.h"
#include "server/storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

QString itemKey(ChangeKind kind, const QString& id)
{
    return ChangeLog::kindKey(kind) + u'/' + id;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A JSON scalar as the feed writes it (a string escaped as QJsonDocument escapes it).
QByteArray scalar(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// The record as ApplicationJson writes it, with the stored content spliced in unparsed. "content" sorts
/// first among the record's keys, so the bytes are those QJsonDocument would write.
QByteArray applicationJson(const StoredApplication& stored)
{
    QJsonObject rest = core::ApplicationJson::toJson(stored.record);
    rest.remove(u"content"_s);
    const QByteArray tail = compact(rest);
    return "{\"content\":" + stored.contentJson + (rest.isEmpty() ? QByteArray("}") : ',' + tail.mid(1));
}

/// The venue's one record of `kind` (its plan, its 医療機関情報) under the id the log gives it.
void insertForEach(QHash<QString, QByteArray>& data, const QList<Change>& page, ChangeKind kind, const QByteArray& json)
{
    for (const Change& change : page) {
        if (change.kind == kind) {
            data.insert(itemKey(kind, change.entityId), json);
        }
    }
}

/// The records a repository found, each under its kind and id (`idOf`) rendered by `render`; or the repository's error.
template <typename Record, typename IdOf, typename Render>
core::Result<void> insertAll(QHash<QString, QByteArray>& data,
                             ChangeKind kind,
                             const core::Result<QList<Record>>& found,
                             IdOf idOf,
                             Render render)
{
    if (!found) {
        return found.error();
    }
    for (const Record& record : *found) {
        data.insert(itemKey(kind, idOf(record)), render(record));
    }
    return {};
}

/// {"data","id","kind"} as QJsonDocument would write it.
QByteArray item(const Change& change, const QByteArray& data)
{
    // A クール's id is its number on the wire, like in GET /cools.
    const QJsonValue id
        = change.kind == ChangeKind::Cool ? QJsonValue(change.entityId.toInt()) : QJsonValue(change.entityId);
    return "{\"data\":" + data + ",\"id\":" + scalar(id) + ",\"kind\":\"" + ChangeLog::kindKey(change.kind).toUtf8()
        + "\"}";
}

} // namespace

QByteArray ChangeFeed::toJson() const
{
    qsizetype size = 64;
    for (const QByteArray& change : changes) {
        size += change.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += changes.at(i);
    }
    body += "],\"cursor\":" + QByteArray::number(cursor)
        + ",\"next\":" + (more ? QByteArray::number(cursor) : QByteArray("null")) + '}';
    return body;
}

ChangesService::ChangesService(Storage& storage, ChangeCache& cache)
    : m_storage(storage)
    , m_cache(cache)
{}

Outcome<ChangeFeed> ChangesService::since(const VenueSession& session, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    // One change more than the page holds tells whether another page follows.
    const auto changes = ChangeLog(m_storage).since(session.venueId, cursor, limit + 1);
    if (!changes) {
        return changes.error();
    }
    const QList<Change> page = changes->first(std::min<qsizetype>(changes->size(), limit));
    const ChangeRange range{cursor, page.isEmpty() ? cursor : page.constLast().seq};
    // The venue sees a record as its latest change left it: that change's number keys the cache.
    QList<QString> keys;
    keys.reserve(page.size());
    for (const Change& change : page) {
        keys.append(session.venueId + u'/' + itemKey(change.kind, change.entityId) + u'/'
                    + QString::number(change.seq));
    }
    QHash<QString, QByteArray> items = m_cache.find(keys);
    QList<Change> missing;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (!items.contains(keys.at(i))) {
            missing.append(page.at(i));
        }
    }
    if (!missing.isEmpty()) {
        const auto data = dataOf(session, missing, range);
        if (!data) {
            return data.error();
        }
        QHash<QString, QByteArray> rendered;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const Change& change = page.at(i);
            const auto found = data->constFind(itemKey(change.kind, change.entityId));
            if (found != data->cend()) {
                rendered.insert(keys.at(i), item(change, *found));
            }
        }
        m_cache.insert(rendered);
        items.insert(rendered);
    }
    ChangeFeed feed;
    feed.cursor = cursor;
    qsizetype bytes = 0;
    qsizetype taken = 0;
    // Each change has its own sequence number, also those of one transaction, so a page may end
    // between any two of them: the next page starts after the last one this page holds.
    for (; taken < page.size(); ++taken) {
        // A record without data is gone, or changed again since the log was read: its newer change
        // lies after this page's cursor and comes with a later page.
        const auto found = items.constFind(keys.at(taken));
        if (found != items.cend()) {
            if (!feed.changes.isEmpty() && bytes + found->size() > venueLimits::kMaxPageBytes) {
                break;
            }
            bytes += found->size();
            feed.changes.append(*found);
        }
        feed.cursor = std::max(feed.cursor, page.at(taken).seq);
    }
    feed.more = taken < changes->size();
    return feed;
}

Outcome<ChangesService::PageData>
ChangesService::dataOf(const VenueSession& session, const QList<Change>& page, const ChangeRange& range)
{
    std::set<ChangeKind> kinds;
    for (const Change& change : page) {
        kinds.insert(change.kind);
    }
    const QString& venueId = session.venueId;
    PageData data;
    // One statement per kind (the venue record: three), whatever the page holds.
    for (const ChangeKind kind : kinds) {
        core::Result<void> inserted;
        switch (kind) {
        case ChangeKind::Application:
            inserted = insertAll(
                data, kind, ApplicationRepository(m_storage).changedForVenue(venueId, range),
                [](const StoredApplication& stored) { return stored.record.id; }, applicationJson);
            break;
        case ChangeKind::Document:
            inserted = insertAll(
                data, kind, DocumentRepository(m_storage).changedForVenue(venueId, range),
                [](const DocumentInfo& document) { return document.id; },
                [](const DocumentInfo& document) { return compact(RecordJson::document(document)); });
            break;
        case ChangeKind::Cool:
            inserted = insertAll(
                data, kind, CoolRepository(m_storage).changedForVenue(venueId, range),
                [](const core::CoolPeriod& cool) { return QString::number(cool.id); },
                [](const core::CoolPeriod& cool) { return compact(core::CoolJson::toJson(cool)); });
            break;
        case ChangeKind::Plan: {
            const auto plan = PlanRepository(m_storage).find(venueId);
            if (!plan) {
                return plan.error();
            }
            insertForEach(data, page, kind, compact(core::PlanJson::toJson(*plan)));
            break;
        }
        case ChangeKind::Venue: {
            auto venue = RecordJson::venue(m_storage, venueId);
            if (!venue) {
                return venue.error();
            }
            data.insert(itemKey(kind, venueId), compact(*venue));
            break;
        }
        case ChangeKind::Report:
            inserted = insertAll(
                data, kind, ReportRepository(m_storage).changedForVenue(venueId, range),
                [](const StoredReport& stored) { return stored.report.id; },
                [](const StoredReport& stored) { return compact(core::ReportJson::toJson(stored.report)); });
            break;
        case ChangeKind::Dose:
            inserted = insertAll(
                data, kind, DoseRepository(m_storage).changedForVenue(venueId, range),
                [](const DoseJsonText& dose) { return dose.id; }, [](const DoseJsonText& dose) { return dose.json; });
            break;
        case ChangeKind::Inquiry:
            inserted = insertAll(
                data, kind, InquiryRepository(m_storage).changedForVenue(venueId, range),
                [](const StoredInquiry& stored) { return stored.inquiry.id; },
                [](const StoredInquiry& stored) { return compact(core::InquiryJson::toJson(stored.inquiry)); });
            break;
        case ChangeKind::Institution: {
            const auto record = InstitutionRepository(m_storage).find(venueId);
            if (!record) {
                return record.error();
            }
            insertForEach(data, page, kind, compact(core::InstitutionRecordJson::toJson(*record)));
            break;
        }
        case ChangeKind::Doctor:
            inserted = insertAll(
                data, kind, InstitutionRepository(m_storage).changedDoctors(venueId, range),
                [](const StoredDoctor& stored) { return stored.id; },
                [](const StoredDoctor& stored) {
                    return compact(stored.doctor ? core::DoctorJson::toJson(*stored.doctor)
                                                 : core::DoctorJson::deletedJson(stored.id));
                });
            break;
        }
        if (!inserted) {
            return inserted.error();
        }
    }
    return data;
}

} // namespace vsys::server
