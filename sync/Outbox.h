// SPDX-License-Identifier: MIT
// Outbox: saves local edits of applications (申込) and the venue's 予約受付状態 at once and sends them to the
// server in the background.
#pragma once

#include "core/Result.h"
#include "core/application/ApplicationRecord.h"
#include "core/application/ApplicationStatus.h"
#include "core/venue/ReservationStatus.h"
#include "db/ApplicationRepository.h"
#include "db/ChangeLogRepository.h"
#include "db/OutboxRepository.h"
#include "db/ServerRecordRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class ApiAccessManager;
class ApiJob;
class ApplicationRecordJob;
class OutboxChannel;
class ReservationStatusJob;

/// The 予約受付状態 as the home page shows it.
struct ReservationStatusView
{
    core::ReservationState server; ///< as the server last said (unregistered before it said anything)
    std::optional<core::ReservationStatus> pending; ///< chosen here, not on the server yet
    QString refusal; ///< the server's message when it refused `pending`

    bool operator==(const ReservationStatusView&) const = default;
};

/// The write side of sync for one account. Every edit and action is written to the local record
/// and the outbox in one transaction, so saving never waits for the network and a crash loses
/// nothing. The pump then sends one row at a time, in order per record:
/// - success: the row is synced and the record takes the server's version, status and number;
/// - network failure: the row waits 1 s, 2 s, 4 s … (at most 5 min) and is sent again with the same
///   Idempotency-Key; retryNow() skips the wait;
/// - 401: sending pauses until start() is called again after a new sign-in;
/// - 409 version_conflict: the server's copy is kept beside the local one (競合) and nothing local
///   is dropped, until resolveConflict();
/// - any other refusal: the row keeps the server's message (エラー) until retryFailed() or discardFailed().
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::seconds kFirstRetryDelay{1};
    static constexpr std::chrono::seconds kMaxRetryDelay{300};
    /// Synced rows stay this long in the journal, for support questions ("was it sent?").
    static constexpr int kSyncedRetentionDays = 7;

    Outbox(db::Database& database, ApiAccessManager& manager, qint64 accountId, QObject* parent = nullptr);
    ~Outbox() override;

    /// The wait before attempt `attempts + 1` after `attempts` failed ones: 1 s, 2 s, 4 s … 5 min.
    static std::chrono::seconds retryDelay(int attempts);

    /// Saves the content of `record` (a new record or an edit; the status, version and number stay
    /// the local ones) and queues it. Refused when the status, counting the actions already queued,
    /// does not allow editing, or while the record is in conflict. An edit after a refusal is the
    /// user fixing what the server's message asked for: a refused edit is sent again with the new
    /// content, a refused action is dropped (the user submits again). Every changed field goes into
    /// the change log (変更履歴, db::ChangeLogRepository) in the same transaction.
    core::Result<void> saveApplication(const core::ApplicationRecord& record);
    /// Queues 申込, 取下げ or 再申込 after the changes already queued for the record, if the status
    /// machine allows it on the status the record will have by then.
    core::Result<void> queueAction(const QString& applicationId, core::ApplicationAction action);
    /// Ends a conflict: the record takes the server's version and status with `content` (usually
    /// core::ContentDiff::merge of the two copies), and what differs from the server is sent again.
    /// The fields where `content` differs from the local copy go into the change log.
    core::Result<void> resolveConflict(const QString& applicationId, const QJsonObject& content);
    /// Sends the record's refused changes again (a refused action with a new Idempotency-Key, since
    /// the server repeats its first answer to the old one).
    core::Result<void> retryFailed(const QString& applicationId);
    /// Drops the record's refused changes; the local record stays as it is.
    core::Result<void> discardFailed(const QString& applicationId);

    /// Queues the 予約受付状態 of venue `venueId` (the server's id). The newest choice replaces one
    /// not sent yet or refused, also one another V-SYS ID of the venue left here: the status is the
    /// venue's, and the last choice is the one meant. A choice on its way is followed by this one.
    core::Result<void> queueReservationStatus(const QString& venueId, core::ReservationStatus status);
    /// The venue's status as the server last said it, and this account's newer choice if the server
    /// does not have it yet.
    core::Result<ReservationStatusView> reservationStatus(const QString& venueId) const;
    static constexpr auto kReservationStatusKind = "reservation_status";

    /// Sends the rows of `channel->recordKind()` through `channel` from now on.
    void addChannel(std::unique_ptr<OutboxChannel> channel);
    /// A channel queued a row of its record: the pending count changes and sending goes on.
    void enqueued(const QString& recordKind, const QString& recordId);

    /// Starts (or resumes) sending. The first start queues again the rows a crash left sending (they
    /// go out with their original Idempotency-Key) and forgets synced rows older than a week.
    void start();
    /// Stops starting new requests; one already on its way still ends and is recorded.
    void stop();
    /// The server is reachable again: send everything waiting for its retry time now.
    void retryNow();
    bool isRunning() const { return m_running; }
    /// A request is on its way.
    bool isBusy() const { return !m_job.isNull(); }
    /// Changes not on the server yet (queued, sending, refused, in conflict).
    core::Result<int> pendingCount() const;

    /// Tests replace the clock to check retry times exactly.
    void setClock(Clock clock);

signals:
    /// The record's local data or sync state changed.
    void recordChanged(const QString& applicationId);
    /// A change of the venue's 予約受付状態 was queued, sent, or refused.
    void reservationStatusChanged();
    /// A row of a channel's record was queued, sent, accepted or refused.
    void channelRecordChanged(const QString& recordKind, const QString& recordId);
    void pendingCountChanged(int count);
    /// Nothing more can be sent now (all sent, waiting for a retry time, stopped or paused).
    void idle();
    /// The server answered; so it is reachable.
    void serverReached();
    /// No usable answer; `message` says what happened. The change waits for its retry.
    void networkFailed(const QString& message);
    /// 401: sending is paused until start() after a new sign-in.
    void authenticationRequired();
    /// The server refused a change, or the local database failed; `message` is for the user.
    void syncError(const QString& message);

private:
    void schedulePump();
    void pump();
    void send(const db::OutboxEntry& entry);
    void onFinished(const db::OutboxEntry& entry, ApplicationRecordJob& job);
    void sendReservationStatus(const db::OutboxEntry& entry);
    void sendThrough(OutboxChannel& channel, const db::OutboxEntry& entry);
    void onChannelJobFinished(OutboxChannel& channel, const db::OutboxEntry& entry, const ApiJob& job);
    core::Result<void> acceptThrough(OutboxChannel& channel, const db::OutboxEntry& entry, const ApiJob& job);
    void onReservationStatusSent(const db::OutboxEntry& entry, const ReservationStatusJob& job);
    core::Result<void> acceptReservationStatus(const db::OutboxEntry& entry, const ReservationStatusJob& job);
    /// Records a change the server did not take: a network failure or an ended session (it waits),
    /// or a refusal (it keeps the server's message).
    core::Result<void> recordNotTaken(const db::OutboxEntry& entry, const ApiJob& job);
    /// After a change was queued or answered: the pending count, and the next send.
    void reportAndPump();
    core::Result<void> acceptServerRecord(const db::OutboxEntry& entry,
                                          const core::ApplicationRecord& serverRecord,
                                          const QString& requestId);
    core::Result<void>
    keepConflict(const db::OutboxEntry& entry, const core::ApplicationRecord& serverCopy, const ApiJob& job);
    void scheduleRetryTimer();
    void recordEdited(const QString& applicationId);
    void reportPending();
    core::Result<db::LocalApplication> ownApplication(const QString& applicationId) const;
    /// The record's unsent rows, after removing refused actions (a new edit or action replaces them).
    core::Result<QList<db::OutboxEntry>> pendingWithoutRefusedActions(const QString& applicationId);

    db::Database& m_database;
    ApiAccessManager& m_manager;
    qint64 m_accountId = 0;
    db::ApplicationRepository m_applications;
    db::ChangeLogRepository m_changeLog;
    db::OutboxRepository m_outbox;
    db::ServerRecordRepository m_serverRecords;
    Clock m_clock;
    std::map<QString, std::unique_ptr<OutboxChannel>> m_channels;
    QTimer m_retryTimer;
    QPointer<ApiJob> m_job;
    /// After a network failure nothing is sent before this time, whichever record it is for: the
    /// server is the same for all of them.
    QDateTime m_pausedUntil;
    bool m_running = false;
    bool m_recovered = false;
    bool m_pumpScheduled = false;
    int m_reportedPending = -1;
};

} // namespace vsys::sync
