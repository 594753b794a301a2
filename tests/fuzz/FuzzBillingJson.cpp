// SPDX-License-Identifier: MIT
// JSON bytes → the claims: `vsysdesk-cli billing --input` (core::BillingJson, then BillingCalculator and the
// statement's JSON) and the app's saved 請求 (core::MonthlyClaim, with the checks run before printing).
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/BillingCalculator.h"
#include "core/billing/BillingJson.h"
#include "core/billing/ClaimChecks.h"
#include "core/billing/MonthlyClaim.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdio>
#include <cstdlib>

using namespace vsys::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = vsys::fuzz::bytes(data, size);

    const auto request = BillingJson::parseRequest(input);
    if (request.ok()) {
        const auto statement
            = BillingCalculator().compute(request->claimMonth, request->vaccinationMonth, request->counts);
        if (statement.ok()) {
            (void)BillingJson::toJson(*statement);
        }
    }

    const auto json = vsys::fuzz::jsonObject(data, size);
    if (!json) {
        return 0;
    }
    const auto claim = MonthlyClaim::fromJson(*json);
    if (!claim.ok()) {
        return 0;
    }
    // What the app saves, it must load back as the same claim.
    const auto again = MonthlyClaim::fromJson(claim->toJson());
    if (!again.ok() || !(*again == *claim)) {
        std::fprintf(stderr, "a claim does not survive toJson/fromJson\n");
        std::abort();
    }
    for (const ClaimOutput output : {ClaimOutput::SummaryIncludingHome, ClaimOutput::SummaryExcludingHome,
                                     ClaimOutput::MunicipalAttached, ClaimOutput::MunicipalPrinted}) {
        (void)ClaimChecks::beforePrinting(*claim, output, QDate(2022, 3, 1), MunicipalityDirectory::builtIn());
        const auto statement
            = BillingCalculator().compute(claim->claimMonth, claim->vaccinationMonth, claim->counts(output));
        if (statement.ok()) {
            (void)BillingJson::toJson(*statement);
        }
    }
    return 0;
}
