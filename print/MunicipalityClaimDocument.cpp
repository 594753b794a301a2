// SPDX-License-Identifier: MIT
#include "print/MunicipalityClaimDocument.h"

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

} // namespace

QString MunicipalityClaimDocument::title()
{
    return tr("COVID-19 vaccination fees: claim per municipality");
}

QString MunicipalityClaimDocument::addressee(const QString& municipalityName)
{
    return tr("To the mayor of %1").arg(municipalityName.isEmpty() ? u"　　　　"_s : municipalityName);
}

QList<ClaimSheet> MunicipalityClaimDocument::sheets(const ClaimPrintout& printout)
{
    const core::ClaimInstitution& institution = printout.institution;
    // What every municipality's sheet shares is built once; each sheet then differs in the addressee, the box
    // and the amounts only.
    ClaimSheet common;
    common.institution = ClaimSheet::institutionFields(institution);
    common.title = title();
    if (printout.statement.format == core::ClaimFormat::Old) {
        common.ids.append({tr("Recipient category"), recipientCategory(printout.couponAttached)});
    } else {
        common.ids.append({tr("Facility category"), institution.facilityType});
    }
    common.ids.append({tr("Medical institution number (10 digits)"), institution.code});
    common.ids.append({tr("Name of the medical institution"), institution.name});
    common.checkLabel = tr("Venue's own municipality");
    common.checkNote = tr("* Check when the medical institution is located in the municipality billed");
    common.claimMonth = ClaimSheet::claimMonthLine(printout.claimMonth);
    common.unitPrices = ClaimSheet::unitPriceGroups(printout.statement.format, printout.vaccinationMonth);

    QList<ClaimSheet> sheets;
    sheets.reserve(printout.statement.municipalities.size());
    for (const core::MunicipalityClaim& claim : printout.statement.municipalities) {
        ClaimSheet sheet = common;
        sheet.addressee = addressee(printout.municipalityNames.value(claim.code));
        sheet.addresseeNote = tr("Municipality number %1").arg(claim.code);
        sheet.checked = claim.code == printout.homeMunicipality;
        sheet.amounts = ClaimSheet::amountGroups(printout.statement.format, claim.rows);
        sheet.total = ClaimSheet::totalRow(claim.totalCount, claim.totalAmount);
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace vsys::print
