// SPDX-License-Identifier: MIT
// ClaimSheet: one sheet of the 請求総括書 or the 市区町村別請求書 as plain data, every value already written as
// it prints (「2021年04月請求分」, 113,850, 55件): the addressee, the 医療機関等 header, the title, the id rows,
// the check box, the 請求件数・請求金額 table with blank 決定件数・決定金額 columns for the 国保連, and the
// 〔単価（税抜き）〕 table. ClaimSheetPainter draws it; nothing here knows about pages or fonts.
#pragma once

#include "core/billing/BillingTypes.h"
#include "core/billing/ClaimInstitution.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

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

struct ClaimSheet
{
    Q_DECLARE_TR_FUNCTIONS(ClaimSheet)
public:
    /// A label | value row of the header.
    struct Field
    {
        QString label;
        QString value;
    };
    /// A row of the 請求件数・請求金額 table: 種類 (6歳以上(時間外), 小計, 合計), count and amount.
    struct AmountRow
    {
        QString type;
        QString count;
        QString amount;
    };
    /// One 区分 (予診のみ, 接種) of the amount table: its rows and its 小計.
    struct AmountGroup
    {
        QString category;
        QList<AmountRow> rows;
        AmountRow subtotal;
    };
    /// One 区分 of the 〔単価（税抜き）〕 table: 種類 and 単価 per row.
    struct PriceGroup
    {
        QString category;
        QList<Field> prices;
    };
    /// The words every sheet prints in the same place: the tables' column heads and the form's remarks.
    struct Captions
    {
        QString category;
        QString type;
        QString claimedCount;
        QString claimedAmount;
        QString decidedCount;
        QString decidedAmount;
        QString unitPrices;
        QString unitPrice;
        QString thickFrame; ///< 「↑ 太枠内に記載すること」 under the amounts the institution fills in
    };

    QString addressee; ///< 「東京都国民健康保険団体連合会 御中」, 「千代田区長 様」
    QString addresseeNote; ///< 「市区町村番号 131016」, or empty
    QList<Field> institution; ///< 所在地, 代表者氏名, 電話番号
    QString title;
    QList<Field> ids; ///< 施設等区分 or 被接種者区分, 医療機関等番号, 医療機関等名称
    bool checked = false; ///< the box, ■ when checked else □
    QString checkLabel;
    QString checkNote; ///< when to check it
    QString claimMonth; ///< 「2021年04月請求分」
    QList<AmountGroup> amounts;
    AmountRow total; ///< 合計, count and amount with 件 and 円
    QList<PriceGroup> unitPrices;

    /// 所在地, 代表者氏名 and 電話番号 of `institution`.
    static QList<Field> institutionFields(const core::ClaimInstitution& institution);
    /// 「%1請求分」.
    static QString claimMonthLine(QDate claimMonth);
    /// Every row of the format, a row without a count printing 0, with a 小計 per 区分.
    static QList<AmountGroup> amountGroups(core::ClaimFormat format, const QList<core::BillingRow>& rows);
    /// The 合計 row: `totalCount` 件, `totalAmount` 円.
    static AmountRow totalRow(qint64 totalCount, qint64 totalAmount);
    /// 〔単価（税抜き）〕 of every row of the format, from the shipped fee table for `vaccinationMonth`.
    static QList<PriceGroup> unitPriceGroups(core::ClaimFormat format, QDate vaccinationMonth);
    /// The captions in the current language.
    static Captions captions();
};

} // namespace vsys::print
