// SPDX-License-Identifier: MIT
#include "core/ledger/LedgerCsv.h"

#include "core/billing/BillingJson.h"
#include "core/ledger/TicketNumber.h"
#include "core/report/VaccineCatalog.h"

#include <QHash>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

// A day's list is a few hundred lines; the bound keeps a wrong file (a whole database dump) from filling memory.
constexpr qsizetype kMaxDataLines = 100'000;

const QStringList kRequired{u"administered_at"_s, u"ticket"_s, u"kind"_s, u"age"_s};
const QStringList kOptional{u"form"_s, u"sheet"_s, u"vaccine"_s};
const QByteArray kUtf8Bom("\xEF\xBB\xBF");

/// One line's fields: commas separate, a field in double quotes may hold commas and "" for a quote. Nothing
/// when a quote is left open (a line break inside a field is not supported: no column needs one).
std::optional<QStringList> splitLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted) {
        return std::nullopt;
    }
    fields.append(field.trimmed());
    return fields;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"')) {
        return text;
    }
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray csvLines(const QList<QStringList>& rows)
{
    QByteArray out = kUtf8Bom;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& field : row) {
            fields.append(csvField(field));
        }
        out += fields.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QString sheetKeyList()
{
    return MonthlyClaim::key(TicketSheet::Attached) + u"/"_s + MonthlyClaim::key(TicketSheet::Printed);
}

/// The row of one data line, or the messages of every bad field in it.
struct LineReader
{
    QHash<QString, qsizetype> columns;
    QString defaultVaccine;

    QString value(const QStringList& fields, const QString& column) const
    {
        const qsizetype index = columns.value(column, -1);
        return index < 0 ? QString() : fields.at(index);
    }

    /// The row of `fields`; each bad field's message goes to `problems`, and the first bad field is named in
    /// `firstField` ("line 12: ticket") unless it names one already.
    DoseEntry read(const QStringList& fields, int line, QStringList* problems, QString* firstField) const
    {
        const auto problem = [&](const QString& column, const QString& message) {
            problems->append(LedgerCsv::tr("Line %1: %2").arg(line).arg(message));
            if (firstField->isEmpty()) {
                *firstField = u"line %1: %2"_s.arg(line).arg(column);
            }
        };
        DoseEntry entry;
        const QString at = value(fields, u"administered_at"_s);
        if (!DoseJson::parseAdministeredAt(at, &entry.date, &entry.time)) {
            problem(u"administered_at"_s,
                    LedgerCsv::tr("administered_at: give the date and time as "
                                  "YYYY-MM-DDTHH:MM (Japan time); \"%1\" was read.")
                        .arg(at));
        }
        const auto ticket = TicketReader::read(value(fields, u"ticket"_s));
        if (ticket) {
            entry.ticket = ticket->digits;
        } else {
            problem(u"ticket"_s, ticket.error().message);
        }
        const QString kind = value(fields, u"kind"_s);
        if (const auto parsed = BillingJson::doseKind(kind)) {
            entry.kind = *parsed;
        } else {
            problem(u"kind"_s, LedgerCsv::tr("kind: give vaccination or screening_only; \"%1\" was read.").arg(kind));
        }
        const QString age = value(fields, u"age"_s);
        if (const auto parsed = BillingJson::ageBand(age)) {
            entry.age = *parsed;
        } else {
            problem(u"age"_s, LedgerCsv::tr("age: give 6plus or under6; \"%1\" was read.").arg(age));
        }
        const QString form = value(fields, u"form"_s);
        if (const auto parsed = DoseJson::screeningForm(form.isEmpty() ? u"new"_s : form)) {
            entry.form = *parsed;
        } else {
            problem(u"form"_s, LedgerCsv::tr("form: give new or old; \"%1\" was read.").arg(form));
        }
        const QString sheet = value(fields, u"sheet"_s);
        if (sheet.isEmpty() || sheet == MonthlyClaim::key(TicketSheet::Attached)) {
            entry.sheet = TicketSheet::Attached;
        } else if (sheet == MonthlyClaim::key(TicketSheet::Printed)) {
            entry.sheet = TicketSheet::Printed;
        } else {
            problem(u"sheet"_s, LedgerCsv::tr("sheet: give %1; \"%2\" was read.").arg(sheetKeyList(), sheet));
        }
        const QString vaccine = value(fields, u"vaccine"_s);
        entry.vaccine = vaccine.isEmpty() ? defaultVaccine : vaccine;
        if (VaccineCatalog::builtIn().find(entry.vaccine) == nullptr) {
            problem(u"vaccine"_s, VaccineCatalog::builtIn().unknown(u"vaccine"_s).message);
        }
        return entry;
    }
};

} // namespace

QString LedgerCsv::decode(const QByteArray& bytes)
{
    if (bytes.startsWith(kUtf8Bom)) {
        return QString::fromUtf8(bytes.sliced(kUtf8Bom.size()));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    // Excel on Japanese Windows saves CSV as CP932; ICU's Shift_JIS decodes its extensions (①, ～ as U+FF5E) too.
    QStringDecoder shiftJis("Shift_JIS");
    return shiftJis.decode(bytes);
}

Result<QList<DoseEntry>> LedgerCsv::read(const QByteArray& bytes, const QString& defaultVaccine, QStringList* errors)
{
    const auto fail = [errors](const QString& field, const QStringList& problems) -> Result<QList<DoseEntry>> {
        if (errors != nullptr) {
            *errors = problems;
        }
        return Error{field, problems.join(u'\n')};
    };
    QStringList lines = decode(bytes).split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty()) {
        lines.removeLast();
    }
    const QString expected = (kRequired + kOptional).join(u',');
    const auto header = lines.isEmpty() ? std::nullopt : splitLine(lines.constFirst());
    if (!header || header->mid(0, kRequired.size()) != kRequired) {
        return fail(u"line 1"_s,
                    {tr("Line 1: the header must start with %1 (then optionally form, sheet, vaccine).")
                         .arg(kRequired.join(u','))});
    }
    LineReader reader;
    reader.defaultVaccine = defaultVaccine;
    for (qsizetype i = 0; i < header->size(); ++i) {
        const QString& column = header->at(i);
        if (!(kRequired + kOptional).contains(column) || reader.columns.contains(column)) {
            return fail(
                u"line 1"_s,
                {tr("Line 1: column \"%1\" is unknown or repeated; the columns are %2.").arg(column, expected)});
        }
        reader.columns.insert(column, i);
    }
    if (lines.size() - 1 > kMaxDataLines) {
        return fail(u"line 1"_s, {tr("The file has more than %1 lines; split it by day.").arg(kMaxDataLines)});
    }

    QList<DoseEntry> rows;
    QStringList problems;
    QString firstField;
    QHash<QString, int> vaccinationLine; // ticket → the line of its first 接種
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int line = int(i + 1);
        if (lines.at(i).trimmed().isEmpty()) {
            continue;
        }
        const qsizetype before = problems.size();
        const auto fields = splitLine(lines.at(i));
        if (!fields || fields->size() != header->size()) {
            problems.append(
                tr("Line %1: expected %2 comma-separated fields as in the header.").arg(line).arg(header->size()));
        } else {
            const DoseEntry entry = reader.read(*fields, line, &problems, &firstField);
            if (problems.size() == before && entry.kind == DoseKind::Vaccination) {
                if (const int earlier = vaccinationLine.value(entry.ticket); earlier > 0) {
                    if (firstField.isEmpty()) {
                        firstField = u"line %1: ticket"_s.arg(line);
                    }
                    problems.append(tr("Line %1: ticket %2 was already used for a vaccination on line %3.")
                                        .arg(line)
                                        .arg(TicketReader::grouped(entry.ticket))
                                        .arg(earlier));
                } else {
                    vaccinationLine.insert(entry.ticket, line);
                }
            }
            rows.append(entry);
        }
        if (problems.size() > before && firstField.isEmpty()) {
            firstField = u"line %1"_s.arg(line);
        }
    }
    if (!problems.isEmpty()) {
        return fail(firstField, problems);
    }
    return rows;
}

QByteArray LedgerCsv::write(const QList<DoseEntry>& rows)
{
    QList<QStringList> table{kRequired + kOptional};
    for (const DoseEntry& row : rows) {
        table.append({DoseJson::administeredAt(row.date, row.time), row.ticket, BillingJson::key(row.kind),
                      BillingJson::key(row.age), DoseJson::key(row.form), MonthlyClaim::key(row.sheet), row.vaccine});
    }
    return csvLines(table);
}

QByteArray LedgerCsv::writeClaim(const LedgerClaim& claim, const MunicipalityDirectory& directory)
{
    QList<QStringList> table{
        {u"sheet"_s, u"municipality"_s, u"municipality_name"_s, u"kind"_s, u"age"_s, u"time"_s, u"count"_s}};
    for (const ClaimLine& line : claim.lines) {
        const BillingCount& cell = line.count;
        table.append({MonthlyClaim::key(line.sheet), cell.municipality, directory.name(cell.municipality),
                      BillingJson::key(cell.kind), BillingJson::key(cell.age), BillingJson::key(cell.time),
                      QString::number(cell.count)});
    }
    for (const OldFormSurcharge& surcharge : claim.separateSurcharges) {
        table.append({u"old_form_surcharge"_s, surcharge.municipality, directory.name(surcharge.municipality),
                      BillingJson::key(surcharge.kind), BillingJson::key(surcharge.age),
                      BillingJson::key(surcharge.time), QString::number(surcharge.count)});
    }
    return csvLines(table);
}

} // namespace vsys::core
