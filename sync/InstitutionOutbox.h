// SPDX-License-Identifier: MIT
// InstitutionOutbox: the 医療機関情報 and 接種担当医師 of the open account on this desktop: what the page shows (the
// server's copies with the edits not sent yet laid over them), the autosaved draft, and the edits queued for the
// server through two OutboxChannels (record kinds "institution" and "doctor").
#pragma once

#include "core/Result.h"
#include "core/institution/Doctor.h"
#include "core/institution/InstitutionDetails.h"
#include "db/InstitutionEditRepository.h"
#include "db/OutboxRepository.h"
#include "db/ServerRecordRepository.h"
#include "sync/OutboxChannel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class Outbox;

struct DoctorEntry
{
    core::Doctor doctor; ///< with the local edit when there is one; version is the server's
    bool unsent = false; ///< an edit waits in the outbox
    QString refusal; ///< the server's message when it refused the edit

    bool operator==(const DoctorEntry&) const = default;
};

struct InstitutionView
{
    std::optional<core::InstitutionRecord> server; ///< as last received; nullopt before the first sync
    std::optional<core::InstitutionDetails> unsent; ///< submitted here, not on the server yet
    QString refusal; ///< the server's message when it refused `unsent`
    QList<DoctorEntry> doctors; ///< live doctors (a deletion not sent yet already hides one), by ふりがな

    bool operator==(const InstitutionView&) const = default;
};

class InstitutionOutbox
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionOutbox)
public:
    static constexpr auto kInstitutionKind = "institution";
    static constexpr auto kDoctorKind = "doctor";
    static constexpr auto kInstitutionId = "institution";

    /// `outbox` is the open account's (SyncService::outbox()).
    InstitutionOutbox(db::Database& database, qint64 accountId, Outbox& outbox);

    /// Registers the channels of both record kinds with `outbox` (SyncService::openAccount).
    static void addChannels(db::Database& database, qint64 accountId, Outbox& outbox);

    core::Result<InstitutionView> view() const;

    /// 申請・保存: queues `details` for PUT /institution on the server version shown; replaces an earlier
    /// submission that has not left yet or was refused. The draft goes.
    core::Result<void> submit(const core::InstitutionDetails& details);
    /// 保存: queues the doctor (new or edited) for PUT /doctors/{id}.
    core::Result<void> saveDoctor(const core::Doctor& doctor);
    /// 削除: queues DELETE /doctors/{id}; a doctor never sent is simply dropped.
    core::Result<void> deleteDoctor(const QString& id);

    /// The details as typed and not submitted, autosaved by the page.
    core::Result<std::optional<core::InstitutionDetails>> draft() const;
    core::Result<void> saveDraft(const core::InstitutionDetails& details);
    core::Result<void> clearDraft();

private:
    /// Writes the edit and its outbox row in one transaction; an unsent row of the record is replaced.
    core::Result<void> queue(const QString& kind,
                             const QString& id,
                             db::OutboxOperation operation,
                             const QJsonObject& payload,
                             int baseVersion,
                             const db::InstitutionEdit& edit);
    core::Result<int> serverDoctorVersion(const QString& id) const;
    QString refusalOf(const QString& kind, const QString& id) const;

    db::Database& m_database;
    qint64 m_accountId = 0;
    Outbox& m_outbox;
    db::InstitutionEditRepository m_edits;
    db::OutboxRepository m_rows;
    db::ServerRecordRepository m_serverRecords;
};

/// Sends one record kind's rows: PUT /institution, or PUT and DELETE /doctors/{id}; stores the server's answer
/// as its copy and drops the local edit once the server has the last of them.
class InstitutionChannel : public OutboxChannel
{
public:
    InstitutionChannel(db::Database& database, qint64 accountId, QString recordKind);

    QString recordKind() const override { return m_kind; }
    core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent) override;
    core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) override;

private:
    qint64 m_accountId = 0;
    QString m_kind;
    db::InstitutionEditRepository m_edits;
    db::OutboxRepository m_rows;
    db::ServerRecordRepository m_serverRecords;
};

} // namespace vsys::sync
