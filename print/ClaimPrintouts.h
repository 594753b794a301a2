// SPDX-License-Identifier: MIT
// ClaimPrintouts: the one place that turns a claim into the sheets it prints, for the app's four outputs and
// for `vsysdesk-cli billing --pdf`: the statement priced by BillingCalculator, the municipalities' names, the
// 同一市内 box and the 被接種者区分, then the 請求総括書 and the 市区町村別請求書 sheets.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/MonthlyClaim.h"
#include "print/ClaimSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace vsys::core {
class MunicipalityDirectory;
}

namespace vsys::print {

/// What an output prints: its title, its sheets (for ClaimBatchPrinter, one page each), and the totals.
struct ClaimPages
{
    QString title;
    QList<ClaimSheet> sheets;
    qint64 totalCount = 0;
    qint64 totalAmount = 0;
};

/// The header of every sheet: what the counts do not say.
struct ClaimHeader
{
    QDate claimMonth; ///< 請求月
    QDate vaccinationMonth; ///< 接種月
    core::ClaimInstitution institution;
    QString homeMunicipality; ///< 医療機関と同一市内, marked on its sheets; empty marks none
};

class ClaimPrintouts
{
    Q_DECLARE_TR_FUNCTIONS(ClaimPrintouts)
public:
    /// The statement with its header and the municipalities' names from `municipalities`.
    static ClaimPrintout printout(const core::BillingStatement& statement,
                                  const ClaimHeader& header,
                                  const core::MunicipalityDirectory& municipalities);

    /// One of the screen's four outputs of `claim`, priced now.
    static core::Result<ClaimPages> output(const core::MonthlyClaim& claim,
                                           core::ClaimOutput output,
                                           const core::MunicipalityDirectory& municipalities);
    /// The 請求総括書 followed by every municipality's 市区町村別請求書 (被接種者区分 left to be circled), as
    /// the CLI writes them into one PDF.
    static ClaimPages everything(const ClaimPrintout& printout);
};

} // namespace vsys::print
