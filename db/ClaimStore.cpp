// SPDX-License-Identifier: MIT
// ClaimStore: SQL for the claim and claim_print tables of 0006_claims.sql; months are stored as 'YYYY-MM'.
#include "db/ClaimStore.h"

#include "core/billing/IsoDate.h"
#include "db/StoredTime.h"

#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelectClaim
    = u"SELECT content FROM claim WHERE account_id = :account_id AND claim_month = :claim_month"_s;
const QString kSelectMonths
    = u"SELECT claim_month FROM claim WHERE account_id = :account_id ORDER BY claim_month DESC"_s;
const QString kUpsertClaim
    = u"INSERT INTO claim (account_id, claim_month, content, saved_at) VALUES (:account_id, :claim_month, :content, "
      ":saved_at) ON CONFLICT (account_id, claim_month) DO UPDATE SET content = excluded.content, saved_at = "
      "excluded.saved_at"_s;
const QString kInsertPrint
    = u"INSERT INTO claim_print (account_id, claim_month, output, destination, file_path, sheets, total_count, "
      "total_amount, printed_at) VALUES (:account_id, :claim_month, :output, :destination, :file_path, :sheets, "
      ":total_count, :total_amount, :printed_at)"_s;
// The id breaks ties between prints stamped with the same time, in the order they were recorded.
const QString kSelectPrints
    = u"SELECT output, destination, file_path, sheets, total_count, total_amount, printed_at FROM claim_print WHERE "
      "account_id = :account_id AND claim_month = :claim_month ORDER BY printed_at, id"_s;

const QString kConfirmCode
    = u"INSERT INTO claim_code_confirmation (account_id, code, confirmed_at) VALUES (:account_id, :code, "
      ":confirmed_at) ON CONFLICT (account_id, code) DO NOTHING"_s;
const QString kSelectConfirmedCodes
    = u"SELECT code FROM claim_code_confirmation WHERE account_id = :account_id ORDER BY code"_s;

constexpr std::array kOutputs{core::ClaimOutput::SummaryIncludingHome, core::ClaimOutput::SummaryExcludingHome,
                              core::ClaimOutput::MunicipalAttached, core::ClaimOutput::MunicipalPrinted};

const QString kPrinter = u"printer"_s;
const QString kPdf = u"pdf"_s;

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

std::optional<core::ClaimOutput> outputFromKey(const QString& key)
{
    for (const core::ClaimOutput output : kOutputs) {
        if (core::MonthlyClaim::key(output) == key) {
            return output;
        }
    }
    return std::nullopt;
}

QVariant filePathValue(const QString& filePath)
{
    return filePath.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(filePath);
}

} // namespace

ClaimStore::ClaimStore(Database& database)
    : m_statements(database)
{}

core::Result<std::optional<core::MonthlyClaim>> ClaimStore::claim(qint64 accountId, QDate claimMonth) const
{
    const auto content = m_statements.execute(
        kSelectClaim, {{u":account_id"_s, accountId}, {u":claim_month"_s, monthText(claimMonth)}},
        tr("Could not read the claim from the local database: %1"), [](QSqlQuery& query) {
            return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
        });
    if (!content) {
        return content.error();
    }
    if (!*content) {
        return std::optional<core::MonthlyClaim>();
    }
    // The table's CHECK only lets JSON objects in; whether it is a claim is the codec's to say.
    auto claim = core::MonthlyClaim::fromJson(QJsonDocument::fromJson((*content)->toUtf8()).object());
    if (!claim) {
        return core::Error{claim.error().field,
                           tr("The claim for the billing month %1 saved on this computer cannot be read (%2). Please "
                              "enter the claim for that month again.")
                               .arg(monthText(claimMonth), claim.error().message)};
    }
    return std::optional<core::MonthlyClaim>(std::move(claim).value());
}

core::Result<QList<QDate>> ClaimStore::claimMonths(qint64 accountId) const
{
    return m_statements.execute(kSelectMonths, {{u":account_id"_s, accountId}},
                                tr("Could not read the saved claims from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QList<QDate> months;
                                    while (query.next()) {
                                        months.append(core::parseYearMonth(query.value(0).toString()));
                                    }
                                    return months;
                                });
}

core::Result<void> ClaimStore::save(qint64 accountId, const core::MonthlyClaim& claim, const QDateTime& savedAt)
{
    const QString content = QString::fromUtf8(QJsonDocument(claim.toJson()).toJson(QJsonDocument::Compact));
    return m_statements.execute(kUpsertClaim,
                                {{u":account_id"_s, accountId},
                                 {u":claim_month"_s, monthText(claim.claimMonth)},
                                 {u":content"_s, content},
                                 {u":saved_at"_s, toStoredTime(savedAt)}},
                                tr("Could not save the claim to the local database: %1"));
}

core::Result<void> ClaimStore::recordPrint(qint64 accountId, const ClaimPrint& print)
{
    return m_statements.execute(
        kInsertPrint,
        {{u":account_id"_s, accountId},
         {u":claim_month"_s, monthText(print.claimMonth)},
         {u":output"_s, core::MonthlyClaim::key(print.output)},
         {u":destination"_s, print.destination == ClaimPrint::Destination::Pdf ? kPdf : kPrinter},
         {u":file_path"_s, filePathValue(print.filePath)},
         {u":sheets"_s, print.sheets},
         {u":total_count"_s, print.totalCount},
         {u":total_amount"_s, print.totalAmount},
         {u":printed_at"_s, toStoredTime(print.printedAt)}},
        tr("Could not save the print history to the local database: %1"));
}

core::Result<QList<ClaimPrint>> ClaimStore::prints(qint64 accountId, QDate claimMonth) const
{
    const QDate month(claimMonth.year(), claimMonth.month(), 1);
    return m_statements.execute(
        kSelectPrints, {{u":account_id"_s, accountId}, {u":claim_month"_s, monthText(claimMonth)}},
        tr("Could not read the print history from the local database: %1"),
        [&month](QSqlQuery& query) -> core::Result<QList<ClaimPrint>> {
            QList<ClaimPrint> prints;
            while (query.next()) {
                const QString outputKey = query.value(0).toString();
                const auto output = outputFromKey(outputKey);
                // The table's CHECK and MonthlyClaim::key() name the outputs separately and could drift.
                if (!output) {
                    return core::Error{u"output"_s,
                                       tr("The print history for the billing month %1 saved on this computer cannot "
                                          "be read (output %2). Please contact the support desk.")
                                           .arg(monthText(month), outputKey)};
                }
                ClaimPrint print;
                print.claimMonth = month;
                print.output = *output;
                print.destination = query.value(1).toString() == kPdf ? ClaimPrint::Destination::Pdf
                                                                      : ClaimPrint::Destination::Printer;
                print.filePath = query.value(2).toString();
                print.sheets = query.value(3).toInt();
                print.totalCount = query.value(4).toLongLong();
                print.totalAmount = query.value(5).toLongLong();
                print.printedAt = fromStoredTime(query.value(6));
                prints.append(std::move(print));
            }
            return prints;
        });
}

core::Result<void> ClaimStore::confirmCode(qint64 accountId, const QString& code, const QDateTime& confirmedAt)
{
    return m_statements.execute(
        kConfirmCode,
        {{u":account_id"_s, accountId}, {u":code"_s, code}, {u":confirmed_at"_s, toStoredTime(confirmedAt)}},
        tr("Could not save the confirmed institution code to the local database: %1"));
}

core::Result<QStringList> ClaimStore::confirmedCodes(qint64 accountId) const
{
    return m_statements.execute(kSelectConfirmedCodes, {{u":account_id"_s, accountId}},
                                tr("Could not read the confirmed institution codes from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QStringList codes;
                                    while (query.next()) {
                                        codes.append(query.value(0).toString());
                                    }
                                    return codes;
                                });
}

} // namespace vsys::db
