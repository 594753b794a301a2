// SPDX-License-Identifier: MIT
// Field validators for codes, numbers and names (domain-rules.md §0.3, §3, §8).
#include "core/validation/Validators.h"

#include "core/validation/TextNormalizer.h"

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

ValidationResult valid(QString normalized)
{
    return {Verdict::Valid, std::move(normalized), {}};
}

ValidationResult invalid(QString message)
{
    return {Verdict::Invalid, {}, std::move(message)};
}

// Shared by every validator so that an empty field reads the same everywhere.
ValidationResult missing(const QString& label)
{
    return invalid(QCoreApplication::translate("Validators", "%1: please enter a value.").arg(label));
}

int digitAt(QStringView digits, qsizetype i)
{
    return digits.at(i).unicode() - u'0';
}

struct PhonePrefix
{
    QStringView prefix;
    int length;
};

// Everything else starting 0[1-9] (fixed lines, 0570, 0990 …) has 10 digits. 0800 comes before 080 so
// that a message names the prefix the user typed; 020 is M2M and pagers, 060 is for mobiles from 2026-07.
constexpr PhonePrefix kPhonePrefixes[] = {
    {u"0120", 10}, {u"0800", 11}, {u"020", 11}, {u"050", 11}, {u"060", 11}, {u"070", 11}, {u"080", 11}, {u"090", 11},
};

// Japan's international call prefix (010) and the carrier prefixes (00XY: 001, 0033 …) are dialled before
// a number; a number in Japan never starts with them.
constexpr QStringView kInternationalPrefixes[] = {u"00", u"010"};

constexpr qsizetype kMaxEmailLength = 254;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

// RFC 5322 atext; dots are checked separately because of their position rules.
bool isLocalPartChar(QChar c)
{
    return isAsciiLetterOrDigit(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidLocalPart(QStringView local)
{
    return !local.isEmpty() && local != u"."
        && std::all_of(local.begin(), local.end(), [](QChar c) { return c == u'.' || isLocalPartChar(c); });
}

// Older docomo and au addresses (taro..yamada@, taro.@) break RFC 5322's dot rule, yet receive mail
// from their carriers; refusing them would lock those staff out, so they only get a warning.
bool dotsFollowStandard(QStringView local)
{
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u"..");
}

bool isValidDomain(QStringView domain)
{
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2) {
        return false;
    }
    for (QStringView label : labels) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-')
            || !std::all_of(label.begin(), label.end(), [](QChar c) { return c == u'-' || isAsciiLetterOrDigit(c); })) {
            return false;
        }
    }
    const QStringView tld = labels.last();
    return tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), isAsciiLetter);
}

} // namespace

ValidationResult PostalCode::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("Postal code") : fieldName;
    const QString text = TextNormalizer::normalize(input);
    if (text.isEmpty()) {
        return missing(label);
    }
    // Only NNNNNNN and NNN-NNNN: a separator anywhere else is more likely a typo than a layout.
    const bool hyphenated = text.size() == 8 && TextNormalizer::isSeparator(text.at(3));
    const QString digits = hyphenated ? text.left(3) + text.mid(4) : text;
    if (digits.size() != 7 || !TextNormalizer::isAsciiDigits(digits)) {
        return invalid(tr("%1: enter 7 digits, as 100-0001 or 1000001.").arg(label));
    }
    return valid(digits);
}

ValidationResult PhoneNumber::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("Telephone number") : fieldName;
    const QString digits = TextNormalizer::numberText(input);
    if (digits.isEmpty()) {
        return missing(label);
    }
    if (!TextNormalizer::isAsciiDigits(digits)) {
        return invalid(tr("%1: enter the telephone number as 10 or 11 digits.").arg(label));
    }
    if (!digits.startsWith(u'0')) {
        return invalid(tr("%1: enter the number from its leading 0, including the area code.").arg(label));
    }
    if (std::any_of(std::begin(kInternationalPrefixes), std::end(kInternationalPrefixes),
                    [&digits](QStringView p) { return digits.startsWith(p); })) {
        return invalid(tr("%1: 010 and 00 are dialled before a number (international calls, carrier choice). "
                          "Enter the number itself, starting with its area code.")
                           .arg(label));
    }
    const auto prefix = std::find_if(std::begin(kPhonePrefixes), std::end(kPhonePrefixes),
                                     [&digits](const PhonePrefix& p) { return digits.startsWith(p.prefix); });
    if (prefix != std::end(kPhonePrefixes)) {
        if (digits.size() != prefix->length) {
            return invalid(tr("%1: a number starting with %2 has %3 digits (you entered %4).")
                               .arg(label, prefix->prefix.toString())
                               .arg(prefix->length)
                               .arg(digits.size()));
        }
        return valid(digits);
    }
    if (digits.size() != 10) {
        return invalid(
            tr("%1: enter 10 digits, including the area code (you entered %2).").arg(label).arg(digits.size()));
    }
    return valid(digits);
}

ValidationResult MunicipalityCode::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("Municipality code") : fieldName;
    const QString digits = TextNormalizer::numberText(input);
    if (digits.isEmpty()) {
        return missing(label);
    }
    if (!TextNormalizer::isAsciiDigits(digits)) {
        return invalid(tr("%1: enter the 6-digit code.").arg(label));
    }
    // Many tables print the 5-digit code without its check digit; offer the full one.
    if (digits.size() == 5) {
        return invalid(tr("%1: enter all 6 digits, including the check digit. Did you mean %2?")
                           .arg(label, digits + QString::number(checkDigit(digits))));
    }
    if (digits.size() != 6) {
        return invalid(tr("%1: enter the 6-digit code.").arg(label));
    }
    const int expected = checkDigit(QStringView(digits).first(5));
    if (digitAt(digits, 5) != expected) {
        return invalid(tr("%1: the check digit (6th digit) is not correct. Did you mean %2?")
                           .arg(label, digits.first(5) + QString::number(expected)));
    }
    return valid(digits);
}

int MunicipalityCode::checkDigit(QStringView fiveDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 5; ++i) {
        sum += digitAt(fiveDigits, i) * int(6 - i);
    }
    // The last digit of 11 − remainder; the 「ただし」 case (sum < 11) gives the same digit.
    return (11 - sum % 11) % 10;
}

ValidationResult InstitutionCode::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("Medical institution code") : fieldName;
    const QString digits = TextNormalizer::numberText(input);
    if (digits.isEmpty()) {
        return missing(label);
    }
    if (digits.size() != 10 || !TextNormalizer::isAsciiDigits(digits)) {
        return invalid(tr("%1: enter all 10 digits, starting with the prefecture number.").arg(label));
    }
    const int expected = checkDigit(QStringView(digits).first(9));
    if (digitAt(digits, 9) != expected) {
        // Venue 類似コード and some older codes do not follow the check digit (domain-rules.md §7, §8.5).
        return {Verdict::ValidWithWarning, digits,
                tr("%1: the check digit (10th digit) does not match the calculated one (%2). If this is a similar "
                   "code issued for a venue, leave it as it is. Otherwise please check the number once more.")
                    .arg(label)
                    .arg(expected)};
    }
    return valid(digits);
}

int InstitutionCode::checkDigit(QStringView nineDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        // Weights 2,1,2,… from the rightmost digit; with 9 digits that is also 2 at the leftmost.
        const int product = digitAt(nineDigits, i) * ((8 - i) % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

ValidationResult VsysId::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("V-SYS ID") : fieldName;
    const QString digits = TextNormalizer::numberText(input);
    if (digits.isEmpty()) {
        return missing(label);
    }
    if (!isWellFormed(digits)) {
        return invalid(tr("%1: enter all 10 digits, starting with the prefecture number.").arg(label));
    }
    return valid(digits);
}

bool VsysId::isWellFormed(QStringView text)
{
    return text.size() == 10 && TextNormalizer::isAsciiDigits(text);
}

ValidationResult EmailAddress::validate(const QString& input, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("E-mail address") : fieldName;
    const QString text = TextNormalizer::normalize(input);
    if (text.isEmpty()) {
        return missing(label);
    }
    if (text.size() > kMaxEmailLength) {
        return invalid(tr("%1: enter at most %2 characters.").arg(label).arg(kMaxEmailLength));
    }
    const QList<QStringView> parts = QStringView(text).split(u'@');
    if (parts.size() != 2 || !isValidLocalPart(parts.at(0)) || !isValidDomain(parts.at(1))) {
        return invalid(tr("%1: the address is not in a valid form. Enter it like name@example.co.jp.").arg(label));
    }
    // Domains are case-insensitive; the local part belongs to the receiving server, so keep it as typed.
    const QString normalized = parts.at(0).toString() + u'@' + parts.at(1).toString().toLower();
    if (!dotsFollowStandard(parts.at(0))) {
        return {Verdict::ValidWithWarning, normalized,
                tr("%1: the dots in this address do not follow the e-mail standard (as in some older mobile "
                   "addresses), so some senders cannot deliver to it. Please make sure mail reaches it.")
                    .arg(label)};
    }
    return valid(normalized);
}

ValidationResult Furigana::validate(const QString& input, Script script, const QString& fieldName)
{
    const QString label = fieldName.isEmpty() ? tr("Furigana") : fieldName;
    // simplified() trims and turns each run of whitespace (U+3000 is a space after NFKC) into one ASCII space.
    QString text = TextNormalizer::normalize(input).simplified();
    if (text.isEmpty()) {
        return missing(label);
    }
    for (QChar& c : text) {
        if (TextNormalizer::isHiragana(c) || TextNormalizer::isKatakana(c)) {
            c = script == Script::Katakana ? TextNormalizer::toKatakana(c) : TextNormalizer::toHiragana(c);
        } else if (c != u'ー' && c != u'・' && c != u' ') {
            return invalid(script == Script::Katakana ? tr("%1: please enter it in katakana.").arg(label)
                                                      : tr("%1: please enter it in hiragana.").arg(label));
        }
    }
    if (text.count(u' ') > 1) {
        return invalid(tr("%1: use one space only, between the family name and the given name.").arg(label));
    }
    return valid(text);
}

} // namespace vsys::core
