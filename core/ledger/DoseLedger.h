// SPDX-License-Identifier: MIT
// 接種台帳: every record the desks made (first entries and corrections), and what follows from it: the rows as
// they stand, duplicate tickets, the 実績 totals and the month's claim counts.
#pragma once

#include "core/billing/BillingTypes.h"
#include "core/billing/HolidayCalendar.h"
#include "core/billing/MonthlyClaim.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseEntry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace vsys::core {

/// 1回目/2回目/3回目 接種 (累計), by the ticket's 回数 digit.
struct DoseTotals
{
    int first = 0;
    int second = 0;
    int third = 0;

    bool operator==(const DoseTotals&) const = default;
};

/// 旧様式の予診票 on or after 2021-12-01: the dose is claimed under 通常 and its 時間外/休日 surcharge is
/// claimed separately (the claim screen's note explains how).
struct OldFormSurcharge
{
    QString municipality; ///< the paying municipality
    TimeBand time = TimeBand::AfterHours;
    AgeBand age = AgeBand::SixAndOver;
    DoseKind kind = DoseKind::Vaccination;
    qint64 count = 0;

    bool operator==(const OldFormSurcharge&) const = default;
};

/// The claim's counts the ledger gives for one 接種月.
struct LedgerClaim
{
    QList<ClaimLine> lines; ///< one per (sheet, municipality, kind, age, time), count > 0, in that order
    QList<OldFormSurcharge> separateSurcharges; ///< in (municipality, kind, age, time) order

    bool operator==(const LedgerClaim&) const = default;
};

class DoseLedger // 接種台帳
{
public:
    explicit DoseLedger(QList<DoseEntry> records = {}); // every record, any order

    /// The latest version of each row, voided left out, by date/time (then entry time, then id).
    QList<DoseEntry> current() const;
    /// Every version of the row `id` belongs to (the first entry and its corrections), oldest first.
    QList<DoseEntry> history(const QString& id) const;
    /// The current 接種 row (not 予診のみ) with this ticket, other than `exceptId`: the earlier use.
    std::optional<DoseEntry> earlierUse(const QString& ticket, const QString& exceptId = {}) const;
    /// Current 接種 rows whose ticket another current 接種 row has.
    QSet<QString> duplicateIds() const;
    /// 接種 of `vaccine` up to and including asOf, by 回数 digit (4回目 and later are not counted).
    DoseTotals totals(const QString& vaccine, QDate asOf) const;
    /// The claim's counts for 接種月 `vaccinationMonth` (any day of it): per (sheet, paying municipality, kind,
    /// age, band); old-format 予診票 on/after 2021-12-01 counted under 通常 and their 時間外/休日 listed in
    /// separateSurcharges. A ticket that cannot be read is left out (a stored row always can).
    LedgerClaim claim(QDate vaccinationMonth,
                      const ClinicHours& hours,
                      const HolidayCalendar& calendar = HolidayCalendar::builtIn()) const;
    /// 接種 per day (all vaccines), from..to inclusive; days without any are left out.
    QMap<QDate, int> dailyVaccinations(QDate from, QDate to) const;

    /// Every record, as given.
    const QList<DoseEntry>& records() const { return m_records; }

private:
    QList<DoseEntry> m_records;
    QList<DoseEntry> m_current;
    QHash<QString, QString> m_rootOf; ///< record id → id of the first entry of its row
    QHash<QString, int> m_depth; ///< record id → how many corrections lie between it and the first entry
};

} // namespace vsys::core
