// SPDX-License-Identifier: MIT
// ClaimStore: the claims (請求) of this desktop, one per account and 請求月, and the history of what was
// printed from each (印刷履歴). Claims stay on this PC (architecture.md: billing is client-owned).
#pragma once

#include "core/Result.h"
#include "core/billing/MonthlyClaim.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vsys::db {

class Database;

/// One print or PDF export of a claim's output.
struct ClaimPrint
{
    enum class Destination { Printer, Pdf };

    QDate claimMonth; ///< first day of the 請求月
    core::ClaimOutput output = core::ClaimOutput::SummaryIncludingHome;
    Destination destination = Destination::Printer;
    QString filePath; ///< the PDF written; empty for a printer
    int sheets = 0; ///< sheets printed (the 請求総括書 is 1; one per municipality otherwise)
    qint64 totalCount = 0; ///< 合計件数 printed
    qint64 totalAmount = 0; ///< 合計金額 printed (税込)
    QDateTime printedAt;

    bool operator==(const ClaimPrint&) const = default;
};

class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStore)
public:
    explicit ClaimStore(Database& database);

    /// nullopt when nothing was saved for the month.
    core::Result<std::optional<core::MonthlyClaim>> claim(qint64 accountId, QDate claimMonth) const;
    /// The 請求月 with a saved claim, newest first.
    core::Result<QList<QDate>> claimMonths(qint64 accountId) const;
    /// Inserts the claim or replaces the account's one for its 請求月 (MonthlyClaim::toJson is stored).
    core::Result<void> save(qint64 accountId, const core::MonthlyClaim& claim, const QDateTime& savedAt);

    /// Appends to the month's 印刷履歴.
    core::Result<void> recordPrint(qint64 accountId, const ClaimPrint& print);
    /// The month's 印刷履歴, oldest first.
    core::Result<QList<ClaimPrint>> prints(qint64 accountId, QDate claimMonth) const;

    /// Remembers that the user printed past the 検証番号 warning of `code` (10 digits), so it is not asked again.
    core::Result<void> confirmCode(qint64 accountId, const QString& code, const QDateTime& confirmedAt);
    /// The codes confirmed with confirmCode(), for core::ClaimChecks.
    core::Result<QStringList> confirmedCodes(qint64 accountId) const;

private:
    StatementCache m_statements;
};

} // namespace vsys::db
