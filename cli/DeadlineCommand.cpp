// SPDX-License-Identifier: MIT
#include "cli/DeadlineCommand.h"

#include "core/billing/ClaimDeadline.h"
#include "core/billing/IsoDate.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace vsys::cli {

QString DeadlineCommand::name() const
{
    return u"deadline"_s;
}

QString DeadlineCommand::summary() const
{
    return tr("deadline --claim-month YYYY-MM  (the 10th of the claim month, or the next business day)");
}

int DeadlineCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption monthOption(u"claim-month"_s, {}, u"YYYY-MM"_s);
    parser.addOption(monthOption);
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(monthOption)) {
        return usageError(tr("use --claim-month YYYY-MM, e.g. --claim-month 2022-01."));
    }
    const QDate month = core::parseYearMonth(parser.value(monthOption));
    if (!month.isValid()) {
        return usageError(tr("--claim-month: write the month as YYYY-MM, e.g. 2022-01."));
    }
    const auto deadline = core::claimDeadline(month);
    if (!deadline.ok()) {
        printMessage(deadline.error().message);
        return kExitUsage;
    }
    printJson({{u"deadline"_s, deadline->toString(Qt::ISODate)}});
    return kExitOk;
}

} // namespace vsys::cli
