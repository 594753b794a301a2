// SPDX-License-Identifier: MIT
// AddressAutofill: how the form's 住所自動入力 words a postal code's candidates, what it puts into 番地,
// and the menu in which the user picks one when a postal code has several 町域.
#pragma once

#include "core/address/PostalDirectory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace vsys::app {

class AddressAutofill
{
    Q_DECLARE_TR_FUNCTIONS(AddressAutofill)
public:
    /// Picks one of several candidates (its index), or nothing when the user cancels.
    using Chooser = std::function<std::optional<int>(const QList<core::AddressCandidate>& candidates)>;

    /// One line of the choice: "東京都 千代田区 丸の内（次のビルを除く） (131016)", Japan Post's notes kept
    /// because they are what tells two 町域 of one code apart.
    static QString candidateLine(const core::AddressCandidate& candidate);
    /// The start of 番地: the 町域 without Japan Post's notes in （…）, which describe the postal code's
    /// range and are not part of an address ("丸の内（次のビルを除く）" → "丸の内").
    static QString streetStart(const QString& townName);
    /// A menu of the candidates' lines under `anchor` (the postal code's input).
    static std::optional<int> chooseFromMenu(QWidget* anchor, const QList<core::AddressCandidate>& candidates);
};

} // namespace vsys::app
