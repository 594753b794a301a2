// SPDX-License-Identifier: MIT
// NaviApplicationRepository: the tables of migration 0009 — 接種券発行申請 (web), the municipalities that accept
// them, the 受付番号 serials and the web pages' secrets. No rules here: NaviApplicationService has them.
#pragma once

#include "core/Result.h"
#include "core/navi/TicketApplication.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::server {

class Storage;

/// 受付済み (received) until the municipality marks it 発送済み (shipped: the 接種券 was sent).
enum class NaviApplicationStatus { Received, Shipped };

struct NaviMunicipalityRow
{
    QString code;
    bool accepting = false;
    QDateTime changedAt;
};

struct NaviApplicationRecord
{
    qint64 id = 0; ///< the order of arrival; the cursor of listForMunicipality
    QString receipt; ///< 受付番号
    QString municipalityCode;
    QDateTime submittedAt; ///< 申請受付日時 (UTC)
    NaviApplicationStatus status = NaviApplicationStatus::Received;
    QDateTime shippedAt; ///< invalid until shipped
    core::TicketApplication content;
};

class NaviApplicationRepository
{
public:
    explicit NaviApplicationRepository(Storage& storage);

    core::Result<QList<NaviMunicipalityRow>> municipalities();
    /// Inserts or changes the row of `code`.
    core::Result<void> setAccepting(const QString& code, bool accepting, const QDateTime& now);

    /// The next serial of `code` on `day` (1 for the day's first), in the caller's transaction.
    core::Result<int> nextSerial(const QString& code, QDate day);
    core::Result<qint64> count();
    core::Result<void> insert(const NaviApplicationRecord& record, const QString& submitToken);
    core::Result<std::optional<NaviApplicationRecord>> findByToken(const QString& submitToken);
    core::Result<std::optional<NaviApplicationRecord>> findByReceipt(const QString& receipt);
    /// The municipality's applications with id > afterId, oldest first, at most `limit`.
    core::Result<QList<NaviApplicationRecord>> list(const QString& code, qint64 afterId, int limit);
    /// Marks one received application of `code` shipped; false when it is not there, another
    /// municipality's, or already shipped.
    core::Result<bool> markShipped(const QString& code, const QString& receipt, const QDateTime& now);
    /// Deletes the applications submitted before `cutoff`, and the serials of the days before it; how many
    /// applications went.
    core::Result<int> purgeBefore(const QDateTime& cutoff);

    /// The secret called `name`, made (`fresh`, base64) by the first caller; every process then reads the same.
    core::Result<QByteArray> secret(const QString& name, const QByteArray& fresh);

private:
    Storage& m_storage;
};

} // namespace vsys::server
