// SPDX-License-Identifier: MIT
// Input clean-up shared by the field validators.
#include "core/validation/TextNormalizer.h"

#include <algorithm>

namespace vsys::core {

QString TextNormalizer::normalize(const QString& input)
{
    return input.normalized(QString::NormalizationForm_KC).trimmed();
}

bool TextNormalizer::isSeparator(QChar c)
{
    // Expects normalised text: NFKC has already turned '－' into '-', U+3000 into a space, 'ｰ' into 'ー'
    // (typed for a hyphen with the IME in kana mode) and '‑' into '‐'. The dashes have no such mapping.
    switch (c.unicode()) {
    case u' ':
    case u'-':
    case u'\u30FC': // ー
    case u'\u2010': // ‐
    case u'\u2013': // –
    case u'\u2014': // —
    case u'\u2015': // ―
    case u'\u2212': // −
        return true;
    default:
        return false;
    }
}

QString TextNormalizer::numberText(const QString& input)
{
    QString text = normalize(input);
    text.removeIf(&TextNormalizer::isSeparator);
    return text;
}

bool TextNormalizer::isAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

namespace {

constexpr char16_t kKanaOffset = u'\u30A1' - u'\u3041';

} // namespace

bool TextNormalizer::isHiragana(QChar c)
{
    return (c >= u'\u3041' && c <= u'\u3096') || c == u'ゝ' || c == u'ゞ';
}

bool TextNormalizer::isKatakana(QChar c)
{
    return (c >= u'\u30A1' && c <= u'\u30F6') || c == u'ヽ' || c == u'ヾ';
}

QChar TextNormalizer::toKatakana(QChar c)
{
    return isHiragana(c) ? QChar(char16_t(c.unicode() + kKanaOffset)) : c;
}

QChar TextNormalizer::toHiragana(QChar c)
{
    return isKatakana(c) ? QChar(char16_t(c.unicode() - kKanaOffset)) : c;
}

QString TextNormalizer::toKatakana(QString text)
{
    for (QChar& c : text) {
        c = toKatakana(c);
    }
    return text;
}

} // namespace vsys::core
