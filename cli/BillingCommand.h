// SPDX-License-Identifier: MIT
// `vsysdesk-cli billing --input FILE.json [--pdf OUT.pdf]`: the amounts of a claim, computed by the app's rules,
// and the 請求総括書 with its 市区町村別請求書 as one PDF.
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class BillingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BillingCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace vsys::cli
