// SPDX-License-Identifier: MIT
// `vsysdesk-cli address POSTAL_CODE`: the 住所 candidates for a 郵便番号, as the app fills them in.
#pragma once

#include "cli/Command.h"

namespace vsys::cli {

class AddressCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddressCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace vsys::cli
