// SPDX-License-Identifier: MIT
// `vsysdesk-cli plan --boxes 4,3,2,3,0`: doses and needle/syringe boxes for a 接種計画.
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace vsys::cli
