// SPDX-License-Identifier: MIT
// AdminTool: one parser for all commands; each command checks the options it needs.
#include "server/admin/AdminTool.h"

#include "core/JapaneseFormat.h"
#include "core/application/ApplicationRecord.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "server/admin/AdminCommand.h"
#include "server/admin/InquiryAdmin.h"
#include "server/admin/NaviAdmin.h"
#include "server/admin/ReportCsv.h"
#include "server/service/InstitutionService.h"
#include "server/service/OperatorService.h"
#include "server/service/PlanReviewService.h"
#include "server/service/ReportService.h"
#include "server/service/ReservationStatusService.h"
#include "server/service/ReviewService.h"
#include "server/storage/CoolRepository.h"
#include "server/storage/Storage.h"
#include "server/storage/VenueRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

using admin::Command;
using admin::Context;
using admin::printJson;
using admin::Refusal;
using admin::refused;
using admin::requireOptions;
using admin::usage;

/// "2022-03-08T15:00+09:00", or without an offset as Japan time (JST, UTC+9, no daylight saving).
QDateTime parseDeadline(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(core::JapaneseFormat::timeZone());
    }
    return time.toUTC();
}

std::optional<QString> readPassword(Context& context)
{
    const QString password = context.in.readLine();
    return password.isEmpty() ? std::nullopt : std::optional(password);
}

std::optional<Refusal> createVenue(Context& context)
{
    if (auto missing = requireOptions(context, {u"name"_s})) {
        return missing;
    }
    QJsonObject registration;
    if (context.parser.isSet(u"registration"_s)) {
        QFile file(context.parser.value(u"registration"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return Refusal{AdminTool::Failed, AdminTool::tr("--registration: could not read %1.").arg(file.fileName())};
        }
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject()) {
            return Refusal{AdminTool::Failed,
                           AdminTool::tr("--registration: %1 is not a JSON object.").arg(file.fileName())};
        }
        registration = document.object();
    }
    const auto id = OperatorService(context.storage).createVenue(context.parser.value(u"name"_s), registration);
    if (!id) {
        return refused(id.error());
    }
    printJson(context.out, {{u"id"_s, *id}, {u"name"_s, context.parser.value(u"name"_s).trimmed()}});
    return std::nullopt;
}

std::optional<Refusal> createAccount(Context& context)
{
    if (auto missing = requireOptions(context, {u"venue"_s, u"vsys-id"_s, u"password-stdin"_s})) {
        return missing;
    }
    const auto password = readPassword(context);
    if (!password) {
        return usage(AdminTool::tr("--password-stdin: write the password as one line to standard input."));
    }
    const QString vsysId = context.parser.value(u"vsys-id"_s);
    const QString venue = context.parser.value(u"venue"_s);
    const auto created = OperatorService(context.storage).createAccount(venue, vsysId, *password);
    if (!created) {
        return refused(created.error());
    }
    printJson(context.out, {{u"vsys_id"_s, vsysId}, {u"venue"_s, venue}});
    return std::nullopt;
}

std::optional<Refusal> listWaiting(Context& context)
{
    const auto waiting = ReviewService(context.storage).listWaiting();
    if (!waiting) {
        return refused(waiting.error());
    }
    for (const StoredApplication& stored : *waiting) {
        QJsonObject line = core::ApplicationJson::toJson(stored.record);
        line.insert(u"venue_id"_s, stored.venueId);
        printJson(context.out, line);
    }
    return std::nullopt;
}

std::optional<Refusal> confirm(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("confirm: give the application number (申込番号) or id."));
    }
    QString password;
    if (context.parser.isSet(u"new-vsys-id"_s)) {
        if (auto missing = requireOptions(context, {u"password-stdin"_s})) {
            return missing;
        }
        const auto read = readPassword(context);
        if (!read) {
            return usage(AdminTool::tr("--password-stdin: write the password as one line to standard input."));
        }
        password = *read;
    }
    const auto record
        = ReviewService(context.storage)
              .confirm(context.parser.positionalArguments().at(1), context.parser.value(u"new-vsys-id"_s), password);
    if (!record) {
        return refused(record.error());
    }
    printJson(context.out, core::ApplicationJson::toJson(*record));
    return std::nullopt;
}

std::optional<Refusal> returnApplication(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("return: give the application number (申込番号) or id."));
    }
    if (auto missing = requireOptions(context, {u"comment"_s})) {
        return missing;
    }
    const auto record
        = ReviewService(context.storage)
              .returnForResubmission(context.parser.positionalArguments().at(1), context.parser.value(u"comment"_s));
    if (!record) {
        return refused(record.error());
    }
    printJson(context.out, core::ApplicationJson::toJson(*record));
    return std::nullopt;
}

std::optional<Refusal> uploadDelegation(Context& context)
{
    if (auto missing = requireOptions(context, {u"venue"_s})) {
        return missing;
    }
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("upload-delegation: give the PDF file."));
    }
    QFile file(context.parser.positionalArguments().at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return Refusal{AdminTool::Failed,
                       AdminTool::tr("Could not read %1: %2").arg(file.fileName(), file.errorString())};
    }
    const auto id = OperatorService(context.storage)
                        .uploadDelegation(context.parser.value(u"venue"_s), QFileInfo(file).fileName(),
                                          file.read(OperatorService::kMaxDocumentSize + 1));
    if (!id) {
        return refused(id.error());
    }
    printJson(context.out, {{u"id"_s, *id}, {u"filename"_s, QFileInfo(file).fileName()}});
    return std::nullopt;
}

std::optional<Refusal> listDocuments(Context& context)
{
    if (auto missing = requireOptions(context, {u"venue"_s})) {
        return missing;
    }
    const auto documents = OperatorService(context.storage).documents(context.parser.value(u"venue"_s));
    if (!documents) {
        return refused(documents.error());
    }
    for (const DocumentInfo& document : *documents) {
        printJson(context.out,
                  {{u"id"_s, document.id},
                   {u"kind"_s, document.kind},
                   {u"filename"_s, document.filename},
                   {u"size"_s, document.size},
                   {u"created_at"_s, core::ApplicationJson::timeToJson(document.createdAt)},
                   {u"download_count"_s, document.downloadCount}});
    }
    return std::nullopt;
}

std::optional<Refusal> printCool(Context& context, int id)
{
    const auto cool = CoolRepository(context.storage).find(id);
    if (!cool) {
        return Refusal{AdminTool::Failed, cool.error().message};
    }
    if (*cool) {
        printJson(context.out, core::CoolJson::toJson(**cool));
    }
    return std::nullopt;
}

std::optional<Refusal> setCool(Context& context)
{
    if (auto missing
        = requireOptions(context, {u"id"_s, u"start"_s, u"end"_s, u"delivery-week"_s, u"deadline"_s, u"state"_s})) {
        return missing;
    }
    const auto state = core::CoolPeriod::stateFromKey(context.parser.value(u"state"_s));
    if (!state) {
        return usage(AdminTool::tr("--state: give open, locked or allocated."));
    }
    core::CoolPeriod cool;
    cool.id = context.parser.value(u"id"_s).toInt();
    cool.start = QDate::fromString(context.parser.value(u"start"_s), Qt::ISODate);
    cool.end = QDate::fromString(context.parser.value(u"end"_s), Qt::ISODate);
    cool.deliveryWeek = QDate::fromString(context.parser.value(u"delivery-week"_s), Qt::ISODate);
    cool.changeDeadline = parseDeadline(context.parser.value(u"deadline"_s));
    cool.state = *state;
    if (auto saved = OperatorService(context.storage).saveCool(cool); !saved) {
        return refused(saved.error());
    }
    return printCool(context, cool.id);
}

QJsonObject allocationJson(const QString& venueId, int coolId, const core::Allocation& allocation)
{
    return {{u"venue"_s, venueId},
            {u"cool"_s, coolId},
            {u"boxes"_s, allocation.vaccineBoxes},
            {u"needle_boxes"_s,
             allocation.needleBoxes ? QJsonValue(*allocation.needleBoxes) : QJsonValue(QJsonValue::Null)},
            {u"delivery_date"_s,
             allocation.deliveryDate.isValid() ? QJsonValue(allocation.deliveryDate.toString(Qt::ISODate))
                                               : QJsonValue(QJsonValue::Null)}};
}

/// A whole number, or `none` for 未定 when `allowNone`; nothing when the text is neither.
std::optional<std::optional<int>> countOption(const QString& text, bool allowNone)
{
    using Count = std::optional<int>;
    if (allowNone && text == u"none"_s) {
        return Count();
    }
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return Count(count);
}

/// Options not given keep what is stored, so the 配送予定日 can be set once the boxes are known.
std::optional<Refusal> setAllocation(Context& context)
{
    if (auto missing = requireOptions(context, {u"venue"_s, u"cool"_s})) {
        return missing;
    }
    bool coolOk = false;
    const int cool = context.parser.value(u"cool"_s).toInt(&coolOk);
    if (!coolOk) {
        return usage(AdminTool::tr("--cool: give the number of the クール."));
    }
    const QString venue = context.parser.value(u"venue"_s);
    const auto stored = CoolRepository(context.storage).allocation(venue, cool);
    if (!stored) {
        return Refusal{AdminTool::Failed, stored.error().message};
    }
    if (!*stored && !context.parser.isSet(u"boxes"_s)) {
        return usage(AdminTool::tr("--boxes is missing: the first allocation of a クール needs its vaccine boxes."));
    }
    core::Allocation allocation = stored->value_or(core::Allocation());
    if (context.parser.isSet(u"boxes"_s)) {
        const auto boxes = countOption(context.parser.value(u"boxes"_s), false);
        if (!boxes) {
            return usage(AdminTool::tr("--boxes: give a whole number."));
        }
        allocation.vaccineBoxes = **boxes;
    }
    if (context.parser.isSet(u"needle-boxes"_s)) {
        const auto needles = countOption(context.parser.value(u"needle-boxes"_s), true);
        if (!needles) {
            return usage(AdminTool::tr("--needle-boxes: give a whole number, or none for undecided."));
        }
        allocation.needleBoxes = *needles;
    }
    if (context.parser.isSet(u"delivery-date"_s)) {
        const QString text = context.parser.value(u"delivery-date"_s);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text != u"none"_s && !date.isValid()) {
            return usage(AdminTool::tr("--delivery-date: give the date as YYYY-MM-DD, or none for undecided."));
        }
        allocation.deliveryDate = date;
    }
    if (auto set = OperatorService(context.storage).setAllocation(venue, cool, allocation); !set) {
        return refused(set.error());
    }
    printJson(context.out, allocationJson(venue, cool, allocation));
    return std::nullopt;
}

std::optional<Refusal> listAllocations(Context& context)
{
    const auto all = CoolRepository(context.storage).allocations(context.parser.value(u"venue"_s));
    if (!all) {
        return Refusal{AdminTool::Failed, all.error().message};
    }
    for (const StoredAllocation& stored : *all) {
        printJson(context.out, allocationJson(stored.venueId, stored.coolId, stored.allocation));
    }
    return std::nullopt;
}

std::optional<Refusal> lockCool(Context& context)
{
    if (auto missing = requireOptions(context, {u"id"_s})) {
        return missing;
    }
    const int id = context.parser.value(u"id"_s).toInt();
    QDateTime until;
    if (context.parser.isSet(u"until"_s)) {
        until = parseDeadline(context.parser.value(u"until"_s));
        if (!until.isValid()) {
            return usage(AdminTool::tr("--until: give the end of the allocation work as YYYY-MM-DDTHH:MM (Japan "
                                       "time) or with an offset, for example 2022-03-09T12:00."));
        }
    }
    if (auto locked = OperatorService(context.storage).lockCool(id, until); !locked) {
        return refused(locked.error());
    }
    return printCool(context, id);
}

void printPlan(QTextStream& out, const QString& venueId, const core::VenuePlan& plan)
{
    QJsonObject line = core::PlanJson::toJson(plan);
    line.insert(u"venue_id"_s, venueId);
    printJson(out, line);
}

std::optional<Refusal> listPlanRequests(Context& context)
{
    const auto pending = PlanReviewService(context.storage).listPending();
    if (!pending) {
        return refused(pending.error());
    }
    for (const StoredPlan& stored : *pending) {
        printPlan(context.out, stored.venueId, stored.plan);
    }
    return std::nullopt;
}

std::optional<Refusal> planApprove(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("plan-approve: give the venue id (UUID)."));
    }
    const QString venue = context.parser.positionalArguments().at(1);
    const auto plan = PlanReviewService(context.storage).approve(venue, context.parser.value(u"comment"_s));
    if (!plan) {
        return refused(plan.error());
    }
    printPlan(context.out, venue, *plan);
    return std::nullopt;
}

std::optional<Refusal> planDeny(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("plan-deny: give the venue id (UUID)."));
    }
    if (auto missing = requireOptions(context, {u"comment"_s})) {
        return missing;
    }
    const QString venue = context.parser.positionalArguments().at(1);
    const auto plan = PlanReviewService(context.storage).deny(venue, context.parser.value(u"comment"_s));
    if (!plan) {
        return refused(plan.error());
    }
    printPlan(context.out, venue, *plan);
    return std::nullopt;
}

void printInstitution(QTextStream& out, const QString& venueId, const core::InstitutionRecord& record)
{
    QJsonObject line = core::InstitutionRecordJson::toJson(record);
    line.insert(u"venue_id"_s, venueId);
    printJson(out, line);
}

std::optional<Refusal> institutionRequests(Context& context)
{
    const auto pending = InstitutionService(context.storage, {}).pendingRequests();
    if (!pending) {
        return refused(pending.error());
    }
    for (const StoredInstitution& stored : *pending) {
        printInstitution(context.out, stored.venueId, stored.record);
    }
    return std::nullopt;
}

std::optional<Refusal> institutionDecide(Context& context, bool approve)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(approve ? AdminTool::tr("institution-approve: give the venue id (UUID).")
                             : AdminTool::tr("institution-reject: give the venue id (UUID)."));
    }
    if (!approve) {
        if (auto missing = requireOptions(context, {u"comment"_s})) {
            return missing;
        }
    }
    const QString venue = context.parser.positionalArguments().at(1);
    const auto record
        = InstitutionService(context.storage, {}).decide(venue, approve, context.parser.value(u"comment"_s));
    if (!record) {
        return refused(record.error());
    }
    printInstitution(context.out, venue, *record);
    return std::nullopt;
}

std::optional<Refusal> institutionApprove(Context& context)
{
    return institutionDecide(context, true);
}

std::optional<Refusal> institutionReject(Context& context)
{
    return institutionDecide(context, false);
}

std::optional<Refusal> listDoctors(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("list-doctors: give the venue id (UUID)."));
    }
    const auto doctors = InstitutionService(context.storage, {}).allDoctors(context.parser.positionalArguments().at(1));
    if (!doctors) {
        return refused(doctors.error());
    }
    for (const core::Doctor& doctor : *doctors) {
        printJson(context.out, core::DoctorJson::toJson(doctor));
    }
    return std::nullopt;
}

std::optional<Refusal> reservationStatus(Context& context)
{
    if (context.parser.positionalArguments().size() != 2) {
        return usage(AdminTool::tr("reservation-status: give the venue id (UUID)."));
    }
    int page = 1;
    if (context.parser.isSet(u"page"_s)) {
        bool ok = false;
        page = context.parser.value(u"page"_s).toInt(&ok);
        if (!ok) {
            return usage(AdminTool::tr("--page: give a page number, 1 for the newest changes."));
        }
    }
    const QString venue = context.parser.positionalArguments().at(1);
    const auto history = ReservationStatusService(context.storage).history(venue, page);
    if (!history) {
        return refused(history.error());
    }
    QJsonArray changes;
    for (const ReservationStatusChange& change : history->changes) {
        changes.append(QJsonObject{{u"vsys_id"_s, change.vsysId},
                                   {u"from"_s, core::ReservationStatusText::key(change.from)},
                                   {u"to"_s, core::ReservationStatusText::key(change.to)},
                                   {u"changed_at"_s, core::ApplicationJson::timeToJson(change.changedAt)}});
    }
    QJsonObject line = core::ReservationStateJson::toJson(history->current);
    line.insert(u"venue_id"_s, venue);
    line.insert(u"history"_s, changes);
    line.insert(u"page"_s, history->page);
    line.insert(u"pages"_s, history->pages);
    printJson(context.out, line);
    return std::nullopt;
}

std::optional<Refusal> listReports(Context& context)
{
    int page = 1;
    if (context.parser.isSet(u"page"_s)) {
        bool ok = false;
        page = context.parser.value(u"page"_s).toInt(&ok);
        if (!ok) {
            return usage(AdminTool::tr("--page: give a page number, 1 for the newest reports."));
        }
    }
    const QString venue = context.parser.value(u"venue"_s);
    const auto listing = ReportService(context.storage).listForAdmin(venue, page);
    if (!listing) {
        return refused(listing.error());
    }
    if (context.parser.isSet(u"csv"_s)) {
        QHash<QString, QString> names;
        VenueRepository venues(context.storage);
        for (const StoredReport& stored : listing->reports) {
            if (names.contains(stored.venueId)) {
                continue;
            }
            const auto found = venues.find(stored.venueId);
            if (!found) {
                return refused(found.error());
            }
            names.insert(stored.venueId, *found ? (*found)->name : QString());
        }
        context.out << ReportCsv::write(listing->reports, names);
        context.out.flush();
        return std::nullopt;
    }
    QJsonArray reports;
    for (const StoredReport& stored : listing->reports) {
        QJsonObject report = core::ReportJson::toJson(stored.report);
        report.insert(u"venue_id"_s, stored.venueId);
        reports.append(report);
    }
    printJson(context.out, {{u"reports"_s, reports}, {u"page"_s, listing->page}, {u"pages"_s, listing->pages}});
    return std::nullopt;
}

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> kCommands{
        {u"create-venue"_s, createVenue},
        {u"create-account"_s, createAccount},
        {u"list-waiting"_s, listWaiting},
        {u"confirm"_s, confirm},
        {u"return"_s, returnApplication},
        {u"upload-delegation"_s, uploadDelegation},
        {u"list-documents"_s, listDocuments},
        {u"set-cool"_s, setCool},
        {u"set-allocation"_s, setAllocation},
        {u"list-allocations"_s, listAllocations},
        {u"lock-cool"_s, lockCool},
        {u"list-plan-requests"_s, listPlanRequests},
        {u"plan-approve"_s, planApprove},
        {u"plan-deny"_s, planDeny},
        {u"reservation-status"_s, reservationStatus},
        {u"institution-requests"_s, institutionRequests},
        {u"institution-approve"_s, institutionApprove},
        {u"institution-reject"_s, institutionReject},
        {u"list-doctors"_s, listDoctors},
        {u"list-reports"_s, listReports},
        {u"list-inquiries"_s, [](Context& c) { return InquiryAdmin::list(c.parser, c.storage, c.out); }},
        {u"show-inquiry"_s, [](Context& c) { return InquiryAdmin::show(c.parser, c.storage, c.out); }},
        {u"answer-inquiry"_s,
         [](Context& c) { return InquiryAdmin::answer(c.parser, c.storage, c.out, QDateTime::currentDateTimeUtc()); }},
    };
    return kCommands;
}

/// The commands above and those of the files that add their own.
const std::map<QString, Command>& allCommands()
{
    static const std::map<QString, Command> kAll = [] {
        std::map<QString, Command> all = commands();
        all.insert(NaviAdmin::commands().begin(), NaviAdmin::commands().end());
        return all;
    }();
    return kAll;
}

QString commandSummary()
{
    return AdminTool::tr("Commands:\n"
                         "  create-venue --name NAME [--registration FILE.json]\n"
                         "  create-account --venue UUID --vsys-id ID --password-stdin\n"
                         "  list-waiting\n"
                         "  confirm APPLICATION [--new-vsys-id ID --password-stdin]\n"
                         "  return APPLICATION --comment TEXT\n"
                         "  upload-delegation --venue UUID FILE.pdf\n"
                         "  list-documents --venue UUID\n"
                         "  set-cool --id N --start YYYY-MM-DD --end YYYY-MM-DD --delivery-week YYYY-MM-DD --deadline "
                         "YYYY-MM-DDTHH:MM --state open|locked|allocated\n"
                         "  set-allocation --venue UUID --cool N [--boxes B] [--needle-boxes N|none] [--delivery-date "
                         "YYYY-MM-DD|none]\n"
                         "  list-allocations [--venue UUID]\n"
                         "  lock-cool --id N [--until YYYY-MM-DDTHH:MM]\n"
                         "  list-plan-requests\n"
                         "  plan-approve VENUE [--comment TEXT]\n"
                         "  plan-deny VENUE --comment TEXT\n"
                         "  reservation-status VENUE [--page N]\n"
                         "  institution-requests\n"
                         "  institution-approve VENUE [--comment TEXT]\n"
                         "  institution-reject VENUE --comment TEXT\n"
                         "  list-doctors VENUE\n"
                         "  list-reports [--venue UUID] [--csv] [--page N]\n"
                         "APPLICATION is the application number (申込番号) or its id; VENUE is the venue's id (UUID).")
        + u'\n' + NaviAdmin::summary() + u'\n' + InquiryAdmin::summary();
}

} // namespace

int AdminTool::run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("VSYS Desk server administration for the ministry's reviewers and "
                                        "operators.")
                                     + u"\n\n"_s + commandSummary());
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, tr("What to do (see the list above)."));
    parser.addOptions({
        {u"database"_s, tr("The server's database, as for vsysdesk-server (default sqlite:./vsysdesk-server.sqlite)."),
         u"URL"_s, u"sqlite:./vsysdesk-server.sqlite"_s},
        {u"name"_s, tr("Name of the venue."), u"NAME"_s},
        {u"registration"_s, tr("The venue's existing registration (既存登録情報) as a JSON file."), u"FILE"_s},
        {u"venue"_s, tr("Id (UUID) of the venue."), u"UUID"_s},
        {u"vsys-id"_s, tr("10-digit V-SYS ID."), u"ID"_s},
        {u"new-vsys-id"_s, tr("confirm: issue this new V-SYS ID to the venue."), u"ID"_s},
        {u"password-stdin"_s, tr("Read the password of the V-SYS ID from standard input (one line).")},
        {u"comment"_s,
         tr("return: what the venue has to correct; plan-deny: why the plan change is not confirmed; "
            "plan-approve: a note for the venue."),
         u"TEXT"_s},
        {u"id"_s, tr("Number of the クール."), u"N"_s},
        {u"start"_s, tr("First day of the クール."), u"YYYY-MM-DD"_s},
        {u"end"_s, tr("Last day of the クール."), u"YYYY-MM-DD"_s},
        {u"delivery-week"_s, tr("Monday of the delivery week."), u"YYYY-MM-DD"_s},
        {u"deadline"_s, tr("Plan change deadline (Japan time unless an offset is given)."), u"YYYY-MM-DDTHH:MM"_s},
        {u"state"_s, tr("open, locked or allocated."), u"STATE"_s},
        {u"until"_s, tr("lock-cool: end of the allocation work (Japan time unless an offset is given)."),
         u"YYYY-MM-DDTHH:MM"_s},
        {u"cool"_s, tr("Number of the クール."), u"N"_s},
        {u"boxes"_s, tr("Allocated boxes (分配実績)."), u"B"_s},
        {u"needle-boxes"_s, tr("set-allocation: allocated needle and syringe boxes, or none for undecided."), u"N"_s},
        {u"delivery-date"_s,
         tr("set-allocation: delivery date (配送予定日), from the Monday of the クール's delivery week "
            "to the day before its vaccination starts; none for undecided."),
         u"YYYY-MM-DD"_s},
        {u"page"_s, tr("reservation-status, list-reports: page of the history, 1 for the newest."), u"N"_s},
        {u"csv"_s, tr("list-reports: write CSV for Excel (UTF-8 with BOM, CRLF) instead of JSON.")},
    });
    parser.addOptions(NaviAdmin::options());
    parser.addOptions(InquiryAdmin::options());
    if (!parser.parse(arguments)) {
        err << "vsysdesk-admin: " << parser.errorText() << Qt::endl;
        return BadArguments;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    const auto command = positional.isEmpty() ? allCommands().end() : allCommands().find(positional.first());
    if (command == allCommands().end()) {
        err << "vsysdesk-admin: " << tr("Give one of the commands below.") << u'\n' << commandSummary() << Qt::endl;
        return BadArguments;
    }
    const auto url = DatabaseUrl::parse(parser.value(u"database"_s));
    if (!url) {
        err << "vsysdesk-admin: " << url.error().message << Qt::endl;
        return BadArguments;
    }
    auto storage = Storage::open(*url);
    if (!storage) {
        err << "vsysdesk-admin: " << storage.error().message << Qt::endl;
        return Failed;
    }
    Context context{parser, **storage, in, out, err};
    if (const auto refusal = command->second(context)) {
        err << "vsysdesk-admin: " << refusal->message << Qt::endl;
        return refusal->code;
    }
    return Done;
}

} // namespace vsys::server
