// SPDX-License-Identifier: MIT
// Layout after the V-SYS printouts in the 説明会資料 (seed: 「請求総括書・市区町村別請求書の出力について」).
#include "print/ClaimSheet.h"

#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/billing/FeeSchedule.h"
#include "print/PrintStyle.h"

#include <QTextDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

using core::AgeBand;
using core::BillingRow;
using core::BillingText;
using core::ClaimFormat;
using core::DoseKind;
using core::TimeBand;

constexpr std::array kKinds = {DoseKind::ScreeningOnly, DoseKind::Vaccination};
constexpr std::array kAges = {AgeBand::UnderSix, AgeBand::SixAndOver};

/// The 時間帯 rows of a format: the old format has no 時間外・休日 rows (domain-rules.md §2.1).
QList<TimeBand> timesOf(ClaimFormat format)
{
    if (format == ClaimFormat::Old) {
        return {TimeBand::Regular};
    }
    return {TimeBand::Regular, TimeBand::AfterHours, TimeBand::Holiday};
}

/// 種類 as the forms write it: 6歳以上, and in the new format 6歳以上(時間外).
QString kindOfRow(AgeBand age, TimeBand time)
{
    if (time == TimeBand::Regular) {
        return BillingText::label(age);
    }
    return ClaimSheet::tr("%1 (%2)", "age (time band)").arg(BillingText::label(age), BillingText::label(time));
}

QString cell(const QString& text, const QString& attributes = {})
{
    return u"<td%1>%2</td>"_s.arg(attributes.isEmpty() ? QString() : u' ' + attributes, PrintStyle::escaped(text));
}

QString numberCell(const QString& text)
{
    return cell(text, u"align=\"right\""_s);
}

QString labelValueTable(const QList<QStringList>& rows)
{
    QString html = u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const QStringList& row : rows) {
        html += u"<tr>"_s + cell(row.value(0), u"class=\"label\" width=\"38%\""_s) + cell(row.value(1)) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString tableStart()
{
    return u"<table class=\"fields\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">"_s;
}

} // namespace

QString ClaimSheet::header(const QString& addressee,
                           const QString& addresseeNote,
                           const core::ClaimInstitution& institution,
                           const QString& title,
                           const QList<QStringList>& idRows,
                           const QString& checkBox,
                           QDate claimMonth)
{
    QString html = u"<p style=\"font-size: 13pt;\">%1</p>"_s.arg(PrintStyle::escaped(addressee));
    if (!addresseeNote.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(PrintStyle::escaped(addresseeNote));
    }
    html += labelValueTable({{tr("Address of the medical institution"), institution.address},
                             {tr("Name of the representative"), institution.representative},
                             {tr("Telephone number"), institution.phone}});
    html += u"<h1 align=\"center\">%1</h1>"_s.arg(PrintStyle::escaped(title));
    html += labelValueTable(idRows) + checkBox;
    html += u"<p class=\"section\">%1</p>"_s.arg(
        PrintStyle::escaped(tr("Claim for %1").arg(core::JapaneseFormat::month(claimMonth))));
    return html;
}

QString ClaimSheet::checkBox(bool checked, const QString& label, const QString& note)
{
    // ■ and □ rather than ☑ and ☐: the IPA fonts have no ballot boxes, and a fallback font would be embedded
    // (and the mark lost to a reader copying the text).
    return u"<p>%1 %2</p><p class=\"note\">%3</p>"_s.arg(checked ? u"■"_s : u"□"_s, PrintStyle::escaped(label),
                                                         PrintStyle::escaped(note));
}

QString
ClaimSheet::amountTable(ClaimFormat format, const QList<BillingRow>& rows, qint64 totalCount, qint64 totalAmount)
{
    QString html = tableStart();
    html += u"<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>"_s.arg(
        PrintStyle::escaped(tr("Category")), PrintStyle::escaped(tr("Type")), PrintStyle::escaped(tr("Claimed count")),
        PrintStyle::escaped(tr("Claimed amount (tax incl.)")), PrintStyle::escaped(tr("Decided count")),
        PrintStyle::escaped(tr("Decided amount (tax incl.)")));
    const QString blank = u"<td></td><td></td>"_s;
    const QList<TimeBand> times = timesOf(format);
    for (DoseKind kind : kKinds) {
        const qsizetype rowSpan = qsizetype(kAges.size()) * times.size() + 1;
        bool first = true;
        qint64 subtotalCount = 0;
        qint64 subtotalAmount = 0;
        for (AgeBand age : kAges) {
            for (TimeBand time : times) {
                qint64 count = 0;
                qint64 amount = 0;
                for (const BillingRow& row : rows) {
                    if (row.kind == kind && row.age == age && row.time == time) {
                        count += row.count;
                        amount += row.amount;
                    }
                }
                subtotalCount += count;
                subtotalAmount += amount;
                html += u"<tr>"_s;
                if (first) {
                    html += cell(BillingText::label(kind), u"rowspan=\"%1\" valign=\"middle\""_s.arg(rowSpan));
                    first = false;
                }
                html += cell(kindOfRow(age, time)) + numberCell(core::JapaneseFormat::number(count))
                    + numberCell(core::JapaneseFormat::number(amount)) + blank + u"</tr>"_s;
            }
        }
        html += u"<tr>"_s + cell(tr("Subtotal")) + numberCell(core::JapaneseFormat::number(subtotalCount))
            + numberCell(core::JapaneseFormat::number(subtotalAmount)) + blank + u"</tr>"_s;
    }
    html += u"<tr>"_s + cell(tr("Total"), u"colspan=\"2\""_s) + numberCell(core::JapaneseFormat::cases(totalCount))
        + numberCell(core::JapaneseFormat::yen(totalAmount)) + blank + u"</tr>"_s;
    return html + u"</table>"_s;
}

QString ClaimSheet::unitPriceTable(ClaimFormat format, QDate vaccinationMonth)
{
    QString html = u"<p class=\"section\">%1</p>"_s.arg(PrintStyle::escaped(tr("[Unit prices (tax excl.)]")));
    html += tableStart();
    html += u"<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>"_s.arg(
        PrintStyle::escaped(tr("Category")), PrintStyle::escaped(tr("Type")), PrintStyle::escaped(tr("Unit price")));
    const QList<TimeBand> times = timesOf(format);
    const core::FeeSchedule& fees = core::FeeSchedule::builtIn();
    for (DoseKind kind : kKinds) {
        bool first = true;
        for (AgeBand age : kAges) {
            for (TimeBand time : times) {
                html += u"<tr>"_s;
                if (first) {
                    html += cell(BillingText::label(kind),
                                 u"rowspan=\"%1\" valign=\"middle\""_s.arg(qsizetype(kAges.size()) * times.size()));
                    first = false;
                }
                // The same lookup the calculator prices the rows with; a row outside the fee table's period
                // prints a dash rather than a price nobody could claim.
                const auto price = fees.unitPriceExcludingTax(kind, age, time, vaccinationMonth);
                html += cell(kindOfRow(age, time))
                    + numberCell(price ? core::JapaneseFormat::yen(*price) : tr("-", "no unit price")) + u"</tr>"_s;
            }
        }
    }
    return html + u"</table>"_s;
}

std::unique_ptr<QTextDocument> ClaimSheet::create(const QString& title, const QStringList& sheets)
{
    QString html = u"<html><head><title>%1</title></head><body>"_s.arg(PrintStyle::escaped(title));
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        // Each sheet is a form of its own; a page break keeps two municipalities off one sheet of paper.
        html += i == 0 ? sheets.at(i) : u"<div style=\"page-break-before: always\">%1</div>"_s.arg(sheets.at(i));
    }
    html += u"</body></html>"_s;
    auto document = std::make_unique<QTextDocument>();
    PrintStyle::prepare(*document);
    document->setHtml(html);
    return document;
}

} // namespace vsys::print
