// SPDX-License-Identifier: MIT
#include "cli/LedgerCommand.h"

#include "core/JapaneseFormat.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingJson.h"
#include "core/billing/BillingText.h"
#include "core/billing/IsoDate.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseLedger.h"
#include "core/ledger/LedgerCsv.h"
#include "core/report/VaccineCatalog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

#include <map>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace vsys::cli {

namespace {

/// The file's bytes, `-` being standard input; nothing (and the message printed) when it cannot be read.
std::optional<QByteArray> readInput(const QString& path, const QString& option)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(LedgerCommand::tr("--%1: cannot read %2 (%3).").arg(option, path, file.errorString())));
        return std::nullopt;
    }
    return file.readAll();
}

/// The claim's counts: the ledger's lines summed over the two kinds of 予診票, since `billing` bills one table.
QJsonArray countsOf(const core::LedgerClaim& claim)
{
    using Key = std::tuple<QString, core::DoseKind, core::AgeBand, core::TimeBand>;
    std::map<Key, qint64> sums;
    for (const core::ClaimLine& line : claim.lines) {
        const core::BillingCount& cell = line.count;
        sums[{cell.municipality, cell.kind, cell.age, cell.time}] += cell.count;
    }
    QJsonArray counts;
    for (const auto& [key, count] : sums) {
        const auto& [municipality, kind, age, time] = key;
        counts.append(QJsonObject{{u"municipality"_s, municipality},
                                  {u"kind"_s, core::BillingJson::key(kind)},
                                  {u"age"_s, core::BillingJson::key(age)},
                                  {u"time"_s, core::BillingJson::key(time)},
                                  {u"count"_s, double(count)}});
    }
    return counts;
}

} // namespace

QString LedgerCommand::name() const
{
    return u"ledger"_s;
}

QString LedgerCommand::summary() const
{
    return tr("ledger claim --input DOSES.csv --hours HOURS.json --claim-month YYYY-MM  (- reads standard input; "
              "prints the claim counts of the month before the claim month for billing --input -)");
}

int LedgerCommand::run(const QStringList& arguments)
{
    if (arguments.value(0) != u"claim"_s) {
        return usageError(tr("the subcommand is claim: ledger claim --input DOSES.csv --hours HOURS.json "
                             "--claim-month YYYY-MM."));
    }
    return claim(arguments.mid(1));
}

int LedgerCommand::claim(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption inputOption(u"input"_s, {}, u"DOSES.csv"_s);
    const QCommandLineOption hoursOption(u"hours"_s, {}, u"HOURS.json"_s);
    const QCommandLineOption monthOption(u"claim-month"_s, {}, u"YYYY-MM"_s);
    parser.addOptions({inputOption, hoursOption, monthOption});
    if (!parser.parse(QStringList{name()} + arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(inputOption) || !parser.isSet(hoursOption) || !parser.isSet(monthOption)) {
        return usageError(tr("use ledger claim --input DOSES.csv --hours HOURS.json --claim-month YYYY-MM "
                             "(--input - reads standard input)."));
    }
    const QDate claimMonth = core::parseYearMonth(parser.value(monthOption));
    if (!claimMonth.isValid()) {
        return usageError(tr("--claim-month: give the claim month as YYYY-MM, e.g. 2022-04."));
    }
    if (parser.value(inputOption) == u"-"_s && parser.value(hoursOption) == u"-"_s) {
        return usageError(tr("only one of --input and --hours can read standard input."));
    }

    const auto hoursBytes = readInput(parser.value(hoursOption), u"hours"_s);
    if (!hoursBytes) {
        return kExitUsage;
    }
    const auto hours = core::ClinicHours::fromJson(*hoursBytes);
    if (!hours) {
        printMessage(tr("--hours %1: %2").arg(parser.value(hoursOption), hours.error().message));
        return kExitUsage;
    }
    const auto csv = readInput(parser.value(inputOption), u"input"_s);
    if (!csv) {
        return kExitUsage;
    }
    const auto rows = core::LedgerCsv::read(*csv, core::VaccineCatalog::builtIn().defaultVaccine().key);
    if (!rows) {
        printMessage(rows.error().message);
        return kExitUsage;
    }
    // The file's rows are first entries: give each an id, so the ledger keeps them apart.
    QList<core::DoseEntry> records = *rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].id = u"line-%1"_s.arg(i);
    }
    const QDate vaccinationMonth = claimMonth.addMonths(-1);
    const core::LedgerClaim claim = core::DoseLedger(records).claim(vaccinationMonth, *hours);

    for (const core::OldFormSurcharge& surcharge : claim.separateSurcharges) {
        // Not part of the claim `billing` computes: the municipality is billed for them on its own form.
        printMessage(tr("%1 %2 %3: %4 on an old-format screening form counted as regular; their %5 addition is "
                        "claimed separately.")
                         .arg(surcharge.municipality + u' '
                                  + core::MunicipalityDirectory::builtIn().name(surcharge.municipality),
                              core::BillingText::label(surcharge.kind), core::BillingText::label(surcharge.age),
                              core::JapaneseFormat::cases(surcharge.count), core::BillingText::label(surcharge.time)));
    }
    printJson(QJsonObject{{u"claim_month"_s, claimMonth.toString(u"yyyy-MM"_s)},
                          {u"vaccination_month"_s, vaccinationMonth.toString(u"yyyy-MM"_s)},
                          {u"counts"_s, countsOf(claim)}});
    return kExitOk;
}

} // namespace vsys::cli
