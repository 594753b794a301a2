// SPDX-License-Identifier: MIT
#include "print/LedgerWorkbook.h"

#include "core/JapaneseFormat.h"
#include "core/billing/BillingText.h"
#include "core/ledger/TicketNumber.h"
#include "core/report/VaccineCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryFile>

#include <functional>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace vsys::print {

namespace {

/// One workbook being written: libxlsxwriter's handles, closed (and so freed) exactly once.
class Book
{
public:
    /// libxlsxwriter takes the path in UTF-8 (on Windows it opens it with _wfopen), where QFile::encodeName
    /// would give the ANSI code page there; on Linux both are UTF-8.
    explicit Book(const QString& path)
        : m_book(workbook_new(path.toUtf8().constData()))
    {
        if (m_book) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
            format_set_bottom(m_header, LXW_BORDER_THIN);
            m_date = workbook_add_format(m_book);
            format_set_num_format(m_date, "yyyy/mm/dd");
            m_time = workbook_add_format(m_book);
            format_set_num_format(m_time, "hh:mm");
            m_dateTime = workbook_add_format(m_book);
            format_set_num_format(m_dateTime, "yyyy/mm/dd hh:mm");
            m_count = workbook_add_format(m_book);
            format_set_num_format(m_count, "#,##0");
        }
    }
    ~Book()
    {
        if (m_book) {
            workbook_close(m_book);
        }
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    bool opened() const { return m_book != nullptr; }

    /// A new sheet with the header row in bold, frozen so it stays while scrolling.
    lxw_worksheet* addSheet(const QString& name, const QStringList& header)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        for (int column = 0; column < header.size(); ++column) {
            worksheet_write_string(sheet, 0, lxw_col_t(column), header.at(column).toUtf8().constData(), m_header);
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), 14, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        return sheet;
    }

    void text(lxw_worksheet* sheet, int row, int column, const QString& value)
    {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), nullptr);
    }
    void number(lxw_worksheet* sheet, int row, int column, qint64 value)
    {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), double(value), m_count);
    }
    void date(lxw_worksheet* sheet, int row, int column, QDate value)
    {
        lxw_datetime cell{value.year(), value.month(), value.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &cell, m_date);
    }
    void time(lxw_worksheet* sheet, int row, int column, QTime value)
    {
        // A time alone is a fraction of a day: Excel's date part 0 (year 0 in libxlsxwriter's terms).
        lxw_datetime cell{0, 0, 0, value.hour(), value.minute(), 0};
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &cell, m_time);
    }
    void dateTime(lxw_worksheet* sheet, int row, int column, const QDateTime& value)
    {
        const QDateTime japan = core::JapaneseFormat::inJapan(value);
        lxw_datetime cell{japan.date().year(), japan.date().month(),  japan.date().day(),
                          japan.time().hour(), japan.time().minute(), double(japan.time().second())};
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &cell, m_dateTime);
    }

    /// Writes the file; the error of libxlsxwriter, if any.
    lxw_error close()
    {
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        return result;
    }

private:
    lxw_workbook* m_book;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_time = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_format* m_count = nullptr;
};

core::Error cannotWrite(const QString& path)
{
    return {u"file"_s,
            LedgerWorkbook::tr("Could not save the Excel file %1. Choose a folder you can write to and try again.")
                .arg(QDir::toNativeSeparators(path)),
            core::ErrorCode::Storage};
}

/// Builds the workbook in a file only the user can read, in the folder of `path`, and puts it there once
/// complete: a failed export leaves no half-written file, nor one the others on the PC can read.
core::Result<void> writeWorkbook(const QString& path, const std::function<void(Book&)>& fill)
{
    QTemporaryFile file(QFileInfo(path).absoluteDir().filePath(u".vsysdesk-XXXXXX.xlsx"_s));
    if (!file.open()) {
        return cannotWrite(path);
    }
    file.close();
    {
        Book book(file.fileName());
        if (!book.opened()) {
            return cannotWrite(path);
        }
        fill(book);
        if (book.close() != LXW_NO_ERROR) {
            return cannotWrite(path);
        }
    }
    QFile::remove(path);
    if (!file.rename(path)) {
        return cannotWrite(path);
    }
    file.setAutoRemove(false);
    return {};
}

QString formLabel(core::ScreeningForm form)
{
    return form == core::ScreeningForm::Old ? LedgerWorkbook::tr("Old format") : LedgerWorkbook::tr("New format");
}

QString sheetLabel(core::TicketSheet sheet)
{
    return sheet == core::TicketSheet::Printed ? LedgerWorkbook::tr("Ticket details printed")
                                               : LedgerWorkbook::tr("Ticket attached");
}

QString vaccineName(const QString& key)
{
    const core::ReportVaccine* vaccine = core::VaccineCatalog::builtIn().find(key);
    return vaccine ? vaccine->name : key;
}

} // namespace

QStringList LedgerWorkbook::ledgerHeader()
{
    return {tr("Date"),         tr("Time"),    tr("Ticket number"), tr("Dose"),       tr("Municipality code"),
            tr("Municipality"), tr("Kind"),    tr("Age"),           tr("Time band"),  tr("Screening form"),
            tr("Ticket"),       tr("Vaccine"), tr("Desk"),          tr("Entered by"), tr("Entered at")};
}

QStringList LedgerWorkbook::claimHeader()
{
    return {tr("Screening form type"),
            tr("Municipality code"),
            tr("Municipality"),
            tr("Kind"),
            tr("Age"),
            tr("Time band"),
            tr("Count")};
}

QString LedgerWorkbook::sheetName(QDate month)
{
    return core::JapaneseFormat::month(month);
}

core::Result<void> LedgerWorkbook::writeLedger(const QString& path,
                                               const QList<core::DoseEntry>& rows,
                                               const core::ClinicHours& hours,
                                               const core::HolidayCalendar& calendar,
                                               const core::MunicipalityDirectory& directory)
{
    QMap<QDate, QList<core::DoseEntry>> byMonth;
    for (const core::DoseEntry& row : rows) {
        byMonth[QDate(row.date.year(), row.date.month(), 1)].append(row);
    }
    return writeWorkbook(path, [&](Book& book) {
        if (byMonth.isEmpty()) {
            book.addSheet(tr("Ledger"), ledgerHeader());
            return;
        }
        for (auto month = byMonth.cbegin(); month != byMonth.cend(); ++month) {
            lxw_worksheet* sheet = book.addSheet(sheetName(month.key()), ledgerHeader());
            int line = 1;
            for (const core::DoseEntry& row : month.value()) {
                const auto ticket = core::TicketReader::read(row.ticket, directory);
                book.date(sheet, line, 0, row.date);
                book.time(sheet, line, 1, row.time);
                book.text(sheet, line, 2, row.ticket);
                if (ticket) {
                    book.number(sheet, line, 3, ticket->doseNumber);
                    book.text(sheet, line, 4, ticket->payingMunicipality);
                    book.text(sheet, line, 5, directory.name(ticket->payingMunicipality));
                }
                book.text(sheet, line, 6, core::BillingText::label(row.kind));
                book.text(sheet, line, 7, core::BillingText::label(row.age));
                book.text(sheet, line, 8, core::BillingText::label(hours.band(row.date, row.time, calendar)));
                book.text(sheet, line, 9, formLabel(row.form));
                book.text(sheet, line, 10, sheetLabel(row.sheet));
                book.text(sheet, line, 11, vaccineName(row.vaccine));
                book.text(sheet, line, 12, row.desk);
                book.text(sheet, line, 13, row.enteredBy);
                if (row.enteredAt.isValid()) {
                    book.dateTime(sheet, line, 14, row.enteredAt);
                }
                ++line;
            }
        }
    });
}

core::Result<void> LedgerWorkbook::writeClaim(const QString& path,
                                              QDate vaccinationMonth,
                                              const core::LedgerClaim& claim,
                                              const core::MunicipalityDirectory& directory)
{
    return writeWorkbook(path, [&](Book& book) {
        lxw_worksheet* sheet = book.addSheet(sheetName(vaccinationMonth), claimHeader());
        int line = 1;
        for (const core::ClaimLine& claimLine : claim.lines) {
            const core::BillingCount& count = claimLine.count;
            book.text(sheet, line, 0, sheetLabel(claimLine.sheet));
            book.text(sheet, line, 1, count.municipality);
            book.text(sheet, line, 2, directory.name(count.municipality));
            book.text(sheet, line, 3, core::BillingText::label(count.kind));
            book.text(sheet, line, 4, core::BillingText::label(count.age));
            book.text(sheet, line, 5, core::BillingText::label(count.time));
            book.number(sheet, line, 6, count.count);
            ++line;
        }
        if (claim.separateSurcharges.isEmpty()) {
            return;
        }
        QStringList header = claimHeader();
        header.removeFirst();
        lxw_worksheet* surcharges = book.addSheet(tr("Old-format surcharges"), header);
        line = 1;
        for (const core::OldFormSurcharge& surcharge : claim.separateSurcharges) {
            book.text(surcharges, line, 0, surcharge.municipality);
            book.text(surcharges, line, 1, directory.name(surcharge.municipality));
            book.text(surcharges, line, 2, core::BillingText::label(surcharge.kind));
            book.text(surcharges, line, 3, core::BillingText::label(surcharge.age));
            book.text(surcharges, line, 4, core::BillingText::label(surcharge.time));
            book.number(surcharges, line, 5, surcharge.count);
            ++line;
        }
    });
}

} // namespace vsys::print
