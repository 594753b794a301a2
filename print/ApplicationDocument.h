// SPDX-License-Identifier: MIT
// ApplicationDocument: 職域追加接種の実施申込（控）, the submitted 申込 as the company keeps it on paper or
// as PDF: the header (申込番号, ステータス, dates, 内容確認コメント), every section of ApplicationForm as
// label | value tables with the venue's 既存登録情報 applied, and the 同意事項 agreed to.
#pragma once

#include "core/application/ApplicationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

class QTextDocument;

namespace vsys::print {

class ApplicationDocument
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationDocument)
public:
    /// 職域追加接種の実施申込（控）: the printout's title and the PDF's.
    static QString title();

    /// The printout as HTML for PrintStyle's style sheet. `existing` is the venue's 既存登録情報 (the
    /// sections the 申込 left unchanged print its values); `printedAt` is the 印刷日時 of the last line.
    /// Every value is escaped: user text prints as typed.
    static QString html(const core::ApplicationRecord& record, const QJsonObject& existing, const QDateTime& printedAt);

    /// The same, ready for PdfExporter or DocumentPrinter.
    static std::unique_ptr<QTextDocument>
    create(const core::ApplicationRecord& record, const QJsonObject& existing, const QDateTime& printedAt);
};

} // namespace vsys::print
