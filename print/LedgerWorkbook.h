// SPDX-License-Identifier: MIT
// LedgerWorkbook: the 接種台帳 and the month's claim counts as a real Excel workbook (.xlsx) for the office,
// written with libxlsxwriter: a header row, typed dates, times and numbers (so Excel sorts and sums them), and
// the ledger split into one sheet per month. The 18-digit 接種券 line stays text: as a number Excel would show
// it as 1.31E+17 and lose its last digits.
#pragma once

#include "core/Result.h"
#include "core/address/MunicipalityDirectory.h"
#include "core/billing/HolidayCalendar.h"
#include "core/ledger/ClinicHours.h"
#include "core/ledger/DoseEntry.h"
#include "core/ledger/DoseLedger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::print {

class LedgerWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(LedgerWorkbook)
public:
    /// The columns of a ledger sheet, in order.
    static QStringList ledgerHeader();
    /// The columns of the claim counts sheet, in order.
    static QStringList claimHeader();
    /// The name of a month's sheet: 「2022年03月」.
    static QString sheetName(QDate month);

    /// Writes `rows` (the ledger's current rows) to `path`, one sheet per month of 接種日 in calendar order,
    /// each row with its 時間帯 under `hours`. The file is readable by its owner only: the tickets are the
    /// residents'. An empty list gives one sheet with the header. Errors name the file.
    static core::Result<void> writeLedger(const QString& path,
                                          const QList<core::DoseEntry>& rows,
                                          const core::ClinicHours& hours,
                                          const core::HolidayCalendar& calendar = core::HolidayCalendar::builtIn(),
                                          const core::MunicipalityDirectory& directory
                                          = core::MunicipalityDirectory::builtIn());

    /// Writes the claim counts of 接種月 `vaccinationMonth` to `path`: a sheet of every line (予診票の種類,
    /// municipality, 区分, 年齢, 時間帯, 件数), and, when there are any, a second sheet of the old-format
    /// 予診票's 時間外・休日 surcharges that are claimed separately.
    static core::Result<void> writeClaim(const QString& path,
                                         QDate vaccinationMonth,
                                         const core::LedgerClaim& claim,
                                         const core::MunicipalityDirectory& directory
                                         = core::MunicipalityDirectory::builtIn());
};

} // namespace vsys::print
