// SPDX-License-Identifier: MIT
// InquiryService: a venue's 問い合わせ: sent by its V-SYS IDs (POST /inquiries), read back by them, and listed and
// answered by the support desk with vsysdesk-admin.
#pragma once

#include "core/inquiry/Inquiry.h"
#include "server/service/Outcome.h"
#include "server/service/SessionService.h"
#include "server/storage/InquiryRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// One page of a venue's inquiries, newest first (docs/api.md "問い合わせ").
struct InquiryPage
{
    QList<core::Inquiry> inquiries;
    QString next; ///< the cursor of the following page; empty on the last page
};

/// One page of every venue's inquiries for the admin list.
struct InquiryListing
{
    QList<StoredInquiry> inquiries;
    int page = 1;
    int pages = 1;
};

/// Every venue method checks that an inquiry belongs to the session's venue; one of another venue is
/// NotFound, exactly like one that does not exist.
class InquiryService
{
    Q_DECLARE_TR_FUNCTIONS(InquiryService)
public:
    static constexpr int kAdminPageSize = 100;

    /// `maxInquiries`: inquiries kept per venue (venueLimits::kMaxInquiries; tests use fewer).
    explicit InquiryService(Storage& storage, int maxInquiries = 0);

    /// Stores `inquiry` for the session's venue with the session's V-SYS ID and `now`, after
    /// core::InquiryValidator. An answer the client sent is not kept. An id already taken is InvalidField "id";
    /// the venue's cap is TooManyInquiries.
    Outcome<core::Inquiry> send(const VenueSession& session, core::Inquiry inquiry, const QDateTime& now);
    Outcome<core::Inquiry> get(const VenueSession& session, const QString& id);
    /// The page of the venue's inquiries after the cursor `after` (empty: the first page), at most `limit`
    /// (clamped to venueLimits::kPageRecords).
    Outcome<InquiryPage> list(const VenueSession& session, const QString& after, int limit);

    /// Page `page` (from 1) of every venue's inquiries, or of `venueId`'s; only unanswered ones if asked.
    Outcome<InquiryListing> listForAdmin(const QString& venueId, bool unanswered, int page);
    /// The inquiry `id` of any venue.
    Outcome<StoredInquiry> findForAdmin(const QString& id);
    /// Gives the support desk's answer. An inquiry answered already keeps its answer (InvalidStatus) unless
    /// `replace`: a second answer must be meant. The venue's desks get it through /changes.
    Outcome<StoredInquiry> answer(const QString& id, QString text, bool replace, const QDateTime& now);

private:
    Storage& m_storage;
    int m_maxInquiries;
};

} // namespace vsys::server
