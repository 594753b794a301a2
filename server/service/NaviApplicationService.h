// SPDX-License-Identifier: MIT
// NaviApplicationService: 接種券発行申請 (web) — what the public form, the status page and vsysdesk-admin may do
// with residents' applications.
#pragma once

#include "core/navi/NaviCatalogue.h"
#include "core/navi/ReceiptNumber.h"
#include "core/navi/TicketApplication.h"
#include "server/service/Outcome.h"
#include "server/storage/NaviApplicationRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::server {

class Storage;

/// An application as the form stored it.
struct NaviSubmitted
{
    core::ReceiptNumber receipt; ///< 受付番号
    QDateTime submittedAt; ///< 申請受付日時 (UTC)
    bool repeated = false; ///< the same form was submitted before: this is that application
};

/// One page of a municipality's applications, oldest first; `nextCursor` is 0 after the last page.
struct NaviApplicationPage
{
    QList<NaviApplicationRecord> applications;
    qint64 nextCursor = 0;
};

/// Every operation takes its own transaction. Errors: core::ErrorCode::Invalid (field "municipality") for a
/// municipality that does not accept online applications or is unknown, InvalidStatus when the server holds
/// kMaxApplications already, Storage for the database.
class NaviApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(NaviApplicationService)
public:
    /// More would be refused politely (「ただいま申請を受け付けられません」) rather than fill the disk.
    static constexpr qint64 kMaxApplications = 1'000'000;
    static constexpr int kMaxPage = 500;
    static constexpr int kDose = 3; ///< the 接種券 applied for: 追加接種（3回目）

    explicit NaviApplicationService(Storage& storage,
                                    qint64 maxApplications = kMaxApplications,
                                    const core::NaviCatalogue& catalogue = core::NaviCatalogue::builtIn());

    /// The codes that accept online applications now, ascending. The first call on an empty table fills it
    /// with the catalogue's initial list.
    Outcome<QStringList> acceptingMunicipalities();
    /// Starts or stops online applications for `code` (a municipality or 広域連合 of the catalogue).
    Outcome<void> setAccepting(const QString& code, bool accepting, const QDateTime& now);
    /// Stores a validated application under the next 受付番号 of its municipality and Japan day. The same
    /// `submitToken` again (a double submit, a resend) answers the first application with repeated = true.
    Outcome<NaviSubmitted>
    submit(const core::TicketApplication& application, const QString& submitToken, const QDateTime& now);
    /// The application with this 受付番号 and 生年月日; nothing when either does not match (the caller must not
    /// say which).
    Outcome<std::optional<NaviApplicationRecord>> status(const QString& receipt, QDate birthDate);
    /// `code`'s applications after `afterCursor` (0 for the first page), at most `limit` (1…kMaxPage).
    Outcome<NaviApplicationPage> listForMunicipality(const QString& code, qint64 afterCursor, int limit);
    /// Marks `receipts` of `code` 発送済み; receipts of another municipality, unknown or already shipped are
    /// left alone. Returns how many changed.
    Outcome<int> markShipped(const QString& code, const QStringList& receipts, const QDateTime& now);
    /// Deletes the applications submitted before `cutoff` (the retention period); returns how many.
    Outcome<int> purgeBefore(const QDateTime& cutoff);

    /// The briefing's 「対応していない市町村」 message for `code`, naming it.
    QString notAcceptingMessage(const QString& code) const;

private:
    Outcome<void> seedWhenEmpty(const QDateTime& now);

    Storage& m_storage;
    qint64 m_maxApplications;
    const core::NaviCatalogue& m_catalogue;
};

} // namespace vsys::server
