// SPDX-License-Identifier: MIT
// Outbox: local writes in one db::Transaction each; network results written back row by row.
#include "sync/Outbox.h"

#include "core/application/FieldChange.h"
#include "db/Transaction.h"
#include "sync/ApiAccessManager.h"
#include "sync/ApplicationActionJob.h"
#include "sync/Logging.h"
#include "sync/OutboxChannel.h"
#include "sync/PutApplicationJob.h"
#include "sync/ReservationStatusJob.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

const QString kKind = u"application"_s;

core::ApplicationAction actionFor(db::OutboxOperation operation)
{
    switch (operation) {
    case db::OutboxOperation::Put:
        return core::ApplicationAction::Edit;
    case db::OutboxOperation::Submit:
        return core::ApplicationAction::Submit;
    case db::OutboxOperation::Withdraw:
        return core::ApplicationAction::Withdraw;
    case db::OutboxOperation::Resubmit:
        return core::ApplicationAction::Resubmit;
    case db::OutboxOperation::Post:
    case db::OutboxOperation::Delete:
        // Not operations on an application: its rows never hold them.
        break;
    }
    Q_UNREACHABLE();
    return core::ApplicationAction::Edit;
}

std::optional<db::OutboxOperation> operationFor(core::ApplicationAction action)
{
    switch (action) {
    case core::ApplicationAction::Submit:
        return db::OutboxOperation::Submit;
    case core::ApplicationAction::Withdraw:
        return db::OutboxOperation::Withdraw;
    case core::ApplicationAction::Resubmit:
        return db::OutboxOperation::Resubmit;
    case core::ApplicationAction::Edit:
    case core::ApplicationAction::Confirm:
    case core::ApplicationAction::Return:
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

/// The status the record will have once its queued actions are through; refused actions do not
/// count. An edit goes into a refused put, before the actions queued behind it, so for an edit
/// (`upToRefusedPut`) only the actions before that put count.
core::ApplicationStatus
projectedStatus(core::ApplicationStatus status, const QList<db::OutboxEntry>& rows, bool upToRefusedPut)
{
    for (const db::OutboxEntry& row : rows) {
        if (row.state == db::OutboxState::Error && row.operation == db::OutboxOperation::Put && upToRefusedPut) {
            break;
        }
        if (row.operation == db::OutboxOperation::Put || row.state == db::OutboxState::Error) {
            continue;
        }
        if (const auto next
            = core::ApplicationStatusMachine::apply(status, actionFor(row.operation), core::Actor::Venue);
            next) {
            status = *next;
        }
    }
    return status;
}

QJsonObject putPayload(const QJsonObject& content)
{
    return {{u"content"_s, content}};
}

} // namespace

Outbox::Outbox(db::Database& database, ApiAccessManager& manager, qint64 accountId, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_accountId(accountId)
    , m_applications(database)
    , m_changeLog(database)
    , m_outbox(database)
    , m_serverRecords(database)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::schedulePump);
}

// A request still on its way is aborted with its job (a child); its row stays 'sending' and the
// next start() sends it again with the same Idempotency-Key, exactly as after a crash.
Outbox::~Outbox() = default;

std::chrono::seconds Outbox::retryDelay(int attempts)
{
    const int doublings = std::clamp(attempts - 1, 0, 16);
    return std::chrono::seconds(std::min<qint64>(kFirstRetryDelay.count() << doublings, kMaxRetryDelay.count()));
}

core::Result<void> Outbox::saveApplication(const core::ApplicationRecord& record)
{
    if (QUuid::fromString(record.id).isNull() || record.id != record.id.toLower() || record.id.startsWith(u'{')) {
        return core::Error{u"id"_s, tr("The application has no valid id (a UUID in lower case without braces).")};
    }
    const QDateTime now = m_clock();
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto existing = m_applications.find(record.id);
    if (!existing) {
        return existing.error();
    }
    core::ApplicationRecord local;
    if (*existing) {
        const db::LocalApplication& current = **existing;
        if (current.accountId != m_accountId) {
            return core::Error{u"id"_s,
                               tr("The application %1 belongs to another V-SYS ID on this computer.").arg(record.id)};
        }
        if (current.serverCopy) {
            return core::Error{u"id"_s,
                               tr("This application differs from the server's copy. Please choose which copy to keep "
                                  "before editing it.")};
        }
        if (current.record.content == record.content) {
            return {};
        }
        local = current.record;
    } else {
        local.id = record.id;
        local.createdAt = now;
    }
    const QJsonObject before = local.content;
    local.content = record.content;

    // The user is fixing what the server refused; they will submit again themselves.
    auto unsent = pendingWithoutRefusedActions(record.id);
    if (!unsent) {
        return unsent.error();
    }
    const QList<db::OutboxEntry>& pending = *unsent;
    const core::ApplicationStatus status = projectedStatus(local.status, pending, true);
    if (auto allowed = core::ApplicationStatusMachine::apply(status, core::ApplicationAction::Edit, core::Actor::Venue);
        !allowed) {
        return allowed.error();
    }
    if (auto saved = m_applications.save(m_accountId, local, now); !saved) {
        return saved;
    }
    if (auto logged
        = m_changeLog.append(m_accountId, local.id, now, core::FieldChanges::between(before, local.content));
        !logged) {
        return logged;
    }

    const auto refusedPut = std::find_if(pending.cbegin(), pending.cend(), [](const db::OutboxEntry& row) {
        return row.operation == db::OutboxOperation::Put && row.state == db::OutboxState::Error;
    });
    const db::OutboxEntry* last = pending.isEmpty() ? nullptr : &pending.constLast();
    core::Result<void> queued;
    if (refusedPut != pending.cend()) {
        // The user fixes what the server refused: the same change goes again, still before anything
        // queued behind it.
        queued = m_outbox.requeue(refusedPut->id, putPayload(local.content), refusedPut->baseVersion, false, now);
    } else if (last && last->operation == db::OutboxOperation::Put && last->state == db::OutboxState::Queued) {
        // Not sent yet: the newest content simply replaces it, so offline edits go out as one PUT.
        queued = m_outbox.replacePayload(last->id, putPayload(local.content), now);
    } else {
        // Behind a row on its way, the edit builds on the version that row will produce (rebased then).
        const auto added = m_outbox.enqueue(m_accountId, kKind, local.id, db::OutboxOperation::Put,
                                            putPayload(local.content), last ? last->baseVersion : local.version, now);
        queued = added ? core::Result<void>() : core::Result<void>(added.error());
    }
    if (!queued) {
        return queued;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    recordEdited(local.id);
    return {};
}

core::Result<QList<db::OutboxEntry>> Outbox::pendingWithoutRefusedActions(const QString& applicationId)
{
    auto rows = m_outbox.unsynced(kKind, applicationId);
    if (!rows) {
        return rows.error();
    }
    QList<db::OutboxEntry> pending;
    for (const db::OutboxEntry& row : std::as_const(*rows)) {
        if (row.state == db::OutboxState::Error && row.operation != db::OutboxOperation::Put) {
            if (auto removed = m_outbox.remove(row.id); !removed) {
                return removed.error();
            }
            continue;
        }
        pending.append(row);
    }
    return pending;
}

core::Result<void> Outbox::queueAction(const QString& applicationId, core::ApplicationAction action)
{
    const QDateTime now = m_clock();
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto current = ownApplication(applicationId);
    if (!current) {
        return current.error();
    }
    if (current->serverCopy) {
        return core::Error{u"id"_s,
                           tr("This application differs from the server's copy. Please choose which copy to keep "
                              "before editing it.")};
    }
    // A refused action is replaced by this one, which gets a new Idempotency-Key.
    auto unsent = pendingWithoutRefusedActions(applicationId);
    if (!unsent) {
        return unsent.error();
    }
    const QList<db::OutboxEntry>& pending = *unsent;
    const core::ApplicationStatus status = projectedStatus(current->record.status, pending, false);
    if (auto allowed = core::ApplicationStatusMachine::apply(status, action, core::Actor::Venue); !allowed) {
        return allowed.error();
    }
    const auto operation = operationFor(action);
    if (!operation) {
        return core::Error{
            u"action"_s,
            tr("%1 is done by saving the application.").arg(core::ApplicationStatusMachine::actionLabel(action))};
    }
    const int baseVersion = pending.isEmpty() ? current->record.version : pending.constLast().baseVersion;
    if (auto added = m_outbox.enqueue(m_accountId, kKind, applicationId, *operation, {}, baseVersion, now); !added) {
        return added.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    recordEdited(applicationId);
    return {};
}

core::Result<void> Outbox::resolveConflict(const QString& applicationId, const QJsonObject& content)
{
    const QDateTime now = m_clock();
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto current = ownApplication(applicationId);
    if (!current) {
        return current.error();
    }
    if (!current->serverCopy) {
        return core::Error{u"id"_s, tr("This application has no conflict to resolve.")};
    }
    const core::ApplicationRecord server = *current->serverCopy;
    core::ApplicationRecord local = server;
    local.content = content;
    if (auto saved = m_applications.save(m_accountId, local, now); !saved) {
        return saved;
    }
    if (auto cleared = m_applications.setServerCopy(applicationId, std::nullopt); !cleared) {
        return cleared;
    }
    // Logged against the user's own copy, which is what this desktop's content was until now.
    if (auto logged = m_changeLog.append(m_accountId, applicationId, now,
                                         core::FieldChanges::between(current->record.content, content));
        !logged) {
        return logged;
    }

    const auto rows = m_outbox.unsynced(kKind, applicationId);
    if (!rows) {
        return rows.error();
    }
    const auto conflict = std::find_if(rows->cbegin(), rows->cend(), [](const db::OutboxEntry& row) {
        return row.state == db::OutboxState::Conflict;
    });
    const bool contentChanged = content != server.content;
    core::Result<void> requeued;
    if (conflict != rows->cend() && conflict->operation == db::OutboxOperation::Put) {
        requeued = contentChanged ? m_outbox.requeue(conflict->id, putPayload(content), server.version, false, now)
                                  : m_outbox.remove(conflict->id);
    } else if (conflict != rows->cend()) {
        // An action refused for a stale version: send the chosen content first, then the action
        // again as a new one if the server's status still allows it.
        requeued = m_outbox.remove(conflict->id);
        if (requeued && contentChanged) {
            const auto added = m_outbox.enqueue(m_accountId, kKind, applicationId, db::OutboxOperation::Put,
                                                putPayload(content), server.version, now);
            requeued = added ? core::Result<void>() : core::Result<void>(added.error());
        }
        const core::ApplicationAction action = actionFor(conflict->operation);
        if (requeued && core::ApplicationStatusMachine::apply(server.status, action, core::Actor::Venue).ok()) {
            const auto added
                = m_outbox.enqueue(m_accountId, kKind, applicationId, conflict->operation, {}, server.version, now);
            requeued = added ? core::Result<void>() : core::Result<void>(added.error());
        }
    }
    if (!requeued) {
        return requeued;
    }
    // Every change still waiting was made on top of the copy the user has just chosen.
    if (auto rebased = m_outbox.rebase(kKind, applicationId, 0, server.version); !rebased) {
        return rebased;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcOutbox) << "Conflict of application" << applicationId << "resolved on server version" << server.version;
    recordEdited(applicationId);
    return {};
}

core::Result<void> Outbox::retryFailed(const QString& applicationId)
{
    const QDateTime now = m_clock();
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto rows = m_outbox.unsynced(kKind, applicationId);
    if (!rows) {
        return rows.error();
    }
    for (const db::OutboxEntry& row : *rows) {
        if (row.state != db::OutboxState::Error) {
            continue;
        }
        const bool freshKey = row.operation != db::OutboxOperation::Put;
        if (auto requeued = m_outbox.requeue(row.id, row.payload, row.baseVersion, freshKey, now); !requeued) {
            return requeued;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    recordEdited(applicationId);
    return {};
}

core::Result<void> Outbox::discardFailed(const QString& applicationId)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto rows = m_outbox.unsynced(kKind, applicationId);
    if (!rows) {
        return rows.error();
    }
    for (const db::OutboxEntry& row : *rows) {
        if (row.state != db::OutboxState::Error) {
            continue;
        }
        if (auto removed = m_outbox.remove(row.id); !removed) {
            return removed;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    recordEdited(applicationId);
    return {};
}

void Outbox::start()
{
    m_running = true;
    if (!m_recovered) {
        if (const auto pruned = m_outbox.pruneSynced(m_accountId, m_clock().addDays(-kSyncedRetentionDays)); !pruned) {
            emit syncError(pruned.error().message);
        }
        const auto recovered = m_outbox.recoverSending(m_accountId, m_clock());
        if (!recovered) {
            emit syncError(recovered.error().message);
        } else if (*recovered > 0) {
            qCInfo(lcOutbox) << *recovered << "change(s) were being sent when VSYS Desk stopped; sending them again";
        }
        m_recovered = recovered.ok();
    }
    reportPending();
    schedulePump();
}

void Outbox::stop()
{
    m_running = false;
    m_retryTimer.stop();
}

void Outbox::retryNow()
{
    m_pausedUntil = QDateTime();
    if (auto due = m_outbox.makeDue(m_accountId, m_clock()); !due) {
        emit syncError(due.error().message);
    }
    schedulePump();
}

core::Result<int> Outbox::pendingCount() const
{
    return m_outbox.unsyncedCount(m_accountId);
}

void Outbox::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Outbox::schedulePump()
{
    // Deferred, so a save returns before anything is sent and several saves cause one pump.
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void Outbox::pump()
{
    if (!m_running || m_job) {
        return;
    }
    const QDateTime now = m_clock();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        scheduleRetryTimer();
        emit idle();
        return;
    }
    m_pausedUntil = QDateTime();
    const auto next = m_outbox.nextDue(m_accountId, now);
    if (!next) {
        emit syncError(next.error().message);
        emit idle();
        return;
    }
    if (!*next) {
        scheduleRetryTimer();
        emit idle();
        return;
    }
    send(**next);
}

void Outbox::send(const db::OutboxEntry& entry)
{
    if (auto marked = m_outbox.markSending(entry.id, m_clock()); !marked) {
        emit syncError(marked.error().message);
        emit idle();
        return;
    }
    if (entry.recordKind == QLatin1StringView(kReservationStatusKind)) {
        sendReservationStatus(entry);
        return;
    }
    if (const auto channel = m_channels.find(entry.recordKind); channel != m_channels.end()) {
        sendThrough(*channel->second, entry);
        return;
    }
    ApplicationRecordJob* job = nullptr;
    if (entry.operation == db::OutboxOperation::Put) {
        job = new PutApplicationJob(m_manager, entry.recordId, entry.payload.value(u"content"_s).toObject(),
                                    entry.baseVersion, this);
    } else {
        job = new ApplicationActionJob(m_manager, entry.recordId, actionFor(entry.operation), entry.idempotencyKey,
                                       entry.baseVersion, this);
    }
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, entry, job] { onFinished(entry, *job); });
    qCInfo(lcOutbox).noquote() << "Sending change" << entry.id << db::OutboxRepository::operationKey(entry.operation)
                               << "of application" << entry.recordId << "attempt" << entry.attempts + 1;
    emit recordChanged(entry.recordId);
    reportPending();
    job->start();
}

void Outbox::onFinished(const db::OutboxEntry& entry, ApplicationRecordJob& job)
{
    m_job.clear();
    const QDateTime now = m_clock();
    const ApiError& error = job.error();
    core::Result<void> recorded;
    switch (error.kind) {
    case ApiErrorKind::None:
        emit serverReached();
        recorded = acceptServerRecord(entry, job.record(), job.requestId());
        break;
    case ApiErrorKind::Network:
    case ApiErrorKind::Auth:
    case ApiErrorKind::Rejected:
        recorded = recordNotTaken(entry, job);
        break;
    case ApiErrorKind::Conflict: {
        emit serverReached();
        const auto serverCopy = core::ApplicationJson::fromJson(error.serverCopy);
        if (!serverCopy) {
            const QString message = ApiJob::unreadableAnswer(serverCopy.error().message);
            recorded = m_outbox.markFailed(entry.id, db::OutboxState::Error, message, job.requestId(), now);
            emit syncError(message);
        } else if (entry.operation == db::OutboxOperation::Put
                   && serverCopy->content == entry.payload.value(u"content"_s).toObject()) {
            // The server already has exactly this content: an earlier attempt got through and only
            // its answer was lost.
            recorded = acceptServerRecord(entry, *serverCopy, job.requestId());
        } else {
            recorded = keepConflict(entry, *serverCopy, job);
        }
        break;
    }
    }
    if (!recorded) {
        emit syncError(recorded.error().message);
    }
    emit recordChanged(entry.recordId);
    reportAndPump();
}

void Outbox::addChannel(std::unique_ptr<OutboxChannel> channel)
{
    const QString kind = channel->recordKind();
    m_channels[kind] = std::move(channel);
}

void Outbox::enqueued(const QString& recordKind, const QString& recordId)
{
    emit channelRecordChanged(recordKind, recordId);
    reportAndPump();
}

void Outbox::sendThrough(OutboxChannel& channel, const db::OutboxEntry& entry)
{
    const auto job = channel.createJob(entry, m_manager, this);
    if (!job) {
        // Only the channel writes these rows, so this is a damaged database: keep the row as refused.
        if (auto failed = m_outbox.markFailed(entry.id, db::OutboxState::Error, job.error().message, {}, m_clock());
            !failed) {
            emit syncError(failed.error().message);
        }
        emit syncError(job.error().message);
        emit channelRecordChanged(entry.recordKind, entry.recordId);
        reportAndPump();
        return;
    }
    ApiJob* started = *job;
    m_job = started;
    connect(started, &ApiJob::finished, this,
            [this, &channel, entry, started] { onChannelJobFinished(channel, entry, *started); });
    qCInfo(lcOutbox).noquote() << "Sending change" << entry.id << db::OutboxRepository::operationKey(entry.operation)
                               << "of" << entry.recordKind << entry.recordId << "attempt" << entry.attempts + 1;
    emit channelRecordChanged(entry.recordKind, entry.recordId);
    reportPending();
    started->start();
}

void Outbox::onChannelJobFinished(OutboxChannel& channel, const db::OutboxEntry& entry, const ApiJob& job)
{
    m_job.clear();
    core::Result<void> recorded;
    if (job.succeeded()) {
        emit serverReached();
        recorded = acceptThrough(channel, entry, job);
    } else {
        recorded = recordNotTaken(entry, job);
    }
    if (!recorded) {
        emit syncError(recorded.error().message);
    }
    emit channelRecordChanged(entry.recordKind, entry.recordId);
    reportAndPump();
}

core::Result<void> Outbox::acceptThrough(OutboxChannel& channel, const db::OutboxEntry& entry, const ApiJob& job)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto synced = m_outbox.markSynced(entry.id, job.requestId(), m_clock()); !synced) {
        return synced;
    }
    if (auto accepted = channel.accept(entry, job); !accepted) {
        return accepted;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcOutbox) << "Change" << entry.id << "synced;" << entry.recordKind << entry.recordId;
    return {};
}

core::Result<void> Outbox::recordNotTaken(const db::OutboxEntry& entry, const ApiJob& job)
{
    const QDateTime now = m_clock();
    const ApiError& error = job.error();
    if (error.kind == ApiErrorKind::Network) {
        const QDateTime next = now.addSecs(retryDelay(entry.attempts + 1).count());
        m_pausedUntil = next;
        qCInfo(lcOutbox) << "Change" << entry.id << "not sent (" << error.code << error.httpStatus << "); next try at"
                         << next;
        const auto recorded = m_outbox.markRetry(entry.id, next, error.message, job.requestId(), now);
        emit networkFailed(error.message);
        return recorded;
    }
    if (error.kind == ApiErrorKind::Auth) {
        m_running = false;
        const auto recorded = m_outbox.markRetry(entry.id, now, error.message, job.requestId(), now);
        emit authenticationRequired();
        return recorded;
    }
    if (job.httpStatus() != 0) {
        emit serverReached();
    }
    qCInfo(lcOutbox) << "Change" << entry.id << "refused:" << error.httpStatus << error.code << error.field;
    const auto recorded = m_outbox.markFailed(entry.id, db::OutboxState::Error, error.message, job.requestId(), now);
    emit syncError(error.message);
    return recorded;
}

void Outbox::reportAndPump()
{
    reportPending();
    if (m_running) {
        schedulePump();
    }
}

core::Result<void> Outbox::queueReservationStatus(const QString& venueId, core::ReservationStatus status)
{
    if (venueId.isEmpty()) {
        return core::Error{u"venue"_s,
                           tr("The booking reception status cannot be sent yet: the server has not named this "
                              "V-SYS ID's venue. Please sync once, then update again.")};
    }
    const QDateTime now = m_clock();
    const QString kind = QString::fromLatin1(kReservationStatusKind);
    const QJsonObject payload{{u"status"_s, core::ReservationStatusText::key(status)}};
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto rows = m_outbox.unsynced(kind, venueId);
    if (!rows) {
        return rows.error();
    }
    for (const db::OutboxEntry& row : *rows) {
        // A choice on its way ends as the server says; this one follows it.
        if (row.state == db::OutboxState::Sending && row.accountId == m_accountId) {
            continue;
        }
        if (auto removed = m_outbox.remove(row.id); !removed) {
            return removed;
        }
    }
    if (auto added = m_outbox.enqueue(m_accountId, kind, venueId, db::OutboxOperation::Put, payload, 0, now); !added) {
        return added.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit reservationStatusChanged();
    reportAndPump();
    return {};
}

core::Result<ReservationStatusView> Outbox::reservationStatus(const QString& venueId) const
{
    ReservationStatusView view;
    const auto venue = m_serverRecords.find(m_accountId, db::ServerRecordKind::Venue, venueId);
    if (!venue) {
        return venue.error();
    }
    if (*venue && (*venue)->contains(u"reservation_status"_s)) {
        auto server = core::ReservationStateJson::fromJson((*venue)->value(u"reservation_status"_s).toObject());
        if (!server) {
            return core::Error{server.error().field, ApiJob::unreadableAnswer(server.error().message)};
        }
        view.server = *server;
    }
    const auto rows = m_outbox.unsynced(QString::fromLatin1(kReservationStatusKind), venueId);
    if (!rows) {
        return rows.error();
    }
    for (auto row = rows->crbegin(); row != rows->crend(); ++row) {
        if (row->accountId == m_accountId) {
            view.pending = core::ReservationStatusText::fromKey(row->payload.value(u"status"_s).toString());
            if (row->state == db::OutboxState::Error) {
                view.refusal = row->lastError;
            }
            break;
        }
    }
    return view;
}

void Outbox::sendReservationStatus(const db::OutboxEntry& entry)
{
    const auto status = core::ReservationStatusText::fromKey(entry.payload.value(u"status"_s).toString());
    if (!status) {
        // Only queueReservationStatus() writes these rows, so this is a damaged database.
        const QString message = core::ReservationStateJson::unknownStatus(u"status"_s).message;
        if (auto failed = m_outbox.markFailed(entry.id, db::OutboxState::Error, message, {}, m_clock()); !failed) {
            emit syncError(failed.error().message);
        }
        emit syncError(message);
        emit reservationStatusChanged();
        reportAndPump();
        return;
    }
    auto* job = new ReservationStatusJob(m_manager, *status, entry.idempotencyKey, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, entry, job] { onReservationStatusSent(entry, *job); });
    qCInfo(lcOutbox).noquote() << "Sending change" << entry.id << "reservation status of venue" << entry.recordId
                               << "attempt" << entry.attempts + 1;
    emit reservationStatusChanged();
    reportPending();
    job->start();
}

void Outbox::onReservationStatusSent(const db::OutboxEntry& entry, const ReservationStatusJob& job)
{
    m_job.clear();
    core::Result<void> recorded;
    if (job.succeeded()) {
        emit serverReached();
        recorded = acceptReservationStatus(entry, job);
    } else {
        // There is no version to conflict with: the server's answer to a status is yes or no.
        recorded = recordNotTaken(entry, job);
    }
    if (!recorded) {
        emit syncError(recorded.error().message);
    }
    emit reservationStatusChanged();
    reportAndPump();
}

core::Result<void> Outbox::acceptReservationStatus(const db::OutboxEntry& entry, const ReservationStatusJob& job)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto synced = m_outbox.markSynced(entry.id, job.requestId(), m_clock()); !synced) {
        return synced;
    }
    // The venue record keeps the server's state, as /changes will bring it, so the page can tell at
    // once that the server has it.
    const auto stored = m_serverRecords.find(m_accountId, db::ServerRecordKind::Venue, entry.recordId);
    if (!stored) {
        return stored.error();
    }
    QJsonObject venue = stored->value_or(QJsonObject{{u"id"_s, entry.recordId}});
    venue.insert(u"reservation_status"_s, core::ReservationStateJson::toJson(job.state()));
    if (auto saved = m_serverRecords.save(m_accountId, db::ServerRecordKind::Venue, entry.recordId, venue, m_clock());
        !saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcOutbox) << "Change" << entry.id << "synced; venue" << entry.recordId << "reservation status is"
                     << core::ReservationStatusText::key(job.state().status);
    return {};
}

core::Result<void> Outbox::acceptServerRecord(const db::OutboxEntry& entry,
                                              const core::ApplicationRecord& serverRecord,
                                              const QString& requestId)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto synced = m_outbox.markSynced(entry.id, requestId, m_clock()); !synced) {
        return synced;
    }
    if (auto rebased = m_outbox.rebase(kKind, entry.recordId, entry.id, serverRecord.version); !rebased) {
        return rebased;
    }
    if (auto taken = m_applications.takeServerFields(serverRecord); !taken) {
        return taken;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcOutbox) << "Change" << entry.id << "synced; application" << entry.recordId << "is at version"
                     << serverRecord.version;
    return {};
}

core::Result<void>
Outbox::keepConflict(const db::OutboxEntry& entry, const core::ApplicationRecord& serverCopy, const ApiJob& job)
{
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto marked
        = m_outbox.markFailed(entry.id, db::OutboxState::Conflict, job.error().message, job.requestId(), m_clock());
        !marked) {
        return marked;
    }
    if (auto kept = m_applications.setServerCopy(entry.recordId, serverCopy); !kept) {
        return kept;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcOutbox) << "Change" << entry.id << "conflicts with server version" << serverCopy.version
                     << "of application" << entry.recordId << "; both copies kept";
    return {};
}

void Outbox::scheduleRetryTimer()
{
    const auto next = m_outbox.nextAttemptAt(m_accountId);
    if (!next || !*next) {
        m_retryTimer.stop();
        return;
    }
    QDateTime due = **next;
    if (m_pausedUntil.isValid() && m_pausedUntil > due) {
        due = m_pausedUntil;
    }
    m_retryTimer.start(std::max<qint64>(0, m_clock().msecsTo(due)));
}

void Outbox::recordEdited(const QString& applicationId)
{
    emit recordChanged(applicationId);
    reportAndPump();
}

void Outbox::reportPending()
{
    const auto count = pendingCount();
    if (!count) {
        emit syncError(count.error().message);
        return;
    }
    if (*count != m_reportedPending) {
        m_reportedPending = *count;
        emit pendingCountChanged(*count);
    }
}

core::Result<db::LocalApplication> Outbox::ownApplication(const QString& applicationId) const
{
    const auto found = m_applications.find(applicationId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return core::Error{u"id"_s, tr("There is no application %1 on this computer.").arg(applicationId)};
    }
    if ((*found)->accountId != m_accountId) {
        return core::Error{u"id"_s,
                           tr("The application %1 belongs to another V-SYS ID on this computer.").arg(applicationId)};
    }
    return **found;
}

} // namespace vsys::sync
