// SPDX-License-Identifier: MIT
// NaviAdmin: a municipality is always named (--municipality) and checked before anything is read, so a command
// never lists, exports or ships more than that municipality's applications.
#include "server/admin/NaviAdmin.h"

#include "core/JapaneseFormat.h"
#include "core/application/ApplicationRecord.h"
#include "core/navi/NaviCatalogue.h"
#include "server/Logging.h"
#include "server/admin/AdminTool.h"
#include "server/admin/ReportCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

using admin::Context;
using admin::Refusal;

constexpr int kMunicipalityPage = 100;

std::optional<int> pageOption(Context& context)
{
    if (!context.parser.isSet(u"page"_s)) {
        return 1;
    }
    bool ok = false;
    const int page = context.parser.value(u"page"_s).toInt(&ok);
    return ok ? std::optional(page) : std::nullopt;
}

/// --municipality checked, or the refusal naming it.
std::variant<QString, Refusal> municipalityOption(Context& context)
{
    if (auto missing = admin::requireOptions(context, {u"municipality"_s})) {
        return *missing;
    }
    const auto code = NaviAdminService::municipality(context.parser.value(u"municipality"_s), u"--municipality"_s);
    if (!code) {
        return admin::usage(code.error().error.message);
    }
    return *code;
}

/// --status: nothing for all, or the status; false when it is neither received nor shipped.
bool statusOption(Context& context, std::optional<NaviApplicationStatus>& status)
{
    const QString text = context.parser.value(u"status"_s);
    if (text.isEmpty()) {
        return !context.parser.isSet(u"status"_s);
    }
    if (text == u"received"_s || text == u"shipped"_s) {
        status = text == u"shipped"_s ? NaviApplicationStatus::Shipped : NaviApplicationStatus::Received;
        return true;
    }
    return false;
}

QString placeName(const QString& code)
{
    const auto place = core::NaviCatalogue::builtIn().place(code);
    return place ? place->prefecture + place->name : QString();
}

QString statusKey(NaviApplicationStatus status)
{
    return status == NaviApplicationStatus::Shipped ? u"shipped"_s : u"received"_s;
}

QJsonObject applicationJson(const NaviApplicationRecord& record)
{
    return {{u"receipt"_s, record.receipt},
            {u"municipality"_s, record.municipalityCode},
            {u"status"_s, statusKey(record.status)},
            {u"submitted_at"_s, core::ApplicationJson::timeToJson(record.submittedAt)},
            {u"shipped_at"_s, core::ApplicationJson::timeToJson(record.shippedAt)},
            {u"application"_s, record.content.toJson()}};
}

QString day(const QDate& date)
{
    return date.isValid() ? core::JapaneseFormat::day(date) : QString();
}

/// The columns of the export. The header is Japanese as written: the file is for a Japanese municipality's
/// staff and their tools, whatever language the admin tool speaks.
QStringList csvRow(const NaviApplicationRecord& record)
{
    const core::NaviCatalogue& catalogue = core::NaviCatalogue::builtIn();
    const core::TicketApplication& a = record.content;
    const auto label = [](const std::optional<core::NaviChoice>& choice, const QString& key) {
        return choice ? choice->label : key;
    };
    const auto reason = catalogue.reason(a.reason);
    QStringList row{record.receipt,
                    core::JapaneseFormat::dateTime(record.submittedAt),
                    record.status == NaviApplicationStatus::Shipped ? u"発送済み"_s : u"受付済み"_s,
                    record.shippedAt.isValid() ? core::JapaneseFormat::dateTime(record.shippedAt) : QString(),
                    a.familyName,
                    a.givenName,
                    a.familyKana,
                    a.givenKana,
                    day(a.birthDate),
                    a.phone,
                    a.postalCode,
                    a.address,
                    reason ? reason->display() : a.reason};
    for (const core::PastDose& dose : {a.first, a.second}) {
        row << day(dose.date) << label(catalogue.vaccine(dose.vaccine), dose.vaccine)
            << label(catalogue.method(dose.method), dose.method) << dose.ticketMunicipality;
    }
    return row;
}

const QStringList kCsvHeader{u"受付番号"_s,
                             u"申請受付日時"_s,
                             u"状態"_s,
                             u"発送日時"_s,
                             u"氏名（姓）"_s,
                             u"氏名（名）"_s,
                             u"フリガナ（姓）"_s,
                             u"フリガナ（名）"_s,
                             u"生年月日"_s,
                             u"電話番号"_s,
                             u"郵便番号"_s,
                             u"送付先住所"_s,
                             u"申請理由"_s,
                             u"1回目 接種日"_s,
                             u"1回目 ワクチン種類"_s,
                             u"1回目 接種の方法"_s,
                             u"1回目 接種券を送ってきた市町村名"_s,
                             u"2回目 接種日"_s,
                             u"2回目 ワクチン種類"_s,
                             u"2回目 接種の方法"_s,
                             u"2回目 接種券を送ってきた市町村名"_s};

std::optional<Refusal> municipalities(Context& context)
{
    const auto page = pageOption(context);
    if (!page) {
        return admin::usage(NaviAdmin::tr("--page: give a page number, 1 for the first."));
    }
    const auto rows = NaviAdminService(context.storage).municipalities();
    if (!rows) {
        return admin::refused(rows.error());
    }
    QList<NaviMunicipalityRow> accepting;
    std::copy_if(rows->begin(), rows->end(), std::back_inserter(accepting),
                 [](const NaviMunicipalityRow& row) { return row.accepting; });
    const int pages = std::max<int>(1, int((accepting.size() + kMunicipalityPage - 1) / kMunicipalityPage));
    if (*page < 1 || *page > pages) {
        return Refusal{AdminTool::Failed, NaviAdmin::tr("--page: give a number from 1 to %1.").arg(pages)};
    }
    QJsonArray list;
    for (const NaviMunicipalityRow& row : accepting.mid((*page - 1) * kMunicipalityPage, kMunicipalityPage)) {
        list.append(QJsonObject{{u"code"_s, row.code},
                                {u"name"_s, placeName(row.code)},
                                {u"changed_at"_s, core::ApplicationJson::timeToJson(row.changedAt)}});
    }
    admin::printJson(context.out, {{u"municipalities"_s, list}, {u"page"_s, *page}, {u"pages"_s, pages}});
    return std::nullopt;
}

std::optional<Refusal> setMunicipality(Context& context)
{
    const QStringList positional = context.parser.positionalArguments();
    if (positional.size() != 3 || (positional.at(1) != u"accept"_s && positional.at(1) != u"refuse"_s)) {
        return admin::usage(NaviAdmin::tr("navi-municipality: give accept or refuse, then the municipality code."));
    }
    const auto code = NaviAdminService::municipality(positional.at(2), u"navi-municipality"_s);
    if (!code) {
        return admin::usage(code.error().error.message);
    }
    const bool accept = positional.at(1) == u"accept"_s;
    if (auto set = NaviApplicationService(context.storage).setAccepting(*code, accept, QDateTime::currentDateTimeUtc());
        !set) {
        return admin::refused(set.error());
    }
    admin::printJson(context.out, {{u"code"_s, *code}, {u"name"_s, placeName(*code)}, {u"accepting"_s, accept}});
    return std::nullopt;
}

std::optional<Refusal> applications(Context& context)
{
    const auto code = municipalityOption(context);
    if (const auto* refusal = std::get_if<Refusal>(&code)) {
        return *refusal;
    }
    std::optional<NaviApplicationStatus> status;
    if (!statusOption(context, status)) {
        return admin::usage(NaviAdmin::tr("--status: give received or shipped."));
    }
    const auto page = pageOption(context);
    if (!page) {
        return admin::usage(NaviAdmin::tr("--page: give a page number, 1 for the first."));
    }
    const auto listing = NaviAdminService(context.storage).applications(std::get<QString>(code), status, *page);
    if (!listing) {
        return admin::refused(listing.error());
    }
    QJsonArray list;
    for (const NaviApplicationRecord& record : listing->applications) {
        list.append(applicationJson(record));
    }
    admin::printJson(context.out,
                     {{u"applications"_s, list}, {u"page"_s, listing->page}, {u"pages"_s, listing->pages}});
    return std::nullopt;
}

std::optional<Refusal> exportCsv(Context& context)
{
    const auto code = municipalityOption(context);
    if (const auto* refusal = std::get_if<Refusal>(&code)) {
        return *refusal;
    }
    if (auto missing = admin::requireOptions(context, {u"out"_s})) {
        return missing;
    }
    std::optional<NaviApplicationStatus> status;
    if (!statusOption(context, status)) {
        return admin::usage(NaviAdmin::tr("--status: give received or shipped."));
    }
    const auto all = NaviAdminService(context.storage).exportAll(std::get<QString>(code), status);
    if (!all) {
        return admin::refused(all.error());
    }
    QString csv(QChar(0xFEFF));
    csv += ReportCsv::row(kCsvHeader);
    for (const NaviApplicationRecord& record : *all) {
        csv += ReportCsv::row(csvRow(record));
    }
    // A new file only, made 0600 before a byte of personal data is in it: an existing file could be readable by
    // others, or a link to somewhere else.
    QFile file(context.parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Refusal{AdminTool::Failed,
                       NaviAdmin::tr("--out: could not create %1 (it must not exist yet): %2")
                           .arg(file.fileName(), file.errorString())};
    }
    const QByteArray bytes = csv.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return Refusal{AdminTool::Failed,
                       NaviAdmin::tr("Could not write %1: %2").arg(file.fileName(), file.errorString())};
    }
    admin::printJson(context.out, {{u"out"_s, file.fileName()}, {u"applications"_s, int(all->size())}});
    return std::nullopt;
}

std::optional<Refusal> ship(Context& context)
{
    const auto code = municipalityOption(context);
    if (const auto* refusal = std::get_if<Refusal>(&code)) {
        return *refusal;
    }
    const QStringList receipts = context.parser.positionalArguments().mid(1);
    if (receipts.isEmpty()) {
        return admin::usage(NaviAdmin::tr("navi-ship: give the receipt numbers (受付番号) of the applications."));
    }
    const auto shipment
        = NaviAdminService(context.storage).ship(std::get<QString>(code), receipts, QDateTime::currentDateTimeUtc());
    if (!shipment) {
        return admin::refused(shipment.error());
    }
    admin::printJson(context.out,
                     {{u"shipped"_s, QJsonArray::fromStringList(shipment->shipped)},
                      {u"already_shipped"_s, QJsonArray::fromStringList(shipment->alreadyShipped)}});
    return std::nullopt;
}

std::optional<Refusal> purge(Context& context)
{
    QString error;
    const auto retention = NaviAdmin::retention(context.parser, error);
    if (!retention) {
        return admin::usage(error);
    }
    const bool dryRun = context.parser.isSet(u"dry-run"_s);
    const auto count = NaviAdminService(context.storage).purge(*retention, QDateTime::currentDateTimeUtc(), dryRun);
    if (!count) {
        return admin::refused(count.error());
    }
    admin::printJson(context.out,
                     {{dryRun ? u"would_delete"_s : u"deleted"_s, *count},
                      {u"keep_shipped_days"_s, retention->shippedDays},
                      {u"keep_received_days"_s, retention->receivedDays}});
    return std::nullopt;
}

} // namespace

const std::map<QString, admin::Command>& NaviAdmin::commands()
{
    static const std::map<QString, admin::Command> kCommands{
        {u"navi-municipalities"_s, municipalities},
        {u"navi-municipality"_s, setMunicipality},
        {u"navi-applications"_s, applications},
        {u"navi-export"_s, exportCsv},
        {u"navi-ship"_s, ship},
        {u"navi-purge"_s, purge},
    };
    return kCommands;
}

QList<QCommandLineOption> NaviAdmin::options()
{
    return QList<QCommandLineOption>{
               {u"municipality"_s, tr("navi-*: the municipality code (6 digits, check digit included)."), u"CODE"_s},
               {u"status"_s, tr("navi-applications, navi-export: only received or only shipped applications."),
                u"STATUS"_s},
               {u"out"_s, tr("navi-export: the CSV file to create (it must not exist yet)."), u"FILE"_s},
               {u"dry-run"_s, tr("navi-purge: only count what would be deleted.")},
           }
    + retentionOptions();
}

QList<QCommandLineOption> NaviAdmin::retentionOptions()
{
    return {
        {u"navi-keep-shipped-days"_s,
         tr("Days an online ticket application is kept after it was marked shipped (default %1).")
             .arg(NaviRetention::kDefaultShippedDays),
         u"DAYS"_s, QString::number(NaviRetention::kDefaultShippedDays)},
        {u"navi-keep-received-days"_s,
         tr("Days an online ticket application that was never shipped is kept after it was received (default %1).")
             .arg(NaviRetention::kDefaultReceivedDays),
         u"DAYS"_s, QString::number(NaviRetention::kDefaultReceivedDays)},
    };
}

std::optional<NaviRetention> NaviAdmin::retention(const QCommandLineParser& parser, QString& error)
{
    NaviRetention retention;
    for (const auto& [name, days] : {std::pair{u"navi-keep-shipped-days"_s, &retention.shippedDays},
                                     std::pair{u"navi-keep-received-days"_s, &retention.receivedDays}}) {
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 1 || value > NaviRetention::kMaxDays) {
            error = tr("--%1: give a number of days from 1 to %2.").arg(name).arg(NaviRetention::kMaxDays);
            return std::nullopt;
        }
        *days = value;
    }
    return retention;
}

void NaviAdmin::purgeExpired(Storage& storage, const NaviRetention& retention, const QDateTime& now)
{
    const auto deleted = NaviAdminService(storage).purge(retention, now, false);
    if (!deleted) {
        qCWarning(lcServerStorage) << "Could not delete expired online ticket applications:"
                                   << deleted.error().error.message;
        return;
    }
    qCInfo(lcServerStorage).nospace() << "Deleted " << *deleted << " online ticket applications past their retention ("
                                      << retention.shippedDays << " days after shipping, " << retention.receivedDays
                                      << " days after receipt if never shipped)";
}

QString NaviAdmin::summary()
{
    return tr("  navi-municipalities [--page N]\n"
              "  navi-municipality accept|refuse CODE\n"
              "  navi-applications --municipality CODE [--status received|shipped] [--page N]\n"
              "  navi-export --municipality CODE --out FILE.csv [--status received|shipped]\n"
              "  navi-ship --municipality CODE RECEIPT...\n"
              "  navi-purge [--dry-run] [--navi-keep-shipped-days DAYS] [--navi-keep-received-days DAYS]\n");
}

} // namespace vsys::server
