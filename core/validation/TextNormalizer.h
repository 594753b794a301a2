// SPDX-License-Identifier: MIT
// Input clean-up shared by the field validators: NFKC, trimming and the separators typed between digits.
#pragma once

#include <QString>
#include <QStringView>

namespace vsys::core {

class TextNormalizer
{
public:
    /// NFKC (全角 digits, letters and spaces become ASCII; half-width kana become full-width with their
    /// dakuten composed), then trimmed.
    static QString normalize(const QString& input);
    /// In normalize()d text: an ASCII space or one of the hyphen-like characters typed between digit groups.
    static bool isSeparator(QChar c);
    /// normalize(), then every separator removed: the digits of a number as it should be stored.
    static QString numberText(const QString& input);
    /// True when `text` is non-empty and consists of 0–9 only (other scripts' digits are not accepted).
    static bool isAsciiDigits(QStringView text);
};

} // namespace vsys::core
