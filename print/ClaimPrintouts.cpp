// SPDX-License-Identifier: MIT
#include "print/ClaimPrintouts.h"

#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"
#include "print/ClaimSummaryDocument.h"
#include "print/MunicipalityClaimDocument.h"

namespace vsys::print {

ClaimPrintout ClaimPrintouts::printout(const core::BillingStatement& statement,
                                       const ClaimHeader& header,
                                       const core::MunicipalityDirectory& municipalities)
{
    ClaimPrintout printout;
    printout.statement = statement;
    printout.claimMonth = header.claimMonth;
    printout.vaccinationMonth = header.vaccinationMonth;
    printout.institution = header.institution;
    printout.homeMunicipality = header.homeMunicipality;
    for (const core::MunicipalityClaim& claim : statement.municipalities) {
        printout.municipalityNames.insert(claim.code, municipalities.name(claim.code));
    }
    return printout;
}

core::Result<ClaimPages> ClaimPrintouts::output(const core::MonthlyClaim& claim,
                                                core::ClaimOutput output,
                                                const core::MunicipalityDirectory& municipalities)
{
    const auto statement
        = core::BillingCalculator().compute(claim.claimMonth, claim.vaccinationMonth, claim.counts(output));
    if (!statement) {
        return statement.error();
    }
    ClaimPrintout printout = ClaimPrintouts::printout(
        *statement, {claim.claimMonth, claim.vaccinationMonth, claim.institution, claim.homeMunicipality},
        municipalities);
    ClaimPages pages;
    pages.totalCount = statement->totalCount;
    pages.totalAmount = statement->totalAmount;
    switch (output) {
    case core::ClaimOutput::SummaryIncludingHome:
    case core::ClaimOutput::SummaryExcludingHome:
        pages.title = ClaimSummaryDocument::title();
        pages.sheets = {ClaimSummaryDocument::sheet(printout)};
        break;
    case core::ClaimOutput::MunicipalAttached:
    case core::ClaimOutput::MunicipalPrinted:
        printout.couponAttached = output == core::ClaimOutput::MunicipalAttached;
        pages.title = MunicipalityClaimDocument::title();
        pages.sheets = MunicipalityClaimDocument::sheets(printout);
        break;
    }
    return pages;
}

ClaimPages ClaimPrintouts::everything(const ClaimPrintout& printout)
{
    ClaimPages pages;
    pages.title = ClaimSummaryDocument::title();
    pages.sheets
        = QList<ClaimSheet>{ClaimSummaryDocument::sheet(printout)} + MunicipalityClaimDocument::sheets(printout);
    pages.totalCount = printout.statement.totalCount;
    pages.totalAmount = printout.statement.totalAmount;
    return pages;
}

} // namespace vsys::print
