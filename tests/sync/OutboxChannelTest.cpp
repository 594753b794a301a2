// SPDX-License-Identifier: MIT
// Tests for OutboxChannel: a job's rows go out through its channel with the row's Idempotency-Key, the
// channel's accept() commits with the synced mark, and network failures and refusals are kept as for
// every row of the outbox.
#include "db/Transaction.h"
#include "support/SyncTestSupport.h"
#include "sync/ApiJob.h"
#include "sync/OutboxChannel.h"
#include "sync/SyncService.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys;
using namespace vsys::sync;
using namespace vsys::sync::test;

namespace {

const QString kKind = u"report"_s;

/// POST /probes with the row's payload and key.
class ProbeJob : public ApiJob
{
public:
    ProbeJob(ApiAccessManager& manager, db::OutboxEntry entry, QObject* parent)
        : ApiJob(manager, parent)
        , m_entry(std::move(entry))
    {}

    void start() override
    {
        QNetworkRequest request = makeRequest(u"/probes"_s);
        request.setRawHeader("Idempotency-Key", m_entry.idempotencyKey.toLatin1());
        sendJson("POST", request, m_entry.payload);
    }

    using ApiJob::json;

private:
    db::OutboxEntry m_entry;
};

/// Keeps what the server answered as a `report` server record, as a real channel keeps its record.
class ProbeChannel : public OutboxChannel
{
public:
    ProbeChannel(db::Database& database, qint64 accountId)
        : m_records(database)
        , m_accountId(accountId)
    {}

    QString recordKind() const override { return kKind; }

    core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent) override
    {
        if (!entry.payload.contains(u"figure"_s)) {
            return core::Error{u"figure"_s, u"damaged row"_s};
        }
        return new ProbeJob(manager, entry, parent);
    }

    core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) override
    {
        ++accepted;
        return m_records.save(m_accountId, db::ServerRecordKind::Report, entry.recordId,
                              static_cast<const ProbeJob&>(job).json(), QDateTime::currentDateTimeUtc());
    }

    int accepted = 0;

private:
    db::ServerRecordRepository m_records;
    qint64 m_accountId;
};

class OutboxChannelTest : public SyncServiceFixture
{
protected:
    void SetUp() override
    {
        SyncServiceFixture::SetUp();
        signIn();
        auto channel = std::make_unique<ProbeChannel>(*m_database, m_accountId);
        m_channel = channel.get();
        m_service->outbox()->addChannel(std::move(channel));
        m_server->setOverride([this](const FakeRequest& request) -> std::optional<FakeResponse> {
            if (request.path != u"/probes"_s) {
                return std::nullopt;
            }
            ++m_received;
            if (m_refuse) {
                return FakeResponse::error(400, u"invalid_field"_s, u"数値が小さすぎます"_s, u"figure"_s);
            }
            QJsonObject stored = request.json();
            stored.insert(u"stored"_s, true);
            return FakeResponse::json(201, stored);
        });
    }

    db::OutboxEntry queue(const QJsonObject& payload)
    {
        const auto entry = db::OutboxRepository(*m_database)
                               .enqueue(m_accountId, kKind, u"r-1"_s, db::OutboxOperation::Post, payload, 0,
                                        QDateTime::currentDateTimeUtc());
        EXPECT_TRUE(entry.ok());
        m_service->outbox()->enqueued(kKind, u"r-1"_s);
        return *entry;
    }

    QString rowState(qint64 id) const
    {
        return scalar(u"SELECT state FROM outbox WHERE id = %1"_s.arg(id)).toString();
    }

    ProbeChannel* m_channel = nullptr;
    int m_received = 0;
    bool m_refuse = false;
};

TEST_F(OutboxChannelTest, ARowGoesThroughItsChannelAndIsAcceptedWithTheSyncedMark)
{
    QSignalSpy changed(m_service.get(), &SyncService::channelRecordChanged);
    const db::OutboxEntry entry = queue({{u"figure"_s, 80}});

    ASSERT_TRUE(waitFor([&] { return rowState(entry.id) == u"synced"_s; }));
    EXPECT_EQ(m_channel->accepted, 1);
    const QList<FakeRequest> sent = m_server->requestsTo(u"/probes"_s);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.constFirst().verb, "POST");
    EXPECT_EQ(sent.constFirst().body, R"({"figure":80})");
    EXPECT_EQ(sent.constFirst().header("Idempotency-Key"), entry.idempotencyKey.toLatin1());
    EXPECT_EQ(scalar(u"SELECT json_extract(data, '$.stored') FROM server_record WHERE kind = 'report'"_s).toInt(), 1);
    EXPECT_EQ(m_service->pendingCount(), 0);
    ASSERT_GE(changed.size(), 2);
    EXPECT_EQ(changed.constLast().at(0).toString(), kKind);
    EXPECT_EQ(changed.constLast().at(1).toString(), u"r-1"_s);
}

TEST_F(OutboxChannelTest, OfflineTheRowWaitsAndGoesAgainWithTheSameKey)
{
    m_server->setReachable(false);
    const db::OutboxEntry entry = queue({{u"figure"_s, 3}});
    ASSERT_TRUE(waitFor([this] { return !m_service->isOnline(); }));
    EXPECT_EQ(rowState(entry.id), u"queued"_s);
    EXPECT_EQ(m_channel->accepted, 0);

    m_server->setReachable(true);
    m_service->syncNow();
    ASSERT_TRUE(waitFor([&] { return rowState(entry.id) == u"synced"_s; }));
    EXPECT_EQ(m_received, 1);
    EXPECT_EQ(m_server->requestsTo(u"/probes"_s).constLast().header("Idempotency-Key"),
              entry.idempotencyKey.toLatin1());
}

TEST_F(OutboxChannelTest, ARefusalKeepsTheServersMessageAndAcceptsNothing)
{
    m_refuse = true;
    QSignalSpy errors(m_service.get(), &SyncService::syncError);
    const db::OutboxEntry entry = queue({{u"figure"_s, -1}});

    ASSERT_TRUE(waitFor([&] { return rowState(entry.id) == u"error"_s; }));
    EXPECT_EQ(m_channel->accepted, 0);
    EXPECT_EQ(scalar(u"SELECT last_error FROM outbox WHERE id = %1"_s.arg(entry.id)).toString(),
              u"数値が小さすぎます"_s);
    EXPECT_EQ(m_service->pendingCount(), 1);
    ASSERT_FALSE(errors.isEmpty());
}

TEST_F(OutboxChannelTest, ARowItsChannelCannotSendIsKeptAsRefusedWithoutARequest)
{
    const db::OutboxEntry entry = queue({{u"other"_s, 1}});

    ASSERT_TRUE(waitFor([&] { return rowState(entry.id) == u"error"_s; }));
    EXPECT_EQ(scalar(u"SELECT last_error FROM outbox WHERE id = %1"_s.arg(entry.id)).toString(), u"damaged row"_s);
    EXPECT_EQ(m_received, 0);
}

} // namespace
