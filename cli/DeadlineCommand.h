// SPDX-License-Identifier: MIT
// `vsysdesk-cli deadline --claim-month YYYY-MM`: the 国保連 submission deadline (請求期限).
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class DeadlineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace vsys::cli
