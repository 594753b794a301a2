// SPDX-License-Identifier: MIT
// ReviewService: the ministry reviewer's side of an application (確認済み / 要再申込).
#pragma once

#include "core/application/ApplicationRecord.h"
#include "server/service/Outcome.h"
#include "server/storage/ApplicationRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::server {

class Storage;

/// The reviewer names an application by its 申込番号 or its UUID. Status rules come from
/// core::ApplicationStatusMachine with Actor::Reviewer.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
public:
    explicit ReviewService(Storage& storage);

    /// 確認待ち applications of every venue, oldest submission first.
    Outcome<QList<StoredApplication>> listWaiting();
    /// 確認済み, continuing the venue's V-SYS ID, or with a new one (`newVsysId` and its password):
    /// the account is created and the ID recorded as issued_vsys_id.
    Outcome<core::ApplicationRecord>
    confirm(const QString& application, const QString& newVsysId = {}, const QString& password = {});
    /// 要再申込 with the reviewer's comment (required: it tells the venue what to fix).
    Outcome<core::ApplicationRecord> returnForResubmission(const QString& application, const QString& comment);

private:
    Outcome<StoredApplication> find(const QString& application);
    Outcome<core::ApplicationRecord> review(const StoredApplication& stored, core::ApplicationRecord changed);

    Storage& m_storage;
};

} // namespace vsys::server
