// SPDX-License-Identifier: MIT
// ReceiptNumber: parse(format(x)) == x for every valid x.
#include "core/navi/ReceiptNumber.h"

#include "core/validation/TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::core {

QString ReceiptNumber::format() const
{
    const bool valid = dose >= 1 && dose <= 9 && municipalityCode.size() == 6
        && TextNormalizer::isAsciiDigits(municipalityCode) && date.isValid() && date.year() >= 2000
        && date.year() <= 9999 && serial >= 1 && serial <= kMaxSerial;
    if (!valid) {
        return {};
    }
    return u"%1-%2-%3-%4"_s.arg(dose)
        .arg(municipalityCode, date.toString(u"yyyyMMdd"_s))
        .arg(serial, 7, 10, QLatin1Char('0'));
}

std::optional<ReceiptNumber> ReceiptNumber::parse(const QString& text)
{
    if (text.size() > 64) {
        return std::nullopt;
    }
    static const QRegularExpression shape(u"^([1-9])-([0-9]{6})-([0-9]{8})-([0-9]{7})$"_s);
    const auto match = shape.match(TextNormalizer::normalize(text).trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    ReceiptNumber number;
    number.dose = match.captured(1).toInt();
    number.municipalityCode = match.captured(2);
    number.date = QDate::fromString(match.captured(3), u"yyyyMMdd"_s);
    number.serial = match.captured(4).toInt();
    if (number.format().isEmpty()) {
        return std::nullopt;
    }
    return number;
}

} // namespace vsys::core
