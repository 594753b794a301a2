// SPDX-License-Identifier: MIT
// InstitutionOutbox: an edit is its institution_edit row plus its outbox row, written together; the channel
// takes both away together with storing the server's answer.
#include "sync/InstitutionOutbox.h"

#include "db/Transaction.h"
#include "sync/InstitutionJobs.h"
#include "sync/Outbox.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

const QString kInstitution = QString::fromLatin1(InstitutionOutbox::kInstitutionKind);
const QString kDoctor = QString::fromLatin1(InstitutionOutbox::kDoctorKind);
const QString kRecordId = QString::fromLatin1(InstitutionOutbox::kInstitutionId);

QJsonObject doctorContent(const core::Doctor& doctor)
{
    QJsonObject content = core::DoctorJson::toJson(doctor);
    content.remove(u"version"_s);
    content.remove(u"updated_at"_s);
    return content;
}

bool isRefused(const db::OutboxEntry& entry)
{
    return entry.state == db::OutboxState::Error || entry.state == db::OutboxState::Conflict;
}

} // namespace

InstitutionOutbox::InstitutionOutbox(db::Database& database, qint64 accountId, Outbox& outbox)
    : m_database(database)
    , m_accountId(accountId)
    , m_outbox(outbox)
    , m_edits(database)
    , m_rows(database)
    , m_serverRecords(database)
{}

void InstitutionOutbox::addChannels(db::Database& database, qint64 accountId, Outbox& outbox)
{
    outbox.addChannel(std::make_unique<InstitutionChannel>(database, accountId, kInstitution));
    outbox.addChannel(std::make_unique<InstitutionChannel>(database, accountId, kDoctor));
}

core::Result<InstitutionView> InstitutionOutbox::view() const
{
    InstitutionView view;
    const auto record = m_serverRecords.find(m_accountId, db::ServerRecordKind::Institution, kRecordId);
    if (!record) {
        return record.error();
    }
    if (*record) {
        auto parsed = core::InstitutionRecordJson::fromJson(**record);
        if (!parsed) {
            return parsed.error();
        }
        view.server = *parsed;
    }
    const auto submitted = m_edits.find(m_accountId, db::InstitutionEditKind::Institution, kRecordId);
    if (!submitted) {
        return submitted.error();
    }
    if (*submitted) {
        auto details = core::InstitutionJson::fromJson((*submitted)->data);
        if (!details) {
            return details.error();
        }
        view.unsent = *details;
        view.refusal = refusalOf(kInstitution, kRecordId);
    }

    const auto serverDoctors = m_serverRecords.all(m_accountId, db::ServerRecordKind::Doctor);
    if (!serverDoctors) {
        return serverDoctors.error();
    }
    QMap<QString, DoctorEntry> doctors;
    for (const QJsonObject& json : *serverDoctors) {
        if (core::DoctorJson::isDeleted(json)) {
            continue;
        }
        auto doctor = core::DoctorJson::fromJson(json);
        if (!doctor) {
            return doctor.error();
        }
        doctors.insert(doctor->id, DoctorEntry{*doctor, false, {}});
    }
    const auto edits = m_edits.all(m_accountId, db::InstitutionEditKind::Doctor);
    if (!edits) {
        return edits.error();
    }
    for (const db::InstitutionEdit& edit : *edits) {
        if (core::DoctorJson::isDeleted(edit.data)) {
            // A refused deletion leaves the doctor listed, with the server's reason.
            const QString refusal = refusalOf(kDoctor, edit.id);
            if (refusal.isEmpty() || !doctors.contains(edit.id)) {
                doctors.remove(edit.id);
            } else {
                doctors[edit.id].refusal = refusal;
            }
            continue;
        }
        QJsonObject json = edit.data;
        json.insert(u"version"_s, doctors.contains(edit.id) ? doctors.value(edit.id).doctor.version : 0);
        auto doctor = core::DoctorJson::fromJson(json);
        if (!doctor) {
            return doctor.error();
        }
        doctors.insert(edit.id, DoctorEntry{*doctor, true, refusalOf(kDoctor, edit.id)});
    }
    view.doctors = doctors.values();
    std::stable_sort(view.doctors.begin(), view.doctors.end(),
                     [](const DoctorEntry& a, const DoctorEntry& b) { return a.doctor.nameKana < b.doctor.nameKana; });
    return view;
}

core::Result<void> InstitutionOutbox::submit(const core::InstitutionDetails& details)
{
    const auto record = m_serverRecords.find(m_accountId, db::ServerRecordKind::Institution, kRecordId);
    if (!record) {
        return record.error();
    }
    const int version = *record ? (**record).value(u"version"_s).toInt() : 0;
    const QJsonObject fields = core::InstitutionJson::toJson(details);
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto queued = queue(kInstitution, kRecordId, db::OutboxOperation::Put, {{u"fields"_s, fields}}, version,
                            {db::InstitutionEditKind::Institution, kRecordId, fields, QDateTime::currentDateTimeUtc()});
        !queued) {
        return queued;
    }
    if (auto removed = m_edits.remove(m_accountId, db::InstitutionEditKind::Draft, kRecordId); !removed) {
        return removed;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_outbox.enqueued(kInstitution, kRecordId);
    return {};
}

core::Result<void> InstitutionOutbox::saveDoctor(const core::Doctor& doctor)
{
    const auto version = serverDoctorVersion(doctor.id);
    if (!version) {
        return version.error();
    }
    const QJsonObject content = doctorContent(doctor);
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto queued = queue(kDoctor, doctor.id, db::OutboxOperation::Put, content, *version,
                            {db::InstitutionEditKind::Doctor, doctor.id, content, QDateTime::currentDateTimeUtc()});
        !queued) {
        return queued;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_outbox.enqueued(kDoctor, doctor.id);
    return {};
}

core::Result<void> InstitutionOutbox::deleteDoctor(const QString& id)
{
    const auto version = serverDoctorVersion(id);
    if (!version) {
        return version.error();
    }
    db::Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (*version == 0) {
        // Never on the server: its unsent rows and its edit go, and nothing is sent.
        const auto rows = m_rows.unsynced(kDoctor, id);
        if (!rows) {
            return rows.error();
        }
        const bool onItsWay = std::any_of(rows->cbegin(), rows->cend(), [](const db::OutboxEntry& entry) {
            return entry.state == db::OutboxState::Sending;
        });
        if (!onItsWay) {
            for (const db::OutboxEntry& entry : *rows) {
                if (auto removed = m_rows.remove(entry.id); !removed) {
                    return removed;
                }
            }
            if (auto removed = m_edits.remove(m_accountId, db::InstitutionEditKind::Doctor, id); !removed) {
                return removed;
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed;
            }
            m_outbox.enqueued(kDoctor, id);
            return {};
        }
    }
    const QJsonObject tombstone = core::DoctorJson::deletedJson(id);
    if (auto queued = queue(kDoctor, id, db::OutboxOperation::Delete, {}, *version,
                            {db::InstitutionEditKind::Doctor, id, tombstone, QDateTime::currentDateTimeUtc()});
        !queued) {
        return queued;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_outbox.enqueued(kDoctor, id);
    return {};
}

core::Result<std::optional<core::InstitutionDetails>> InstitutionOutbox::draft() const
{
    const auto edit = m_edits.find(m_accountId, db::InstitutionEditKind::Draft, kRecordId);
    if (!edit) {
        return edit.error();
    }
    if (!*edit) {
        return std::optional<core::InstitutionDetails>();
    }
    // The draft holds what was typed, valid or not: each field is read as far as it goes.
    core::InstitutionDetails details;
    for (const QString& key : core::InstitutionFields::keys()) {
        core::InstitutionFields::setValue(details, key, (*edit)->data.value(key));
    }
    return std::optional<core::InstitutionDetails>(details);
}

core::Result<void> InstitutionOutbox::saveDraft(const core::InstitutionDetails& details)
{
    return m_edits.save(m_accountId,
                        {db::InstitutionEditKind::Draft, kRecordId, core::InstitutionJson::toJson(details),
                         QDateTime::currentDateTimeUtc()});
}

core::Result<void> InstitutionOutbox::clearDraft()
{
    return m_edits.remove(m_accountId, db::InstitutionEditKind::Draft, kRecordId);
}

core::Result<void> InstitutionOutbox::queue(const QString& kind,
                                            const QString& id,
                                            db::OutboxOperation operation,
                                            const QJsonObject& payload,
                                            int baseVersion,
                                            const db::InstitutionEdit& edit)
{
    const auto rows = m_rows.unsynced(kind, id);
    if (!rows) {
        return rows.error();
    }
    // The newest edit is the one meant: refused rows go (the user has answered the refusal with it), and a
    // row that has not left yet takes the new content instead of being followed by it.
    std::optional<db::OutboxEntry> waiting;
    for (const db::OutboxEntry& entry : *rows) {
        if (isRefused(entry)) {
            if (auto removed = m_rows.remove(entry.id); !removed) {
                return removed;
            }
        } else if (entry.state == db::OutboxState::Queued) {
            waiting = entry;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (waiting && waiting->operation == operation && operation == db::OutboxOperation::Put) {
        if (auto replaced = m_rows.replacePayload(waiting->id, payload, now); !replaced) {
            return replaced;
        }
    } else if (auto queued = m_rows.enqueue(m_accountId, kind, id, operation, payload, baseVersion, now); !queued) {
        return queued.error();
    }
    return m_edits.save(m_accountId, edit);
}

core::Result<int> InstitutionOutbox::serverDoctorVersion(const QString& id) const
{
    const auto stored = m_serverRecords.find(m_accountId, db::ServerRecordKind::Doctor, id);
    if (!stored) {
        return stored.error();
    }
    if (!*stored || core::DoctorJson::isDeleted(**stored)) {
        return 0;
    }
    return (**stored).value(u"version"_s).toInt();
}

QString InstitutionOutbox::refusalOf(const QString& kind, const QString& id) const
{
    const auto rows = m_rows.unsynced(kind, id);
    if (!rows || rows->isEmpty() || !isRefused(rows->constLast())) {
        return {};
    }
    return rows->constLast().lastError;
}

InstitutionChannel::InstitutionChannel(db::Database& database, qint64 accountId, QString recordKind)
    : m_accountId(accountId)
    , m_kind(std::move(recordKind))
    , m_edits(database)
    , m_rows(database)
    , m_serverRecords(database)
{}

core::Result<ApiJob*>
InstitutionChannel::createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent)
{
    if (m_kind == kInstitution) {
        auto details = core::InstitutionJson::fromJson(entry.payload.value(u"fields"_s).toObject(), u"fields."_s);
        if (!details) {
            return details.error();
        }
        return static_cast<ApiJob*>(new PutInstitutionJob(manager, *details, entry.baseVersion, parent));
    }
    if (entry.operation == db::OutboxOperation::Delete) {
        return static_cast<ApiJob*>(new DeleteDoctorJob(manager, entry.recordId, parent));
    }
    auto doctor = core::DoctorJson::contentFromJson(entry.payload);
    if (!doctor) {
        return doctor.error();
    }
    core::Doctor sent = *doctor;
    sent.id = entry.recordId;
    return static_cast<ApiJob*>(new PutDoctorJob(manager, sent, entry.baseVersion, parent));
}

core::Result<void> InstitutionChannel::accept(const db::OutboxEntry& entry, const ApiJob& job)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject answer;
    int version = 0;
    db::ServerRecordKind kind = db::ServerRecordKind::Doctor;
    if (const auto* put = qobject_cast<const PutInstitutionJob*>(&job)) {
        answer = core::InstitutionRecordJson::toJson(put->record());
        version = put->record().version;
        kind = db::ServerRecordKind::Institution;
    } else if (const auto* doctor = qobject_cast<const PutDoctorJob*>(&job)) {
        answer = core::DoctorJson::toJson(doctor->doctor());
        version = doctor->doctor().version;
    } else {
        answer = core::DoctorJson::deletedJson(entry.recordId);
    }
    if (auto saved = m_serverRecords.save(m_accountId, kind, entry.recordId, answer, now); !saved) {
        return saved;
    }
    if (version > 0) {
        if (auto rebased = m_rows.rebase(m_kind, entry.recordId, entry.id, version); !rebased) {
            return rebased;
        }
    }
    const auto left = m_rows.unsynced(m_kind, entry.recordId);
    if (!left) {
        return left.error();
    }
    if (!left->isEmpty()) {
        return {};
    }
    return m_edits.remove(
        m_accountId, m_kind == kInstitution ? db::InstitutionEditKind::Institution : db::InstitutionEditKind::Doctor,
        entry.recordId);
}

} // namespace vsys::sync
