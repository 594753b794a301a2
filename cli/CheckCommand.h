// SPDX-License-Identifier: MIT
// `vsysdesk-cli check KIND VALUE`: the same field checks as the app, for scripts.
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace vsys::cli
