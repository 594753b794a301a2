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

    /// ぁ–ゖ, ゝ and ゞ.
    static bool isHiragana(QChar c);
    /// ァ–ヶ, ヽ and ヾ.
    static bool isKatakana(QChar c);
    /// The same kana in the other script; any other character as it is. The two Unicode blocks are parallel
    /// (ぁ U+3041 ↔ ァ U+30A1 … ゔ U+3094 ↔ ヴ U+30F4, ゝゞ ↔ ヽヾ).
    static QChar toKatakana(QChar c);
    static QChar toHiragana(QChar c);
    /// Every hiragana of `text` as katakana: how readings are compared with lists that write them in katakana.
    static QString toKatakana(QString text);
};

} // namespace vsys::core
