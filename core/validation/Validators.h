// SPDX-License-Identifier: MIT
// Field validators for codes, numbers and names entered by clinic staff (domain-rules.md §0.3, §8).
// Each accepts 全角 digits, 全角 hyphens and spaces (NFKC) and returns the normalised value to store.
#pragma once

#include "core/validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace vsys::core {

/// 郵便番号: 7 digits, hyphen optional (NNN-NNNN). Normalised to 7 digits.
class PostalCode
{
    Q_DECLARE_TR_FUNCTIONS(PostalCode)
public:
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
};

/// Telephone number: fixed line 10 digits; 020/050/060/070/080/090/0800 11 digits; 0120 10 digits. The
/// dialling prefixes 010 and 00… are refused. Hyphens and spaces are ignored. Normalised to digits only.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
};

/// 全国地方公共団体コード: 6 digits, the last a check digit (domain-rules.md §3).
class MunicipalityCode
{
    Q_DECLARE_TR_FUNCTIONS(MunicipalityCode)
public:
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
    /// The check digit for a 5-digit code (digits only; caller guarantees 5 ASCII digits).
    static int checkDigit(QStringView fiveDigits);
};

/// 保険医療機関コード (10 digits). A Luhn mismatch (§8.5) is only a warning: venue 類似コード and some
/// older codes do not follow it.
class InstitutionCode
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionCode)
public:
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
    /// The check digit for the first 9 digits (caller guarantees 9 ASCII digits).
    static int checkDigit(QStringView nineDigits);
};

/// V-SYS ID: the 10 digits V-SYS issued, a 保険医療機関コード or a 類似コード whose check digit may not follow
/// the Luhn rule, so only the form is checked. The one rule for the login dialog and the server.
class VsysId
{
    Q_DECLARE_TR_FUNCTIONS(VsysId)
public:
    /// Typed input: 全角 digits, hyphens and spaces are accepted; normalised to 10 ASCII digits.
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
    /// True for an ID in its stored form, 10 ASCII digits: what a client sends after validate().
    static bool isWellFormed(QStringView text);
};

/// E-mail address (one address, as entered in V-SYS contact fields).
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
public:
    static ValidationResult validate(const QString& input, const QString& fieldName = {});
};

/// Furigana (reading of a name). Either kana script is accepted and converted to `script`;
/// ー and one space between family and given name are allowed.
class Furigana
{
    Q_DECLARE_TR_FUNCTIONS(Furigana)
public:
    enum class Script { Katakana, Hiragana };
    static ValidationResult
    validate(const QString& input, Script script = Script::Katakana, const QString& fieldName = {});
};

} // namespace vsys::core
