// SPDX-License-Identifier: MIT
// 接種台帳の行: one 予診 as the desk records it. No names and no birth dates, here or anywhere it is sent.
#pragma once

#include "core/Result.h"
#include "core/billing/BillingTypes.h"
#include "core/billing/MonthlyClaim.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include <optional>

namespace vsys::core {

enum class ScreeningForm { // 予診票の様式
    New, ///< 新様式 (時間外・休日の欄がある, from 2021-12-01)
    Old, ///< 旧様式
};

/// One record of the ledger. Records are append-only: a correction (訂正) or withdrawal (取消) is a new
/// record that supersedes the earlier one, so every desk's history stays whole after a sync.
struct DoseEntry // 接種台帳の行
{
    QString id; ///< lower-case UUID made by the desk
    QString supersedes; ///< id of the row this one corrects (a correction is a new row); empty for a first entry
    bool voided = false; ///< a correction that withdraws the row (取消); needs a reason like any correction
    QString reason; ///< 訂正の理由: required when supersedes is set
    QDate date; ///< 接種(予診)日, Japan wall clock
    QTime time; ///< 接種(予診)時刻, Japan wall clock, minutes
    QString ticket; ///< the 18 normalised digits
    DoseKind kind = DoseKind::Vaccination; ///< 接種 / 予診のみ (core/billing/BillingTypes.h)
    AgeBand age = AgeBand::SixAndOver; ///< 6歳以上 / 6歳未満
    ScreeningForm form = ScreeningForm::New; ///< 予診票 新様式 / 旧様式
    TicketSheet sheet
        = TicketSheet::Attached; ///< 接種券貼付 / 接種券情報が印刷された予診票 (core/billing/MonthlyClaim.h)
    QString vaccine; ///< VaccineCatalog key (core/report/VaccineCatalog.h)
    QString desk; ///< the desk (device) that entered it, for the history
    QString enteredBy; ///< V-SYS ID
    QDateTime enteredAt; ///< UTC

    bool operator==(const DoseEntry&) const = default;
};

/// The bounds of a record's text, shared by the JSON check, the stores and the screens.
inline constexpr int kMaxDoseReasonLength = 200;
inline constexpr int kMaxDoseDeskLength = 64;
inline constexpr int kMaxDoseVaccineLength = 40;

class DoseJson // 接種台帳の行のJSON (sync and storage)
{
    Q_DECLARE_TR_FUNCTIONS(DoseJson)
public:
    /// Keys: id, supersedes, voided, reason, administered_at ("2022-03-14T09:05"), ticket, kind (BillingJson
    /// keys), age, form ("new"/"old"), sheet (MonthlyClaim::key), vaccine, desk, entered_by, entered_at
    /// (ISO 8601 UTC, "2022-03-14T00:05:00Z"). Empty supersedes/reason and voided=false are still written.
    static QJsonObject toJson(const DoseEntry& entry);
    /// Every value bounded and checked (a UUID id, 18 digits, a reason when superseding, known keys only);
    /// errors name the key.
    static Result<DoseEntry> fromJson(const QJsonObject& object);

    static QString key(ScreeningForm form); ///< "new" / "old"
    static std::optional<ScreeningForm> screeningForm(const QString& key);
    /// "2022-03-14T09:05" for the row's date and time.
    static QString administeredAt(QDate date, QTime time);
    /// Parses "YYYY-MM-DDTHH:MM"; false for anything else.
    static bool parseAdministeredAt(const QString& text, QDate* date, QTime* time);
};

} // namespace vsys::core
