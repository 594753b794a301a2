// SPDX-License-Identifier: MIT
// StoredJsonRules: the path is only built when something is refused; a walk keeps just the trail.
#include "core/validation/StoredJsonRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <variant>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

/// A code point the rules refuse, and why.
struct RefusedCharacter
{
    enum class Kind { Noncharacter, ByteOrderMark, LoneSurrogate };
    Kind kind;
    char32_t codePoint;
};

bool isNoncharacter(char32_t codePoint)
{
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
}

std::optional<RefusedCharacter> firstRefused(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            codePoint = QChar::surrogateToUcs4(unit, text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            return RefusedCharacter{RefusedCharacter::Kind::LoneSurrogate, codePoint};
        }
        if (codePoint == 0xFEFF) {
            return RefusedCharacter{RefusedCharacter::Kind::ByteOrderMark, codePoint};
        }
        if (isNoncharacter(codePoint)) {
            return RefusedCharacter{RefusedCharacter::Kind::Noncharacter, codePoint};
        }
    }
    return std::nullopt;
}

QString hex4(uint value)
{
    return QString::number(value, 16).toUpper().rightJustified(4, u'0');
}

QString codePointName(char32_t codePoint)
{
    return u"U+"_s + hex4(codePoint);
}

/// A key as it may appear in a message: refused characters written as \uXXXX escapes.
QString shownKey(QStringView key)
{
    QString shown;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const bool pair = key[i].isHighSurrogate() && i + 1 < key.size() && key[i + 1].isLowSurrogate();
        const QStringView character = key.mid(i, pair ? 2 : 1);
        if (!firstRefused(character)) {
            shown += character;
        } else {
            for (const QChar unit : character) {
                shown += u"\\u"_s + hex4(unit.unicode());
            }
        }
        i += character.size() - 1;
    }
    return shown;
}

class Walk
{
public:
    std::optional<Error> value(const QJsonValue& value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Object:
            return object(value.toObject(), depth + 1);
        case QJsonValue::Array:
            return array(value.toArray(), depth + 1);
        case QJsonValue::String:
            return text(value.toString());
        default:
            return std::nullopt;
        }
    }

private:
    std::optional<Error> object(const QJsonObject& object, int depth)
    {
        if (depth > StoredJsonRules::kMaxDepth) {
            return tooDeep();
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            m_trail.append(it.key());
            if (auto problem = text(it.key())) {
                return problem;
            }
            if (auto problem = value(it.value(), depth)) {
                return problem;
            }
            m_trail.removeLast();
        }
        return std::nullopt;
    }

    std::optional<Error> array(const QJsonArray& array, int depth)
    {
        if (depth > StoredJsonRules::kMaxDepth) {
            return tooDeep();
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_trail.append(i);
            if (auto problem = value(array.at(i), depth)) {
                return problem;
            }
            m_trail.removeLast();
        }
        return std::nullopt;
    }

    std::optional<Error> text(QStringView text) const
    {
        const auto refused = firstRefused(text);
        if (!refused) {
            return std::nullopt;
        }
        const QString field = path();
        const QString character = codePointName(refused->codePoint);
        switch (refused->kind) {
        case RefusedCharacter::Kind::Noncharacter:
            return Error{field,
                         StoredJsonRules::tr("%1 contains %2, a Unicode noncharacter, which cannot be stored.")
                             .arg(field, character)};
        case RefusedCharacter::Kind::ByteOrderMark:
            return Error{field,
                         StoredJsonRules::tr("%1 contains %2 (a byte order mark), which cannot be stored.")
                             .arg(field, character)};
        case RefusedCharacter::Kind::LoneSurrogate:
            break;
        }
        return Error{field,
                     StoredJsonRules::tr("%1 contains %2, half of a surrogate pair without its other half, "
                                         "which cannot be stored.")
                         .arg(field, character)};
    }

    Error tooDeep() const
    {
        const QString field = path();
        return Error{
            field,
            StoredJsonRules::tr("%1 is nested more than %2 levels deep.").arg(field).arg(StoredJsonRules::kMaxDepth)};
    }

    QString path() const
    {
        QString path;
        for (const auto& step : m_trail) {
            if (const auto* index = std::get_if<qsizetype>(&step)) {
                path += u"[%1]"_s.arg(*index);
            } else {
                if (!path.isEmpty()) {
                    path += u'.';
                }
                path += shownKey(std::get<QString>(step));
            }
        }
        return path;
    }

    QList<std::variant<QString, qsizetype>> m_trail;
};

} // namespace

std::optional<Error> StoredJsonRules::check(const QJsonValue& value)
{
    return Walk().value(value, 0);
}

} // namespace vsys::core
