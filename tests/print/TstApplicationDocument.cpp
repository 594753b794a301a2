// SPDX-License-Identifier: MIT
// 職域追加接種の実施申込（控）: a submitted 申込 against the demo venue's 既存登録情報, written to PDF and read
// back with pdftotext, under the Japanese translation. The printout's own captions are compared through
// tr() (their Japanese arrives with the translation file); labels, statuses and data are compared as
// the user reads them.
#include "core/Translator.h"
#include "core/application/ApplicationContent.h"
#include "core/application/ConsentTerms.h"
#include "print/ApplicationDocument.h"
#include "print/PdfExporter.h"
#include "support/PdfTools.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationContent;
using vsys::core::ApplicationRecord;
using vsys::core::ApplicationStatus;
using vsys::print::ApplicationDocument;

using vsys::print::test::tableRow;

namespace {

const QString kNumber = u"12345-1310000017-05"_s;
const QString kVenueName = u"サンプル会場 <b>本館</b> & \"別館\""_s;
const QDateTime kSubmittedAt(QDate(2022, 1, 11), QTime(5, 45), Qt::UTC);
const QDateTime kPrintedAt(QDate(2022, 1, 12), QTime(0, 30), Qt::UTC);

QJsonObject registration()
{
    QFile file(QStringLiteral(VSYS_DEMO_DIR "/venue-a-registration.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "Cannot read" << file.fileName();
    }
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    object.remove(u"note"_s);
    return object;
}

/// A 申込 as submitted: the 接種会場 section changed (a new name and `arrangement`), every other section
/// kept from the registration, the shipped 同意事項 agreed to.
ApplicationRecord submitted(const QString& arrangement)
{
    ApplicationRecord record;
    record.id = u"6f1c2a4e-0000-4000-8000-000000000017"_s;
    record.number = kNumber;
    record.status = ApplicationStatus::AwaitingReview;
    record.submittedAt = kSubmittedAt;
    QJsonObject venue = registration().value(u"venue"_s).toObject();
    venue.insert(u"name"_s, kVenueName);
    venue.insert(u"arrangement"_s, arrangement);
    record.content.insert(u"venue"_s, venue);
    ApplicationContent::setChanged(record.content, u"venue"_s, true);
    ApplicationContent::setValue(record.content, u"consent.version"_s, vsys::core::ConsentTerms::builtIn().version());
    return record;
}

/// The record exported to `dir`/application.pdf; empty when the export failed.
QString exported(const ApplicationRecord& record, const QTemporaryDir& dir)
{
    const auto document = ApplicationDocument::create(record, registration(), kPrintedAt);
    const QString path = dir.filePath(u"application.pdf"_s);
    const auto written = vsys::print::PdfExporter::write(*document, path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    return path;
}

/// The record exported to PDF, as pdftotext -layout reads it.
QString printed(const ApplicationRecord& record)
{
    QTemporaryDir dir;
    return vsys::print::test::pdfText(exported(record, dir));
}

qsizetype rowCount(const QString& text, const QStringList& cells)
{
    qsizetype count = 0;
    for (auto it = tableRow(cells).globalMatch(text); it.hasNext(); it.next()) {
        ++count;
    }
    return count;
}

/// The first non-blank line after the line that is exactly `cells`.
QString lineAfter(const QString& text, const QStringList& cells)
{
    const QRegularExpressionMatch match = tableRow(cells).match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const QStringList rest = text.mid(match.capturedEnd()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : rest) {
        if (!line.trimmed().isEmpty()) {
            return line.trimmed();
        }
    }
    return {};
}

} // namespace

class TstApplicationDocument : public QObject
{
    Q_OBJECT

private slots:
    void headerSectionsAndConsent();
    void institutionOnlyForArrangementsThatNeedIt();
    void undecidedSameAsAndEmptyOptionalGroups();
    void reviewLines();
    void otherConsentVersionIsNamedNotPrinted();
    void everyValueIsEscaped();
    void embedsIpaFonts();
};

void TstApplicationDocument::headerSectionsAndConsent()
{
    const QString text = printed(submitted(u"01"_s));

    QVERIFY2(text.contains(tableRow({ApplicationDocument::title()})), qPrintable(text));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Application number"), kNumber})));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Status"), u"確認待ち"_s})));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Applied at"), u"2022/01/11 14:45"_s})));
    QVERIFY(!text.contains(ApplicationDocument::tr("Reviewed at")));
    QVERIFY(!text.contains(ApplicationDocument::tr("Reviewer's comment")));

    // The changed section prints the user's values, the kept ones the registration's, and say so.
    const QString unchanged = ApplicationDocument::tr("(unchanged from the existing registration)");
    QVERIFY(text.contains(tableRow({u"接種会場の情報"_s})));
    QVERIFY(text.contains(tableRow({u"接種会場名称"_s, kVenueName})));
    QVERIFY(text.contains(tableRow({u"接種体制分類"_s, u"01 企業内診療所"_s})));
    QVERIFY(text.contains(tableRow({u"接種会場におけるエレベーター有無"_s, u"エレベーター有"_s})));
    QVERIFY(text.contains(tableRow({u"企業・大学等の情報"_s, unchanged})));
    QVERIFY(text.contains(tableRow({u"企業・大学等の名称"_s, u"サンプル職域申込株式会社"_s})));
    QVERIFY(text.contains(tableRow({u"ワクチン・針・シリンジ以外の物品に関する納品希望情報"_s, unchanged})));
    QVERIFY(text.contains(tableRow({u"N95マスク"_s, u"希望する"_s})));
    // 費用請求関連情報 has no 既存登録情報; its unchecked boxes print as しない, its remark below them.
    QVERIFY(text.contains(tableRow({u"費用請求関連情報"_s})));
    QVERIFY(text.contains(tableRow({u"接種費用振込先口座を変更する"_s, u"しない"_s})));
    QVERIFY(text.contains(u"こちらにチェックがある場合でも条件を満たさない場合には再申込が必要となります。"_s));

    QVERIFY(!text.contains(u"実施医療機関の情報"_s));
    QVERIFY(!text.contains(u"医療機関担当者連絡先情報"_s));
    QVERIFY(!text.contains(tableRow({u"医療機関名"_s, u"サンプル企業内診療所"_s})));

    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Consent to the conditions of the vaccination")})));
    QVERIFY(text.contains(u"■1回目接種に於ける実施条件について同意しています"_s));
    QVERIFY(text.contains(u"(1)医師・看護員等の医療職の他"_s));
    QVERIFY(text.contains(u"※厚生労働省は、提出された接種計画に基づき"_s));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Version agreed to: %1").arg(u"2021-12-briefing"_s)})));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Printed at %1").arg(u"2022/01/12 09:30"_s)})));
}

void TstApplicationDocument::institutionOnlyForArrangementsThatNeedIt()
{
    const QString text = printed(submitted(u"02"_s));

    QVERIFY(text.contains(tableRow({u"接種体制分類"_s, u"02 外部機関が出張して実施"_s})));
    QVERIFY(text.contains(tableRow({u"実施医療機関の情報（接種体制が02又は03の場合）"_s,
                                    ApplicationDocument::tr("(unchanged from the existing registration)")})));
    QVERIFY(text.contains(tableRow({u"医療機関名"_s, u"サンプル企業内診療所"_s})));
    QVERIFY(text.contains(tableRow({u"メールアドレス"_s, u"kenko@example.com"_s})));
}

void TstApplicationDocument::undecidedSameAsAndEmptyOptionalGroups()
{
    ApplicationRecord record = submitted(u"01"_s);
    const QJsonObject existing = registration();
    // 担当者 typed in: only 担当者1, the 受取り担当者1 the same person, no second contact.
    QJsonObject contacts{{u"primary"_s, existing.value(u"contacts"_s)[u"primary"_s]},
                         {u"secondary"_s, QJsonObject{{u"organization"_s, u" "_s}}},
                         {u"receiver1"_s, QJsonObject{{u"same_as_contact"_s, true}}}};
    record.content.insert(u"contacts"_s, contacts);
    ApplicationContent::setChanged(record.content, u"contacts"_s, true);
    // 責任者 typed in: no e-mail for the doctor, the holiday contact not decided yet.
    QJsonObject officers = existing.value(u"officers"_s).toObject();
    QJsonObject vaccination = officers.value(u"vaccination"_s).toObject();
    vaccination.insert(u"no_email"_s, true);
    officers.insert(u"vaccination"_s, vaccination);
    officers.insert(u"holiday_contact"_s, QJsonObject{{u"undecided"_s, true}, {u"name"_s, u"休日 四郎"_s}});
    record.content.insert(u"officers"_s, officers);
    ApplicationContent::setChanged(record.content, u"officers"_s, true);

    const QString text = printed(record);

    QVERIFY(text.contains(tableRow({u"担当者1 連絡先情報"_s})));
    QVERIFY(!text.contains(u"担当者2 連絡先情報"_s));
    QVERIFY(!text.contains(u"ワクチン受取り担当者2"_s));
    QVERIFY(text.contains(tableRow(
        {u"ワクチン受取り担当者1 連絡先情報"_s, ApplicationDocument::tr("(%1)").arg(u"上記担当者1と同一"_s)})));
    QCOMPARE(rowCount(text, {u"氏名"_s, u"接種 太郎"_s}), 2);
    QVERIFY(!text.contains(u"予備 次郎"_s));

    QCOMPARE(lineAfter(text, {u"保管等に関する土日・祝日の連絡先情報"_s}), ApplicationDocument::tr("Undecided"));
    QVERIFY(!text.contains(u"休日 四郎"_s));
    QVERIFY(text.contains(tableRow({u"メールアドレス登録を希望しない"_s, u"する"_s})));
    QVERIFY(!text.contains(u"doctor@example.com"_s));
    // The doctor's e-mail row is gone with the address; the two storage officers keep theirs.
    QCOMPARE(rowCount(text, {u"責任者メールアドレス"_s, u"hokan@example.com"_s}), 2);
    QVERIFY(!text.contains(tableRow({u"責任者メールアドレス"_s})));
}

void TstApplicationDocument::reviewLines()
{
    ApplicationRecord record = submitted(u"01"_s);
    record.status = ApplicationStatus::ResubmissionRequired;
    record.reviewedAt = QDateTime(QDate(2022, 1, 12), QTime(1, 5), Qt::UTC);
    record.reviewComment = u"会場名の<株>を確認 & 再申込してください"_s;

    const QString text = printed(record);

    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Status"), u"要再申込"_s})));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Reviewed at"), u"2022/01/12 10:05"_s})));
    QVERIFY(text.contains(tableRow({ApplicationDocument::tr("Reviewer's comment"), record.reviewComment})));
}

void TstApplicationDocument::otherConsentVersionIsNamedNotPrinted()
{
    ApplicationRecord record = submitted(u"01"_s);
    ApplicationContent::setValue(record.content, u"consent.version"_s, u"2021-06-first"_s);
    const QString other = printed(record);
    QVERIFY(!other.contains(u"(1)医師・看護員等の医療職の他"_s));
    QVERIFY(other.contains(tableRow({ApplicationDocument::tr("The text of this version is not available here.")})));
    QVERIFY(other.contains(tableRow({ApplicationDocument::tr("Version agreed to: %1").arg(u"2021-06-first"_s)})));

    ApplicationContent::setValue(record.content, u"consent"_s, QJsonValue(QJsonValue::Undefined));
    const QString none = printed(record);
    QVERIFY(none.contains(tableRow({u"接種会場名称"_s, kVenueName})));
    QVERIFY(!none.contains(ApplicationDocument::tr("Consent to the conditions of the vaccination")));
}

void TstApplicationDocument::everyValueIsEscaped()
{
    ApplicationRecord record = submitted(u"01"_s);
    record.reviewComment = u"<script>alert(1)</script>"_s;
    const QString html = ApplicationDocument::html(record, registration(), kPrintedAt);

    QVERIFY(html.contains(u"サンプル会場 &lt;b&gt;本館&lt;/b&gt; &amp; &quot;別館&quot;"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    const auto document = ApplicationDocument::create(record, registration(), kPrintedAt);
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), ApplicationDocument::title());
    QVERIFY(document->toPlainText().contains(kVenueName));
}

void TstApplicationDocument::embedsIpaFonts()
{
    QTemporaryDir dir;
    const QString fonts = vsys::print::test::pdfFonts(exported(submitted(u"01"_s), dir));

    // 明朝 for the 同意事項 and the footer, ゴシック for headings and tables; embedded with Unicode maps,
    // so the kanji extract as kanji (platform-notes.md §2b).
    for (const QString& family : {u"IPAMincho"_s, u"IPAGothic"_s}) {
        const QRegularExpression embedded(u"^%1\\s+CID TrueType\\s+Identity-H\\s+yes\\s+\\S+\\s+yes\\s"_s.arg(family),
                                          QRegularExpression::MultilineOption);
        QVERIFY2(fonts.contains(embedded), qPrintable(fonts));
    }
    QVERIFY(!fonts.contains(u"Noto"_s));
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!vsys::core::installTranslators(app, u"ja"_s)) {
        return 2;
    }
    TstApplicationDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "TstApplicationDocument.moc"
