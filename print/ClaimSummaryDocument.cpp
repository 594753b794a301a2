// SPDX-License-Identifier: MIT
#include "print/ClaimSummaryDocument.h"

#include <QTextDocument>

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

QString ClaimSummaryDocument::sheet(const ClaimPrintout& printout)
{
    const core::ClaimInstitution& institution = printout.institution;
    QList<core::BillingRow> rows;
    bool includesHome = false;
    for (const core::MunicipalityClaim& claim : printout.statement.municipalities) {
        rows += claim.rows;
        // A claim's code is never blank, so a blank homeMunicipality leaves the box empty.
        includesHome = includesHome || claim.code == printout.homeMunicipality;
    }
    return ClaimSheet::header(addressee(institution.prefecture), {}, institution, title(),
                              {{tr("Facility category"), institution.facilityType},
                               {tr("Medical institution number (10 digits)"), institution.code},
                               {tr("Name of the medical institution"), institution.name}},
                              ClaimSheet::checkBox(includesHome, tr("Includes doses for residents of the venue's city"),
                                                   tr("* Check when the claims include the municipality where the "
                                                      "medical institution is located")),
                              printout.claimMonth)
        + ClaimSheet::amountTable(printout.statement.format, rows, printout.statement.totalCount,
                                  printout.statement.totalAmount)
        + ClaimSheet::unitPriceTable(printout.statement.format, printout.vaccinationMonth);
}

std::unique_ptr<QTextDocument> ClaimSummaryDocument::create(const ClaimPrintout& printout)
{
    return ClaimSheet::create(title(), {sheet(printout)});
}

} // namespace vsys::print
