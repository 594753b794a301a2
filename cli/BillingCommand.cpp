// SPDX-License-Identifier: MIT
#include "cli/BillingCommand.h"

#include "core/billing/BillingCalculator.h"
#include "core/billing/BillingJson.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace vsys::cli {

QString BillingCommand::name() const
{
    return u"billing"_s;
}

QString BillingCommand::summary() const
{
    return tr("billing --input FILE.json  (- reads standard input; prints the rows, unit prices and totals)");
}

int BillingCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption inputOption(u"input"_s, {}, u"FILE"_s);
    parser.addOption(inputOption);
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
    const auto request = core::BillingJson::parseRequest(file.readAll());
    if (!request.ok()) {
        printMessage(request.error().message);
        return kExitUsage;
    }
    const auto statement
        = core::BillingCalculator().compute(request->claimMonth, request->vaccinationMonth, request->counts);
    if (!statement.ok()) {
        printMessage(statement.error().message);
        return kExitUsage;
    }
    printJson(core::BillingJson::toJson(*statement));
    return kExitOk;
}

} // namespace vsys::cli
