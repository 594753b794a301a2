// SPDX-License-Identifier: MIT
// Tests for the 予約受付状態 through SyncService and the Outbox: queued per venue with an Idempotency-Key,
// 送信待ち until the server has it, resent with the same key after a network failure, the server's refusal
// kept, and a change made elsewhere (another V-SYS ID or PC of the venue) arriving through /changes.
#include "support/SyncTestSupport.h"
#include "sync/SyncService.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ReservationStatus;
using vsys::sync::SyncService;
using namespace vsys::sync::test;

namespace {

const QString kVenueId = u"6f1c7a52-3b9e-4f0e-9d55-0c1f2a3b4c5d"_s;

class ReservationStatusSyncTest : public SyncServiceFixture
{
protected:
    void SetUp() override
    {
        SyncServiceFixture::SetUp();
        signIn();
    }

    QList<FakeRequest> statusRequests() const { return m_server->requestsTo(u"/venue/reservation-status"_s); }
};

TEST_F(ReservationStatusSyncTest, AChoiceWaitsUntilTheServerHasIt)
{
    EXPECT_EQ(m_service->reservationStatus()->server.status, ReservationStatus::Unregistered);
    QSignalSpy changed(m_service.get(), &SyncService::reservationStatusChanged);

    ASSERT_TRUE(m_service->setReservationStatus(ReservationStatus::FewLeft).ok());

    EXPECT_EQ(m_service->reservationStatus()->pending, ReservationStatus::FewLeft);
    EXPECT_EQ(m_service->pendingCount(), 1);
    ASSERT_TRUE(waitFor([this] { return !m_service->reservationStatus()->pending; }));
    const auto view = *m_service->reservationStatus();
    EXPECT_EQ(view.server.status, ReservationStatus::FewLeft);
    EXPECT_EQ(view.server.changedBy, QString::fromLatin1(kVsysId));
    EXPECT_TRUE(view.refusal.isEmpty());
    EXPECT_EQ(m_service->pendingCount(), 0);
    EXPECT_GE(changed.size(), 2);

    // The bytes on the wire: PUT with the status and a UUID Idempotency-Key.
    ASSERT_EQ(statusRequests().size(), 1);
    const FakeRequest sent = statusRequests().constFirst();
    EXPECT_EQ(sent.verb, "PUT");
    EXPECT_EQ(sent.body, R"({"status":"few_left"})");
    EXPECT_EQ(sent.header("Content-Type"), "application/json");
    EXPECT_EQ(sent.header("Idempotency-Key").size(), 36);
    EXPECT_EQ(scalar(u"SELECT record_id FROM outbox WHERE record_kind = 'reservation_status'"_s).toString(), kVenueId);
}

TEST_F(ReservationStatusSyncTest, OfflineTheChoiceWaitsAndGoesWithTheSameKey)
{
    m_server->setReachable(false);
    ASSERT_TRUE(m_service->setReservationStatus(ReservationStatus::NotAccepting).ok());
    ASSERT_TRUE(waitFor([this] { return !m_service->isOnline(); }));
    EXPECT_EQ(m_service->reservationStatus()->pending, ReservationStatus::NotAccepting);
    // The newest choice replaces the one not sent yet: one change waits.
    ASSERT_TRUE(m_service->setReservationStatus(ReservationStatus::NotRequired).ok());
    EXPECT_EQ(m_service->pendingCount(), 1);
    const QString key = scalar(u"SELECT idempotency_key FROM outbox WHERE state <> 'synced'"_s).toString();

    m_server->setReachable(true);
    m_service->syncNow();
    ASSERT_TRUE(waitFor([this] { return !m_service->reservationStatus()->pending; }));

    EXPECT_EQ(m_server->venue().value(u"reservation_status"_s).toObject().value(u"status"_s).toString(),
              u"not_required"_s);
    EXPECT_EQ(statusRequests().constLast().header("Idempotency-Key"), key.toLatin1());
}

TEST_F(ReservationStatusSyncTest, ARefusalIsKeptWithTheServersMessage)
{
    m_server->setOverride([](const FakeRequest& request) -> std::optional<FakeResponse> {
        if (request.path == u"/venue/reservation-status"_s) {
            return FakeResponse::error(400, u"invalid_field"_s, u"予約受付状態：指定できない値です。"_s, u"status"_s);
        }
        return std::nullopt;
    });
    ASSERT_TRUE(m_service->setReservationStatus(ReservationStatus::Available).ok());
    ASSERT_TRUE(waitFor([this] { return !m_service->reservationStatus()->refusal.isEmpty(); }));

    const auto view = *m_service->reservationStatus();
    EXPECT_EQ(view.pending, ReservationStatus::Available);
    EXPECT_EQ(view.refusal, u"予約受付状態：指定できない値です。"_s);
    EXPECT_EQ(view.server.status, ReservationStatus::Unregistered);

    // A new choice replaces the refused one and is sent with a new key.
    m_server->setOverride({});
    ASSERT_TRUE(m_service->setReservationStatus(ReservationStatus::FewLeft).ok());
    ASSERT_TRUE(waitFor([this] { return !m_service->reservationStatus()->pending; }));
    EXPECT_NE(statusRequests().constLast().header("Idempotency-Key"),
              statusRequests().constFirst().header("Idempotency-Key"));
    EXPECT_EQ(m_service->reservationStatus()->server.status, ReservationStatus::FewLeft);
}

TEST_F(ReservationStatusSyncTest, AChangeMadeElsewhereArrivesThroughTheChangesFeed)
{
    QSignalSpy changed(m_service.get(), &SyncService::reservationStatusChanged);
    m_server->setVenue({{u"id"_s, kVenueId},
                        {u"name"_s, u"(職域)サンプル職域接種会場"_s},
                        {u"reservation_status"_s,
                         QJsonObject{{u"status"_s, u"not_accepting"_s},
                                     {u"changed_at"_s, u"2021-12-20T02:20:00.000Z"_s},
                                     {u"changed_by"_s, u"1310000041"_s}}}});
    QSignalSpy finished(m_service.get(), &SyncService::syncFinished);
    m_service->syncNow();
    ASSERT_TRUE(finished.wait(5000));

    EXPECT_FALSE(changed.isEmpty());
    const auto view = *m_service->reservationStatus();
    EXPECT_EQ(view.server.status, ReservationStatus::NotAccepting);
    EXPECT_EQ(view.server.changedBy, u"1310000041"_s);
    EXPECT_FALSE(view.pending);
}

} // namespace
