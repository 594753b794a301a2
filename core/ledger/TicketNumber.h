// SPDX-License-Identifier: MIT
// 接種券のOCRライン: the 18 digits printed on a vaccination ticket (domain-rules.md §0.3), read as typed or scanned.
#pragma once

#include "core/Result.h"
#include "core/address/MunicipalityDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::core {

/// One ticket's OCR line: 券種 1 + 回数 1 + 市町村コード 6 + 券番号 10.
struct TicketNumber // 接種券番号 (OCRライン)
{
    QString digits; ///< the 18 ASCII digits
    int ticketType = 0; ///< 券種 (digit 1); not checked: its values are not published
    int doseNumber = 0; ///< 回数 (digit 2): 1, 2, 3 ...
    QString municipality; ///< 市町村コード as printed (digits 3–8, check digit included)
    QString payingMunicipality; ///< who pays: the 政令指定都市 for a ward's code, else == municipality
    QString serial; ///< 券番号 (digits 9–18)

    bool operator==(const TicketNumber&) const = default;
};

class TicketReader // 接種券の読み取り
{
    Q_DECLARE_TR_FUNCTIONS(TicketReader)
public:
    /// Full-width digits to ASCII, hyphens/spaces/全角スペース/ー dropped (what a scanner or a person types).
    static QString normalized(const QString& typed);
    /// Errors (field "ticket") say why: not 18 digits (how many were read), a character that is no digit,
    /// the 市町村コード's 検査数字 wrong (MunicipalityCode's rule), a code not in the directory, a prefecture
    /// code (not a payer). A ward's code is read, and its city pays (MunicipalityDirectory::cityOfWard).
    static Result<TicketNumber> read(const QString& typed,
                                     const MunicipalityDirectory& directory = MunicipalityDirectory::builtIn());
    /// 「1-3-131016-0000000001」 style grouping for tables; other text is returned unchanged.
    static QString grouped(const QString& digits);
};

} // namespace vsys::core
