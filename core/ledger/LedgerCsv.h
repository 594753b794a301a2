// SPDX-License-Identifier: MIT
// The ledger as CSV: the day's list from other tools in (UTF-8 with or without BOM, Shift_JIS/CP932), and
// the ledger and the month's claim counts out for the office's Excel.
#pragma once

#include "core/Result.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/ledger/DoseEntry.h"
#include "core/ledger/DoseLedger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::core {

class LedgerCsv // 接種台帳のCSV
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsv)
public:
    /// Header administered_at,ticket,kind,age then optional form,sheet,vaccine (any order after the four).
    /// Every bad line is reported (Error.field "line 12: ticket"; all of them in `errors` when given), and
    /// nothing is returned when any line is bad. Also refuses a 接種 ticket used twice in the file (naming both
    /// lines). Rows get no id, desk or entry time: the caller records them.
    static Result<QList<DoseEntry>>
    read(const QByteArray& bytes, const QString& defaultVaccine, QStringList* errors = nullptr);
    /// UTF-8 with BOM (Excel), the same columns (all seven), CRLF line ends.
    static QByteArray write(const QList<DoseEntry>& rows);
    /// The month's counts: sheet,municipality,municipality_name,kind,age,time,count, then the separate
    /// surcharges of old-format 予診票 with sheet "old_form_surcharge". UTF-8 with BOM.
    static QByteArray writeClaim(const LedgerClaim& claim,
                                 const MunicipalityDirectory& directory = MunicipalityDirectory::builtIn());
    /// Text as the reader sees it: UTF-8 (BOM dropped) when valid, else Shift_JIS (CP932).
    static QString decode(const QByteArray& bytes);
};

} // namespace vsys::core
