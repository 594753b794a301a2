// SPDX-License-Identifier: MIT
// ConsentTermsView: the ワクチン接種に関する同意事項 at the end of the 申込 form, in full and read-only, so the
// user has read what 「上記のすべての事項に同意し、追加接種を申し込む」 agrees to.
#pragma once

#include "core/application/ConsentTerms.h"

#include <QGroupBox>

namespace vsys::app {

class ConsentTermsView : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConsentTermsView(const core::ConsentTerms& terms, QWidget* parent = nullptr);
};

} // namespace vsys::app
