// SPDX-License-Identifier: MIT
#include "print/MunicipalityClaimDocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

/// 被接種者区分 as on the old form: both choices, the one that applies circled.
QString recipientCategory(const std::optional<bool>& couponAttached)
{
    const bool without = couponAttached.has_value() && !*couponAttached;
    const bool with = couponAttached.has_value() && *couponAttached;
    return MunicipalityClaimDocument::tr("%1 without coupon / %2 with coupon")
        .arg(without ? u"①"_s : u"1"_s, with ? u"②"_s : u"2"_s);
}

QString sheet(const ClaimPrintout& printout, const core::MunicipalityClaim& claim)
{
    const core::ClaimInstitution& institution = printout.institution;
    QList<QStringList> idRows;
    if (printout.statement.format == core::ClaimFormat::Old) {
        idRows.append(
            {MunicipalityClaimDocument::tr("Recipient category"), recipientCategory(printout.couponAttached)});
    } else {
        idRows.append({MunicipalityClaimDocument::tr("Facility category"), institution.facilityType});
    }
    idRows.append({MunicipalityClaimDocument::tr("Medical institution number (10 digits)"), institution.code});
    idRows.append({MunicipalityClaimDocument::tr("Name of the medical institution"), institution.name});
    const QString homeBox = ClaimSheet::checkBox(
        claim.code == printout.homeMunicipality, MunicipalityClaimDocument::tr("Venue's own municipality"),
        MunicipalityClaimDocument::tr("* Check when the medical institution is located in the municipality billed"));
    return ClaimSheet::header(MunicipalityClaimDocument::addressee(printout.municipalityNames.value(claim.code)),
                              MunicipalityClaimDocument::tr("Municipality number %1").arg(claim.code), institution,
                              MunicipalityClaimDocument::title(), idRows, homeBox, printout.claimMonth)
        + ClaimSheet::amountTable(printout.statement.format, claim.rows, claim.totalCount, claim.totalAmount)
        + ClaimSheet::unitPriceTable(printout.statement.format, printout.vaccinationMonth);
}

} // namespace

QString MunicipalityClaimDocument::title()
{
    return tr("COVID-19 vaccination fees: claim per municipality");
}

QString MunicipalityClaimDocument::addressee(const QString& municipalityName)
{
    return tr("To the mayor of %1").arg(municipalityName.isEmpty() ? u"　　　　"_s : municipalityName);
}

QStringList MunicipalityClaimDocument::sheets(const ClaimPrintout& printout)
{
    QStringList bodies;
    for (const core::MunicipalityClaim& claim : printout.statement.municipalities) {
        bodies.append(sheet(printout, claim));
    }
    return bodies;
}

std::unique_ptr<QTextDocument> MunicipalityClaimDocument::create(const ClaimPrintout& printout)
{
    return ClaimSheet::create(title(), sheets(printout));
}

} // namespace vsys::print
