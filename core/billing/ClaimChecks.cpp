// SPDX-License-Identifier: MIT
// 印刷前の確認: warnings only, because V-SYS printed past each of these and clinics fixed the paper by hand.
#include "core/billing/ClaimChecks.h"

#include "core/JapaneseFormat.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/ClaimDeadline.h"
#include "core/validation/TextNormalizer.h"
#include "core/validation/Validators.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// The sheets whose tables `output` prints; a municipality on the other sheet is not on this paper.
bool prints(ClaimOutput output, TicketSheet sheet)
{
    switch (output) {
    case ClaimOutput::SummaryIncludingHome:
    case ClaimOutput::SummaryExcludingHome:
        return true;
    case ClaimOutput::MunicipalAttached:
        return sheet == TicketSheet::Attached;
    case ClaimOutput::MunicipalPrinted:
        return sheet == TicketSheet::Printed;
    }
    Q_UNREACHABLE();
    return false;
}

void checkBlank(QList<Error>& warnings, const QString& value, const QString& field, const QString& label)
{
    if (value.trimmed().isEmpty()) {
        warnings.append(
            {field,
             ClaimChecks::tr("%1: this is blank. Enter it in the institution details, or write it in by hand "
                             "on the printout.")
                 .arg(label)});
    }
}

void checkInstitutionCode(QList<Error>& warnings, const QString& code, const QStringList& confirmedCodes)
{
    if (const QString unconfirmed = ClaimChecks::unconfirmedCheckDigit(code);
        !unconfirmed.isEmpty() && confirmedCodes.contains(unconfirmed)) {
        return;
    }
    // The validator's own messages: they already tell a 類似コード (warning) from a wrong length.
    const ValidationResult validated
        = InstitutionCode::validate(code, ClaimChecks::tr("Medical institution code (10 digits)"));
    if (validated.verdict != Verdict::Valid) {
        warnings.append({u"institution.code"_s, validated.message});
    }
}

std::optional<Error> checkMunicipality(const QString& code, const QString& field, const MunicipalityDirectory& list)
{
    const QString label = code.trimmed().isEmpty() ? ClaimChecks::tr("Municipality code")
                                                   : ClaimChecks::tr("Municipality code %1").arg(code.trimmed());
    const ValidationResult validated = MunicipalityCode::validate(code, label);
    if (validated.acceptable()) {
        if (list.find(validated.normalized)) {
            return std::nullopt;
        }
        return Error{field,
                     ClaimChecks::tr("%1: this code is not in the list of municipalities. Check it against the "
                                     "vaccination ticket.")
                         .arg(label)};
    }
    // A wrong check digit is usually one mistyped digit: name the municipality the corrected code belongs to.
    const QString digits = TextNormalizer::numberText(code);
    if (digits.size() == 6 && TextNormalizer::isAsciiDigits(digits)) {
        const QString corrected = digits.first(5) + QString::number(MunicipalityCode::checkDigit(digits.first(5)));
        if (const std::optional<Municipality> meant = list.find(corrected)) {
            return Error{field,
                         ClaimChecks::tr("%1: the check digit (6th digit) is not correct. The code of %2 is %3; "
                                         "correct it if that is the municipality you meant.")
                             .arg(label, meant->fullName(), corrected)};
        }
    }
    return Error{field, validated.message};
}

void checkMunicipalities(QList<Error>& warnings,
                         const MonthlyClaim& claim,
                         ClaimOutput output,
                         const MunicipalityDirectory& list)
{
    QSet<QString> seen;
    const auto check = [&](const QString& code, const QString& field) {
        if (seen.contains(code)) {
            return;
        }
        seen.insert(code);
        if (std::optional<Error> warning = checkMunicipality(code, field, list)) {
            warnings.append(std::move(*warning));
        }
    };
    check(claim.homeMunicipality, u"home_municipality"_s);
    for (qsizetype i = 0; i < claim.lines.size(); ++i) {
        const ClaimLine& line = claim.lines.at(i);
        if (prints(output, line.sheet)) {
            check(line.count.municipality, u"lines[%1].municipality"_s.arg(i));
        }
    }
    for (qsizetype i = 0; i < claim.returned.size(); ++i) {
        const ReturnedItem& item = claim.returned.at(i);
        if (prints(output, item.sheet)) {
            check(item.count.municipality, u"returned[%1].municipality"_s.arg(i));
        }
    }
}

void checkCounts(QList<Error>& warnings, const MonthlyClaim& claim, ClaimOutput output)
{
    const QList<BillingCount> counts = claim.counts(output);
    if (std::all_of(counts.begin(), counts.end(), [](const BillingCount& count) { return count.count == 0; })) {
        warnings.append({u"counts"_s,
                         ClaimChecks::tr("Number of claims: every count on this printout is 0. Enter the counts "
                                         "before printing.")});
    }
}

void checkVaccinationMonth(QList<Error>& warnings, const MonthlyClaim& claim, QDate today)
{
    const QDate vaccinationMonthEnd = claim.vaccinationMonth.addMonths(1).addDays(-1);
    if (today <= vaccinationMonthEnd) {
        warnings.append(
            {u"vaccination_month"_s,
             ClaimChecks::tr("Vaccination month: %1 has not ended yet (its last day is %2). Print the claim "
                             "after the month has ended, or the doses given until then are left out.")
                 .arg(JapaneseFormat::month(claim.vaccinationMonth), JapaneseFormat::date(vaccinationMonthEnd))});
    }
}

void checkDeadline(QList<Error>& warnings, const MonthlyClaim& claim, QDate today, const HolidayCalendar& calendar)
{
    const Result<QDate> deadline = claimDeadline(claim.claimMonth, calendar);
    if (!deadline) {
        warnings.append(deadline.error());
        return;
    }
    if (today > *deadline) {
        warnings.append({u"claim_month"_s,
                         ClaimChecks::tr("The deadline for the claim of %1 was %2. Submit it to the "
                                         "federation as soon as possible; a late claim is paid a "
                                         "month later.")
                             .arg(JapaneseFormat::month(claim.claimMonth), JapaneseFormat::date(*deadline))});
    }
}

void checkLedger(QList<Error>& warnings, const MonthlyClaim& claim, std::optional<qint64> ledgerVaccinations)
{
    const qint64 claimed = ClaimChecks::vaccinations(claim);
    if (ledgerVaccinations && *ledgerVaccinations != claimed) {
        warnings.append({u"ledger"_s,
                         ClaimChecks::tr("Counts differ from the vaccinations recorded: the claim has %1 "
                                         "vaccinations of %2, the dose ledger %3. Check the counts, or fill them "
                                         "from the ledger.")
                             .arg(JapaneseFormat::cases(claimed), JapaneseFormat::month(claim.vaccinationMonth),
                                  JapaneseFormat::cases(*ledgerVaccinations))});
    }
}

} // namespace

qint64 ClaimChecks::vaccinations(const MonthlyClaim& claim)
{
    qint64 sum = 0;
    for (const ClaimLine& line : claim.lines) {
        if (line.count.kind == DoseKind::Vaccination) {
            sum += line.count.count;
        }
    }
    return sum;
}

QList<Error> ClaimChecks::beforePrinting(const MonthlyClaim& claim,
                                         ClaimOutput output,
                                         QDate today,
                                         const MunicipalityDirectory& municipalities,
                                         const QStringList& confirmedCodes,
                                         const HolidayCalendar& calendar,
                                         std::optional<qint64> ledgerVaccinations)
{
    QList<Error> warnings;
    checkBlank(warnings, claim.institution.representative, u"institution.representative"_s,
               tr("Representative's name"));
    checkBlank(warnings, claim.institution.address, u"institution.address"_s, tr("Address of the institution"));
    checkInstitutionCode(warnings, claim.institution.code, confirmedCodes);
    checkMunicipalities(warnings, claim, output, municipalities);
    checkCounts(warnings, claim, output);
    checkVaccinationMonth(warnings, claim, today);
    checkDeadline(warnings, claim, today, calendar);
    checkLedger(warnings, claim, ledgerVaccinations);
    return warnings;
}

QString ClaimChecks::unconfirmedCheckDigit(const QString& code)
{
    const ValidationResult validated = InstitutionCode::validate(code);
    return validated.verdict == Verdict::ValidWithWarning ? validated.normalized : QString();
}

} // namespace vsys::core
