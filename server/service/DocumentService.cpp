// SPDX-License-Identifier: MIT
// DocumentService: the count and the read happen in one transaction, so the count matches what was served.
#include "server/service/DocumentService.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace vsys::server {

DocumentService::DocumentService(Storage& storage)
    : m_storage(storage)
{}

Outcome<QList<DocumentInfo>> DocumentService::list(const VenueSession& session)
{
    auto documents = DocumentRepository(m_storage).listForVenue(session.venueId);
    if (!documents) {
        return documents.error();
    }
    return std::move(documents).value();
}

Outcome<Download> DocumentService::download(const VenueSession& session, const QString& id)
{
    DocumentRepository documents(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto counted = documents.countDownload(session.venueId, id); !counted) {
        return counted.error();
    }
    auto download = peek(session, id);
    if (!download) {
        return download.error();
    }
    if (auto logged
        = ChangeLog(m_storage).record(session.venueId, ChangeKind::Document, id, QDateTime::currentDateTimeUtc());
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return download;
}

Outcome<Download> DocumentService::peek(const VenueSession& session, const QString& id)
{
    DocumentRepository documents(m_storage);
    const auto info = documents.find(session.venueId, id);
    if (!info) {
        return info.error();
    }
    if (!*info) {
        return ServiceError{core::Error{{}, {}, core::ErrorCode::NotFound}};
    }
    auto content = documents.content(session.venueId, id);
    if (!content) {
        return content.error();
    }
    if (!*content) {
        return ServiceError{core::Error{{}, {}, core::ErrorCode::NotFound}};
    }
    return Download{**info, **content};
}

} // namespace vsys::server
