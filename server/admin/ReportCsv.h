// SPDX-License-Identifier: MIT
// ReportCsv: the 実績 reports as a CSV a reviewer opens in Excel: UTF-8 with a BOM (without it Excel reads
// Shift_JIS), CRLF line ends, a header row, who reported and when, and the reason of a correction.
#pragma once

#include "server/storage/ReportRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::server {

class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
public:
    /// The whole file: BOM, header row, one row per report. `venueNames` by venue id.
    static QString write(const QList<StoredReport>& reports, const QHash<QString, QString>& venueNames);
    /// One field, quoted when it holds a comma, a quote or a line break. Text that Excel would run as
    /// a formula (starting with =, +, -, @) gets a leading apostrophe, so a reason typed by a venue
    /// stays text on the reviewer's PC.
    static QString field(const QString& text);
    /// One row: the fields as field() writes them, comma-separated, ending in CRLF. Every admin CSV (the
    /// 接種券発行申請 export too) is a BOM followed by such rows.
    static QString row(const QStringList& fields);
};

} // namespace vsys::server
