// SPDX-License-Identifier: MIT
// `vsysdesk-cli ledger claim --input doses.csv --hours hours.json --claim-month YYYY-MM`: the month's claim counts
// from a dose list (接種台帳), as the JSON `billing --input -` reads, so the two can be piped.
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class LedgerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;

private:
    int claim(const QStringList& arguments);
};

} // namespace vsys::cli
