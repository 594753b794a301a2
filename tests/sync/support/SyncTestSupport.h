// SPDX-License-Identifier: MIT
// Shared fixture of the sync tests: a migrated database in a temporary folder, a signed-in account
// and the FakeServer as its access manager.
#pragma once

#include "FakeServer.h"
#include "core/application/ApplicationRecord.h"
#include "core/plan/PlanChange.h"
#include "db/Database.h"
#include "sync/MemorySecretStore.h"
#include "sync/SyncService.h"

#include <QDate>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

/// Readable gtest output for Qt strings (found by argument-dependent lookup in the global namespace).
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QByteArray& bytes, std::ostream* out)
{
    *out << '"' << bytes.toStdString() << '"';
}

namespace vsys::sync::test {

inline constexpr auto kServerUrl = "https://vsys.test";
inline constexpr auto kVsysId = "1310000017";
inline constexpr auto kPassword = "correct horse 7";

/// A 申込 content with a few sections, like the form's.
QJsonObject sampleContent(const QString& companyName);
/// A new local application (draft, version 0) with a fresh UUID.
core::ApplicationRecord newApplication(const QString& companyName);
/// A server record as GET /applications/{id} answers it.
QJsonObject serverRecord(const QString& id, int version, const QString& status, const QJsonObject& content);

/// A クール as GET /cools and the changes feed send it (core::CoolJson), two weeks from 2022-01-03 on
/// per id, its 計画変更バッチ at 23:59 JST of `deadline`.
QJsonObject coolRecord(int id, const QString& state, const QDate& deadline = QDate(2022, 3, 31));

/// A plan registered before the test (初回登録時 6 boxes: 4/7 and 2/4 in クール 1 and 2) at `version`.
core::VenuePlan registeredPlan(int version);

/// Runs the event loop until `done` or 5 s (a test failure then).
bool waitFor(const std::function<bool()>& done, int timeoutMs = 5000);

class SyncFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// First column of the first row of `sql` on the fixture's connection.
    QVariant scalar(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<FakeServer> m_server;
    qint64 m_accountId = 0;
};

/// SyncFixture with a SyncService on the FakeServer, not signed in yet (the server holds no token).
class SyncServiceFixture : public SyncFixture
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Signs in and waits for the first sync cycle to end.
    void signIn(bool remember = false);

    MemorySecretStore m_secrets;
    std::unique_ptr<SyncService> m_service;
};

} // namespace vsys::sync::test
