// SPDX-License-Identifier: MIT
// ReceiptNumber // 受付番号 of a 接種券発行申請: 3-131032-20211110-0000001.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vsys::core {

/// The briefing shows one number, 3-131032-20211110-0000001. Its reading is UNCONFIRMED (domain-rules §6):
/// 接種回数 (1 digit) - 全国地方公共団体コード of the municipality applied to (6 digits) - 申請日 (YYYYMMDD, Japan) -
/// serial (7 digits, from 1 per municipality and day). The shape lives only here, so a confirmed reading
/// changes one class.
struct ReceiptNumber
{
    static constexpr int kMaxSerial = 9'999'999;

    int dose = 3; ///< 接種回数 the 接種券 is for
    QString municipalityCode; ///< 6 digits
    QDate date; ///< 申請日
    int serial = 0; ///< 1 … kMaxSerial

    /// "3-131032-20211110-0000001"; empty when a part is out of range.
    QString format() const;
    /// The number as a resident types it: half- or full-width digits and hyphens, spaces around; nothing when
    /// its shape, date or serial is wrong.
    static std::optional<ReceiptNumber> parse(const QString& text);

    friend bool operator==(const ReceiptNumber&, const ReceiptNumber&) = default;
};

} // namespace vsys::core
