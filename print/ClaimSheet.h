// SPDX-License-Identifier: MIT
// ClaimSheet: what the 請求総括書 and the 市区町村別請求書 share: the 医療機関等 header, the 請求件数・請求金額
// table with blank 決定件数・決定金額 columns for the 国保連, the 〔単価（税抜き）〕 table, and the binding of
// several sheets into one printout, each on its own page.
#pragma once

#include "core/billing/BillingTypes.h"
#include "core/billing/ClaimInstitution.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace vsys::print {

/// Everything the two forms print: the calculator's statement and what it does not know.
struct ClaimPrintout
{
    core::BillingStatement statement; ///< as BillingCalculator computed it
    QDate claimMonth; ///< 請求月
    QDate vaccinationMonth; ///< 接種月: selects the 単価 printed
    core::ClaimInstitution institution;
    QMap<QString, QString> municipalityNames; ///< 全国地方公共団体コード → 市区町村名 (千代田区)
    QString homeMunicipality; ///< 医療機関と同一市内 (6-digit code)
    /// 被接種者区分 of the old-format 市区町村別請求書: true for 2 クーポン券あり (接種券貼付あり), false for
    /// 1 クーポン券なし; unset leaves both unmarked, to be circled by hand.
    std::optional<bool> couponAttached;
};

class ClaimSheet
{
    Q_DECLARE_TR_FUNCTIONS(ClaimSheet)
public:
    /// The addressee line, then the 所在地, 代表者氏名 and 電話番号 block, the title, the `idRows` block
    /// (label, value), `checkBox` and the 請求月 line.
    static QString header(const QString& addressee,
                          const QString& addresseeNote,
                          const core::ClaimInstitution& institution,
                          const QString& title,
                          const QList<QStringList>& idRows,
                          const QString& checkBox,
                          QDate claimMonth);
    /// A box of the form, ■ when `checked` else □, before `label`, with `note` (when to check it) below.
    static QString checkBox(bool checked, const QString& label, const QString& note);
    /// The 請求件数・請求金額 table: every row of the format, a row without a count printing 0, a 小計 per
    /// 区分 and the 合計 (`totalCount`, `totalAmount`).
    static QString
    amountTable(core::ClaimFormat format, const QList<core::BillingRow>& rows, qint64 totalCount, qint64 totalAmount);
    /// 〔単価（税抜き）〕 of every row of the format, from the shipped fee table for `vaccinationMonth`.
    static QString unitPriceTable(core::ClaimFormat format, QDate vaccinationMonth);

    /// The sheets' bodies as one document, each sheet starting a new page, titled `title`.
    static std::unique_ptr<QTextDocument> create(const QString& title, const QStringList& sheets);
};

} // namespace vsys::print
