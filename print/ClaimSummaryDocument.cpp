// SPDX-License-Identifier: MIT
#include "print/ClaimSummaryDocument.h"

using namespace Qt::StringLiterals;

namespace vsys::print {

QString ClaimSummaryDocument::title()
{
    return tr("COVID-19 vaccination fees: claim summary");
}

QString ClaimSummaryDocument::addressee(const QString& prefecture)
{
    // Without a prefecture the words stay, with room before them to write it in by hand.
    return tr("To the %1 Federation of National Health Insurance Associations")
        .arg(prefecture.isEmpty() ? u"　　　　"_s : prefecture);
}

ClaimSheet ClaimSummaryDocument::sheet(const ClaimPrintout& printout)
{
    const core::ClaimInstitution& institution = printout.institution;
    QList<core::BillingRow> rows;
    bool includesHome = false;
    for (const core::MunicipalityClaim& claim : printout.statement.municipalities) {
        rows += claim.rows;
        // A claim's code is never blank, so a blank homeMunicipality leaves the box empty.
        includesHome = includesHome || claim.code == printout.homeMunicipality;
    }
    ClaimSheet sheet;
    sheet.addressee = addressee(institution.prefecture);
    sheet.institution = ClaimSheet::institutionFields(institution);
    sheet.title = title();
    sheet.ids = {{tr("Facility category"), institution.facilityType},
                 {tr("Medical institution number (10 digits)"), institution.code},
                 {tr("Name of the medical institution"), institution.name}};
    sheet.checked = includesHome;
    sheet.checkLabel = tr("Includes doses for residents of the venue's city");
    sheet.checkNote = tr("* Check when the claims include the municipality where the medical institution is located");
    sheet.claimMonth = ClaimSheet::claimMonthLine(printout.claimMonth);
    sheet.amounts = ClaimSheet::amountGroups(printout.statement.format, rows);
    sheet.total = ClaimSheet::totalRow(printout.statement.totalCount, printout.statement.totalAmount);
    sheet.unitPrices = ClaimSheet::unitPriceGroups(printout.statement.format, printout.vaccinationMonth);
    return sheet;
}

} // namespace vsys::print
