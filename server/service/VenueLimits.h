// SPDX-License-Identifier: MIT
// VenueLimits: what one venue may store and what one list or changes answer may hold, in one place
// (docs/decisions.md "Per-venue quotas and paging" has the reasoning).
#pragma once

#include <QtGlobal>

namespace vsys::server::venueLimits {

/// The stored content of one application (its compact JSON, UTF-8). The real 申込 form has fewer than
/// 100 leaf fields of at most 100 characters (core::ApplicationValidator::kMaxTextLength), under
/// 40 KiB even if every field were full of 3-byte characters; 256 KiB leaves room for the form to
/// grow while a venue can no longer fill the server with 1 MiB records. Refused with 413.
inline constexpr qsizetype kMaxRecordBytes = 256 * 1024;

/// Applications in 一時保存中 (draft) per venue. A venue applies once per 追加接種 and keeps at most a few
/// drafts; 20 is far above that, and with kMaxRecordBytes bounds a venue's drafts to 5 MiB.
/// Refused with 409 when a new one would be the 21st.
inline constexpr int kMaxOpenDrafts = 20;

/// Records per page of GET /applications and GET /changes: the default and the most a client may ask.
inline constexpr int kPageRecords = 50;

/// A page stops before the record that would take the data it holds past this many bytes, but
/// holds at least one record, so a page is at most max(kMaxPageBytes, one record) plus framing.
/// Equal to the request body limit: one answer is never much larger than one request.
inline constexpr qsizetype kMaxPageBytes = 1024 * 1024;

/// Changes of the 予約受付状態 kept per venue; older ones are dropped as new ones come. A venue changes
/// its status a few times a day at most, so this is months of history, while a client that flips it
/// in a loop cannot grow the table without end.
inline constexpr int kReservationStatusHistory = 1000;
/// 接種担当医師 per venue. A workplace venue has a handful of doctors, a large clinic a few dozen; 50 leaves
/// room for that while a venue cannot fill the server. Refused with 400 invalid_field when a new one would
/// be the 51st.
inline constexpr int kMaxDoctors = 50;
/// Doctor rows per venue, deleted ones (tombstones, kept for GET /changes) included: ten times the live
/// doctors, so a venue that keeps adding and deleting cannot grow the table without end.
inline constexpr int kMaxDoctorRows = 10 * kMaxDoctors;

/// 実績・廃棄の報告 stored per venue. Every report is kept, so this bounds what one venue can store: a
/// venue reporting every day for each of its vaccines over the two years of 追加接種 stays far below it,
/// while a client posting in a loop is refused with 409 too_many_reports.
inline constexpr int kMaxReports = 5000;

/// 接種台帳 records (first entries and corrections) stored per venue. A large workplace venue gives a few
/// thousand doses a month; 200,000 is years of that with room for corrections, while a client posting in a
/// loop is refused with 409 too_many_doses. A record is under 1 KiB, so a venue stores at most ~200 MB.
inline constexpr int kMaxDoseEntries = 200'000;

/// 問い合わせ stored per venue. Every inquiry is kept with its answer; a venue asks a few questions a month, so
/// 1,000 is years of them, while a client posting in a loop is refused with 409 too_many_inquiries. An inquiry
/// is at most ~24 KB (4,000 characters of 内容 and of answer), so a venue stores at most ~24 MB.
inline constexpr int kMaxInquiries = 1000;

} // namespace vsys::server::venueLimits
