// SPDX-License-Identifier: MIT
// NaviAdminRepository: what vsysdesk-admin reads and deletes of the 接種券発行申請 table (migration 0009) beyond
// NaviApplicationRepository: a municipality's applications by 状態 in numbered pages, and the retention purge.
#pragma once

#include "core/Result.h"
#include "server/storage/NaviApplicationRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::server {

class Storage;

class NaviAdminRepository
{
public:
    explicit NaviAdminRepository(Storage& storage);

    /// `code`'s applications (only of `status` when given) with id > afterId, oldest first, at most `limit`.
    core::Result<QList<NaviApplicationRecord>>
    list(const QString& code, std::optional<NaviApplicationStatus> status, qint64 afterId, int limit, int offset = 0);
    core::Result<int> count(const QString& code, std::optional<NaviApplicationStatus> status);
    /// The applications shipped before `shippedCutoff` or still received and submitted before `receivedCutoff`;
    /// counted, or deleted when `remove`.
    core::Result<int> expired(const QDateTime& shippedCutoff, const QDateTime& receivedCutoff, bool remove);

private:
    Storage& m_storage;
};

} // namespace vsys::server
