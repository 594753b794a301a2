// SPDX-License-Identifier: MIT
// DemoData: read from the compiled-in JSON and written through the same services the admin tool uses.
#include "server/demo/DemoData.h"

#include "core/JsonNumber.h"
#include "core/application/ApplicationStatus.h"
#include "core/ledger/DoseEntry.h"
#include "core/plan/Allocation.h"
#include "core/plan/CoolPeriod.h"
#include "core/report/PerformanceReport.h"
#include "server/service/OperatorService.h"
#include "server/storage/ApplicationRepository.h"
#include "server/storage/ChangeLog.h"
#include "server/storage/DoseRepository.h"
#include "server/storage/InstitutionRepository.h"
#include "server/storage/PlanRepository.h"
#include "server/storage/ReportRepository.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

const QString kFolder = u":/server/demo/"_s;

// Shared by all server processes, distinct from the migration lock (SchemaMigrator) and other users'.
constexpr qint64 kDemoLock = 0x5653595344454d4f; // "VSYSDEMO"

QJsonObject readJson(const QString& name)
{
    QFile file(kFolder + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime timeOf(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate).toUTC() : QDateTime();
}

core::Error failed(const ServiceError& error)
{
    return error.error;
}

core::Result<void> seedApplications(Storage& storage, const QString& venueId, const QJsonObject& venue)
{
    ApplicationRepository applications(storage);
    ChangeLog changes(storage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int numbered = 0;
    for (const QJsonValue& value : venue.value(u"applications"_s).toArray()) {
        const QJsonObject demo = value.toObject();
        core::ApplicationRecord record;
        record.id = demo.value(u"id"_s).toString();
        record.number = demo.value(u"number"_s).toString();
        record.status = core::ApplicationStatusMachine::fromKey(demo.value(u"status"_s).toString())
                            .value_or(core::ApplicationStatus::Draft);
        record.content = demo.value(u"content"_s).toObject();
        record.submittedAt = timeOf(demo.value(u"submitted_at"_s));
        record.reviewedAt = timeOf(demo.value(u"reviewed_at"_s));
        record.reviewComment = demo.value(u"review_comment"_s).toString();
        record.issuedVsysId = demo.value(u"issued_vsys_id"_s).toString();
        // Version 1 at creation, +1 for the submission and +1 for the review, as if it had happened.
        record.version = 1 + (record.submittedAt.isValid() ? 1 : 0) + (record.reviewedAt.isValid() ? 1 : 0);
        record.createdAt = record.submittedAt.isValid() ? record.submittedAt : now;
        record.updatedAt = record.reviewedAt.isValid() ? record.reviewedAt : record.createdAt;
        if (auto inserted = applications.insert(venueId, record); !inserted) {
            return inserted;
        }
        if (auto logged = changes.record(venueId, ChangeKind::Application, record.id, now); !logged) {
            return logged;
        }
        numbered += record.number.isEmpty() ? 0 : 1;
    }
    return VenueRepository(storage).setApplicationSequence(venueId, numbered);
}

/// The venue's registered 接種計画, as if it had been registered once (version 1).
core::Result<void> seedPlan(Storage& storage, const QString& venueId, const QJsonObject& json)
{
    if (json.isEmpty()) {
        return {};
    }
    core::VenuePlan plan;
    plan.version = 1;
    plan.initialTotalBoxes = core::JsonNumber::integer(json.value(u"initial_total_boxes"_s), 0);
    if (!plan.initialTotalBoxes) {
        return storage.failure(u"demo plan: initial_total_boxes is not a whole number"_s);
    }
    plan.updatedAt = timeOf(json.value(u"updated_at"_s));
    auto rows = core::PlanJson::rowsFromJson(json.value(u"rows"_s), u"plan.rows"_s);
    if (!rows) {
        return storage.failure(u"demo plan: %1"_s.arg(rows.error().field));
    }
    plan.rows = std::move(rows).value();
    if (auto saved = PlanRepository(storage).save(venueId, plan, 0); !saved) {
        return saved.error();
    }
    return ChangeLog(storage).record(venueId, ChangeKind::Plan, u"plan"_s, plan.updatedAt);
}

/// The 医療機関情報 and 接種担当医師 as the briefing's screens show them (施設分類 医療機関, freezers 1/0/5, 厚生
/// 太郎).
core::Result<void> seedInstitution(Storage& storage, const QString& venueId, const QJsonObject& venue)
{
    const QJsonObject json = venue.value(u"institution"_s).toObject();
    if (json.isEmpty()) {
        return {};
    }
    core::InstitutionRecord record;
    record.version = 1;
    record.updatedAt = timeOf(json.value(u"updated_at"_s));
    auto approved = core::InstitutionJson::fromJson(json.value(u"approved"_s).toObject(), u"approved."_s);
    if (!approved) {
        return storage.failure(u"demo institution: %1"_s.arg(approved.error().field));
    }
    record.approved = *approved;
    InstitutionRepository institutions(storage);
    if (auto saved = institutions.save(venueId, record, 0); !saved) {
        return saved.error();
    }
    if (auto logged = ChangeLog(storage).record(venueId, ChangeKind::Institution, u"institution"_s, record.updatedAt);
        !logged) {
        return logged;
    }
    for (const QJsonValue& value : venue.value(u"doctors"_s).toArray()) {
        QJsonObject doctorJson = value.toObject();
        doctorJson.insert(u"version"_s, 1);
        auto doctor = core::DoctorJson::fromJson(doctorJson);
        if (!doctor) {
            return storage.failure(u"demo doctor: %1"_s.arg(doctor.error().field));
        }
        core::Doctor made = *doctor;
        made.updatedAt = timeOf(doctorJson.value(u"updated_at"_s));
        const StoredDoctor row{venueId, made.id, 1, made, made.updatedAt};
        if (auto saved = institutions.saveDoctor(row, 0); !saved) {
            return saved.error();
        }
        if (auto logged = ChangeLog(storage).record(venueId, ChangeKind::Doctor, made.id, made.updatedAt); !logged) {
            return logged;
        }
    }
    return {};
}

/// The venue's earlier 実績・廃棄の報告, stored as they were made then (their day is before the demo's today).
core::Result<void> seedReports(Storage& storage, const QString& venueId, const QJsonObject& venue)
{
    ReportRepository reports(storage);
    int number = 0;
    for (const QJsonValue& value : venue.value(u"reports"_s).toArray()) {
        auto report = core::ReportJson::fromJson(value.toObject());
        if (!report) {
            return storage.failure(u"demo report: %1"_s.arg(report.error().field));
        }
        if (auto inserted = reports.insert(venueId, ++number, *report); !inserted) {
            return inserted;
        }
        if (auto logged = ChangeLog(storage).record(venueId, ChangeKind::Report, report->id, report->reportedAt);
            !logged) {
            return logged;
        }
    }
    return {};
}

/// A few mornings of March 2022 in the venue's 接種台帳 (a ward's ticket, 春分の日, a correction), as the desks
/// sent them.
core::Result<void> seedDoses(Storage& storage, const QString& venueId, const QJsonObject& venue)
{
    DoseRepository doses(storage);
    int number = 0;
    for (const QJsonValue& value : venue.value(u"doses"_s).toArray()) {
        auto entry = core::DoseJson::fromJson(value.toObject());
        if (!entry) {
            return storage.failure(u"demo dose: %1"_s.arg(entry.error().field));
        }
        if (auto inserted = doses.insert(venueId, ++number, *entry, entry->enteredBy, entry->enteredAt); !inserted) {
            return inserted;
        }
        if (auto logged = ChangeLog(storage).record(venueId, ChangeKind::Dose, entry->id, entry->enteredAt); !logged) {
            return logged;
        }
    }
    return {};
}

core::Result<void> seedVenue(Storage& storage, const QJsonObject& venue)
{
    OperatorService operators(storage);
    const QJsonObject registration = readJson(venue.value(u"registration"_s).toString());
    const auto venueId
        = operators.createVenue(venue.value(u"name"_s).toString(), registration, venue.value(u"id"_s).toString(),
                                venue.value(u"number_prefix"_s).toString());
    if (!venueId) {
        return failed(venueId.error());
    }
    for (const QJsonValue& value : venue.value(u"accounts"_s).toArray()) {
        const QJsonObject account = value.toObject();
        if (auto created = operators.createAccountWithHash(*venueId, account.value(u"vsys_id"_s).toString(),
                                                           account.value(u"password_hash"_s).toString());
            !created) {
            return failed(created.error());
        }
    }
    if (auto seeded = seedApplications(storage, *venueId, venue); !seeded) {
        return seeded;
    }
    for (const QJsonValue& value : venue.value(u"documents"_s).toArray()) {
        const QJsonObject document = value.toObject();
        QFile file(kFolder + document.value(u"file"_s).toString());
        if (!file.open(QIODevice::ReadOnly)) {
            return storage.failure(u"demo file %1: %2"_s.arg(file.fileName(), file.errorString()));
        }
        if (auto uploaded
            = operators.uploadDelegation(*venueId, document.value(u"filename"_s).toString(), file.readAll());
            !uploaded) {
            return failed(uploaded.error());
        }
    }
    for (const QJsonValue& value : venue.value(u"allocations"_s).toArray()) {
        const QJsonObject allocation = value.toObject();
        const auto cool = core::JsonNumber::integer(allocation.value(u"cool"_s), 1);
        const auto boxes = core::JsonNumber::integer(allocation.value(u"boxes"_s), 0);
        const QJsonValue needles = allocation.value(u"needle_boxes"_s);
        const QJsonValue delivery = allocation.value(u"delivery_date"_s);
        core::Allocation allocated;
        allocated.needleBoxes = core::JsonNumber::integer(needles, 0);
        allocated.deliveryDate = QDate::fromString(delivery.toString(), Qt::ISODate);
        if (!cool || !boxes || (!needles.isUndefined() && !allocated.needleBoxes)
            || (!delivery.isUndefined() && !allocated.deliveryDate.isValid())) {
            return storage.failure(
                u"demo allocation: cool, boxes and needle_boxes must be whole numbers, delivery_date YYYY-MM-DD"_s);
        }
        allocated.vaccineBoxes = *boxes;
        if (auto set = operators.setAllocation(*venueId, *cool, allocated); !set) {
            return failed(set.error());
        }
    }
    if (auto seeded = seedInstitution(storage, *venueId, venue); !seeded) {
        return seeded;
    }
    if (auto seeded = seedReports(storage, *venueId, venue); !seeded) {
        return seeded;
    }
    if (auto seeded = seedDoses(storage, *venueId, venue); !seeded) {
        return seeded;
    }
    return seedPlan(storage, *venueId, venue.value(u"plan"_s).toObject());
}

} // namespace

core::Result<void> DemoData::seed(Storage& storage)
{
    const QJsonObject data = readJson(u"demo-data.json"_s);
    const QJsonArray venues = data.value(u"venues"_s).toArray();
    if (venues.isEmpty()) {
        return storage.failure(u"the demo data resource is missing"_s);
    }
    SqlTransaction transaction(storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    // Two servers started with --demo on an empty PostgreSQL database at once would both find no demo
    // venue and both insert it; the second waits here until the first commits, then finds it. (SQLite's
    // BEGIN IMMEDIATE already lets one writer in at a time.)
    if (storage.isPostgres()) {
        if (auto locked = storage.execute(u"SELECT pg_advisory_xact_lock(:key)"_s, {{u"key"_s, kDemoLock}}); !locked) {
            return locked.error();
        }
    }
    const auto existing = VenueRepository(storage).find(venues.first().toObject().value(u"id"_s).toString());
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return {};
    }
    OperatorService operators(storage);
    for (const QJsonValue& value : data.value(u"cools"_s).toArray()) {
        const auto cool = core::CoolJson::fromJson(value.toObject());
        if (!cool) {
            return storage.failure(u"a demo cool is not readable"_s);
        }
        if (auto saved = operators.saveCool(*cool); !saved) {
            return failed(saved.error());
        }
    }
    for (const QJsonValue& venue : venues) {
        if (auto seeded = seedVenue(storage, venue.toObject()); !seeded) {
            return seeded;
        }
    }
    return transaction.commit();
}

QDateTime DemoData::demoNow()
{
    return timeOf(readJson(u"demo-data.json"_s).value(u"demo_now"_s));
}

QList<DemoAccount> DemoData::accounts()
{
    QList<DemoAccount> accounts;
    for (const QJsonValue& venue : readJson(u"demo-data.json"_s).value(u"venues"_s).toArray()) {
        for (const QJsonValue& value : venue.toObject().value(u"accounts"_s).toArray()) {
            const QJsonObject account = value.toObject();
            accounts.append({account.value(u"vsys_id"_s).toString(), account.value(u"password"_s).toString(),
                             venue.toObject().value(u"name"_s).toString(), account.value(u"use"_s).toString()});
        }
    }
    return accounts;
}

} // namespace vsys::server
