// SPDX-License-Identifier: MIT
// InquiryRepository: the venues' 問い合わせ (core::Inquiry), each with its owner, its number and its answer.
#pragma once

#include "core/Result.h"
#include "core/inquiry/Inquiry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

struct ChangeRange;

struct StoredInquiry
{
    QString venueId;
    int number = 0; ///< the venue's count of inquiries when this one was stored (1 = its first)
    int answers = 0; ///< how often it was answered: more than 1 when an answer was replaced
    core::Inquiry inquiry;
};

/// What a venue asks for is filtered by its venue in SQL; the admin list and the check whether a new id is
/// free look across venues.
class InquiryRepository
{
public:
    explicit InquiryRepository(Storage& storage);

    /// The inquiry `id` of any venue.
    core::Result<std::optional<StoredInquiry>> find(const QString& id);
    /// The inquiry `id` if it belongs to `venueId`.
    core::Result<std::optional<StoredInquiry>> findForVenue(const QString& venueId, const QString& id);
    /// At most `limit` of the venue's inquiries numbered below `before` (0: from the newest), newest first.
    /// The venue's inquiries changed in `range` (GET /changes).
    core::Result<QList<StoredInquiry>> changedForVenue(const QString& venueId, const ChangeRange& range);
    core::Result<QList<StoredInquiry>> pageForVenue(const QString& venueId, int before, int limit);
    /// Every venue's inquiries (or one venue's when `venueId` is set; only those without an answer when
    /// `unanswered`), page `offset`/`limit`, oldest first: the support desk answers in the order they came.
    core::Result<QList<StoredInquiry>> pageForAdmin(const QString& venueId, bool unanswered, int offset, int limit);
    core::Result<int> countForAdmin(const QString& venueId, bool unanswered);
    /// The highest number the venue's inquiries have (0: none).
    core::Result<int> lastNumber(const QString& venueId);
    core::Result<void> insert(const QString& venueId, int number, const core::Inquiry& inquiry);
    /// Sets (or replaces) the answer of `id` and counts it.
    core::Result<void> answer(const QString& id, const QString& text, const QDateTime& now);

private:
    core::Result<QList<StoredInquiry>> select(const QString& sql, const QVariantMap& values);

    Storage& m_storage;
};

} // namespace vsys::server
