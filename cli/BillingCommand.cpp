// SPDX-License-Identifier: MIT
#include "cli/BillingCommand.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"
#include "core/billing/BillingJson.h"
#include "core/billing/MonthlyClaim.h"
#include "print/ClaimBatchPrinter.h"
#include "print/ClaimPrintouts.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace vsys::cli {

namespace {

/// The header fields from the input's optional "institution" object (BillingJson accepts the key and
/// leaves it to the printouts), read as a saved claim's header is. Unknown keys are refused, so that a typo
/// cannot silently leave a field blank on the form.
core::Result<core::ClaimInstitution> institutionFrom(const QByteArray& json)
{
    const QString objectField = u"institution"_s;
    const QJsonValue value = QJsonDocument::fromJson(json).object().value(objectField);
    if (value.isUndefined()) {
        return core::ClaimInstitution();
    }
    if (!value.isObject()) {
        return core::Error{objectField,
                           BillingCommand::tr("%1: give the institution as a JSON object, e.g. "
                                              "{\"name\":\"...\",\"code\":\"1310000017\"}.")
                               .arg(objectField)};
    }
    auto institution = core::MonthlyClaim::institutionFromJson(value.toObject(), objectField);
    if (!institution) {
        return institution;
    }
    core::ClaimInstitution header = *institution;
    for (QString* field : {&header.prefecture, &header.address, &header.representative, &header.phone,
                           &header.facilityType, &header.code, &header.name}) {
        *field = field->trimmed();
    }
    // The 医療機関等番号 starts with the 都道府県番号, which names the 国保連 when the input does not.
    if (header.prefecture.isEmpty()) {
        header.prefecture = core::MunicipalityDirectory::builtIn().prefecture(header.code.left(2));
    }
    return header;
}

/// The first count whose code no claim can go to, by the rule the app's municipality picker uses
/// (MunicipalityDirectory::claimable): an unknown code, a prefecture, or a ward, whose city pays instead.
std::optional<core::Error> unclaimableMunicipality(const core::BillingRequest& request)
{
    const QList<core::BillingCount>& counts = request.counts;
    if (!request.homeMunicipality.isEmpty()) {
        const auto home
            = core::MunicipalityDirectory::builtIn().claimable(request.homeMunicipality, u"home_municipality"_s);
        if (!home.ok()) {
            return home.error();
        }
    }
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const auto municipality = core::MunicipalityDirectory::builtIn().claimable(counts.at(i).municipality,
                                                                                   u"counts[%1].municipality"_s.arg(i));
        if (!municipality.ok()) {
            return municipality.error();
        }
    }
    return std::nullopt;
}

} // namespace

QString BillingCommand::name() const
{
    return u"billing"_s;
}

QString BillingCommand::summary() const
{
    return tr("billing --input FILE.json [--pdf OUT.pdf]  (- reads standard input; prints the rows, unit prices "
              "and totals; --pdf also writes the claim summary and one claim per municipality)");
}

int BillingCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption inputOption(u"input"_s, {}, u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"OUT.pdf"_s);
    parser.addOption(inputOption);
    parser.addOption(pdfOption);
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(inputOption)) {
        return usageError(tr("use --input FILE.json, or --input - to read standard input."));
    }
    const QString path = parser.value(inputOption);
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return usageError(tr("cannot read %1 (%2).").arg(path, file.errorString()));
    }
    const QByteArray input = file.readAll();
    const auto request = core::BillingJson::parseRequest(input);
    if (!request.ok()) {
        printMessage(request.error().message);
        return kExitUsage;
    }
    if (const auto unclaimable = unclaimableMunicipality(*request)) {
        printMessage(unclaimable->message);
        return kExitUsage;
    }
    const auto statement
        = core::BillingCalculator().compute(request->claimMonth, request->vaccinationMonth, request->counts);
    if (!statement.ok()) {
        printMessage(statement.error().message);
        return kExitUsage;
    }
    if (parser.isSet(pdfOption)) {
        const auto institution = institutionFrom(input);
        if (!institution.ok()) {
            printMessage(institution.error().message);
            return kExitUsage;
        }
        const print::ClaimPages pages = print::ClaimPrintouts::everything(print::ClaimPrintouts::printout(
            *statement, {request->claimMonth, request->vaccinationMonth, *institution, request->homeMunicipality},
            core::MunicipalityDirectory::builtIn()));
        // Written before the JSON, so that a failed export leaves stdout empty as every usage error does. The
        // sheets are drawn as the app's 一括出力 draws them.
        const auto written = print::ClaimBatchPrinter::writePdf(pages.title, pages.sheets, parser.value(pdfOption));
        if (!written.ok()) {
            printMessage(written.error().message);
            return kExitUsage;
        }
    }
    printJson(core::BillingJson::toJson(*statement));
    return kExitOk;
}

} // namespace vsys::cli
