// SPDX-License-Identifier: MIT
// MonthlyClaim: 請求月ごとの入力, what the venue enters on 「国保連提出用請求総括書・市区町村別請求書の作成」 for
// one 請求月: the counts per 予診票 kind and municipality, the 返戻分 claimed again, and the header of the forms.
// Which counts each of the screen's four outputs bills is decided here, once.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/ClaimFormat.h"
#include "core/billing/ClaimInstitution.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::core {

enum class TicketSheet { // 予診票の種類
    Attached, ///< 接種券を貼付した予診票 (old 市区町村別請求書: 2 クーポン券あり)
    Printed, ///< 接種券情報が印刷された予診票 (医療従事者等向け; old 市区町村別請求書: 1 クーポン券なし)
};

/// The screen's four output buttons, in the seed's order.
enum class ClaimOutput { // 出力
    SummaryIncludingHome, ///< 請求総括書出力（同一市内にお住まいの方分を含む）
    SummaryExcludingHome, ///< 請求総括書出力（同一市内にお住まいの方分を含まない）
    MunicipalAttached, ///< 市区町村別請求書出力（接種券貼付あり分）: one sheet per municipality
    MunicipalPrinted, ///< 市区町村別請求書出力（接種券貼付なし分）
};

/// One cell of the entry table: how many 予診 or 接種 of one row of the form, for residents of one
/// municipality, on one kind of 予診票. A cell with count 0 is kept: it is a municipality the user added.
struct ClaimLine
{
    TicketSheet sheet = TicketSheet::Attached;
    BillingCount count;

    bool operator==(const ClaimLine&) const = default;
};

/// 返戻分: counts the 国保連 returned from an earlier claim; once corrected they are added into the current
/// month's forms (domain-rules.md §2.1, Gunma FAQ).
struct ReturnedItem
{
    QDate originalClaimMonth; ///< first day of the 請求月 the count was first claimed in
    TicketSheet sheet = TicketSheet::Attached;
    BillingCount count;
    QString note; ///< 返戻理由 or any remark; never printed

    bool operator==(const ReturnedItem&) const = default;
};

class MonthlyClaim // 請求（請求月ごと）
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyClaim)
public:
    /// A new claim for `claimMonth` (any day of it) for doses of the month before, the venue's municipality
    /// as 同一市内 and `institution` as the forms' header.
    static MonthlyClaim start(QDate claimMonth, const QString& homeMunicipality, const ClaimInstitution& institution);

    QDate claimMonth; ///< first day of the 請求月
    QDate vaccinationMonth; ///< first day of the 接種月; the month before the 請求月 unless 月遅れ
    QString homeMunicipality; ///< 医療機関と同一市内: the 6-digit code of the institution's municipality
    ClaimInstitution institution;
    QList<ClaimLine> lines; ///< at most one per (sheet, municipality, kind, age, time)
    QList<ReturnedItem> returned;

    bool operator==(const MonthlyClaim&) const = default;

    ClaimFormat format() const { return claimFormatFor(vaccinationMonth); }

    /// The cell's count, 0 when there is no line for it.
    qint64 count(TicketSheet sheet, const QString& municipality, DoseKind kind, AgeBand age, TimeBand time) const;
    /// Sets the cell, adding its line when needed; a count of 0 keeps the line (and so the municipality).
    void
    setCount(TicketSheet sheet, const QString& municipality, DoseKind kind, AgeBand age, TimeBand time, qint64 count);
    /// Adds a municipality to a sheet's table with no counts yet; nothing happens when it is there already.
    void addMunicipality(TicketSheet sheet, const QString& municipality);
    /// Removes every line of the municipality on the sheet (its 返戻分 stay).
    void removeMunicipality(TicketSheet sheet, const QString& municipality);
    /// The municipalities of a sheet's table: the home municipality first (always), then the others by code.
    QStringList municipalities(TicketSheet sheet) const;

    /// What `output` bills, for BillingCalculator: the lines and the 返戻分 of the output's sheets, without the
    /// home municipality for SummaryExcludingHome, zero counts included (they print as 0 rows).
    QList<BillingCount> counts(ClaimOutput output) const;

    /// The stored form (db ClaimStore): {"claim_month":"2022-01","vaccination_month":"2021-12",
    /// "home_municipality":"131016","institution":{...},"lines":[{"sheet","municipality","kind","age","time",
    /// "count"}],"returned":[{"original_claim_month", "sheet", ..., "note"}]} with the key names of
    /// BillingJson::key() and key() below.
    QJsonObject toJson() const;
    /// Errors name the field ("lines[3].count", "returned[0].original_claim_month").
    static Result<MonthlyClaim> fromJson(const QJsonObject& json);

    /// The header as toJson() writes it under "institution" (keys prefecture, address, representative, phone,
    /// facility_type, code, name; each optional, text only, no other key); errors name "<prefix>.<key>".
    static Result<ClaimInstitution> institutionFromJson(const QJsonObject& object, const QString& prefix);

    static QString key(TicketSheet sheet); ///< "attached" / "printed"
    static QString key(ClaimOutput output); ///< "summary_including_home", ..., "municipal_printed"
};

} // namespace vsys::core
