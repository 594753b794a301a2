// SPDX-License-Identifier: MIT
#include "core/billing/MonthlyClaim.h"

#include "core/JsonNumber.h"
#include "core/billing/BillingJson.h"
#include "core/billing/IsoDate.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

bool sameCell(TicketSheet sheet, const BillingCount& cell, TicketSheet otherSheet, const BillingCount& other)
{
    return sheet == otherSheet && cell.municipality == other.municipality && cell.kind == other.kind
        && cell.age == other.age && cell.time == other.time;
}

const std::array<std::pair<QString, QString ClaimInstitution::*>, 7> kInstitutionFields = {{
    {u"prefecture"_s, &ClaimInstitution::prefecture},
    {u"address"_s, &ClaimInstitution::address},
    {u"representative"_s, &ClaimInstitution::representative},
    {u"phone"_s, &ClaimInstitution::phone},
    {u"facility_type"_s, &ClaimInstitution::facilityType},
    {u"code"_s, &ClaimInstitution::code},
    {u"name"_s, &ClaimInstitution::name},
}};

QString fieldName(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

QJsonObject cellJson(TicketSheet sheet, const BillingCount& cell)
{
    return {{u"sheet"_s, MonthlyClaim::key(sheet)},   {u"municipality"_s, cell.municipality},
            {u"kind"_s, BillingJson::key(cell.kind)}, {u"age"_s, BillingJson::key(cell.age)},
            {u"time"_s, BillingJson::key(cell.time)}, {u"count"_s, cell.count}};
}

// The stored form is written by toJson(); anything else in it means a damaged or hand-edited file, so each
// reader refuses what it does not know instead of guessing.
std::optional<Error> unknownKey(const QJsonObject& object, const QString& prefix, const QStringList& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString field = fieldName(prefix, it.key());
            return Error{field, MonthlyClaim::tr("%1: there is no such key here; check its spelling.").arg(field)};
        }
    }
    return std::nullopt;
}

Result<QDate> readMonth(const QJsonObject& object, const QString& prefix, const QString& key)
{
    const QDate month = parseYearMonth(object.value(key).toString());
    if (!month.isValid()) {
        const QString field = fieldName(prefix, key);
        return Error{field, MonthlyClaim::tr("%1: write the month as YYYY-MM, e.g. 2022-01.").arg(field)};
    }
    return month;
}

Result<QString> readText(const QJsonObject& object, const QString& prefix, const QString& key)
{
    if (!object.value(key).isString()) {
        const QString field = fieldName(prefix, key);
        return Error{
            field,
            MonthlyClaim::tr("%1: give this as a text string (\"\" when there is nothing to enter).").arg(field)};
    }
    return object.value(key).toString();
}

Result<QString> readMunicipality(const QJsonObject& object, const QString& prefix, const QString& key)
{
    if (!object.value(key).isString()) {
        const QString field = fieldName(prefix, key);
        return Error{
            field, MonthlyClaim::tr("%1: give the 6-digit municipality code as a string, e.g. \"131016\".").arg(field)};
    }
    return object.value(key).toString();
}

Result<QJsonObject> readObject(const QJsonValue& value, const QString& field)
{
    if (!value.isObject()) {
        return Error{field, MonthlyClaim::tr("%1: give a JSON object here.").arg(field)};
    }
    return value.toObject();
}

Result<QJsonArray> readArray(const QJsonObject& object, const QString& key)
{
    if (!object.value(key).isArray()) {
        return Error{key, MonthlyClaim::tr("%1: give a list, [] when it is empty.").arg(key)};
    }
    return object.value(key).toArray();
}

Result<TicketSheet> readSheet(const QJsonObject& object, const QString& prefix)
{
    const QJsonValue value = object.value(u"sheet"_s);
    for (TicketSheet sheet : {TicketSheet::Attached, TicketSheet::Printed}) {
        if (value.isString() && value.toString() == MonthlyClaim::key(sheet)) {
            return sheet;
        }
    }
    const QString field = fieldName(prefix, u"sheet"_s);
    return Error{field, MonthlyClaim::tr("%1: use \"attached\" or \"printed\".").arg(field)};
}

Result<BillingCount> readCell(const QJsonObject& object, const QString& prefix)
{
    BillingCount cell;
    const auto municipality = readMunicipality(object, prefix, u"municipality"_s);
    if (!municipality) {
        return municipality.error();
    }
    cell.municipality = *municipality;

    const auto kind = BillingJson::doseKind(object.value(u"kind"_s).toString());
    if (!kind || !object.value(u"kind"_s).isString()) {
        const QString field = fieldName(prefix, u"kind"_s);
        return Error{field, MonthlyClaim::tr("%1: use \"vaccination\" or \"screening_only\".").arg(field)};
    }
    const auto age = BillingJson::ageBand(object.value(u"age"_s).toString());
    if (!age || !object.value(u"age"_s).isString()) {
        const QString field = fieldName(prefix, u"age"_s);
        return Error{field, MonthlyClaim::tr("%1: use \"6plus\" or \"under6\".").arg(field)};
    }
    const auto time = BillingJson::timeBand(object.value(u"time"_s).toString());
    if (!time || !object.value(u"time"_s).isString()) {
        const QString field = fieldName(prefix, u"time"_s);
        return Error{field, MonthlyClaim::tr("%1: use \"regular\", \"after_hours\" or \"holiday\".").arg(field)};
    }
    cell.kind = *kind;
    cell.age = *age;
    cell.time = *time;

    const auto number = JsonNumber::whole(object.value(u"count"_s), 0, kMaxClaimCount);
    if (!number) {
        const QString field = fieldName(prefix, u"count"_s);
        return Error{field, MonthlyClaim::tr("%1: give the count as a whole number of 0 or more.").arg(field)};
    }
    cell.count = *number;
    return cell;
}

Result<ClaimInstitution> readInstitution(const QJsonObject& root)
{
    const QString prefix = u"institution"_s;
    const auto object = readObject(root.value(prefix), prefix);
    if (!object) {
        return object.error();
    }
    return MonthlyClaim::institutionFromJson(*object, prefix);
}

Result<QList<ClaimLine>> readLines(const QJsonObject& root)
{
    const auto array = readArray(root, u"lines"_s);
    if (!array) {
        return array.error();
    }
    static const QStringList kKnown{u"sheet"_s, u"municipality"_s, u"kind"_s, u"age"_s, u"time"_s, u"count"_s};
    QList<ClaimLine> lines;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString row = u"lines[%1]"_s.arg(i);
        const auto object = readObject(array->at(i), row);
        if (!object) {
            return object.error();
        }
        if (const auto error = unknownKey(*object, row, kKnown)) {
            return *error;
        }
        const auto sheet = readSheet(*object, row);
        if (!sheet) {
            return sheet.error();
        }
        const auto cell = readCell(*object, row);
        if (!cell) {
            return cell.error();
        }
        const auto first = std::find_if(lines.cbegin(), lines.cend(), [&](const ClaimLine& line) {
            return sameCell(line.sheet, line.count, *sheet, *cell);
        });
        if (first != lines.cend()) {
            const QString earlier = u"lines[%1]"_s.arg(first - lines.cbegin());
            return Error{row,
                         MonthlyClaim::tr("%1: %2 already gives this sheet, municipality and row; enter each once.")
                             .arg(row, earlier)};
        }
        lines.append(ClaimLine{*sheet, *cell});
    }
    return lines;
}

Result<QList<ReturnedItem>> readReturned(const QJsonObject& root)
{
    const auto array = readArray(root, u"returned"_s);
    if (!array) {
        return array.error();
    }
    static const QStringList kKnown{u"original_claim_month"_s,
                                    u"sheet"_s,
                                    u"municipality"_s,
                                    u"kind"_s,
                                    u"age"_s,
                                    u"time"_s,
                                    u"count"_s,
                                    u"note"_s};
    QList<ReturnedItem> items;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString row = u"returned[%1]"_s.arg(i);
        const auto object = readObject(array->at(i), row);
        if (!object) {
            return object.error();
        }
        if (const auto error = unknownKey(*object, row, kKnown)) {
            return *error;
        }
        const auto month = readMonth(*object, row, u"original_claim_month"_s);
        if (!month) {
            return month.error();
        }
        const auto sheet = readSheet(*object, row);
        if (!sheet) {
            return sheet.error();
        }
        const auto cell = readCell(*object, row);
        if (!cell) {
            return cell.error();
        }
        const auto note = readText(*object, row, u"note"_s);
        if (!note) {
            return note.error();
        }
        items.append(ReturnedItem{*month, *sheet, *cell, *note});
    }
    return items;
}

} // namespace

MonthlyClaim MonthlyClaim::start(QDate claimMonth, const QString& homeMunicipality, const ClaimInstitution& institution)
{
    MonthlyClaim claim;
    claim.claimMonth = QDate(claimMonth.year(), claimMonth.month(), 1);
    claim.vaccinationMonth = claim.claimMonth.addMonths(-1);
    claim.homeMunicipality = homeMunicipality;
    claim.institution = institution;
    return claim;
}

qint64
MonthlyClaim::count(TicketSheet sheet, const QString& municipality, DoseKind kind, AgeBand age, TimeBand time) const
{
    const BillingCount wanted{municipality, kind, age, time, 0};
    for (const ClaimLine& line : lines) {
        if (sameCell(line.sheet, line.count, sheet, wanted)) {
            return line.count.count;
        }
    }
    return 0;
}

void MonthlyClaim::setCount(
    TicketSheet sheet, const QString& municipality, DoseKind kind, AgeBand age, TimeBand time, qint64 count)
{
    const BillingCount cell{municipality, kind, age, time, count};
    for (ClaimLine& line : lines) {
        if (sameCell(line.sheet, line.count, sheet, cell)) {
            line.count.count = count;
            return;
        }
    }
    lines.append(ClaimLine{sheet, cell});
}

void MonthlyClaim::addMunicipality(TicketSheet sheet, const QString& municipality)
{
    if (municipalities(sheet).contains(municipality)) {
        return;
    }
    // A zero line of the commonest row keeps the municipality in the table (and on its printed sheet).
    lines.append(
        ClaimLine{sheet, BillingCount{municipality, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 0}});
}

void MonthlyClaim::removeMunicipality(TicketSheet sheet, const QString& municipality)
{
    lines.removeIf(
        [&](const ClaimLine& line) { return line.sheet == sheet && line.count.municipality == municipality; });
}

QStringList MonthlyClaim::municipalities(TicketSheet sheet) const
{
    QStringList others;
    for (const ClaimLine& line : lines) {
        const QString& code = line.count.municipality;
        if (line.sheet == sheet && code != homeMunicipality && !others.contains(code)) {
            others.append(code);
        }
    }
    others.sort();
    // A claim not yet given its institution's municipality has no 同一市内 row to show.
    if (!homeMunicipality.isEmpty()) {
        others.prepend(homeMunicipality);
    }
    return others;
}

QList<BillingCount> MonthlyClaim::counts(ClaimOutput output) const
{
    const auto billed = [&](TicketSheet sheet, const BillingCount& count) {
        switch (output) {
        case ClaimOutput::SummaryIncludingHome:
            return true;
        case ClaimOutput::SummaryExcludingHome:
            return count.municipality != homeMunicipality;
        case ClaimOutput::MunicipalAttached:
            return sheet == TicketSheet::Attached;
        case ClaimOutput::MunicipalPrinted:
            return sheet == TicketSheet::Printed;
        }
        Q_UNREACHABLE();
        return false;
    };
    QList<BillingCount> result;
    for (const ClaimLine& line : lines) {
        if (billed(line.sheet, line.count)) {
            result.append(line.count);
        }
    }
    for (const ReturnedItem& item : returned) {
        if (billed(item.sheet, item.count)) {
            result.append(item.count);
        }
    }
    return result;
}

QJsonObject MonthlyClaim::toJson() const
{
    QJsonObject institutionJson;
    for (const auto& [key, member] : kInstitutionFields) {
        institutionJson.insert(key, institution.*member);
    }
    QJsonArray linesJson;
    for (const ClaimLine& line : lines) {
        linesJson.append(cellJson(line.sheet, line.count));
    }
    QJsonArray returnedJson;
    for (const ReturnedItem& item : returned) {
        QJsonObject object = cellJson(item.sheet, item.count);
        object.insert(u"original_claim_month"_s, monthText(item.originalClaimMonth));
        object.insert(u"note"_s, item.note);
        returnedJson.append(object);
    }
    return {{u"claim_month"_s, monthText(claimMonth)},
            {u"vaccination_month"_s, monthText(vaccinationMonth)},
            {u"home_municipality"_s, homeMunicipality},
            {u"institution"_s, institutionJson},
            {u"lines"_s, linesJson},
            {u"returned"_s, returnedJson}};
}

Result<MonthlyClaim> MonthlyClaim::fromJson(const QJsonObject& json)
{
    if (const auto error = unknownKey(json, QString(),
                                      {u"claim_month"_s, u"vaccination_month"_s, u"home_municipality"_s,
                                       u"institution"_s, u"lines"_s, u"returned"_s})) {
        return *error;
    }
    MonthlyClaim claim;
    const auto claimMonth = readMonth(json, QString(), u"claim_month"_s);
    if (!claimMonth) {
        return claimMonth.error();
    }
    claim.claimMonth = *claimMonth;
    const auto vaccinationMonth = readMonth(json, QString(), u"vaccination_month"_s);
    if (!vaccinationMonth) {
        return vaccinationMonth.error();
    }
    claim.vaccinationMonth = *vaccinationMonth;
    const auto home = readMunicipality(json, QString(), u"home_municipality"_s);
    if (!home) {
        return home.error();
    }
    claim.homeMunicipality = *home;
    const auto institution = readInstitution(json);
    if (!institution) {
        return institution.error();
    }
    claim.institution = *institution;
    const auto lines = readLines(json);
    if (!lines) {
        return lines.error();
    }
    claim.lines = *lines;
    const auto returned = readReturned(json);
    if (!returned) {
        return returned.error();
    }
    claim.returned = *returned;
    return claim;
}

Result<ClaimInstitution> MonthlyClaim::institutionFromJson(const QJsonObject& object, const QString& prefix)
{
    QStringList known;
    for (const auto& field : kInstitutionFields) {
        known.append(field.first);
    }
    if (const auto error = unknownKey(object, prefix, known)) {
        return *error;
    }
    ClaimInstitution institution;
    for (const auto& [key, member] : kInstitutionFields) {
        // An institution saved before a field was filled in leaves it out; the forms then print it blank.
        if (!object.contains(key)) {
            continue;
        }
        const auto text = readText(object, prefix, key);
        if (!text) {
            return text.error();
        }
        institution.*member = *text;
    }
    return institution;
}

QString MonthlyClaim::key(TicketSheet sheet)
{
    return sheet == TicketSheet::Attached ? u"attached"_s : u"printed"_s;
}

QString MonthlyClaim::key(ClaimOutput output)
{
    switch (output) {
    case ClaimOutput::SummaryIncludingHome:
        return u"summary_including_home"_s;
    case ClaimOutput::SummaryExcludingHome:
        return u"summary_excluding_home"_s;
    case ClaimOutput::MunicipalAttached:
        return u"municipal_attached"_s;
    case ClaimOutput::MunicipalPrinted:
        return u"municipal_printed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace vsys::core
