// SPDX-License-Identifier: MIT
// InquiryService: the rules, the cap, the inquiry and its change-log entry commit together under the venue's lock.
#include "server/service/InquiryService.h"

#include "core/JapaneseFormat.h"
#include "server/service/VenueLimits.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

ServiceError notFound()
{
    return {core::Error{{},
                        InquiryService::tr("The inquiry was not found. It may belong to another venue."),
                        core::ErrorCode::NotFound}};
}

ServiceError invalid(const core::Error& error)
{
    return {core::Error{error.field, error.message, core::ErrorCode::Invalid}};
}

} // namespace

InquiryService::InquiryService(Storage& storage, int maxInquiries)
    : m_storage(storage)
    , m_maxInquiries(maxInquiries > 0 ? maxInquiries : venueLimits::kMaxInquiries)
{}

Outcome<core::Inquiry> InquiryService::send(const VenueSession& session, core::Inquiry inquiry, const QDateTime& now)
{
    if (const QList<core::Error> refused = core::InquiryValidator::check(inquiry); !refused.isEmpty()) {
        return invalid(refused.constFirst());
    }
    inquiry.sentBy = session.vsysId;
    inquiry.sentAt = now;
    inquiry.answer.clear();
    inquiry.answeredAt = {};

    InquiryRepository inquiries(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Counting and inserting take turns per venue, so two inquiries at once cannot both pass the cap.
    if (auto locked = VenueRepository(m_storage).lockWrites(session.venueId); !locked) {
        return locked.error();
    }
    const auto taken = inquiries.find(inquiry.id);
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        return invalid(core::Error{u"id"_s,
                                   tr("id: an inquiry with this id was already sent. Send a new inquiry with a "
                                      "new id.")});
    }
    const auto last = inquiries.lastNumber(session.venueId);
    if (!last) {
        return last.error();
    }
    if (*last >= m_maxInquiries) {
        return ServiceError{core::Error{{},
                                        tr("This venue has already sent %1 inquiries, the most the server keeps. "
                                           "Please call the support desk.")
                                            .arg(core::JapaneseFormat::number(m_maxInquiries)),
                                        core::ErrorCode::TooManyInquiries}};
    }
    if (auto inserted = inquiries.insert(session.venueId, *last + 1, inquiry); !inserted) {
        return inserted.error();
    }
    // The venue's other desks list it too.
    if (auto logged = ChangeLog(m_storage).record(session.venueId, ChangeKind::Inquiry, inquiry.id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return inquiry;
}

Outcome<core::Inquiry> InquiryService::get(const VenueSession& session, const QString& id)
{
    const auto found = InquiryRepository(m_storage).findForVenue(session.venueId, id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound();
    }
    return (*found)->inquiry;
}

Outcome<InquiryPage> InquiryService::list(const VenueSession& session, const QString& after, int limit)
{
    int before = 0;
    if (!after.isEmpty()) {
        bool ok = false;
        before = after.toInt(&ok);
        if (!ok || before < 1) {
            return invalid(core::Error{u"after"_s,
                                       tr("after: give the \"next\" value of the previous page unchanged, or leave "
                                          "it out for the first page.")});
        }
    }
    limit = std::clamp(limit, 1, venueLimits::kPageRecords);
    // One inquiry more than the page holds tells whether another page follows.
    const auto found = InquiryRepository(m_storage).pageForVenue(session.venueId, before, limit + 1);
    if (!found) {
        return found.error();
    }
    InquiryPage page;
    // An inquiry is at most ~24 KB (two texts of 4,000 characters), so a page of kPageRecords stays below
    // venueLimits::kMaxPageBytes.
    for (qsizetype i = 0; i < found->size() && i < limit; ++i) {
        page.inquiries.append(found->at(i).inquiry);
    }
    if (found->size() > limit) {
        page.next = QString::number(found->at(limit - 1).number);
    }
    return page;
}

Outcome<InquiryListing> InquiryService::listForAdmin(const QString& venueId, bool unanswered, int page)
{
    InquiryRepository inquiries(m_storage);
    if (!venueId.isEmpty()) {
        const auto venue = VenueRepository(m_storage).find(venueId);
        if (!venue) {
            return venue.error();
        }
        if (!*venue) {
            return ServiceError{
                core::Error{u"venue"_s, tr("There is no venue %1.").arg(venueId), core::ErrorCode::NotFound}};
        }
    }
    const auto count = inquiries.countForAdmin(venueId, unanswered);
    if (!count) {
        return count.error();
    }
    InquiryListing listing;
    listing.pages = std::max(1, (*count + kAdminPageSize - 1) / kAdminPageSize);
    if (page < 1 || page > listing.pages) {
        return invalid(core::Error{u"page"_s, tr("Page: give a number from 1 to %1.").arg(listing.pages)});
    }
    listing.page = page;
    const auto found = inquiries.pageForAdmin(venueId, unanswered, (page - 1) * kAdminPageSize, kAdminPageSize);
    if (!found) {
        return found.error();
    }
    listing.inquiries = *found;
    return listing;
}

Outcome<StoredInquiry> InquiryService::findForAdmin(const QString& id)
{
    const auto found = InquiryRepository(m_storage).find(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound();
    }
    return **found;
}

Outcome<StoredInquiry> InquiryService::answer(const QString& id, QString text, bool replace, const QDateTime& now)
{
    if (auto refused = core::InquiryValidator::checkAnswer(text)) {
        return invalid(*refused);
    }
    InquiryRepository inquiries(m_storage);
    SqlTransaction transaction(m_storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = inquiries.find(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound();
    }
    if (!(*found)->inquiry.answer.isEmpty() && !replace) {
        return ServiceError{core::Error{u"answer"_s,
                                        tr("The inquiry was answered already (%1). Give --replace to replace "
                                           "the answer.")
                                            .arg(core::JapaneseFormat::dateTime((*found)->inquiry.answeredAt)),
                                        core::ErrorCode::InvalidStatus}};
    }
    if (auto answered = inquiries.answer(id, text, now); !answered) {
        return answered.error();
    }
    if (auto logged = ChangeLog(m_storage).record((*found)->venueId, ChangeKind::Inquiry, id, now); !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    StoredInquiry stored = **found;
    stored.answers += 1;
    stored.inquiry.answer = text;
    stored.inquiry.answeredAt = now;
    return stored;
}

} // namespace vsys::server
